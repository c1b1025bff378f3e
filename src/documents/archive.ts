/**
 * A version leaving the live folders for «Архив версий» keeps no one's access but its owner's and
 * the deputy's doing the archiving (who must still reach it: nothing archived is lost). A teacher's
 * address corrected since must not keep reading the old copy, nor anyone the copy was shared with.
 * reference/drive/file#removeviewer: no effect on an editor (removed as one) nor on general access
 * (a link or the domain), which setSharing(PRIVATE, NONE) closes.
 */
type File = GoogleAppsScript.Drive.File;

export function archiveFile(file: File, archiveFolder: GoogleAppsScript.Drive.Folder): void {
  closeAccess(file);
  file.moveTo(archiveFolder);
}

function closeAccess(file: File): void {
  // reference/drive/file#getowner: null for an item in a shared drive, where no one owns it.
  const owner = file.getOwner()?.getEmail() ?? null;
  const me = Session.getEffectiveUser().getEmail();
  const kept = (email: string) => email === owner || email === me;
  for (const viewer of file.getViewers()) if (!kept(viewer.getEmail())) file.removeViewer(viewer);
  for (const editor of file.getEditors()) if (!kept(editor.getEmail())) file.removeEditor(editor);
  if (file.getSharingAccess() !== DriveApp.Access.PRIVATE) file.setSharing(DriveApp.Access.PRIVATE, DriveApp.Permission.NONE);
}
