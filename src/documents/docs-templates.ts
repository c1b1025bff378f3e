/**
 * The school's default templates in Drive: a «Шаблоны» folder under the school's folder, one Doc per
 * document kind, their ids in the workbook's store. A template that exists is the deputy's and
 * is never rewritten; only a missing or trashed one is created again from its default layout.
 */
import { DOCUMENT_KINDS } from '../domain/options';
import { RU } from '../text/ru';
import { createTemplateDoc } from './docs-build';
import type { DocumentKind } from './fields';
import { DEFAULT_LAYOUTS } from './layouts';
import { documentStore } from '../platform/store';

export const TEMPLATE_PROPERTY_PREFIX = 'template.';

export function templateProperty(kind: DocumentKind): string {
  return `${TEMPLATE_PROPERTY_PREFIX}${kind}`;
}

export interface EnsuredTemplates {
  folderId: string;
  ids: Record<DocumentKind, string>;
  /** Kinds whose template was (re)created by this call. */
  created: DocumentKind[];
}

function templatesFolder(school: GoogleAppsScript.Drive.Folder): GoogleAppsScript.Drive.Folder {
  const name = RU.documentsIo.templatesFolder;
  const found = school.getFoldersByName(name);
  while (found.hasNext()) {
    const folder = found.next();
    if (!folder.isTrashed()) return folder;
  }
  return school.createFolder(name);
}

/**
 * Drive's answer for an id that is gone or no longer shared with us (both wordings seen:
 * reference/drive/drive-app#getfilebyidid gives no text; the emulator and public reports do).
 */
const GONE = /No item with the given ID could be found/i;

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

export function ensureTemplates(schoolFolderId: string): EnsuredTemplates {
  const folder = templatesFolder(DriveApp.getFolderById(schoolFolderId));
  const properties = documentStore();
  const ids = {} as Record<DocumentKind, string>;
  const created: DocumentKind[] = [];
  const fresh: Record<string, string> = {};
  for (const kind of DOCUMENT_KINDS.keys) {
    // Key by key: reading the whole store costs a call per entry of the workbook's memory.
    const id = properties.getProperty(templateProperty(kind));
    if (alive(id)) {
      ids[kind] = id;
      continue;
    }
    const newId = createTemplateDoc(RU.documentsIo.templateName(DOCUMENT_KINDS.label(kind)), DEFAULT_LAYOUTS[kind], folder);
    ids[kind] = newId;
    fresh[templateProperty(kind)] = newId;
    created.push(kind);
  }
  if (created.length > 0) properties.setProperties(fresh);
  return { folderId: folder.getId(), ids, created };
}
