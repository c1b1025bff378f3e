/** Text (reference/document/text) and PageBreak (reference/document/page-break). */
import type { Emulates } from '../core/emulates';
import type { Emulator } from '../core/emulator';
import { ServiceError } from '../core/errors';
import { checkArgs } from '../drive/args';
import { TEXT_ATTRIBUTES } from './enums';
import { ElementBase, exposeElement, makeRangeElement, registerElement } from './element';
import { textOfRuns, type TextAttrs, type TextNode } from './model';
import { compileRe2 } from './re2';
import * as runs from './runs';
import type { Session } from './session';

type AttrKey = keyof TextAttrs;

export class TextImpl extends ElementBase implements Emulates<GoogleAppsScript.Document.Text, 'appendText' | 'deleteText' | 'findText' | 'getAttributes' | 'getFontFamily' | 'getFontSize' | 'getForegroundColor' | 'getLinkUrl' | 'getText' | 'getTextAttributeIndices' | 'insertText' | 'isBold' | 'isItalic' | 'isStrikethrough' | 'isUnderline' | 'replaceText' | 'setAttributes' | 'setBold' | 'setFontFamily' | 'setFontSize' | 'setForegroundColor' | 'setItalic' | 'setLinkUrl' | 'setStrikethrough' | 'setText' | 'setUnderline', 'getFontFamily' | 'getFontSize' | 'getForegroundColor' | 'getLinkUrl' | 'isBold' | 'isItalic' | 'isStrikethrough' | 'isUnderline'> {
  readonly _kind = 'Text';

  private get _text(): TextNode {
    return this._node as TextNode;
  }
  getText(): string {
    return textOfRuns(this._text);
  }
  setText(text: unknown): unknown {
    checkArgs(this._key('setText'), [text], ['string']);
    runs.setText(this._text, text as string);
    return this._self;
  }
  appendText(text: unknown): unknown {
    checkArgs(this._key('appendText'), [text], ['string']);
    const node = this._text;
    runs.insertText(node, textOfRuns(node).length, text as string);
    return this._self;
  }
  insertText(offset: unknown, text: unknown): unknown {
    checkArgs(this._key('insertText'), [offset, text], ['number', 'string']);
    runs.insertText(this._text, offset as number, text as string);
    return this._self;
  }
  deleteText(startOffset: unknown, endOffsetInclusive: unknown): unknown {
    checkArgs(this._key('deleteText'), [startOffset, endOffsetInclusive], ['number', 'number']);
    runs.deleteText(this._text, startOffset as number, endOffsetInclusive as number);
    return this._self;
  }
  getTextAttributeIndices(): number[] {
    return this._emulator.realm.Array.from(runs.attributeIndices(this._text));
  }

  /** setX(value) for the whole text, or setX(start, endInclusive, value) for a range. */
  private _set(method: string, key: AttrKey, valueType: 'boolean' | 'number' | 'string', args: unknown[]): unknown {
    const [a, b, c] = args;
    checkArgs(this._key(method), args, [valueType], ['number', 'number', valueType]);
    const attrs = { [key]: args.length >= 3 ? c : a } as TextAttrs;
    if (args.length >= 3) runs.setAttrs(this._text, a as number, b as number, attrs);
    else runs.setAllAttrs(this._text, attrs);
    return this._self;
  }
  private _get<K extends AttrKey>(key: K, offset: unknown): NonNullable<TextAttrs[K]> | null {
    const node = this._text;
    if (offset !== undefined) {
      checkArgs(this._key('get'), [offset], ['number']);
      return runs.attrsAt(node, offset as number)[key] ?? null;
    }
    // Without an offset: the value if the whole text shares it, else null (mixed).
    const values = new Set(node.runs.map((r) => r.attrs[key]));
    return values.size === 1 ? ([...values][0] ?? null) : null;
  }

  setBold(...args: unknown[]): unknown {
    return this._set('setBold', 'bold', 'boolean', args);
  }
  setItalic(...args: unknown[]): unknown {
    return this._set('setItalic', 'italic', 'boolean', args);
  }
  setUnderline(...args: unknown[]): unknown {
    return this._set('setUnderline', 'underline', 'boolean', args);
  }
  setStrikethrough(...args: unknown[]): unknown {
    return this._set('setStrikethrough', 'strikethrough', 'boolean', args);
  }
  setFontSize(...args: unknown[]): unknown {
    return this._set('setFontSize', 'fontSize', 'number', args);
  }
  setFontFamily(...args: unknown[]): unknown {
    return this._set('setFontFamily', 'fontFamily', 'string', args);
  }
  setForegroundColor(...args: unknown[]): unknown {
    return this._set('setForegroundColor', 'foregroundColor', 'string', args);
  }
  setLinkUrl(...args: unknown[]): unknown {
    return this._set('setLinkUrl', 'linkUrl', 'string', args);
  }
  // Google's types promise a value; reference/document/text#isbold (and each getter here) returns
  // "null if there are multiple values", and an attribute never set reads null too (strict reading).
  isBold(offset?: unknown): boolean | null {
    return this._get('bold', offset);
  }
  isItalic(offset?: unknown): boolean | null {
    return this._get('italic', offset);
  }
  isUnderline(offset?: unknown): boolean | null {
    return this._get('underline', offset);
  }
  isStrikethrough(offset?: unknown): boolean | null {
    return this._get('strikethrough', offset);
  }
  getFontSize(offset?: unknown): number | null {
    return this._get('fontSize', offset);
  }
  getFontFamily(offset?: unknown): string | null {
    return this._get('fontFamily', offset);
  }
  getForegroundColor(offset?: unknown): string | null {
    return this._get('foregroundColor', offset);
  }
  getLinkUrl(offset?: unknown): string | null {
    return this._get('linkUrl', offset);
  }
  getAttributes(offset?: unknown): Record<string, unknown> {
    const out = new this._emulator.realm.Object() as Record<string, unknown>;
    for (const [name, key] of Object.entries(TEXT_ATTRIBUTES)) out[name] = this._get(key, offset);
    return out;
  }
  setAttributes(...args: unknown[]): unknown {
    checkArgs(this._key('setAttributes'), args, ['object'], ['number', 'number', 'object']);
    const attrs = fromAttributes(args[args.length - 1] as Record<string, unknown>);
    if (args.length === 3) runs.setAttrs(this._text, args[0] as number, args[1] as number, attrs);
    else runs.setAllAttrs(this._text, attrs);
    return this._self;
  }
  replaceText(searchPattern: unknown, replacement: unknown): unknown {
    checkArgs(this._key('replaceText'), [searchPattern, replacement], ['string', 'string']);
    runs.replaceInNode(this._text, compileRe2(searchPattern as string), replacement as string);
    return this._self;
  }
  findText(searchPattern: unknown, from?: unknown): unknown {
    checkArgs(this._key('findText'), [searchPattern, from], ['string'], ['string', 'kind:RangeElement']);
    const offset = from === undefined ? 0 : (from as { _end: number })._end + 1;
    const hit = runs.findInNode(this._text, compileRe2(searchPattern as string), offset);
    return hit ? makeRangeElement(this._emulator, this._session, this._text, hit[0], hit[1]) : null;
  }
}

/** A DocumentApp attributes object ({BOLD: true, FONT_SIZE: 12}) as text attributes. */
export function fromAttributes(attributes: Record<string, unknown>): TextAttrs {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attributes)) {
    const key = TEXT_ATTRIBUTES[name];
    if (!key) continue;
    if (value !== null && value !== undefined && typeof value !== (key === 'fontSize' ? 'number' : key === 'fontFamily' || key === 'foregroundColor' || key === 'linkUrl' ? 'string' : 'boolean')) {
      throw new ServiceError(`Invalid argument: ${name}`);
    }
    out[key] = value ?? undefined;
  }
  return out as TextAttrs;
}

export class PageBreakImpl extends ElementBase {
  readonly _kind = 'PageBreak';
}

registerElement('TEXT', (e: Emulator, s: Session, id: string) => exposeElement(e, new TextImpl(e, s, id)));
registerElement('PAGE_BREAK', (e: Emulator, s: Session, id: string) => exposeElement(e, new PageBreakImpl(e, s, id)));
