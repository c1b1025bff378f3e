/** Document (reference/document/document): a view over one open session of a Google Doc. */
import type { Emulates } from '../core/emulates';
import type { Emulator } from '../core/emulator';
import { ServiceError } from '../core/errors';
import { checkArgs, view, type Viewable } from '../drive/args';
import { exportBlob } from '../drive/file';
import { driveState, editableItem, readableItem } from '../drive/state';
import { DOCS, makeElement, SERVICE } from './element';
import { sectionNode } from './model';
import { CLOSED, flush, type Session } from './session';
import './blocks';
import './paragraph';
import './text';

export class DocumentImpl implements Viewable, Emulates<GoogleAppsScript.Document.Document, 'addFooter' | 'addHeader' | 'getAs' | 'getBlob' | 'getBody' | 'getFooter' | 'getHeader' | 'getId' | 'getName' | 'getUrl' | 'saveAndClose' | 'setName'> {
  _self: unknown = null;
  readonly _kind = 'Document';
  constructor(
    private readonly _emulator: Emulator,
    readonly _session: Session,
  ) {}

  private _open(): Session {
    if (this._session.closed) throw new ServiceError(CLOSED);
    return this._session;
  }

  getId(): string {
    return this._open().docId;
  }
  getName(): string {
    return readableItem(this._emulator, this._open().docId).name;
  }
  setName(name: unknown): unknown {
    checkArgs('DocumentApp.Document.setName', [name], ['string']);
    const item = editableItem(this._emulator, this._open().docId);
    item.name = name as string;
    item.updated = this._emulator.now();
    return this._self;
  }
  /** The form Apps Script has been seen to return (unverified); openByUrl accepts it and /document/d/<id>/edit. */
  getUrl(): string {
    return `https://docs.google.com/open?id=${this._open().docId}`;
  }
  getBody(): unknown {
    const s = this._open();
    return makeElement(this._emulator, s, s.tree.body);
  }
  getHeader(): unknown {
    const s = this._open();
    return s.tree.header ? makeElement(this._emulator, s, s.tree.header) : null;
  }
  getFooter(): unknown {
    const s = this._open();
    return s.tree.footer ? makeElement(this._emulator, s, s.tree.footer) : null;
  }
  /** The message for a second header is from memory (unverified). */
  addHeader(): unknown {
    const s = this._open();
    if (s.tree.header) throw new ServiceError('Document tab already contains a header.');
    s.tree.header = sectionNode('HEADER_SECTION');
    return makeElement(this._emulator, s, s.tree.header);
  }
  addFooter(): unknown {
    const s = this._open();
    if (s.tree.footer) throw new ServiceError('Document tab already contains a footer.');
    s.tree.footer = sectionNode('FOOTER_SECTION');
    return makeElement(this._emulator, s, s.tree.footer);
  }
  /** reference/document/document#saveandclose: saves; the Document cannot be used afterwards. */
  saveAndClose(): void {
    const s = this._open();
    flush(this._emulator, s);
    s.closed = true;
  }
  /**
   * The saved document as PDF. Unsaved edits of this session are not in it: the stricter reading
   * of docs/platform.md's "saveAndClose() flushes; do it before getAs('application/pdf')".
   */
  getBlob(): unknown {
    return exportBlob(this._emulator, this._item(), null);
  }
  getAs(contentType: unknown): unknown {
    checkArgs('DocumentApp.Document.getAs', [contentType], ['string']);
    return exportBlob(this._emulator, this._item(), contentType as string);
  }
  private _item() {
    const id = this._open().docId;
    const item = driveState(this._emulator).items[id];
    if (!item) throw new ServiceError(CLOSED);
    return item;
  }
}

export function makeDocument(emulator: Emulator, session: Session): unknown {
  return view(emulator, SERVICE, new DocumentImpl(emulator, session), () => DOCS);
}
