/**
 * The regional roll-up without new OAuth scopes: a school writes its figures as a JSON file in its
 * own Drive folder and opens it to the centre's address for viewing (never "anyone with the
 * link"); the centre, in its own copy of the workbook, reads a folder of such files into
 * «Свод по школам». DriveApp under the drive scope the add-on already has does both.
 */
import { computeDashboard } from '../domain/dashboard';
import { formatRu, type LocalDate } from '../domain/local-date';
import { postReleaseLinks, rollupRows, SchoolSummary, schoolSummary, skillsClubPlans, skillsClubRows } from '../domain/rollup';
import { Book } from '../documents/generate-records';
import { schoolFolder } from '../documents/generate-job';
import { dashboardInput } from '../overview/dashboard-write';
import { withDocumentLock } from '../platform/lock';
import { RU } from '../text/ru';
import { asMenuAction } from './overview';
import { neutralize } from '../workbook/cells';
import { openWorkbook } from '../workbook/sheets';
import { viewSheet } from '../workbook/view-tabs';

const U = RU.overview.rollup;
const SHORTCUT_MIME = 'application/vnd.google-apps.shortcut';
const JSON_MIME = 'application/json';

function alert(message: string): void {
  SpreadsheetApp.getUi().alert(U.title, message, SpreadsheetApp.getUi().ButtonSet.OK);
}

export function shareRegionalSummary(): void {
  asMenuAction(U.title, share);
}

function share(): void {
  const workbook = openWorkbook();
  const today = workbook.zone.dayOf(new Date());
  const book = new Book(workbook, today);
  const { settings } = book;
  const school = settings.schoolShortName ?? settings.schoolName;
  if (!school) return alert(U.noSchool);
  const email = settings.regionalCentreEmail;
  if (!email) return alert(U.noEmail);
  const root = schoolFolder(book);
  if (typeof root === 'string') return alert(root);
  const input = dashboardInput(workbook, today);
  const dashboard = computeDashboard(input);
  // 004 §4.4: the SkillsClubs' year plans go with the figures; the post-releases when the school allows.
  const plans = workbook.tab('communityPlans') ? skillsClubPlans(book.values('communityPlans'), input.communities, dashboard.schoolYear) : [];
  const postReleases = settings.postReleasesToCentre ? postReleaseLinks(book.values('sessions'), dashboard.schoolYear, today) : [];
  const summary = schoolSummary(school, dashboard, input, { skillsClubPlans: plans, postReleases });
  const name = U.fileName(school);
  const message = withDocumentLock(() => {
    const file = summaryFile(root, name, JSON.stringify(summary, null, 2));
    try {
      // A corrected address: the one given before no longer reads the school's summary.
      for (const viewer of file.getViewers()) if (viewer.getEmail() !== email) file.removeViewer(viewer);
      file.addViewer(email);
    } catch (e) {
      return U.notShared(name, e instanceof Error ? e.message : String(e));
    }
    const closed = openToCentre(postReleases.map((p) => p.url), email);
    return [U.shared(name, email), ...(plans.length ? [U.plansSent(plans.length)] : []), ...(postReleases.length ? [U.postReleasesSent(postReleases.length - closed.length)] : []), ...(closed.length ? [U.postReleasesClosed(closed)] : [])].join('\n');
  });
  alert(message);
}

/** Each post-release opened to the centre for viewing; the links that could not be, returned. */
function openToCentre(urls: readonly string[], email: string): string[] {
  const failed: string[] = [];
  for (const url of urls) {
    const id = /\/d\/([-\w]+)/.exec(url)?.[1];
    try {
      if (!id) throw new Error(url);
      DriveApp.getFileById(id).addViewer(email);
    } catch {
      failed.push(url);
    }
  }
  return failed;
}

/** The school's one summary file, rewritten in place so the centre's link keeps working. */
function summaryFile(folder: GoogleAppsScript.Drive.Folder, name: string, content: string): GoogleAppsScript.Drive.File {
  const files = folder.getFilesByName(name);
  while (files.hasNext()) {
    const file = files.next();
    if (!file.isTrashed() && file.getMimeType() === JSON_MIME) return file.setContent(content);
  }
  return folder.createFile(name, content, JSON_MIME);
}

export function gatherRegionalSummaries(): void {
  asMenuAction(U.title, gather);
}

function gather(): void {
  const workbook = openWorkbook();
  const today = workbook.zone.dayOf(new Date());
  const raw = new Book(workbook, today).settings.regionalFolder;
  if (!raw) return alert(U.noFolder);
  let folder: GoogleAppsScript.Drive.Folder;
  try {
    folder = DriveApp.getFolderById(/\/folders\/([-\w]+)/.exec(raw)?.[1] ?? raw);
  } catch {
    return alert(U.badFolder);
  }
  const summaries: SchoolSummary[] = [];
  const skipped: string[] = [];
  const unreadable: string[] = [];
  const files = folder.getFiles();
  while (files.hasNext()) {
    const entry = files.next();
    if (entry.isTrashed()) continue;
    const file = summaryOf(entry, unreadable);
    if (!file || !file.getName().toLowerCase().endsWith('.json')) continue;
    let text: string;
    try {
      text = file.getBlob().getDataAsString();
    } catch {
      unreadable.push(file.getName());
      continue;
    }
    const parsed = parseSummary(text);
    if (typeof parsed === 'string') skipped.push(`${file.getName()}: ${parsed}`);
    else summaries.push(parsed);
  }
  const notes = [...(skipped.length ? [U.skipped(skipped)] : []), ...(unreadable.length ? [U.unreadable(unreadable)] : [])];
  if (summaries.length === 0) return alert([U.none, ...notes].join('\n'));
  withDocumentLock(() => {
    writeRollup(viewSheet(workbook, 'rollup', RU.overview.rollupTabName, 0), rollupRows(summaries, (d) => formatRu(d as LocalDate), U.total));
    writeRollup(viewSheet(workbook, 'clubs', U.clubsTabName, 1), skillsClubRows(summaries, (d) => formatRu(d as LocalDate), { plans: U.clubsPlans, postReleases: U.clubsPostReleases }));
  });
  alert([U.gathered(summaries.length), ...notes].join('\n'));
}

/**
 * The file a folder entry stands for. A folder shared with the centre mostly holds shortcuts to
 * the schools' files (docs/platform.md, «Docs and Drive»): follow `getTargetId()`. A target the
 * centre cannot open (not shared with it, deleted) is listed, not a reason to fail the gather.
 */
function summaryOf(entry: GoogleAppsScript.Drive.File, unreadable: string[]): GoogleAppsScript.Drive.File | null {
  if (entry.getMimeType() !== SHORTCUT_MIME) return entry;
  const targetId = (entry as GoogleAppsScript.Drive.File & { getTargetId(): string | null }).getTargetId();
  if (!targetId) return null;
  try {
    const target = DriveApp.getFileById(targetId);
    return target.isTrashed() ? null : target;
  } catch {
    unreadable.push(entry.getName());
    return null;
  }
}

function parseSummary(text: string): SchoolSummary | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return U.badJson;
  }
  const parsed = SchoolSummary.safeParse(json);
  return parsed.success ? parsed.data : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).slice(0, 3).join('; ');
}

/** A tab of the centre's own («Свод по школам», «SkillsClub по школам») rewritten as one block. */
function writeRollup(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: Array<Array<string | number>>): void {
  const width = rows[0]!.length;
  if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  if (sheet.getMaxRows() < rows.length) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  sheet.clearContents();
  sheet.getRange(1, 1, rows.length, width).setValues(rows.map((r) => r.map((c) => (typeof c === 'string' ? neutralize(c) : c))));
  sheet.getRange(1, 1, 1, width).setFontWeight('bold').setWrap(true);
  sheet.setFrozenRows(1);
}
