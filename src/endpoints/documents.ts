/**
 * «Документы»: generating documents for the selected rows or for every record that needs one, as
 * a resumable job (documents/generate-job.ts). The page opens with one call (getDocumentsPage)
 * and shows the job's progress, its links and its failures; template problems stop the start.
 */
import { z } from 'zod';
import { DOCUMENT_KINDS } from '../domain/options';
import { defineEndpoint } from '../shared/endpoint';
import { failure, success } from '../shared/result';
import { showSidebar } from '../platform/ui';
import { RU } from '../text/ru';
import type { DocumentKind } from '../documents/fields';
import { continueJob, loadJob, newJob, openBook, runJob, type Job, type RunOutcome } from '../documents/generate-job';
import { expandPlanIds, KIND_KEYS, neededIds, scanNeeded, selectedIds, SOURCE_TAB, targetOf, type Book } from '../documents/generate-records';
import { isInterim } from '../documents/fields/annual-report';
import { schoolYearOf } from '../domain/local-date';

const T = RU.documentsPage;

export function showDocuments(): void {
  showSidebar('documents', T.title);
}

export interface JobView {
  kind: string;
  kindLabel: string;
  status: Job['status'];
  total: number;
  done: number;
  pending: number;
  message: string;
  results: Array<{ title: string; url: string }>;
  failures: Array<{ name: string; reason: string }>;
  notes: string[];
}

export interface DocumentsPage {
  kinds: Array<{ key: string; label: string; sourceTab: string; needed: number }>;
  /** The kind suggested by the active sheet. */
  suggested: string;
  selectedRows: number;
  activeTab: string;
  folderMissing: string | null;
  job: JobView | null;
}

export interface StartResult {
  job: JobView | null;
  problems: Array<{ placeholder: string; message: string }>;
}

/** The page counts what each kind still needs from a few columns of each tab, read in one call. */
export const getDocumentsPage = defineEndpoint(z.object({}).strict(), () => {
  const book = openBook();
  scanNeeded(book);
  const active = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getName();
  const kinds = KIND_KEYS.map((key) => ({ key, label: kindLabel(book, key), sourceTab: book.workbook.nameOf(SOURCE_TAB[key]), needed: neededIds(book, key).length }));
  const suggested = KIND_KEYS.find((k) => book.workbook.nameOf(SOURCE_TAB[k]) === active) ?? 'passport';
  const job = loadJob();
  return success<DocumentsPage>({
    kinds,
    suggested,
    selectedRows: selectedRows().length,
    activeTab: active,
    folderMissing: book.settings.driveFolder ? null : T.noFolder,
    job: job ? view(book, job) : null,
  });
});

/** A kind's name on the page; the annual report says which year, and that a running year's is interim. */
function kindLabel(book: Book, key: DocumentKind): string {
  if (key !== 'annualReport') return DOCUMENT_KINDS.label(key);
  const year = schoolYearOf(book.today);
  return T.annualReportLabel(DOCUMENT_KINDS.label(key), year, isInterim(year, book.today));
}

const StartInput = z
  .object({
    kind: z.enum(KIND_KEYS, { message: T.pickKind }),
    scope: z.enum(['selected', 'needed'], { message: T.pickScope }),
  })
  .strict();

export const startDocuments = defineEndpoint(StartInput, ({ kind, scope }) => {
  const book = openBook();
  const running = loadJob();
  if (running && running.pending.length > 0 && running.status !== 'done') return failure('conflict', T.jobRunning(running.done.length, running.total));
  let ids: string[];
  if (scope === 'selected') {
    const source = book.workbook.nameOf(SOURCE_TAB[kind]);
    if (SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getName() !== source) return failure('validation', T.selectOn(source), { scope: T.selectOn(source) });
    ids = selectedIds(book, kind, selectedRows());
    if (ids.length === 0) return failure('validation', T.selectOn(source), { scope: T.selectOn(source) });
  } else {
    ids = neededIds(book, kind);
    if (ids.length === 0) return success<StartResult>({ job: null, problems: [] });
  }
  return outcome(book, runJob(newJob(kind, expandPlanIds(book, kind, ids)), book));
});

export const continueDocuments = defineEndpoint(z.object({}).strict(), () => {
  const book = openBook();
  const ran = continueJob(book);
  if (!ran) return failure('not-found', T.noJob);
  return outcome(book, ran);
});

/** Menu «Документы → Продолжить». */
export function continueDocumentsFromMenu(): void {
  const book = openBook();
  const ran = continueJob(book);
  const ui = SpreadsheetApp.getUi();
  if (!ran) return void ui.alert(T.noJob);
  if (!ran.ok) return void ui.alert('settings' in ran ? ran.settings : ran.problems.map((p) => p.message).join('\n'));
  ui.alert(view(book, ran.job).message);
}

/** The time-driven continuation of a document job (the rhythm's tick resumes it too). */
export { resumeDocumentJob } from '../documents/generate-job';

function outcome(book: Book, ran: RunOutcome) {
  if (!ran.ok) {
    if ('settings' in ran) return failure('validation', ran.settings);
    return success<StartResult>({ job: null, problems: ran.problems.map((p) => ({ placeholder: p.placeholder, message: p.message })) });
  }
  return success<StartResult>({ job: view(book, ran.job), problems: [] });
}

function view(book: Book, job: Job): JobView {
  const done = new Set(job.done);
  // The register as the batch left it (read once more, at the end).
  book.forget('documents');
  const results = book
    .scan('documents', ['kind', 'recordId', 'title', 'url'])
    .records.map((r) => r.value)
    .filter((d) => d.kind === job.kind && d.recordId !== null && done.has(d.recordId))
    .map((d) => ({ title: d.title, url: d.url }));
  const name = (id: string) => targetOf(book, job.kind, id)?.name ?? id;
  const message =
    job.status === 'quota'
      ? T.quota(job.done.length, job.total)
      : job.status === 'paused'
        ? T.paused(job.done.length, job.total)
        : T.finished(job.done.length, job.total, job.failed.length);
  return {
    kind: job.kind,
    kindLabel: DOCUMENT_KINDS.label(job.kind as DocumentKind),
    status: job.status,
    total: job.total,
    done: job.done.length,
    pending: job.pending.length,
    message,
    results,
    failures: job.failed.map((f) => ({ name: name(f.id), reason: f.reason })),
    notes: job.notes,
  };
}

/** Sheet rows under the user's selection (the active range; data rows only). */
function selectedRows(): number[] {
  const range = SpreadsheetApp.getActiveSpreadsheet().getActiveRange();
  const rows: number[] = [];
  if (range) for (let r = Math.max(2, range.getRow()); r <= range.getLastRow(); r++) rows.push(r);
  return rows;
}
