/** Paragraph (reference/document/paragraph) and ListItem (reference/document/list-item). */
import type { Emulates } from '../core/emulates';
import type { Emulator } from '../core/emulator';
import { ServiceError } from '../core/errors';
import { checkArgs } from '../drive/args';
import { ContainerBase, exposeElement, registerElement } from './element';
import { GlyphType, HorizontalAlignment, ParagraphHeading, TEXT_ATTRIBUTES } from './enums';
import { newId, textNode, type ParagraphLayoutKey, type ParagraphNode, type TextNode } from './model';
import { normalize, setAllAttrs, setText } from './runs';
import type { Session } from './session';
import { fromAttributes } from './text';

export class ParagraphImpl extends ContainerBase implements Emulates<GoogleAppsScript.Document.ListItem, 'appendPageBreak' | 'appendText' | 'clear' | 'editAsText' | 'getAlignment' | 'getAttributes' | 'getHeading' | 'getIndentEnd' | 'getIndentFirstLine' | 'getIndentStart' | 'getLineSpacing' | 'getSpacingAfter' | 'getSpacingBefore' | 'insertText' | 'isLeftToRight' | 'setAlignment' | 'setAttributes' | 'setHeading' | 'setIndentEnd' | 'setIndentFirstLine' | 'setIndentStart' | 'setLeftToRight' | 'setLineSpacing' | 'setSpacingAfter' | 'setSpacingBefore' | 'setText', 'getIndentEnd' | 'getIndentFirstLine' | 'getIndentStart' | 'getLineSpacing' | 'getSpacingAfter' | 'getSpacingBefore' | 'isLeftToRight'>, Emulates<GoogleAppsScript.Document.Paragraph, 'appendPageBreak' | 'appendText' | 'clear' | 'editAsText' | 'getAlignment' | 'getAttributes' | 'getHeading' | 'getIndentEnd' | 'getIndentFirstLine' | 'getIndentStart' | 'getLineSpacing' | 'getSpacingAfter' | 'getSpacingBefore' | 'insertText' | 'isLeftToRight' | 'setAlignment' | 'setAttributes' | 'setHeading' | 'setIndentEnd' | 'setIndentFirstLine' | 'setIndentStart' | 'setLeftToRight' | 'setLineSpacing' | 'setSpacingAfter' | 'setSpacingBefore' | 'setText', 'getIndentEnd' | 'getIndentFirstLine' | 'getIndentStart' | 'getLineSpacing' | 'getSpacingAfter' | 'getSpacingBefore' | 'isLeftToRight'> {
  readonly _kind: string = 'Paragraph';

  protected get _para(): ParagraphNode {
    return this._node as ParagraphNode;
  }

  /** Replaces the contents with one Text element keeping the first character's formatting. */
  setText(text: unknown): unknown {
    checkArgs(this._key('setText'), [text], ['string']);
    const p = this._para;
    const first = p.children.find((c): c is TextNode => c.type === 'TEXT');
    const node = first ?? textNode('');
    setText(node, text as string);
    p.children = [node];
    return this._self;
  }
  /** reference/document/paragraph#appendtexttext: "Creates and inserts a new Text element." */
  appendText(text: unknown): unknown {
    checkArgs(this._key('appendText'), [text], ['string']);
    const node = textNode(text as string);
    this._para.children.push(node);
    return this._view(node);
  }
  insertText(childIndex: unknown, text: unknown): unknown {
    checkArgs(this._key('insertText'), [childIndex, text], ['number', 'string']);
    const p = this._para;
    const i = childIndex as number;
    if (!Number.isInteger(i) || i < 0 || i > p.children.length) throw new ServiceError(`Invalid argument: childIndex`);
    const node = textNode(text as string);
    p.children.splice(i, 0, node);
    return this._view(node);
  }
  /**
   * reference/document/paragraph#editastext: a Text covering the paragraph's contents. Adjacent
   * Text elements are merged into one for that (their runs keep their formatting).
   */
  editAsText(): unknown {
    const p = this._para;
    const merged: ParagraphNode['children'] = [];
    for (const child of p.children) {
      const last = merged[merged.length - 1];
      if (child.type === 'TEXT' && last?.type === 'TEXT') {
        last.runs.push(...child.runs);
        normalize(last);
      } else merged.push(child);
    }
    p.children = merged;
    let text = merged.find((c): c is TextNode => c.type === 'TEXT');
    if (!text) {
      text = textNode('');
      merged.push(text);
    }
    return this._view(text);
  }
  clear(): unknown {
    this._para.children = [];
    return this._self;
  }
  appendPageBreak(): unknown {
    const node = { type: 'PAGE_BREAK' as const, id: newId() };
    this._para.children.push(node);
    return this._view(node);
  }
  getHeading(): string {
    return this._para.heading;
  }
  setHeading(heading: unknown): unknown {
    checkArgs(this._key('setHeading'), [heading], ['string']);
    if (!(heading as string in ParagraphHeading)) throw new ServiceError('Invalid argument: heading');
    this._para.heading = heading as string;
    return this._self;
  }
  /**
   * Spacing, indents and direction (reference/document/paragraph#setindentstartindentstart & co.;
   * gas-fakes test/testdocslistitems.js reads back what was set). Unset they read null: Docs
   * inherits them from the named style, and the emulator does not guess that style's values.
   */
  private _layout(key: Exclude<ParagraphLayoutKey, 'leftToRight'>): number | null {
    return (this._para.layout?.[key] as number | undefined) ?? null;
  }
  private _setLayout(method: string, key: ParagraphLayoutKey, value: unknown, type: 'number' | 'boolean'): unknown {
    checkArgs(this._key(method), [value], [type]);
    (this._para.layout ??= {})[key] = value as number | boolean;
    return this._self;
  }
  // Google's types promise a number; reference/document/paragraph is silent about a paragraph
  // never given one, so these read null until set (the strict reading; the add-on handles null).
  getIndentStart(): number | null {
    return this._layout('indentStart');
  }
  setIndentStart(value: unknown): unknown {
    return this._setLayout('setIndentStart', 'indentStart', value, 'number');
  }
  getIndentEnd(): number | null {
    return this._layout('indentEnd');
  }
  setIndentEnd(value: unknown): unknown {
    return this._setLayout('setIndentEnd', 'indentEnd', value, 'number');
  }
  getIndentFirstLine(): number | null {
    return this._layout('indentFirstLine');
  }
  setIndentFirstLine(value: unknown): unknown {
    return this._setLayout('setIndentFirstLine', 'indentFirstLine', value, 'number');
  }
  getLineSpacing(): number | null {
    return this._layout('lineSpacing');
  }
  setLineSpacing(value: unknown): unknown {
    return this._setLayout('setLineSpacing', 'lineSpacing', value, 'number');
  }
  getSpacingBefore(): number | null {
    return this._layout('spacingBefore');
  }
  setSpacingBefore(value: unknown): unknown {
    return this._setLayout('setSpacingBefore', 'spacingBefore', value, 'number');
  }
  getSpacingAfter(): number | null {
    return this._layout('spacingAfter');
  }
  setSpacingAfter(value: unknown): unknown {
    return this._setLayout('setSpacingAfter', 'spacingAfter', value, 'number');
  }
  isLeftToRight(): boolean | null {
    return (this._para.layout?.leftToRight as boolean | undefined) ?? null;
  }
  setLeftToRight(value: unknown): unknown {
    return this._setLayout('setLeftToRight', 'leftToRight', value, 'boolean');
  }
  getAlignment(): string | null {
    return this._para.alignment;
  }
  setAlignment(alignment: unknown): unknown {
    checkArgs(this._key('setAlignment'), [alignment], ['string']);
    if (!(alignment as string in HorizontalAlignment)) throw new ServiceError('Invalid argument: alignment');
    this._para.alignment = alignment as string;
    return this._self;
  }
  /** Paragraph attributes plus text attributes shared by all its text (null when mixed or unset). */
  getAttributes(): Record<string, unknown> {
    const p = this._para;
    const out = new this._emulator.realm.Object() as Record<string, unknown>;
    out.HEADING = p.heading;
    out.HORIZONTAL_ALIGNMENT = p.alignment;
    const allRuns = p.children.flatMap((c) => (c.type === 'TEXT' ? c.runs : []));
    for (const [name, key] of Object.entries(TEXT_ATTRIBUTES)) {
      const values = new Set(allRuns.map((r) => r.attrs[key]));
      out[name] = values.size === 1 ? ([...values][0] ?? null) : null;
    }
    return out;
  }
  setAttributes(attributes: unknown): unknown {
    checkArgs(this._key('setAttributes'), [attributes], ['object']);
    const a = attributes as Record<string, unknown>;
    if (a.HEADING !== undefined) this.setHeading(a.HEADING);
    if (a.HORIZONTAL_ALIGNMENT !== undefined) this.setAlignment(a.HORIZONTAL_ALIGNMENT);
    const attrs = fromAttributes(a);
    for (const child of this._para.children) if (child.type === 'TEXT') setAllAttrs(child, attrs);
    return this._self;
  }
}

export class ListItemImpl extends ParagraphImpl implements Emulates<GoogleAppsScript.Document.ListItem, 'getGlyphType' | 'getListId' | 'getNestingLevel' | 'setGlyphType' | 'setListId' | 'setNestingLevel'> {
  override readonly _kind = 'ListItem';

  getGlyphType(): string {
    return this._para.glyph ?? 'NUMBER';
  }
  setGlyphType(glyph: unknown): unknown {
    checkArgs(this._key('setGlyphType'), [glyph], ['string']);
    if (!(glyph as string in GlyphType)) throw new ServiceError('Invalid argument: glyphType');
    this._para.glyph = glyph as string;
    return this._self;
  }
  getNestingLevel(): number {
    return this._para.nesting ?? 0;
  }
  setNestingLevel(level: unknown): unknown {
    checkArgs(this._key('setNestingLevel'), [level], ['number']);
    const n = level as number;
    if (!Number.isInteger(n) || n < 0 || n > 8) throw new ServiceError('Invalid argument: nestingLevel');
    this._para.nesting = n;
    return this._self;
  }
  getListId(): string {
    return this._para.listId ?? 'kix.list0';
  }
  setListId(listItem: unknown): unknown {
    checkArgs(this._key('setListId'), [listItem], ['kind:ListItem']);
    this._para.listId = (listItem as { getListId(): string }).getListId();
    return this._self;
  }
}

registerElement('PARAGRAPH', (e: Emulator, s: Session, id: string) => exposeElement(e, new ParagraphImpl(e, s, id)));
registerElement('LIST_ITEM', (e: Emulator, s: Session, id: string) => exposeElement(e, new ListItemImpl(e, s, id)));
