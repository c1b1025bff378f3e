/**
 * Range, part 3: clearing, the modest format model (bold headers, colours, wrap, alignment,
 * notes), data validation and protection (reference/spreadsheet/range). Formats are stored
 * sparsely per cell and are never rendered.
 */
import type { Emulator } from '../core/emulator';
import type { Emulates } from '../core/emulates';
import { ServiceError } from '../core/errors';
import { factories } from './factories';
import { clearRect, type Layer } from './model';
import { checkArgs, view, type ArgType } from './policy';
import { makeProtection, newProtection } from './protection';
import { RangeData } from './range-data';
import type { CellStyle, Rect } from './state';
import { makeValidation, ruleIndex, ruleState } from './validation';

type StyleKey = keyof CellStyle;

const FONT_WEIGHTS = ['bold', 'normal'];
const ALIGNMENTS = ['left', 'center', 'normal', 'right', 'general', 'general-left', 'general-right'];

export class RangeImpl extends RangeData implements Emulates<GoogleAppsScript.Spreadsheet.Range, 'breakApart' | 'clear' | 'clearContent' | 'clearDataValidations' | 'clearFormat' | 'clearNote' | 'getBackground' | 'getBackgrounds' | 'getDataValidation' | 'getDataValidations' | 'getFontColor' | 'getFontWeight' | 'getFontWeights' | 'getHorizontalAlignment' | 'getMergedRanges' | 'getNote' | 'getNotes' | 'getWrap' | 'isPartOfMerge' | 'merge' | 'mergeAcross' | 'mergeVertically' | 'protect' | 'setBackground' | 'setBackgrounds' | 'setDataValidation' | 'setDataValidations' | 'setFontColor' | 'setFontColors' | 'setFontWeight' | 'setFontWeights' | 'setHorizontalAlignment' | 'setNote' | 'setNotes' | 'setWrap'> {
  override _view(): unknown {
    return view(this._emulator, this);
  }

  /** Sheet.appendRow's write (on a raw instance, not through the proxy). */
  _writeRow(values: unknown[]): void {
    this.writeCells((_r, c) => values[c]);
  }

  // ---- clearing ---------------------------------------------------------------------------

  /** reference/spreadsheet/range#clear: contents and formats; options pick parts. */
  clear(options?: unknown): unknown {
    checkArgs('Range', 'clear', [options], [], ['object']);
    const o = (options ?? {}) as Record<string, unknown>;
    const only = ['contentsOnly', 'formatOnly', 'validationsOnly', 'commentsOnly'].filter((k) => o[k] === true);
    const parts = only.length === 0 ? ['contentsOnly', 'formatOnly'] : only;
    const ss = this.ss;
    const sheet = this.sheet;
    this.beginWrite(ss, sheet);
    const layers: Layer[] = [];
    if (parts.includes('contentsOnly')) layers.push('values', 'formulas');
    if (parts.includes('formatOnly')) layers.push('numberFormats', 'styles');
    if (parts.includes('validationsOnly')) layers.push('validations');
    if (parts.includes('commentsOnly')) layers.push('notes');
    for (const layer of layers) clearRect(sheet[layer] as Array<Array<unknown> | null>, this._rect);
    return this._self;
  }
  clearContent(): unknown {
    return this.clear({ contentsOnly: true });
  }
  clearFormat(): unknown {
    return this.clear({ formatOnly: true });
  }
  clearDataValidations(): unknown {
    return this.clear({ validationsOnly: true });
  }
  clearNote(): unknown {
    return this.clear({ commentsOnly: true });
  }

  // ---- styles -----------------------------------------------------------------------------

  private _setStyle(method: string, key: StyleKey, value: unknown, allowed?: string[]): unknown {
    // Colours and weights take a string, or null to reset; wrap takes a boolean.
    const overloads: ArgType[][] = key === 'wrap' ? [['boolean']] : value === null ? [['any']] : [['string']];
    checkArgs('Range', method, [value], ...overloads);
    if (allowed && value !== null && !allowed.includes(String(value).toLowerCase())) {
      throw new ServiceError(`Invalid argument: ${String(value)}`);
    }
    this.writeLayer('styles', (_r, _c, old) => withStyle(old as CellStyle | null, key, value));
    return this._self;
  }

  private _setStyles(method: string, key: StyleKey, values: unknown, allowed?: string[]): unknown {
    checkArgs('Range', method, [values], ['grid']);
    const data = values as unknown[][];
    this.checkShape(data);
    // Each cell as the single setter takes it (reference/spreadsheet/range#setfontweightsweights: "bold" or "normal", null resets).
    for (const value of data.flat()) if (allowed && value !== null && value !== undefined && !allowed.includes(String(value).toLowerCase())) throw new ServiceError(`Invalid argument: ${String(value)}`);
    this.writeLayer('styles', (r, c, old) => withStyle(old as CellStyle | null, key, data[r]![c]));
    return this._self;
  }

  private _styleGrid<K extends StyleKey>(key: K, fallback: NonNullable<CellStyle[K]>): NonNullable<CellStyle[K]>[][] {
    const sheet = this.sheet;
    return this.grid((r, c) => sheet.styles[r - 1]?.[c - 1]?.[key] ?? fallback);
  }

  private _styleOne<K extends StyleKey>(key: K, fallback: NonNullable<CellStyle[K]>): NonNullable<CellStyle[K]> {
    this._emulator.cells.read += 1;
    return this.sheet.styles[this._rect.row - 1]?.[this._rect.column - 1]?.[key] ?? fallback;
  }

  setFontWeight(weight: unknown): unknown {
    return this._setStyle('setFontWeight', 'fontWeight', weight, FONT_WEIGHTS);
  }
  setFontWeights(weights: unknown): unknown {
    return this._setStyles('setFontWeights', 'fontWeight', weights, FONT_WEIGHTS);
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this._styleOne('fontWeight', 'normal');
  }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this._styleGrid('fontWeight', 'normal');
  }
  setBackground(color: unknown): unknown {
    return this._setStyle('setBackground', 'background', color);
  }
  setBackgrounds(colors: unknown): unknown {
    return this._setStyles('setBackgrounds', 'background', colors);
  }
  getBackground(): string {
    return this._styleOne('background', '#ffffff');
  }
  getBackgrounds(): string[][] {
    return this._styleGrid('background', '#ffffff');
  }
  setFontColor(color: unknown): unknown {
    return this._setStyle('setFontColor', 'fontColor', color);
  }
  setFontColors(colors: unknown): unknown {
    return this._setStyles('setFontColors', 'fontColor', colors);
  }
  getFontColor(): string {
    return this._styleOne('fontColor', '#000000');
  }
  setWrap(wrap: unknown): unknown {
    return this._setStyle('setWrap', 'wrap', wrap);
  }
  getWrap(): boolean {
    return this._styleOne('wrap', true);
  }
  setHorizontalAlignment(alignment: unknown): unknown {
    return this._setStyle('setHorizontalAlignment', 'horizontalAlignment', alignment, ALIGNMENTS);
  }
  getHorizontalAlignment(): string {
    return this._styleOne('horizontalAlignment', 'general');
  }

  // ---- notes ------------------------------------------------------------------------------

  setNote(note: unknown): unknown {
    checkArgs('Range', 'setNote', [note], ['string'], ['any']);
    this.writeLayer('notes', () => (note === null || note === '' ? null : String(note)));
    return this._self;
  }
  setNotes(notes: unknown): unknown {
    checkArgs('Range', 'setNotes', [notes], ['grid']);
    const data = notes as unknown[][];
    this.checkShape(data);
    this.writeLayer('notes', (r, c) => {
      const n = data[r]![c];
      return n === null || n === undefined || n === '' ? null : String(n);
    });
    return this._self;
  }
  getNote(): string {
    this._emulator.cells.read += 1;
    return this.sheet.notes[this._rect.row - 1]?.[this._rect.column - 1] ?? '';
  }
  getNotes(): string[][] {
    const sheet = this.sheet;
    return this.grid((r, c) => sheet.notes[r - 1]?.[c - 1] ?? '');
  }

  // ---- data validation --------------------------------------------------------------------

  setDataValidation(rule: unknown): unknown {
    checkArgs('Range', 'setDataValidation', [rule], ['kind:DataValidation'], ['any']);
    const state = ruleState(rule, 'Range', 'setDataValidation');
    const sheet = this.sheet;
    const index = state ? ruleIndex(sheet, state) : null;
    this.writeLayer('validations', () => index);
    return this._self;
  }
  setDataValidations(rules: unknown): unknown {
    checkArgs('Range', 'setDataValidations', [rules], ['grid']);
    const data = rules as unknown[][];
    this.checkShape(data);
    const sheet = this.sheet;
    const indexes = data.map((line) =>
      line.map((rule) => {
        const state = ruleState(rule ?? null, 'Range', 'setDataValidations');
        return state ? ruleIndex(sheet, state) : null;
      }),
    );
    this.writeLayer('validations', (r, c) => indexes[r]![c]);
    return this._self;
  }
  getDataValidation(): unknown {
    this._emulator.cells.read += 1;
    return this._ruleAt(this._rect.row, this._rect.column);
  }
  getDataValidations(): unknown[][] {
    return this.grid((r, c) => this._ruleAt(r, c));
  }
  private _ruleAt(row: number, column: number): unknown {
    const sheet = this.sheet;
    const index = sheet.validations[row - 1]?.[column - 1];
    const rule = index === null || index === undefined ? undefined : sheet.validationRules[index];
    return rule ? makeValidation(this._emulator, rule, this._ssId) : null;
  }

  // ---- merges -----------------------------------------------------------------------------

  /**
   * reference/spreadsheet/range#merge: the range becomes one block. Sheets keeps the upper-left
   * value only (support.google.com/docs/answer/6339807 warns "only the upper-left value" is kept).
   * A merge that cuts across another is refused with the editor's message (from memory, unverified).
   */
  merge(): unknown {
    checkArgs('Range', 'merge', [], []);
    this.mergeRects([this._rect]);
    return this._self;
  }

  /** reference/spreadsheet/range#mergeacross: one merge per row (gas-fakes test/testsheets.js «mergeAcross»). */
  mergeAcross(): unknown {
    checkArgs('Range', 'mergeAcross', [], []);
    const { row, column, numRows, numColumns } = this._rect;
    this.mergeRects(Array.from({ length: numRows }, (_, i) => ({ row: row + i, column, numRows: 1, numColumns })));
    return this._self;
  }

  /** reference/spreadsheet/range#mergevertically: one merge per column (the same suite). */
  mergeVertically(): unknown {
    checkArgs('Range', 'mergeVertically', [], []);
    const { row, column, numRows, numColumns } = this._rect;
    this.mergeRects(Array.from({ length: numColumns }, (_, i) => ({ row, column: column + i, numRows, numColumns: 1 })));
    return this._self;
  }

  private mergeRects(rects: Rect[]): void {
    const sheet = this.sheet;
    let merges = sheet.merges ?? [];
    for (const rect of rects) {
      if (merges.some((m) => overlaps(m, rect) && !inside(m, rect))) throw new ServiceError('You must select all cells in a merged range to merge or unmerge them.');
    }
    this.beginWrite(this.ss, sheet);
    for (const { row, column, numRows, numColumns } of rects) {
      for (const layer of ['values', 'formulas'] as const) {
        const grid = sheet[layer] as Array<Array<unknown> | null>;
        for (let r = row; r < row + numRows; r++) {
          const line = grid[r - 1];
          if (!line) continue;
          for (let c = column; c < column + numColumns; c++) if (r !== row || c !== column) line[c - 1] = null;
        }
      }
      merges = [...merges.filter((m) => !inside(m, { row, column, numRows, numColumns })), { row, column, numRows, numColumns }];
    }
    sheet.merges = merges;
  }

  /** reference/spreadsheet/range#breakapart: merges inside the range become cells again. */
  breakApart(): unknown {
    checkArgs('Range', 'breakApart', [], []);
    const sheet = this.sheet;
    const merges = sheet.merges ?? [];
    if (merges.some((m) => overlaps(m, this._rect) && !inside(m, this._rect))) throw new ServiceError('You must select all cells in a merged range to merge or unmerge them.');
    sheet.merges = merges.filter((m) => !inside(m, this._rect));
    return this._self;
  }

  /** reference/spreadsheet/range#getmergedranges: every merge that touches the range, whole. */
  getMergedRanges(): unknown[] {
    checkArgs('Range', 'getMergedRanges', [], []);
    const A = this._emulator.realm.Array;
    return A.from((this.sheet.merges ?? []).filter((m) => overlaps(m, this._rect)).map((m) => this.make(m)));
  }

  /** reference/spreadsheet/range#ispartofmerge */
  isPartOfMerge(): boolean {
    checkArgs('Range', 'isPartOfMerge', [], []);
    return (this.sheet.merges ?? []).some((m) => overlaps(m, this._rect));
  }

  // ---- protection -------------------------------------------------------------------------

  protect(): unknown {
    const ss = this.ss;
    const p = newProtection(this._emulator, ss, this.sheet, { ...this._rect });
    return makeProtection(this._emulator, this._ssId, p.id);
  }
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.column < b.column + b.numColumns && b.column < a.column + a.numColumns;
}

function inside(inner: Rect, outer: Rect): boolean {
  return inner.row >= outer.row && inner.column >= outer.column && inner.row + inner.numRows <= outer.row + outer.numRows && inner.column + inner.numColumns <= outer.column + outer.numColumns;
}

function withStyle(old: CellStyle | null, key: StyleKey, value: unknown): CellStyle | null {
  const next: CellStyle = { ...(old ?? {}) };
  if (value === null || value === undefined || value === '') delete next[key];
  else (next as Record<string, unknown>)[key] = key === 'wrap' ? Boolean(value) : key === 'fontWeight' ? String(value).toLowerCase() : String(value);
  return Object.keys(next).length > 0 ? next : null;
}

export function makeRangeView(emulator: Emulator, ssId: string, sheetId: number, rect: Rect): RangeImpl {
  return new RangeImpl(emulator, ssId, sheetId, rect)._view() as RangeImpl;
}

factories.range = makeRangeView;
