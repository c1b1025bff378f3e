/**
 * «Закрыть учебный год»: the communities' annual reports (003 §7) made by the documents job, the
 * programmes left open listed for a decision (extend or conclude), and a note that protocol
 * numbers restart (they are per community per school year: domain/meetings.ts). Idempotent and
 * destructive of nothing: a second close only makes reports still missing from the register.
 */
import { z } from 'zod';
import { formatRu, isLocalDate, type LocalDate } from '../domain/local-date';
import { programmeTooLong } from '../domain/sane-values';
import { programmeTooLongOf } from '../text/values-ru';
import { PROGRAMME_STATUSES } from '../domain/options';
import { defaultExtension, extensionProblem, nextSchoolYear, reportsToMake, unfinishedProgrammes, yearToClose } from '../domain/year-close';
import { Book } from '../documents/generate-records';
import { loadJob, newJob, runJob, type RunOutcome } from '../documents/generate-job';
import { withDocumentLock } from '../platform/lock';
import { showSidebar } from '../platform/ui';
import { defineEndpoint } from '../shared/endpoint';
import { adminEndpoint, readOnlyNote } from './access';
import { failure, success, type Result } from '../shared/result';
import { RU } from '../text/ru';
import { asMenuAction } from './overview';
import { loadTab, updateRecords } from '../workbook/repo';
import { openWorkbook } from '../workbook/sheets';
import { documentStore } from '../platform/store';

const Y = RU.overview.yearClose;
const MARK = 'yearClose.';

interface Closed {
  year: string;
  closedOn: string;
}

function lastClose(): Closed | null {
  const properties = documentStore().getProperties();
  const closes = Object.keys(properties)
    .filter((k) => k.startsWith(MARK))
    .map((k) => JSON.parse(properties[k]!) as Closed)
    .sort((a, b) => a.year.localeCompare(b.year));
  return closes.at(-1) ?? null;
}

export function closeSchoolYear(): void {
  asMenuAction(Y.alertTitle, closeYear);
}

function closeYear(): void {
  const workbook = openWorkbook();
  const today = workbook.zone.dayOf(new Date());
  const year = yearToClose(today);
  const book = new Book(workbook, today);
  const lines: string[] = [];
  const planned = withDocumentLock(() => {
    const properties = documentStore();
    const before = properties.getProperty(MARK + year);
    lines.push(before ? Y.again(year, formatRu((JSON.parse(before) as Closed).closedOn as LocalDate)) : Y.closing(year));
    if (!before) properties.setProperty(MARK + year, JSON.stringify({ year, closedOn: today } satisfies Closed));
    const ids = reportsToMake(book.values('communities'), book.values('documents'), year);
    const running = loadJob();
    if (ids.length > 0 && running && running.pending.length > 0) return null;
    return ids;
  });
  if (planned === null) lines.push(Y.otherJob);
  else if (planned.length === 0) lines.push(Y.reportsNone);
  else lines.push(...reportLines(runJob(newJob('annualReport', planned), book), book));
  lines.push(Y.numbering(nextSchoolYear(year)));
  const open = unfinishedProgrammes(book.values('programmes'), book.values('planItems'), year);
  lines.push(Y.unfinished(open.length));
  SpreadsheetApp.getUi().alert(Y.alertTitle, lines.join('\n'), SpreadsheetApp.getUi().ButtonSet.OK);
  if (open.length > 0) showYearClose();
}

function reportLines(outcome: RunOutcome, book: Book): string[] {
  if (!outcome.ok) return ['settings' in outcome ? Y.reportsSettings(outcome.settings) : Y.reportsTemplate];
  const { job } = outcome;
  const names = new Map(book.values('communities').map((c) => [c.id, c.name]));
  const lines = [Y.reportsMade(job.done.length)];
  if (job.failed.length) lines.push(Y.reportsFailed(job.failed.map((f) => `${names.get(f.id.split(':')[0]!) ?? f.id}: ${f.reason}`)));
  if (job.status === 'paused') lines.push(Y.reportsPaused);
  if (job.status === 'quota') lines.push(Y.reportsQuota);
  return lines;
}

export function showYearClose(): void {
  showSidebar('year-close', Y.title);
}

export type YearClosePage = {
  year: string | null;
  closedOn: string | null;
  nextYear: string | null;
  defaultEnd: string | null;
  programmes: Array<{ id: string; teacherName: string; statusLabel: string; start: string; end: string; itemsDone: number; itemsTotal: number }>;
  /** Set when the caller is not an administrator: the page only shows. */
  readOnly: string | null;
};

export const getYearClosePage = defineEndpoint(z.object({}).strict(), (): Result<YearClosePage> => {
  const closed = lastClose();
  const workbook = openWorkbook();
  const readOnly = readOnlyNote(workbook);
  if (!closed) return success({ year: null, closedOn: null, nextYear: null, defaultEnd: null, programmes: [], readOnly });
  const programmes = loadTab(workbook, 'programmes').records.map((r) => r.value);
  const items = loadTab(workbook, 'planItems').records.map((r) => r.value);
  return success({
    year: closed.year,
    closedOn: closed.closedOn,
    nextYear: nextSchoolYear(closed.year),
    defaultEnd: defaultExtension(closed.year),
    programmes: unfinishedProgrammes(programmes, items, closed.year).map((p) => ({ ...p, statusLabel: PROGRAMME_STATUSES.label(p.status as 'active') })),
    readOnly,
  });
});

const Decision = z.discriminatedUnion('decision', [
  z.object({ programmeId: z.string().max(20), decision: z.literal('extend'), newEnd: z.string().refine(isLocalDate, 'Укажите дату') }).strict(),
  z.object({ programmeId: z.string().max(20), decision: z.literal('conclude') }).strict(),
]);

/** Extends a programme past the closed year, or marks it completed (the conclusion follows on its own page). */
export const decideProgramme = adminEndpoint(Decision, (input): Result<{ message: string }> => {
  const closed = lastClose();
  if (!closed) return failure('conflict', Y.notClosed);
  return withDocumentLock(() => {
    const workbook = openWorkbook();
    const tab = loadTab(workbook, 'programmes');
    const found = tab.byId.get(input.programmeId);
    if (!found) return failure('not-found', Y.notFound);
    const p = found.value;
    if (p.status !== 'active' && p.status !== 'draft') return failure('conflict', Y.notOpen);
    const name = p.teacherName ?? p.id;
    if (input.decision === 'conclude') {
      updateRecords(workbook, tab, [{ row: found.row, values: { status: 'completed' } }]);
      return success({ message: Y.concluded(name) });
    }
    const newEnd = input.newEnd as LocalDate;
    const problem = extensionProblem(p, newEnd, closed.year);
    if (problem) return failure('validation', RU.form.fix, { newEnd: problem === 'beforeStart' ? Y.beforeStart : Y.insideYear(closed.year) });
    // Extended, still a programme someone means: no longer than allowed (domain/sane-values.ts).
    if (programmeTooLong(p.start, newEnd)) return failure('validation', RU.form.fix, { newEnd: programmeTooLongOf(p.start) });
    updateRecords(workbook, tab, [{ row: found.row, values: { end: newEnd, status: p.status === 'draft' ? 'draft' : 'active' } }]);
    return success({ message: Y.extended(name, formatRu(newEnd)) });
  });
});
