/**
 * The school's default templates in Drive: a «Шаблоны» folder under the school's folder, one Doc per
 * document kind, their ids in the workbook's store. A template that exists is the deputy's and
 * is never rewritten; only a missing or trashed one is created again from its default layout.
 */
import { DOCUMENT_KINDS } from '../domain/options';
import { RU } from '../text/ru';
import { createTemplateDoc } from './docs-build';
import type { DocumentKind } from './fields';
import { defaultLayout, wordedByRegulation } from './layouts';
import { DEFAULT_REGULATION, type Regulation } from '../domain/regulation';
import { documentStore, type Store } from '../platform/store';

export const TEMPLATE_PROPERTY_PREFIX = 'template.';

/**
 * Where a kind's template id is kept. A kind worded by the regulation keeps one template per
 * regulation (002's under the key it always had): a school that switches to 001 gets 001's form,
 * and the template it may have edited for 002 is left as it was.
 */
export function templateProperty(kind: DocumentKind, regulation: Regulation = DEFAULT_REGULATION): string {
  return `${TEMPLATE_PROPERTY_PREFIX}${kind}${regulation !== DEFAULT_REGULATION && wordedByRegulation(kind) ? `.${regulation}` : ''}`;
}

export interface EnsuredTemplates {
  folderId: string;
  ids: Record<DocumentKind, string>;
  /** Kinds whose template was (re)created by this call. */
  created: DocumentKind[];
}

/** Where the id of the school's «Шаблоны» folder is kept, with the school folder it belongs to. */
export const TEMPLATES_FOLDER_PROPERTY = 'templates.folder';

/**
 * The «Шаблоны» folder by the id kept in the workbook's store. A book set up before that id was
 * kept finds the folder the add-on made under the school's folder by its name, once, and keeps
 * its id from then on; a folder that is gone is made again.
 */
function templatesFolder(school: GoogleAppsScript.Drive.Folder, stored: string | null): GoogleAppsScript.Drive.Folder {
  const id = storedFolderId(stored, school.getId());
  if (id) {
    try {
      const folder = DriveApp.getFolderById(id);
      if (!folder.isTrashed()) return folder;
    } catch (e) {
      if (!GONE.test(e instanceof Error ? e.message : String(e))) throw e;
    }
  }
  const name = RU.documentsIo.templatesFolder;
  if (!id) {
    const found = school.getFoldersByName(name);
    while (found.hasNext()) {
      const folder = found.next();
      if (!folder.isTrashed()) return folder;
    }
  }
  return school.createFolder(name);
}

function storedFolderId(stored: string | null, schoolId: string): string | null {
  if (!stored) return null;
  try {
    const value = JSON.parse(stored) as { school?: unknown; folder?: unknown };
    return value.school === schoolId && typeof value.folder === 'string' ? value.folder : null;
  } catch {
    return null;
  }
}

/**
 * Drive's answer for an id that is gone or no longer shared with us (both wordings seen:
 * reference/drive/drive-app#getfilebyidid gives no text; the emulator and public reports do).
 */
export const GONE = /No item with the given ID could be found/i;

/** The school's folder named in the settings does not open (a wrong link, no access). */
export class SchoolFolderUnreachable extends Error {}

function openSchool(id: string): GoogleAppsScript.Drive.Folder {
  try {
    return DriveApp.getFolderById(id);
  } catch (e) {
    throw new SchoolFolderUnreachable(e instanceof Error ? e.message : String(e));
  }
}

/** True when the id names a file that is there and not in the trash. */
function alive(id: string | null): id is string {
  if (!id) return false;
  try {
    return !DriveApp.getFileById(id).isTrashed();
  } catch (e) {
    // Deleted for good or no longer shared with us: treated as missing, so it is made again.
    // Any other failure (a server error, the time limit) says nothing about the template: making
    // a second one would leave two live templates, so the action fails and is retried.
    if (GONE.test(e instanceof Error ? e.message : String(e))) return false;
    throw e;
  }
}

/**
 * Every kind's template, found by its stored id and made when missing. Those of `verify` (every
 * kind by default; a document job names its own) are checked in Drive, one call pair each; the
 * others are trusted while an id is kept, and checked when their own job runs. The school's folder
 * is opened only to make one, or once for a book whose folder id is not kept yet; when it does
 * not open, SchoolFolderUnreachable is thrown. `properties` may be a store this execution has
 * read whole already (set-up's): its keys then cost no call.
 */
export function ensureTemplates(
  schoolFolderId: string,
  verify: readonly DocumentKind[] = DOCUMENT_KINDS.keys,
  properties: Store = documentStore(),
  regulation: Regulation = DEFAULT_REGULATION,
): EnsuredTemplates {
  const ids = {} as Record<DocumentKind, string>;
  const created: DocumentKind[] = [];
  const fresh: Record<string, string> = {};
  const stored = properties.getProperty(TEMPLATES_FOLDER_PROPERTY);
  const opened: { folder?: GoogleAppsScript.Drive.Folder } = {};
  const openFolder = () => (opened.folder ??= templatesFolder(openSchool(schoolFolderId), stored));
  const missing: DocumentKind[] = [];
  for (const kind of DOCUMENT_KINDS.keys) {
    // Key by key: reading the whole store costs a call per entry of the workbook's memory (a
    // store read whole already answers from what it read).
    const id = properties.getProperty(templateProperty(kind, regulation));
    if (id && (!verify.includes(kind) || alive(id))) ids[kind] = id;
    else missing.push(kind);
  }
  const nameOf = (kind: DocumentKind) => RU.documentsIo.templateName(DOCUMENT_KINDS.label(kind), wordedByRegulation(kind) && regulation !== DEFAULT_REGULATION ? regulation : null);
  if (missing.length > 0) {
    // The ids are kept once every missing template is made: an execution cut before that left
    // templates no id names. The intent, kept before the first is made, lets the retry find them.
    sweepUnkept(properties.getProperty(TEMPLATES_PENDING_PROPERTY), missing.map(nameOf), new Set(Object.values(ids)));
    properties.setProperty(TEMPLATES_PENDING_PROPERTY, new Date().toISOString());
    for (const kind of missing) {
      const newId = createTemplateDoc(nameOf(kind), defaultLayout(kind, regulation), openFolder());
      ids[kind] = newId;
      fresh[templateProperty(kind, regulation)] = newId;
      created.push(kind);
    }
    fresh[TEMPLATES_PENDING_PROPERTY] = '';
  }
  const folderId = opened.folder ? opened.folder.getId() : (storedFolderId(stored, schoolFolderId) ?? openFolder().getId());
  const kept = JSON.stringify({ school: schoolFolderId, folder: folderId });
  if (kept !== stored) fresh[TEMPLATES_FOLDER_PROPERTY] = kept;
  if (Object.keys(fresh).length > 0) properties.setProperties(fresh);
  return { folderId, ids, created };
}

/** When the making of missing templates began (ISO), until their ids are kept; empty otherwise. */
export const TEMPLATES_PENDING_PROPERTY = 'templates.pending';
const GOOGLE_DOC = 'application/vnd.google-apps.document';

/**
 * Templates an execution cut while making them left behind (in «Шаблоны», or in My Drive's root
 * where DocumentApp creates): a Doc with a template's name, made since the intent was kept (a
 * minute of slack for Drive's clock), that no kept id names. They were never anyone's document:
 * they go to the trash (30 days to restore), and the templates are made once more.
 */
function sweepUnkept(pending: string | null, names: readonly string[], kept: ReadonlySet<string>): void {
  const since = pending ? Date.parse(pending) : NaN;
  if (Number.isNaN(since)) return;
  for (const name of names) {
    const found = DriveApp.getFilesByName(name);
    while (found.hasNext()) {
      const file = found.next();
      if (file.getMimeType() === GOOGLE_DOC && !kept.has(file.getId()) && !file.isTrashed() && file.getDateCreated().getTime() >= since - 60_000) file.setTrashed(true);
    }
  }
}
