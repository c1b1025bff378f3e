/**
 * Who is calling and who owns what, as Google tells it (docs/platform.md, «Identity and
 * ownership»). Google may withhold either: the caller's address comes back blank and an owner
 * as null, and the add-on then assumes nothing.
 */

/** The active user's address, lower case; '' when Google withholds it. */
export function activeEmail(): string {
  try {
    return Session.getActiveUser().getEmail().trim().toLowerCase();
  } catch {
    return '';
  }
}

/** The spreadsheet's owner's address; null for a file in a shared drive (no single owner). */
export function spreadsheetOwner(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string | null {
  const owner = spreadsheet.getOwner() as GoogleAppsScript.Base.User | null;
  const email = owner?.getEmail().trim().toLowerCase() ?? '';
  return email || null;
}

/** A Drive folder's name and owner (null on a shared drive); null when it cannot be opened. */
export function folderOwner(id: string): { name: string; owner: string | null } | null {
  let folder: GoogleAppsScript.Drive.Folder;
  try {
    folder = DriveApp.getFolderById(id);
  } catch {
    return null;
  }
  const owner = folder.getOwner() as GoogleAppsScript.Drive.User | null;
  const email = owner?.getEmail().trim().toLowerCase() ?? '';
  return { name: folder.getName(), owner: email || null };
}
