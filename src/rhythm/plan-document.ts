/**
 * The monthly plan as documents, made as a queue of bounded steps kept in the workbook's store.
 * A school's month is one document; a long month (a region's thousands of rows) is made in parts,
 * a week each and at most PLAN_PART_ROWS rows (documents/fields/monthly-plan.ts), each part one
 * step: the run makes parts while its time lasts, the next run (hourly while work is left) goes on.
 * Each part is remembered with a digest of the rows it lists, so a part already made from the same
 * rows is never made again (not by a retry, not when another week changes), and a part whose rows
 * changed is remade alone. A part that no longer exists (the month shrank, or grew into parts) goes
 * to «Архив версий» once every current part is made; nothing is deleted.
 */
import { z } from 'zod';
import { ensureTemplates, readTemplateShape } from '../documents/docs-io';
import { DICTIONARIES } from '../documents/fields';
import { archive, Folders, generateOne } from '../documents/generate';
import { schoolFolder } from '../documents/generate-job';
import { planPartId, planPartsOf, type Book } from '../documents/generate-records';
import { checkTemplate } from '../documents/template-check';
import { rowsDigest } from '../domain/plan-snapshot';
import { documentStore } from '../platform/store';
import { storedValue } from '../platform/stored-value';
import { RU } from '../text/ru';
import { monthName, type MonthKey } from './calendar';

const T = RU.documentsPage;

const PART = z.object({ id: z.string(), digest: z.string() });
const QUEUE = z.object({
  month: z.string(),
  /** Parts made and registered, with the digest of the rows each was made from. */
  made: z.array(PART),
  /** What the month's plan links to: its one document, or the folder of its parts. */
  link: z.string().nullable(),
});
type Queue = z.output<typeof QUEUE>;
/** 9 KB a value: a month of thirty parts keeps about 1.5 KB here. */
const STORED = storedValue('rhythm.planParts', QUEUE);

export interface PlanDocuments {
  /** The link for reminders and the digest (null until something exists to link). */
  link: string | null;
  /** Every part of the month made from its current rows. */
  done: boolean;
  /** Parts made by this call. */
  made: number;
  /** Parts the month has. */
  parts: number;
  /** «month:digest» of every part's rows: the same mark again means nothing to do (no store read). */
  mark: string;
}

/**
 * Makes the month's plan documents not yet made from their current rows, while `hasTime()` says a
 * part may start. Throws with the deputy's reason (no folder, a broken template); what was made
 * before the throw is kept.
 */
export function advancePlanDocuments(book: Book, month: MonthKey, hasTime: () => boolean, doneMark: string | null, doneLink: string | null): PlanDocuments {
  const parts = planPartsOf(book, month).map((part) => ({ part, id: planPartId(month, part), digest: rowsDigest(part.events, part.due) }));
  const mark = `${month}:${parts.map((p) => `${p.id}=${p.digest}`).join(',')}`;
  // Most runs: every part already made from these rows (the rhythm's state keeps the mark).
  if (mark === doneMark) return { link: doneLink, done: true, made: 0, parts: parts.length, mark };
  const store = documentStore();
  const stored = STORED.read(store);
  const queue: Queue = stored?.month === month ? stored : { month, made: [], link: null };
  const todo = parts.filter((p) => !queue.made.some((m) => m.id === p.id && m.digest === p.digest));
  const stale = queue.made.filter((m) => !parts.some((p) => p.id === m.id));
  const result: PlanDocuments = { link: queue.link, done: false, made: 0, parts: parts.length, mark };
  if (todo.length === 0 && stale.length === 0) return { ...result, done: true };
  const root = schoolFolder(book);
  if (typeof root === 'string') throw new Error(root);
  const folders = new Folders(root);
  const single = parts.length === 1 && parts[0]!.part.key === '';
  if (!single) {
    // The folder of the parts is the link from the first step on: reminders need not wait for the last part.
    queue.link = folders.at([T.folderPlans, monthName(month)]).getUrl();
    result.link = queue.link;
  }
  if (todo.length > 0) {
    const templateId = ensureTemplates(root.getId(), ['monthlyPlan']).ids.monthlyPlan;
    const problems = checkTemplate(readTemplateShape(templateId), DICTIONARIES.monthlyPlan);
    if (problems.length) throw new Error(problems.map((p) => p.message).join('; '));
    const template = DriveApp.getFileById(templateId);
    for (const p of todo) {
      if (!hasTime()) break;
      // generateOne archives a copy a cut execution left unregistered, and the part's previous version.
      const made = generateOne(book, folders, 'monthlyPlan', template, p.id);
      queue.made = [...queue.made.filter((m) => m.id !== p.id), { id: p.id, digest: p.digest }];
      if (single) queue.link = made.url;
      result.made += 1;
      // Kept after every part: a run cut here redoes only the parts not recorded.
      STORED.write(store, queue);
    }
    result.link = queue.link;
    if (result.made < todo.length) return result;
  }
  retire(book, folders, stale.map((m) => m.id));
  queue.made = queue.made.filter((m) => parts.some((p) => p.id === m.id));
  STORED.write(store, queue);
  return { ...result, link: queue.link, done: true };
}

/** Parts the month no longer has leave the live folders for «Архив версий»; their register rows stay (retention). */
function retire(book: Book, folders: Folders, ids: readonly string[]): void {
  if (ids.length === 0) return;
  const wanted = new Set(ids);
  book.forget('documents');
  const rows = book.find('documents', ['kind', 'recordId', 'fileId', 'title'], (v) => v.kind === 'monthlyPlan' && wanted.has(v.recordId ?? ''));
  for (const r of rows.records) if (r.value.fileId) archive(folders, r.value.fileId, r.value.title);
}
