/**
 * A batch's inputs, read once at the job's start and kept with the job: each record's target (its
 * title, folder, teacher and link row) and field values as they were when the batch began. A later
 * execution makes its documents from these, not from the book as it is then, so a batch cut into
 * several executions makes every document from one moment's data, and a resumed execution reads
 * neither the records nor the tabs they refer to. A record edited after the start gets its
 * document as it was at the start (the deputy makes it again to take the edit in); one deleted
 * after the start still gets its document and register row, and no link (its row is gone). A record
 * that did not read at the start has none kept and is read at its turn (it fails there with its
 * own message).
 *
 * They are too big for the workbook's store (developer metadata; docs/platform.md): a JSON file
 * in the add-on's «Шаблоны» folder, one at a time, trashed when the job is done (a job replaced
 * before it was done leaves its file for the next job to trash).
 */
import { z } from 'zod';
import { RU } from '../text/ru';
import type { FieldValues } from './dictionary';
import type { DocumentKind } from './fields';
import { GONE } from './docs-templates';
import { targetOf, valuesOf, type Book, type DocTarget } from './generate-records';

export interface Inputs {
  target: DocTarget;
  values: FieldValues;
}

const JSON_MIME = 'application/json';
const NAME = RU.documentsIo.jobInputs;

const VALUE = z.union([z.string(), z.array(z.string()), z.array(z.record(z.string(), z.string()))]);
const INPUTS = z.record(
  z.string(),
  z.object({
    target: z.object({
      recordId: z.string(),
      name: z.string(),
      date: z.string().nullable(),
      folder: z.array(z.string()),
      teacherEmail: z.string().nullable(),
      linkRowId: z.string().nullable(),
    }),
    values: z.record(z.string(), VALUE),
  }),
);

/** Every record's target and values, read together (one read ahead for all of them). */
export function gatherInputs(book: Book, kind: DocumentKind, ids: readonly string[]): Map<string, Inputs> {
  book.prefetch(kind, ids);
  const out = new Map<string, Inputs>();
  for (const id of ids) {
    try {
      const target = targetOf(book, kind, id);
      if (target) out.set(id, { target, values: valuesOf(book, kind, id) });
    } catch {
      // Read again at its turn, where its failure is kept with its reason.
    }
  }
  return out;
}

/** Writes the inputs into `folder`; the file's id, or null when it could not be written (the job then reads at each window). */
export function keepInputs(folder: GoogleAppsScript.Drive.Folder, inputs: ReadonlyMap<string, Inputs>): string | null {
  const old = folder.getFilesByName(NAME);
  while (old.hasNext()) old.next().setTrashed(true);
  let file: GoogleAppsScript.Drive.File | null = null;
  try {
    file = folder.createFile(NAME, JSON.stringify(Object.fromEntries(inputs)), JSON_MIME);
    return file.getId();
  } catch (e) {
    // Too big, or Drive refused: the job reads its records at each window instead, and a file
    // made without its id known goes (or waits for the next job's sweep above).
    console.warn(e instanceof Error ? e.message : String(e));
    try {
      file?.setTrashed(true);
    } catch {
      // Left to the next job's sweep.
    }
    return null;
  }
}

/** The kept inputs; null when the file is gone or does not read. */
export function readInputs(fileId: string): Map<string, Inputs> | null {
  try {
    const file = DriveApp.getFileById(fileId);
    const parsed = INPUTS.safeParse(JSON.parse(file.getBlob().getDataAsString()));
    return parsed.success ? new Map(Object.entries(parsed.data) as Array<[string, Inputs]>) : null;
  } catch {
    return null;
  }
}

/** The job is done: its inputs go to the trash (a failure is thrown: the job is not saved done without it). */
export function dropInputs(fileId: string): void {
  let file: GoogleAppsScript.Drive.File;
  try {
    file = DriveApp.getFileById(fileId);
  } catch (e) {
    // Gone already (deleted by hand: "No item with the given ID could be found…", docs/platform.md);
    // any other failure fails the run, which the next one repeats.
    if (GONE.test(e instanceof Error ? e.message : String(e))) return;
    throw e;
  }
  file.setTrashed(true);
}
