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
import { LINK_COLUMN, targetOf, valuesOf, type Book } from './generate-records';

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

/**
 * `template`: the template's Drive file (a batch finds it once per execution) or its id. `leftovers`: look for a copy an
 * execution cut by the time limit made and never registered — only a record the job was making
 * when it was cut can have one (generate-job.ts), so the others skip the two Drive calls.
 */
export function generateOne(book: Book, folders: Folders, kind: DocumentKind, template: GoogleAppsScript.Drive.File | string, recordId: string, leftovers = true): Generated {
  const target = targetOf(book, kind, recordId);
  if (!target) throw new Error(T.recordNotFound(recordId));
  const values = valuesOf(book, kind, recordId);
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
  const copy = (typeof template === 'string' ? DriveApp.getFileById(template) : template).makeCopy(title, folder);
  const fileId = copy.getId();
  fillDocument(fileId, DICTIONARIES[kind], values);
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
  const url = copy.getUrl();
  withDocumentLock(() => record(book, folders, kind, target.linkRowId, { recordId, title, url, fileId }));
  return { recordId, title, url, notes };
}

/**
 * A document an execution cut by the time limit made and registered: its register row and its
 * link written again (the cut may have fallen between the two), no new document.
 */
export function registerAgain(book: Book, folders: Folders, kind: DocumentKind, recordId: string, doc: { title: string; url: string; fileId: string }): void {
  const target = targetOf(book, kind, recordId);
  if (target) withDocumentLock(() => record(book, folders, kind, target.linkRowId, { recordId, ...doc }));
}

/** The register row (reused when the record had one) and the link on the record's row. */
function record(book: Book, folders: Folders, kind: DocumentKind, linkRowId: string | null, doc: { recordId: string; title: string; url: string; fileId: string }): void {
  // Read again inside the lock (rows may have moved since the batch started): the register by
  // kind and record, then the one row of this record; the record's own row by its id.
  book.forget('documents');
  const mine = (v: { kind: DocumentKind; recordId: string | null }) => v.kind === kind && v.recordId === doc.recordId;
  const register = book.find('documents', ['kind', 'recordId'], mine);
  const created = book.today;
  const row = { kind, title: doc.title, recordId: doc.recordId, url: doc.url, fileId: doc.fileId, created, keepUntil: addMonths(created, KEEP_YEARS * 12) };
  const previous = register.records.find((r) => mine(r.value));
  if (previous) {
    if (previous.value.fileId && previous.value.fileId !== doc.fileId) archive(folders, previous.value.fileId, previous.value.title);
    book.update(register, [{ row: previous.row, values: row }]);
  } else {
    book.insert(register, [row]);
  }
  const link = LINK_COLUMN[kind];
  if (link && linkRowId) {
    book.forget(link.tab);
    const tab = book.byId(link.tab, linkRowId) as LoadedTab<typeof link.tab>;
    const located = tab.byId.get(linkRowId);
    if (located) book.update(tab, [{ row: located.row, values: { [link.field]: doc.url } }]);
  }
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
