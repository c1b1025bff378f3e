/**
 * One document for one record: copy the template into the record's folder, fill it, optionally
 * save a PDF beside it, share it (private by default, the teacher as viewer when the settings say
 * so), then write the register row and the record's link. A previous version is moved to «Архив
 * версий» and its register row reused, so there is never a second live document or row.
 */
import { addMonths, type LocalDate } from '../domain/local-date';
import { DOCUMENT_KINDS } from '../domain/options';
import { withDocumentLock } from '../platform/lock';
import type { LoadedTab } from '../workbook/repo';
import { RU } from '../text/ru';
import { formatRu } from '../domain/local-date';
import { fillDocument } from './docs-io';
import { archiveFile } from './archive';
import { DICTIONARIES, type DocumentKind } from './fields';
import { LINK_COLUMN, targetOf, valuesOf, type Book, type DocTarget } from './generate-records';
import type { FieldValues } from './dictionary';
import type { RecordOf } from '../workbook/typed';

type Folder = GoogleAppsScript.Drive.Folder;
const T = RU.documentsPage;

/** Retention of seed 000 V.1: at least five years from creation. */
export const KEEP_YEARS = 5;

/** Folders under the school's folder, found or created once per execution. */
export class Folders {
  private readonly cache = new Map<string, Folder>();
  constructor(readonly root: Folder) {}
  at(path: readonly string[]): Folder {
    let folder = this.root;
    for (let i = 0; i < path.length; i++) {
      const key = path.slice(0, i + 1).join('\u0000');
      let next = this.cache.get(key);
      if (!next) {
        const name = path[i]!.trim() || T.unnamed;
        const found = folder.getFoldersByName(name);
        next = found.hasNext() ? found.next() : folder.createFolder(name);
        this.cache.set(key, next);
      }
      folder = next;
    }
    return folder;
  }
}

const GOOGLE_DOC = 'application/vnd.google-apps.document';

/** «Протокол заседания — № 1, Научи меня Чуду! — 24.09.2026»: the document's own date, never the day it was made. */
export function documentTitle(kind: DocumentKind, name: string, day: LocalDate | null): string {
  const label = DOCUMENT_KINDS.label(kind);
  const head = `${label.charAt(0).toUpperCase()}${label.slice(1)} — ${name}`;
  return day ? `${head} — ${formatRu(day)}` : head;
}

export interface Generated {
  recordId: string;
  title: string;
  url: string;
  /** Non-fatal notes (a refused share). */
  notes: string[];
}

/** A document made and filled but not registered yet: what its register row and link need. */
export interface Made extends Generated {
  fileId: string;
  /** The row of LINK_COLUMN's tab that gets the link (null: the kind has none). */
  linkRowId: string | null;
}

/** Copies the template to `title` in `folder` and fills it with `values`. */
export type Fill = (title: string, folder: Folder, values: FieldValues) => { file: GoogleAppsScript.Drive.File; fileId: string };

/**
 * `template`: the template's Drive file (a batch finds it once per execution) or its id. `leftovers`: look for a copy an
 * execution cut by the time limit made and never registered — only a record the job was making
 * when it was cut can have one (generate-job.ts), so the others skip the two Drive calls.
 */
export function generateOne(book: Book, folders: Folders, kind: DocumentKind, template: GoogleAppsScript.Drive.File | string, recordId: string, leftovers = true): Generated {
  const fill: Fill = (title, folder, values) => {
    const file = (typeof template === 'string' ? DriveApp.getFileById(template) : template).makeCopy(title, folder);
    const fileId = file.getId();
    fillDocument(fileId, DICTIONARIES[kind], values);
    return { file, fileId };
  };
  const made = makeDocument(book, folders, kind, fill, recordId, leftovers);
  withDocumentLock(() => recordAll(book, folders, kind, [made]));
  const { fileId: _f, linkRowId: _l, ...generated } = made;
  return generated;
}

/**
 * One record's document made, filled, exported and shared, not registered: a batch registers its
 * window's documents together (recordAll). `inputs`: the record's target and values as the job
 * kept them at its start (null: read from the book now).
 */
export function makeDocument(book: Book, folders: Folders, kind: DocumentKind, fill: Fill, recordId: string, leftovers: boolean, inputs: { target: DocTarget; values: FieldValues } | null = null): Made {
  const target = inputs?.target ?? targetOf(book, kind, recordId);
  if (!target) throw new Error(T.recordNotFound(recordId));
  const values = inputs?.values ?? valuesOf(book, kind, recordId);
  const title = documentTitle(kind, target.name, target.date);
  const folder = folders.at(target.folder);
  // An execution cut by the time limit may have left a copy it never registered (titles repeat
  // across records, so the register, read as it is now, tells ours from theirs): it goes to the
  // archive, nothing is deleted, and the record ends with one live document.
  if (leftovers) {
    book.forget('documents');
    const registered = new Set(book.scan('documents', ['fileId']).records.map((r) => r.value.fileId));
    const found = folder.getFilesByName(title);
    while (found.hasNext()) {
      const file = found.next();
      if (file.getMimeType() === GOOGLE_DOC && !registered.has(file.getId())) archiveFile(file, folders.at([T.folderArchive]));
    }
  }
  const { file: copy, fileId } = fill(title, folder, values);
  if (book.settings.makePdf) folder.createFile(copy.getAs('application/pdf')).setName(`${title}.pdf`);
  const notes: string[] = [];
  if (book.settings.shareWithTeacher && target.teacherEmail) {
    try {
      copy.addViewer(target.teacherEmail);
    } catch (e) {
      // A domain policy may forbid it: the document stays private and the deputy is told.
      const note = T.shareRefused(target.teacherEmail, e instanceof Error ? e.message : String(e));
      console.warn(note);
      notes.push(note);
    }
  }
  return { recordId, title, url: copy.getUrl(), notes, fileId, linkRowId: target.linkRowId };
}

/**
 * Documents an execution cut by the time limit made and registered: their register rows and links
 * written again (the cut may have fallen between the two), no new document.
 */
export function registerAgain(book: Book, folders: Folders, kind: DocumentKind, docs: ReadonlyArray<{ recordId: string; title: string; url: string; fileId: string }>): void {
  const made = docs.flatMap((d) => {
    const target = targetOf(book, kind, d.recordId);
    return target ? [{ ...d, notes: [], linkRowId: target.linkRowId }] : [];
  });
  if (made.length > 0) withDocumentLock(() => recordAll(book, folders, kind, made));
}

/**
 * The register rows (each reused when its record had one) and the links on the records' rows, for
 * a window of documents at once; the caller holds the document lock. Rows are found by the stable
 * ids inside the lock, read again then (people sort and edit the tabs while a batch runs): the
 * register's kind and record columns, then the rows of these records; the link tab's id column,
 * then the rows of these records.
 */
export function recordAll(book: Book, folders: Folders, kind: DocumentKind, made: readonly Made[]): void {
  if (made.length === 0) return;
  const byRecord = new Map(made.map((m) => [m.recordId, m]));
  book.forget('documents');
  const mine = (v: { kind: DocumentKind; recordId: string | null }) => v.kind === kind && v.recordId !== null && byRecord.has(v.recordId);
  const register = book.find('documents', ['kind', 'recordId'], mine);
  const created = book.today;
  const updates: Array<{ row: number; values: Partial<RecordOf<'documents'>> }> = [];
  const inserts: Array<Partial<RecordOf<'documents'>>> = [];
  for (const doc of byRecord.values()) {
    const row = { kind, title: doc.title, recordId: doc.recordId, url: doc.url, fileId: doc.fileId, created, keepUntil: addMonths(created, KEEP_YEARS * 12) };
    const previous = register.records.find((r) => r.value.kind === kind && r.value.recordId === doc.recordId);
    if (previous) {
      if (previous.value.fileId && previous.value.fileId !== doc.fileId) archive(folders, previous.value.fileId, previous.value.title);
      updates.push({ row: previous.row, values: row });
    } else inserts.push(row);
  }
  book.update(register, updates);
  book.insert(register, inserts);
  const link = LINK_COLUMN[kind];
  if (!link) return;
  const urlOf = new Map([...byRecord.values()].flatMap((m) => (m.linkRowId ? [[m.linkRowId, m.url] as const] : [])));
  if (urlOf.size === 0) return;
  book.forget(link.tab);
  const tab = book.find(link.tab, ['id'], (v: { id: string }) => urlOf.has(v.id)) as LoadedTab<typeof link.tab>;
  const located = tab.records.filter((r) => urlOf.has(r.value.id));
  book.update(tab, located.map((r) => ({ row: r.row, values: { [link.field]: urlOf.get(r.value.id) } })));
}

/** The previous version (and its PDF) leaves the live folders for «Архив версий», shared with no one (archive.ts). */
export function archive(folders: Folders, fileId: string, title: string): void {
  const archiveFolder = folders.at([T.folderArchive]);
  let file: GoogleAppsScript.Drive.File;
  try {
    file = DriveApp.getFileById(fileId);
  } catch {
    return; // deleted by hand: nothing to keep
  }
  const parents = file.getParents();
  while (parents.hasNext()) {
    const pdfs = parents.next().getFilesByName(`${title}.pdf`);
    while (pdfs.hasNext()) archiveFile(pdfs.next(), archiveFolder);
  }
  archiveFile(file, archiveFolder);
}
