/**
 * What every element view shares (reference/document/element, container-element): its type,
 * parent, siblings, copy, removal, the as*() casts, and for containers their children, text,
 * findText and replaceText. A view holds the session and the element id and finds the node on
 * each call; after saveAndClose every call throws "Document is closed ...".
 */
import type { Emulates } from '../core/emulates';
import type { CallPolicy, Emulator } from '../core/emulator';
import { ServiceError } from '../core/errors';
import { checkArgs, view, type Viewable } from '../drive/args';
import { cloneNode, nodeText, type DocNode, type ParentNode, type TextNode } from './model';
import { compileRe2, literalReplacement } from './re2';
import { findInNode, replaceInNode } from './runs';
import { keepDetached, locate, type Located, type Session } from './session';

export const SERVICE = 'DocumentApp';
export const SCOPE_DOCUMENTS = 'https://www.googleapis.com/auth/documents';
export const SCOPE_CURRENT = 'https://www.googleapis.com/auth/documents.currentonly';
/** reference/document/*: element methods accept documents.currentonly or documents. */
export const DOCS: CallPolicy = { access: 'full', scopes: [SCOPE_CURRENT, SCOPE_DOCUMENTS] };

const makers = new Map<string, (emulator: Emulator, session: Session, id: string) => unknown>();

export function registerElement(type: string, make: (emulator: Emulator, session: Session, id: string) => unknown): void {
  makers.set(type, make);
}

export function makeElement(emulator: Emulator, session: Session, node: DocNode): unknown {
  const make = makers.get(node.type);
  if (!make) throw new Error(`No view for ${node.type}`);
  return make(emulator, session, node.id);
}

export function exposeElement<T extends Viewable>(emulator: Emulator, target: T): T {
  return view(emulator, SERVICE, target, () => DOCS);
}

/** A view's node id and session, for arguments that are elements. */
export interface ElementRef {
  _nodeId: string;
  _session: Session;
}

/** Apps Script's message for a child index out of range. */
export function childIndexError(index: number, count: number): never {
  throw new ServiceError(`Child index (${index}) must be less than the number of child elements (${count}).`);
}

/** Every Text element under a node, in document order. */
export function textNodes(node: DocNode, out: TextNode[] = []): TextNode[] {
  if (node.type === 'TEXT') out.push(node);
  else if ('children' in node) for (const child of node.children) textNodes(child, out);
  return out;
}

export abstract class ElementBase implements Viewable, Emulates<GoogleAppsScript.Document.Body, 'asBody' | 'asFooterSection' | 'asHeaderSection' | 'asListItem' | 'asPageBreak' | 'asParagraph' | 'asTable' | 'asTableCell' | 'asTableRow' | 'asText' | 'copy' | 'getNextSibling' | 'getParent' | 'getPreviousSibling' | 'getType' | 'removeFromParent'>, Emulates<GoogleAppsScript.Document.FooterSection, 'asBody' | 'asFooterSection' | 'asHeaderSection' | 'asListItem' | 'asPageBreak' | 'asParagraph' | 'asTable' | 'asTableCell' | 'asTableRow' | 'asText' | 'copy' | 'getNextSibling' | 'getParent' | 'getPreviousSibling' | 'getType' | 'removeFromParent'>, Emulates<GoogleAppsScript.Document.HeaderSection, 'asBody' | 'asFooterSection' | 'asHeaderSection' | 'asListItem' | 'asPageBreak' | 'asParagraph' | 'asTable' | 'asTableCell' | 'asTableRow' | 'asText' | 'copy' | 'getNextSibling' | 'getParent' | 'getPreviousSibling' | 'getType' | 'removeFromParent'>, Emulates<GoogleAppsScript.Document.ListItem, 'asBody' | 'asFooterSection' | 'asHeaderSection' | 'asListItem' | 'asPageBreak' | 'asParagraph' | 'asTable' | 'asTableCell' | 'asTableRow' | 'asText' | 'copy' | 'getNextSibling' | 'getParent' | 'getPreviousSibling' | 'getType' | 'removeFromParent'>, Emulates<GoogleAppsScript.Document.Paragraph, 'asBody' | 'asFooterSection' | 'asHeaderSection' | 'asListItem' | 'asPageBreak' | 'asParagraph' | 'asTable' | 'asTableCell' | 'asTableRow' | 'asText' | 'copy' | 'getNextSibling' | 'getParent' | 'getPreviousSibling' | 'getType' | 'removeFromParent'>, Emulates<GoogleAppsScript.Document.Table, 'asBody' | 'asFooterSection' | 'asHeaderSection' | 'asListItem' | 'asPageBreak' | 'asParagraph' | 'asTable' | 'asTableCell' | 'asTableRow' | 'asText' | 'copy' | 'getNextSibling' | 'getParent' | 'getPreviousSibling' | 'getType' | 'removeFromParent'>, Emulates<GoogleAppsScript.Document.TableCell, 'asBody' | 'asFooterSection' | 'asHeaderSection' | 'asListItem' | 'asPageBreak' | 'asParagraph' | 'asTable' | 'asTableCell' | 'asTableRow' | 'asText' | 'copy' | 'getNextSibling' | 'getParent' | 'getPreviousSibling' | 'getType' | 'removeFromParent'>, Emulates<GoogleAppsScript.Document.TableRow, 'asBody' | 'asFooterSection' | 'asHeaderSection' | 'asListItem' | 'asPageBreak' | 'asParagraph' | 'asTable' | 'asTableCell' | 'asTableRow' | 'asText' | 'copy' | 'getNextSibling' | 'getParent' | 'getPreviousSibling' | 'getType' | 'removeFromParent'>, Emulates<GoogleAppsScript.Document.Text, 'asBody' | 'asFooterSection' | 'asHeaderSection' | 'asListItem' | 'asPageBreak' | 'asParagraph' | 'asTable' | 'asTableCell' | 'asTableRow' | 'asText' | 'copy' | 'getNextSibling' | 'getParent' | 'getPreviousSibling' | 'getType' | 'removeFromParent'> {
  _self: unknown = null;
  abstract readonly _kind: string;
  constructor(
    protected readonly _emulator: Emulator,
    readonly _session: Session,
    readonly _nodeId: string,
  ) {}

  protected get _loc(): Located & { attached: boolean } {
    return locate(this._emulator, this._session, this._nodeId);
  }
  protected get _node(): DocNode {
    return this._loc.node;
  }
  protected _key(method: string): string {
    return `${SERVICE}.${this._kind}.${method}`;
  }
  protected _view(node: DocNode): unknown {
    return makeElement(this._emulator, this._session, node);
  }

  getType(): string {
    return this._node.type;
  }
  getParent(): unknown {
    const { parent } = this._loc;
    return parent ? this._view(parent) : null;
  }
  getNextSibling(): unknown {
    const { node, parent } = this._loc;
    if (!parent) return null;
    const siblings = parent.children as DocNode[];
    const next = siblings[siblings.indexOf(node) + 1];
    return next ? this._view(next) : null;
  }
  getPreviousSibling(): unknown {
    const { node, parent } = this._loc;
    if (!parent) return null;
    const siblings = parent.children as DocNode[];
    const prev = siblings[siblings.indexOf(node) - 1];
    return prev ? this._view(prev) : null;
  }
  /** reference/document/element#copy: a detached deep copy. */
  copy(): unknown {
    const copy = cloneNode(this._node, true);
    keepDetached(this._emulator, copy);
    return this._view(copy);
  }
  removeFromParent(): unknown {
    const { node, parent } = this._loc;
    if (parent) removeNode(this._emulator, parent, node);
    return this._self;
  }
  private _as(type: string): unknown {
    if (this._node.type !== type) throw new ServiceError(`Cannot cast ${this._node.type} to ${type}.`);
    return this._self;
  }
  asParagraph(): unknown {
    return this._as('PARAGRAPH');
  }
  asListItem(): unknown {
    return this._as('LIST_ITEM');
  }
  asTable(): unknown {
    return this._as('TABLE');
  }
  asTableRow(): unknown {
    return this._as('TABLE_ROW');
  }
  asTableCell(): unknown {
    return this._as('TABLE_CELL');
  }
  asText(): unknown {
    return this._as('TEXT');
  }
  asBody(): unknown {
    return this._as('BODY_SECTION');
  }
  asHeaderSection(): unknown {
    return this._as('HEADER_SECTION');
  }
  asFooterSection(): unknown {
    return this._as('FOOTER_SECTION');
  }
  asPageBreak(): unknown {
    return this._as('PAGE_BREAK');
  }
}

/**
 * Removes a child. A document section (and a table cell) keeps at least one paragraph: Apps Script
 * refuses with "Can't remove the last paragraph in a document section.".
 */
export function removeNode(emulator: Emulator, parent: ParentNode, node: DocNode): void {
  const siblings = parent.children as DocNode[];
  const at = siblings.indexOf(node);
  if (at < 0) return;
  const keepsParagraph = parent.type.endsWith('_SECTION') || parent.type === 'TABLE_CELL';
  if (keepsParagraph && (node.type === 'PARAGRAPH' || node.type === 'LIST_ITEM')) {
    const paragraphs = siblings.filter((s) => s.type === 'PARAGRAPH' || s.type === 'LIST_ITEM').length;
    if (paragraphs === 1) throw new ServiceError("Can't remove the last paragraph in a document section.");
  }
  siblings.splice(at, 1);
  keepDetached(emulator, node);
}

export abstract class ContainerBase extends ElementBase implements Emulates<GoogleAppsScript.Document.Body, 'findText' | 'getChild' | 'getChildIndex' | 'getNumChildren' | 'getText' | 'removeChild' | 'replaceText'>, Emulates<GoogleAppsScript.Document.FooterSection, 'findText' | 'getChild' | 'getChildIndex' | 'getNumChildren' | 'getText' | 'removeChild' | 'replaceText'>, Emulates<GoogleAppsScript.Document.HeaderSection, 'findText' | 'getChild' | 'getChildIndex' | 'getNumChildren' | 'getText' | 'removeChild' | 'replaceText'>, Emulates<GoogleAppsScript.Document.ListItem, 'findText' | 'getChild' | 'getChildIndex' | 'getNumChildren' | 'getText' | 'removeChild' | 'replaceText'>, Emulates<GoogleAppsScript.Document.Paragraph, 'findText' | 'getChild' | 'getChildIndex' | 'getNumChildren' | 'getText' | 'removeChild' | 'replaceText'>, Emulates<GoogleAppsScript.Document.Table, 'findText' | 'getChild' | 'getChildIndex' | 'getNumChildren' | 'getText' | 'removeChild' | 'replaceText'>, Emulates<GoogleAppsScript.Document.TableCell, 'findText' | 'getChild' | 'getChildIndex' | 'getNumChildren' | 'getText' | 'removeChild' | 'replaceText'>, Emulates<GoogleAppsScript.Document.TableRow, 'findText' | 'getChild' | 'getChildIndex' | 'getNumChildren' | 'getText' | 'removeChild' | 'replaceText'> {
  protected get _parentNode(): ParentNode {
    return this._node as ParentNode;
  }
  getNumChildren(): number {
    return this._parentNode.children.length;
  }
  getChild(index: unknown): unknown {
    checkArgs(this._key('getChild'), [index], ['number']);
    const children = this._parentNode.children as DocNode[];
    const i = index as number;
    if (!Number.isInteger(i) || i < 0 || i >= children.length) childIndexError(i, children.length);
    return this._view(children[i]!);
  }
  getChildIndex(child: unknown): number {
    const id = (child as Partial<ElementRef> | null)?._nodeId;
    const at = id === undefined ? -1 : (this._parentNode.children as DocNode[]).findIndex((c) => c.id === id);
    if (at < 0) throw new ServiceError('Element does not contain the specified child element.');
    return at;
  }
  removeChild(child: unknown): unknown {
    const id = (child as Partial<ElementRef> | null)?._nodeId;
    const node = (this._parentNode.children as DocNode[]).find((c) => c.id === id);
    if (!node) throw new ServiceError('Element does not contain the specified child element.');
    removeNode(this._emulator, this._parentNode, node);
    return this._self;
  }
  getText(): string {
    return nodeText(this._node);
  }
  /**
   * reference/document/body#replacetextsearchpattern,-replacement: the RE2 pattern is matched
   * within each text element separately (see runs.ts); returns this element. A replacement with
   * `$` or `\` is refused (re2.ts literalReplacement).
   */
  replaceText(searchPattern: unknown, replacement: unknown): unknown {
    checkArgs(this._key('replaceText'), [searchPattern, replacement], ['string', 'string']);
    const re = compileRe2(searchPattern as string);
    literalReplacement(replacement as string);
    for (const text of textNodes(this._node)) replaceInNode(text, re, replacement as string);
    return this._self;
  }
  /** reference/document/body#findtextsearchpattern,-from: a RangeElement or null. */
  findText(searchPattern: unknown, from?: unknown): unknown {
    checkArgs(this._key('findText'), [searchPattern, from], ['string'], ['string', 'kind:RangeElement']);
    const re = compileRe2(searchPattern as string);
    const texts = textNodes(this._node);
    let start = 0;
    let offset = 0;
    if (from !== undefined) {
      const r = from as { _textId: string; _end: number };
      start = texts.findIndex((t) => t.id === r._textId);
      if (start < 0) throw new ServiceError('Invalid argument: from');
      offset = r._end + 1;
    }
    for (let i = start; i < texts.length; i++) {
      const hit = findInNode(texts[i]!, re, i === start ? offset : 0);
      if (hit) return makeRangeElement(this._emulator, this._session, texts[i]!, hit[0], hit[1]);
    }
    return null;
  }
}

/** reference/document/range-element */
export function makeRangeElement(emulator: Emulator, session: Session, text: TextNode, start: number, end: number): unknown {
  return exposeElement(emulator, {
    _self: null as unknown,
    _kind: 'RangeElement',
    _textId: text.id,
    _end: end,
    getElement: () => makeElement(emulator, session, text),
    getStartOffset: () => start,
    getEndOffsetInclusive: () => end,
    isPartial: () => start > 0 || end < nodeText(text).length - 1,
  });
}
