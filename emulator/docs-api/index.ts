/**
 * The Docs advanced service (guides/services/advanced; the Docs REST API v1 as Apps Script
 * exposes it): `Docs.Documents.batchUpdate(resource, documentId)` with replaceAllText,
 * pinTableHeaderRows, mergeTableCells, updateTableRowStyle (preventOverflow) and
 * updateParagraphStyle (keepWithNext) requests, and `Docs.Documents.get(documentId)`
 * (documentId, title, and body.content with indexes and text: structure.ts). The REST API works on the SAVED
 * document: changes a DocumentApp Document still holds open in this execution are not seen (hence
 * saveAndClose first), and a batchUpdate writes the saved tree directly. The global exists only
 * when the manifest enables the service (`state.advancedServices` holds "Docs").
 */
import type { Emulates } from '../core/emulates';
import type { CallPolicy, Emulator } from '../core/emulator';
import { checkArgs, view, type Viewable } from '../drive/args';
import { canEdit, canRead, DOC_MIME, driveState, type DriveItem } from '../drive/state';
import { cloneTree, docsState, type DocTree } from '../docs/model';
import { apiError, NO_PERMISSION, NOT_FOUND } from './errors';
import { replaceAllInTree } from './replace';
import { parseRequests, type Parsed } from './requests';
import { bodyContent } from './structure';
import { mergeCells, pinHeaderRows, styleParagraphs, styleRows } from './tables';

export const SERVICE = 'Docs';
export const SCOPE_DOCUMENTS = 'https://www.googleapis.com/auth/documents';
const SCOPE_DOCUMENTS_READONLY = 'https://www.googleapis.com/auth/documents.readonly';
const SCOPE_DRIVE = 'https://www.googleapis.com/auth/drive';
const SCOPE_DRIVE_FILE = 'https://www.googleapis.com/auth/drive.file';
const SCOPE_DRIVE_READONLY = 'https://www.googleapis.com/auth/drive.readonly';

/** Fields of the REST Document resource (reference/rest/v1/documents) that get does not fill. */
const UNFILLED = [
  'tabs', 'revisionId', 'suggestionsViewMode', 'headers', 'footers', 'footnotes', 'documentStyle',
  'suggestedDocumentStyleChanges', 'namedStyles', 'suggestedNamedStylesChanges', 'lists', 'namedRanges',
  'inlineObjects', 'positionedObjects',
];

/** The Drive item of a Google Doc the user may read, or the API's error. */
function documentItem(emulator: Emulator, method: string, id: string): DriveItem {
  const item = driveState(emulator).items[id];
  if (!item || !canRead(emulator, item)) return apiError(emulator, method, 404, NOT_FOUND);
  // The API's answer for the id of a file that is not a Google Doc (recorded: a 400 naming no cause).
  if (item.mimeType !== DOC_MIME || !docsState(emulator).documents[id]) return apiError(emulator, method, 400, 'Request contains an invalid argument.');
  return item;
}

class DocumentsImpl implements Viewable, Emulates<GoogleAppsScript.Docs.Collection.DocumentsCollection, 'batchUpdate' | 'get'> {
  _self: unknown = null;
  readonly _kind = 'Documents';

  constructor(private readonly _emulator: Emulator) {}

  /**
   * reference/rest/v1/documents/batchUpdate: requests applied in order, atomically (all checked
   * first; a failure applies nothing); replies in request order.
   */
  batchUpdate(resource: unknown, documentId: unknown): unknown {
    checkArgs('Docs.Documents.batchUpdate', [resource, documentId], ['object', 'string']);
    const emulator = this._emulator;
    const id = documentId as string;
    const item = documentItem(emulator, 'batchUpdate', id);
    if (!canEdit(emulator, item)) apiError(emulator, 'batchUpdate', 403, NO_PERMISSION);
    const requests = parseRequests(emulator, resource);
    const tree = cloneTree(docsState(emulator).documents[id]!);
    const counts = requests.map((request) => apply(emulator, tree, request));
    docsState(emulator).documents[id] = tree;
    if (requests.length > 0) item.updated = emulator.now();
    const R = emulator.realm;
    // reference/rest/v1/documents/response#replacealltextresponse: {occurrencesChanged}; the
    // JSON drops a zero int, as proto3 does, so an unmatched request replies `{replaceAllText: {}}`.
    // A request kind with no response replies with an empty object.
    const replies = R.Array.from(counts, (n) => toRealm(R, n === null ? {} : { replaceAllText: n > 0 ? { occurrencesChanged: n } : {} }));
    const response = toRealm(R, { documentId: id }) as Record<string, unknown>;
    response.replies = replies;
    return response;
  }

  /**
   * reference/rest/v1/documents/get: documentId, title and body.content (structure.ts: indexes,
   * paragraphs' text runs, tables' rows and cells, no styles); the other fields throw "not emulated".
   */
  get(documentId: unknown, optionalArgs?: unknown): unknown {
    checkArgs('Docs.Documents.get', [documentId, optionalArgs], ['string'], ['string', 'object']);
    const emulator = this._emulator;
    if (optionalArgs !== undefined && Object.keys(optionalArgs as object).length > 0) {
      notEmulatedField(emulator, 'optionalArgs');
    }
    const item = documentItem(emulator, 'get', documentId as string);
    const body = toRealm(emulator.realm, { content: bodyContent(docsState(emulator).documents[item.id]!).content });
    const doc = toRealm(emulator.realm, { documentId: item.id, title: item.name, body });
    return new Proxy(doc, {
      get(target, prop, receiver) {
        if (typeof prop === 'string' && UNFILLED.includes(prop)) notEmulatedField(emulator, prop);
        return Reflect.get(target, prop, receiver) as unknown;
      },
    });
  }
}

function notEmulatedField(emulator: Emulator, field: string): never {
  const error = new emulator.realm.Error(`Docs.Documents.get ${field} is not emulated`);
  error.name = 'Exception';
  throw error;
}

/** One request on the working copy: replaceAllText's count, or null for a kind with no reply. */
function apply(emulator: Emulator, tree: DocTree, request: Parsed): number | null {
  if (request.kind === 'replaceAllText') return replaceAllInTree(tree, request);
  if (request.kind === 'pinTableHeaderRows') pinHeaderRows(emulator, tree, request);
  else if (request.kind === 'mergeTableCells') mergeCells(emulator, tree, request);
  else if (request.kind === 'updateTableRowStyle') styleRows(emulator, tree, request);
  else styleParagraphs(emulator, tree, request);
  return null;
}

/** A plain value of the add-on's realm: objects and arrays rebuilt there, recursively. */
function toRealm(R: Emulator['realm'], value: Record<string, unknown>): Record<string, unknown> {
  const out = new R.Object() as Record<string, unknown>;
  for (const [k, v] of Object.entries(value)) out[k] = realmValue(R, v);
  return out;
}

function realmValue(R: Emulator['realm'], v: unknown): unknown {
  if (Array.isArray(v)) return R.Array.from(v, (x) => realmValue(R, x));
  return v !== null && typeof v === 'object' ? toRealm(R, v as Record<string, unknown>) : v;
}

/** reference/rest/v1/documents/batchUpdate and /get: the scopes that allow each call. */
const POLICY = (method: string): CallPolicy => {
  if (method === 'get') {
    return { access: 'full', scopes: [SCOPE_DOCUMENTS, SCOPE_DOCUMENTS_READONLY, SCOPE_DRIVE, SCOPE_DRIVE_FILE, SCOPE_DRIVE_READONLY] };
  }
  return { access: 'full', scopes: [SCOPE_DOCUMENTS, SCOPE_DRIVE, SCOPE_DRIVE_FILE] };
};

class DocsImpl implements Viewable {
  _self: unknown = null;
  readonly _kind = 'Docs';
  readonly Documents: unknown;

  constructor(emulator: Emulator) {
    this.Documents = view(emulator, SERVICE, new DocumentsImpl(emulator), POLICY);
  }
}

/** The `Docs` global; calls count as service 'Docs' ("Documents.batchUpdate"). */
export function createDocsAdvanced(emulator: Emulator): GoogleAppsScript.Docs {
  return view(emulator, SERVICE, new DocsImpl(emulator), () => ({ access: 'full', scopes: [SCOPE_DOCUMENTS] })) as unknown as GoogleAppsScript.Docs;
}
