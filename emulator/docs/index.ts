/**
 * DocumentApp (reference/document/document-app) and the host helpers that read a generated
 * document back (text, HTML, .docx). A Google Doc is a Drive file (MIME type
 * application/vnd.google-apps.document) whose tree lives in `extra.docs.documents[id]`.
 */
import type { Emulates } from '../core/emulates';
import type { CallPolicy, Emulator } from '../core/emulator';
import { ServiceError } from '../core/errors';
import { checkArgs, view, type Viewable } from '../drive/args';
import { addItem, canRead, DOC_MIME, driveState, rootId, useDocumentQuota } from '../drive/state';
import { makeDocument } from './document';
import { SCOPE_CURRENT, SCOPE_DOCUMENTS, SERVICE } from './element';
import { Attribute, ElementType, GlyphType, HorizontalAlignment, ParagraphHeading } from './enums';
import { docsState, emptyTree, type DocTree } from './model';
import { treeHtml, treePlainText } from './render';
import { openSession, savedTree } from './session';

export { ParagraphHeading, HorizontalAlignment, ElementType, GlyphType } from './enums';
export type { DocTree } from './model';

/** Observed: "Document <id> is missing (perhaps it was deleted, or you don't have read access?)". */
function missing(id: string): never {
  throw new ServiceError(`Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`);
}

/** Host and service: a new Google Doc file in `parentId` (the user's root by default). */
export function createDocumentFile(emulator: Emulator, name: string, parentId?: string, owner = emulator.user): string {
  const item = addItem(emulator, name, DOC_MIME, parentId ?? rootId(emulator, owner), owner);
  docsState(emulator).documents[item.id] = emptyTree();
  return item.id;
}

class DocumentAppImpl implements Viewable, Emulates<GoogleAppsScript.Document.DocumentApp, 'create' | 'getActiveDocument' | 'openById' | 'openByUrl'> {
  _self: unknown = null;
  readonly _kind = 'DocumentApp';
  readonly ParagraphHeading = ParagraphHeading;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly ElementType = ElementType;
  readonly GlyphType = GlyphType;
  readonly Attribute = Attribute;

  constructor(private readonly _emulator: Emulator) {}

  /** reference/document/document-app#createname: a new Doc in the user's root; counts towards the daily quota. */
  create(name: unknown): unknown {
    checkArgs('DocumentApp.create', [name], ['string']);
    useDocumentQuota(this._emulator);
    const id = createDocumentFile(this._emulator, name as string);
    return makeDocument(this._emulator, openSession(this._emulator, id));
  }
  openById(id: unknown): unknown {
    checkArgs('DocumentApp.openById', [id], ['string']);
    const item = driveState(this._emulator).items[id as string];
    if (!item || item.mimeType !== DOC_MIME || !canRead(this._emulator, item) || !savedTree(this._emulator, item.id)) missing(id as string);
    return makeDocument(this._emulator, openSession(this._emulator, item.id));
  }
  /** Accepts the /document/d/<id>/... form and Document.getUrl's open?id=<id> form. */
  openByUrl(url: unknown): unknown {
    checkArgs('DocumentApp.openByUrl', [url], ['string']);
    const m = /\/document\/d\/([^/?#]+)/.exec(url as string) ?? /[?&]id=([^&#]+)/.exec(url as string);
    if (!m) throw new ServiceError('Invalid argument: url');
    return this.openById(m[1]);
  }
  /** A Sheets add-on has no active document. */
  getActiveDocument(): null {
    return null;
  }
}

/** reference/document/document-app: create/openById/openByUrl need the full documents scope. */
const POLICY = (method: string): CallPolicy => {
  if (method === 'getActiveDocument') return { access: 'limited', scopes: [SCOPE_CURRENT, SCOPE_DOCUMENTS] };
  return { access: 'full', scopes: [SCOPE_DOCUMENTS] };
};

export function createDocumentApp(emulator: Emulator): GoogleAppsScript.Document.DocumentApp {
  return view(emulator, SERVICE, new DocumentAppImpl(emulator), POLICY) as unknown as GoogleAppsScript.Document.DocumentApp;
}

// ---- host helpers ---------------------------------------------------------------------------

/** Host: the saved tree of a document (what Drive and a reopened Document see). */
export function documentTree(emulator: Emulator, id: string): DocTree {
  const tree = savedTree(emulator, id);
  if (!tree) throw new Error(`No document ${id}`);
  return tree;
}

function documentName(emulator: Emulator, id: string): string {
  return driveState(emulator).items[id]?.name ?? id;
}

/** Host: the saved document as plain text: header, body, footer (or the body only). */
export function documentText(emulator: Emulator, id: string, sections: 'all' | 'body' = 'all'): string {
  return treePlainText(documentTree(emulator, id), sections);
}

/** Host: the saved document as a self-contained HTML page. */
export function documentHtml(emulator: Emulator, id: string): string {
  return treeHtml(documentTree(emulator, id), documentName(emulator, id));
}

/** Host: the saved document as a PDF of its layout (Chromium's print, fonts embedded). */
export async function documentPdf(emulator: Emulator, id: string): Promise<Uint8Array> {
  const { treePdf } = await import('./pdf');
  return treePdf(documentTree(emulator, id), documentName(emulator, id));
}

/** Host: the saved document as .docx bytes, with the Drive file's owner and times. */
export async function documentDocx(emulator: Emulator, id: string): Promise<Uint8Array> {
  const { treeDocx } = await import('./docx');
  const item = driveState(emulator).items[id];
  return treeDocx(documentTree(emulator, id), {
    title: documentName(emulator, id),
    creator: item?.owner ?? emulator.user,
    created: new Date(item?.created ?? emulator.now()),
    modified: new Date(item?.updated ?? emulator.now()),
  });
}
