/**
 * A batch of documents as a job kept in the workbook's store (platform/store.ts): each execution works until about
 * 4.5 of its 6 minutes, saves its progress and stops; a menu click or the daily tick resumes it.
 * A failure on one record is kept with its reason and the others go on; the daily "documents
 * created" quota stops the job until tomorrow.
 */
import { openWorkbook, type Workbook } from '../workbook/sheets';
import { RU } from '../text/ru';
import { ensureTemplates, readTemplateShape } from './docs-io';
import { DICTIONARIES, type DocumentKind } from './fields';
import { Folders, generateOne } from './generate';
import { Book } from './generate-records';
import { checkTemplate, type TemplateProblem } from './template-check';
import { z } from 'zod';
import { DOCUMENT_KINDS } from '../domain/options';
import { documentStore } from '../platform/store';
import { storedValue } from '../platform/stored-value';

const T = RU.documentsPage;
export const JOB_KEY = 'documents.job';
/** Stop starting new documents after this much of the 6-minute execution. */
export const BUDGET_MS = 4.5 * 60 * 1000;
const QUOTA = /too many times for one day: documents created/i;
/** Kept failures (a property value holds 9 KB). */
const MAX_FAILURES = 40;

const JOB_SCHEMA = z.object({
  kind: z.enum(DOCUMENT_KINDS.keys as unknown as [DocumentKind, ...DocumentKind[]]),
  pending: z.array(z.string()),
  done: z.array(z.string()),
  failed: z.array(z.object({ id: z.string(), reason: z.string() })),
  total: z.number(),
  status: z.enum(['running', 'paused', 'quota', 'done']),
  /** Notes that do not fail a document (a refused share). */
  notes: z.array(z.string()).catch([]),
});
export type Job = z.output<typeof JOB_SCHEMA>;
export type JobStatus = Job['status'];

const STORED_JOB = storedValue(JOB_KEY, JOB_SCHEMA);

/** The stored job; none when it was never started or its value no longer reads. */
export function loadJob(): Job | null {
  return STORED_JOB.read(documentStore());
}

export function saveJob(job: Job): void {
  job.notes = job.notes.slice(-10);
  STORED_JOB.write(documentStore(), job);
}

export function newJob(kind: DocumentKind, ids: readonly string[]): Job {
  const unique = [...new Set(ids)];
  return { kind, pending: unique, done: [], failed: [], total: unique.length, status: 'running', notes: [] };
}

export type RunOutcome = { ok: true; job: Job } | { ok: false; problems: TemplateProblem[] } | { ok: false; settings: string };

/** The school's folder from the settings, or why it cannot be used. */
export function schoolFolder(book: Book): GoogleAppsScript.Drive.Folder | string {
  const id = book.settings.driveFolder;
  if (!id) return T.noFolder;
  try {
    return DriveApp.getFolderById(id);
  } catch {
    return T.badFolder;
  }
}

/**
 * Continues the stored job in the background (the time-driven trigger and the rhythm's tick): a
 * problem that stops it goes to the log, the job stays for the page to show.
 */
export function resumeDocumentJob(): void {
  const job = loadJob();
  if (!job || job.pending.length === 0) return;
  const ran = runJob(job);
  if (!ran.ok) console.warn('settings' in ran ? ran.settings : ran.problems.map((p) => p.message).join('\n'));
}

/** Runs the job's pending records until done, out of time, or out of daily quota. */
export function runJob(job: Job, book: Book = openBook(), started = Date.now()): RunOutcome {
  const root = schoolFolder(book);
  if (typeof root === 'string') return { ok: false, settings: root };
  const templates = ensureTemplates(root.getId(), [job.kind], undefined, book.settings.regulation);
  const templateId = templates.ids[job.kind];
  const problems = checkTemplate(readTemplateShape(templateId), DICTIONARIES[job.kind]);
  if (problems.length > 0) return { ok: false, problems };
  const folders = new Folders(root);
  job.status = 'running';
  // Saved before the first document: an execution the time limit ends can always be continued.
  saveJob(job);
  while (job.pending.length > 0) {
    if (Date.now() - started > BUDGET_MS) {
      job.status = 'paused';
      saveJob(job);
      return { ok: true, job };
    }
    const id = job.pending[0]!;
    try {
      const made = generateOne(book, folders, job.kind, templateId, id);
      job.done = [...job.done.filter((d) => d !== id), id];
      job.failed = job.failed.filter((f) => f.id !== id);
      job.notes.push(...made.notes);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (QUOTA.test(message)) {
        job.status = 'quota';
        saveJob(job);
        return { ok: true, job };
      }
      job.failed = [...job.failed.filter((f) => f.id !== id), { id, reason: message.slice(0, 200) }].slice(-MAX_FAILURES);
    }
    job.pending.shift();
    saveJob(job);
  }
  job.status = 'done';
  saveJob(job);
  return { ok: true, job };
}

/** The tabs of this action, dated by the school's zone. */
export function openBook(workbook: Workbook = openWorkbook()): Book {
  return new Book(workbook, workbook.zone.dayOf(new Date()));
}

/** Continues a stopped job; a finished one with failures retries them. */
export function continueJob(book: Book = openBook()): RunOutcome | null {
  const job = loadJob();
  if (!job) return null;
  if (job.pending.length === 0 && job.failed.length > 0) job.pending = job.failed.map((f) => f.id);
  if (job.pending.length === 0) {
    // The time limit can cut the last save of a finished job: it is finished all the same.
    if (job.status !== 'done') {
      job.status = 'done';
      saveJob(job);
    }
    return { ok: true, job };
  }
  return runJob(job, book);
}
