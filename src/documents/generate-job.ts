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
import { Folders, makeDocument, recordAll, registerAgain, type Made } from './generate';
import { BatchFiller, sweepPrepared } from './docs-batch';
import { dropInputs, gatherInputs, keepInputs, readInputs, type Inputs } from './job-inputs';
import type { FieldValues } from './dictionary';
import { withDocumentLock } from '../platform/lock';
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
/**
 * The job is saved once every this many documents, not after each: before a window starts, with
 * the window's records and their register entries as they were (`window`). An execution cut inside
 * a window leaves it in the saved job; the next run tells the window's documents already made
 * (their register entry changed) from those to make again (generate-job's `recover`).
 */
export const WINDOW = 10;

const JOB_SCHEMA = z.object({
  kind: z.enum(DOCUMENT_KINDS.keys as unknown as [DocumentKind, ...DocumentKind[]]),
  pending: z.array(z.string()),
  done: z.array(z.string()),
  failed: z.array(z.object({ id: z.string(), reason: z.string() })),
  total: z.number(),
  status: z.enum(['running', 'paused', 'quota', 'done']),
  /** Notes that do not fail a document (a refused share). */
  notes: z.array(z.string()).catch([]),
  /** The documents being made since the last save, with each one's registered file before (null: none). */
  window: z
    .array(
      z.object({
        id: z.string(),
        before: z.string().nullable(),
        /** Made and filled in this window, not registered yet: the next run registers it rather than make it again. */
        made: z.object({ fileId: z.string(), title: z.string(), url: z.string() }).nullable().catch(null),
      }),
    )
    .max(WINDOW)
    .catch([]),
  /** Laid-out copies of the template may be left in «Шаблоны» (docs-batch.ts): the next run sweeps them. */
  prepared: z.boolean().catch(false),
  /** The Drive file keeping the records' targets and values as read at the job's start (job-inputs.ts). */
  inputsFile: z.string().nullable().catch(null),
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
  return { kind, pending: unique, done: [], failed: [], total: unique.length, status: 'running', notes: [], window: [], prepared: false, inputsFile: null };
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

interface Registered {
  fileId: string | null;
  title: string | null;
  url: string | null;
}

/** The register entry of each record of a kind, as the register is now. */
function registered(book: Book, kind: DocumentKind): Map<string, Registered> {
  book.forget('documents');
  const rows = book.scan('documents', ['kind', 'recordId', 'fileId', 'title', 'url']).records.map((r) => r.value);
  return new Map(rows.filter((r) => r.kind === kind && r.recordId).map((r) => [r.recordId!, { fileId: r.fileId ?? null, title: r.title ?? null, url: r.url ?? null }]));
}

/**
 * A job saved while `running` was cut inside its window: a record of the window whose register
 * entry changed was made and registered (done, never made again; its row and link written again
 * in case the cut fell between them); one the window kept as made (`made`) and whose copy is still
 * there is registered now (done); the others may have left an unregistered copy, so they are the
 * only ones checked for leftovers.
 */
function recover(book: Book, folders: Folders, job: Job): Set<string> {
  const suspects = new Set<string>();
  if (job.status !== 'running' || job.window.length === 0) return suspects;
  const now = registered(book, job.kind);
  const again: Parameters<typeof registerAgain>[3][number][] = [];
  for (const { id, before, made } of job.window) {
    if (!job.pending.includes(id)) continue;
    const entry = now.get(id);
    const changed = entry?.fileId && entry.fileId !== before ? { fileId: entry.fileId, title: entry.title ?? '', url: entry.url ?? '' } : null;
    const found = changed ?? (made && alive(made.fileId) ? made : null);
    if (found) {
      again.push({ recordId: id, ...found });
      job.pending = job.pending.filter((p) => p !== id);
      job.done = [...job.done.filter((d) => d !== id), id];
      job.failed = job.failed.filter((f) => f.id !== id);
    } else suspects.add(id);
  }
  registerAgain(book, folders, job.kind, again);
  return suspects;
}

/** A copy that is still there (not deleted, not in the trash). */
function alive(fileId: string): boolean {
  try {
    return !DriveApp.getFileById(fileId).isTrashed();
  } catch {
    return false;
  }
}

/**
 * Saves the job at a window's start: the next records and their register entries before. Returns
 * the job as saved, which each document made in the window is added to (`keepMade`).
 */
function openWindow(book: Book, job: Job, inputs: ReadonlyMap<string, Inputs> | null): Job {
  const ids = job.pending.slice(0, WINDOW);
  const now = registered(book, job.kind);
  job.window = ids.map((id) => ({ id, before: now.get(id)?.fileId ?? null, made: null }));
  saveJob(job);
  // Records kept at the job's start are not read again; the others are read ahead together.
  const unread = ids.filter((id) => !inputs?.has(id));
  if (unread.length > 0) book.prefetch(job.kind, unread);
  return JSON.parse(JSON.stringify(job)) as Job;
}

/** The window's saved job with one more document made (one store write, no Drive or Sheets call). */
function keepMade(saved: Job, made: Made): void {
  const entry = saved.window.find((w) => w.id === made.recordId);
  if (!entry) return;
  entry.made = { fileId: made.fileId, title: made.title, url: made.url };
  saveJob(saved);
}

/** Saves a job that stopped cleanly: no window left open. */
function stop(job: Job, status: JobStatus): RunOutcome {
  job.status = status;
  job.window = [];
  saveJob(job);
  return { ok: true, job };
}

/**
 * Runs the job's pending records until done, out of time (measured on the execution's clock, which
 * counts the add-on's own work as well as the services'), or out of daily quota.
 */
export function runJob(job: Job, book: Book = openBook(), started = Date.now()): RunOutcome {
  const root = schoolFolder(book);
  if (typeof root === 'string') return { ok: false, settings: root };
  let templates: ReturnType<typeof ensureTemplates>;
  try {
    templates = ensureTemplates(root.getId(), [job.kind], undefined, book.settings.regulation);
  } catch (e) {
    // Making a missing template counts towards the same daily quota as the documents.
    if (QUOTA.test(e instanceof Error ? e.message : String(e))) return stop(job, 'quota');
    throw e;
  }
  const templateId = templates.ids[job.kind];
  const problems = checkTemplate(readTemplateShape(templateId), DICTIONARIES[job.kind]);
  if (problems.length > 0) return { ok: false, problems };
  const template = DriveApp.getFileById(templateId);
  const folders = new Folders(root);
  let work: GoogleAppsScript.Drive.Folder | null = null;
  const workFolder = () => (work ??= DriveApp.getFolderById(templates.folderId));
  // Laid-out copies a cut execution left (docs-batch.ts): the job says there may be some.
  if (job.prepared) sweepPrepared(workFolder());
  job.prepared = false;
  /** The job as saved at the current window's start, with the window's documents made so far. */
  const current: { saved: Job | null } = { saved: null };
  const filler = new BatchFiller(template, templateId, DICTIONARIES[job.kind], () => {
    // Kept before the first laid-out copy is made, so a cut leaves the next run a reason to sweep:
    // in the job as saved at its window's start (the window's progress is saved only with it).
    if (!job.prepared) {
      job.prepared = true;
      if (current.saved) {
        current.saved.prepared = true;
        saveJob(current.saved);
      }
    }
    return workFolder();
  }, job.pending.length === 1);
  let status: JobStatus;
  try {
    status = makeAll(book, folders, job, filler, started, current, jobInputs(book, job, workFolder));
  } catch (e) {
    filler.dispose(true);
    throw e;
  }
  // Before the job is saved stopped: a copy or a file that fails to go to the trash fails this
  // run, and the job as last saved (its window open, `prepared` set) sends the next to sweep.
  filler.dispose(false);
  job.prepared = false;
  if (status === 'done' && job.inputsFile) {
    dropInputs(job.inputsFile);
    job.inputsFile = null;
  }
  return stop(job, status);
}

/**
 * The records' inputs kept with the job (job-inputs.ts): read from its file, or, at the job's
 * start (and for failures retried after it was done, or a file gone), read for every pending
 * record now and kept. Saved with the job at the next window's start. A job of one record keeps none.
 */
function jobInputs(book: Book, job: Job, folder: () => GoogleAppsScript.Drive.Folder): ReadonlyMap<string, Inputs> | null {
  const kept = job.inputsFile ? readInputs(job.inputsFile) : null;
  if (kept) return kept;
  // One document has no other to agree with: it is read at its turn (a retry reads it again).
  if (job.pending.length < 2) return null;
  const inputs = gatherInputs(book, job.kind, job.pending);
  job.inputsFile = keepInputs(folder(), inputs);
  return inputs;
}

/**
 * The job's documents, made one by one and registered a window at a time (recordAll under one
 * lock): at the window's end, and before any stop. A cut before a window is registered leaves its
 * documents unregistered: the saved window sends the next run looking for them (`recover`).
 */
function makeAll(book: Book, folders: Folders, job: Job, filler: BatchFiller, started: number, current: { saved: Job | null }, inputs: ReadonlyMap<string, Inputs> | null): JobStatus {
  // A record that failed before may have failed after its copy was made: checked too.
  const suspects = new Set([...recover(book, folders, job), ...job.failed.map((f) => f.id)]);
  job.status = 'running';
  const made: Made[] = [];
  const register = () => {
    if (made.length > 0) withDocumentLock(() => recordAll(book, folders, job.kind, made));
    made.length = 0;
  };
  const fill = (title: string, folder: GoogleAppsScript.Drive.Folder, values: FieldValues) => filler.fill(title, folder, values);
  let left = 0;
  while (job.pending.length > 0) {
    if (Date.now() - started > BUDGET_MS) {
      register();
      return 'paused';
    }
    // Saved before each window: an execution the time limit ends can always be continued.
    if (left === 0) {
      register();
      current.saved = openWindow(book, job, inputs);
      left = job.window.length;
    }
    const id = job.pending[0]!;
    // Its leftovers are told from ours by the register: the window's documents so far go in first.
    if (suspects.has(id)) register();
    try {
      const one = makeDocument(book, folders, job.kind, fill, id, suspects.has(id), inputs?.get(id) ?? null);
      made.push(one);
      keepMade(current.saved!, one);
      job.done = [...job.done.filter((d) => d !== id), id];
      job.failed = job.failed.filter((f) => f.id !== id);
      job.notes.push(...one.notes);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (QUOTA.test(message)) {
        register();
        return 'quota';
      }
      job.failed = [...job.failed.filter((f) => f.id !== id), { id, reason: message.slice(0, 200) }].slice(-MAX_FAILURES);
    }
    job.pending.shift();
    left -= 1;
  }
  register();
  return 'done';
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
      if (job.inputsFile) dropInputs(job.inputsFile);
      job.inputsFile = null;
      return stop(job, 'done');
    }
    return { ok: true, job };
  }
  return runJob(job, book);
}
