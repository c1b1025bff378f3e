/**
 * Range, part 2: values, display values, formulas (reference/spreadsheet/range#getvalues,
 * #setvaluesvalues, #getdisplayvalues, #getformulas, #setformulaformula).
 * getValues returns Number, Boolean, Date or String, '' for an empty cell; a number in a cell
 * with a date/time format comes back as a Date for that wall-clock time in the spreadsheet's
 * zone. Formula cells give their computed value; errors give Sheets' error text ("#DIV/0!").
 */
import { columnLetters, columnNumber } from './a1';
import type { Emulates } from '../core/emulates';
import { ServiceError } from '../core/errors';
import { cellTooLong, enterValue, type EntryContext } from './entered';
import { serialToInstant } from './dates';
import { Evaluator, FErr, formatAt, formulaAt, type Scalar } from './formula-eval';
import { setIn } from './model';
import { AUTOMATIC_FORMAT, displayValue, formatGeneral, isDateFormat, localeSeparators } from './numfmt';
import { checkArgs } from './policy';
import { RangeBase } from './range-base';
import type { SheetState, SpreadsheetState } from './state';
import { passes, rejectInvalid } from './validation';

const dateFormats = new Map<string, boolean>();

function isDateFmt(format: string | null): boolean {
  if (!format) return false;
  let hit = dateFormats.get(format);
  if (hit === undefined) {
    hit = isDateFormat(format);
    dateFormats.set(format, hit);
  }
  return hit;
}

export class RangeData extends RangeBase implements Emulates<GoogleAppsScript.Spreadsheet.Range, 'getDisplayValue' | 'getDisplayValues' | 'getFormula' | 'getFormulas' | 'getNumberFormat' | 'getNumberFormats' | 'getValue' | 'getValues' | 'isBlank' | 'setFormula' | 'setFormulas' | 'setNumberFormat' | 'setNumberFormats' | 'setValue' | 'setValues'> {
  /** A cell's value and the number format it shows with (its own, or what its formula implies). */
  protected read(ev: Evaluator, sheet: SheetState, row: number, column: number): { v: Scalar; format: string | null } {
    const formula = formulaAt(sheet, row, column);
    const own = formatAt(sheet, row, column);
    if (formula === null) return { v: sheet.values[row - 1]?.[column - 1] ?? null, format: own };
    const v = ev.cellValue(sheet, row, column);
    return { v, format: own ?? ev.cellFormat(sheet, row, column) };
  }

  protected toAddon(ss: SpreadsheetState, v: Scalar, format: string | null): unknown {
    if (v === null) return '';
    if (v instanceof FErr) return v.code;
    if (typeof v === 'number' && isDateFmt(format)) return new this._emulator.realm.Date(serialToInstant(ss.timeZone, v));
    return v;
  }

  getValues(): unknown[][] {
    const ss = this.ss;
    const sheet = this.sheet;
    const ev = new Evaluator(ss, this._emulator.now());
    const values = sheet.values;
    return this.grid((r, c) => {
      // Fast path: a plain stored value without a number format.
      if (!sheet.formulas[r - 1]?.[c - 1] && !sheet.numberFormats[r - 1]?.[c - 1]) {
        const v = values[r - 1]?.[c - 1];
        return v === null || v === undefined ? '' : v;
      }
      const { v, format } = this.read(ev, sheet, r, c);
      return this.toAddon(ss, v, format);
    });
  }

  getValue(): unknown {
    this._emulator.cells.read += 1;
    const ss = this.ss;
    const { v, format } = this.read(new Evaluator(ss, this._emulator.now()), this.sheet, this._rect.row, this._rect.column);
    return this.toAddon(ss, v, format);
  }

  getDisplayValues(): string[][] {
    const ss = this.ss;
    const sheet = this.sheet;
    const ev = new Evaluator(ss, this._emulator.now());
    const sep = localeSeparators(ss.locale);
    return this.grid((r, c) => {
      // Fast path: a plain stored value with the automatic format.
      if (!sheet.formulas[r - 1]?.[c - 1] && !sheet.numberFormats[r - 1]?.[c - 1]) {
        const v = sheet.values[r - 1]?.[c - 1];
        if (v === null || v === undefined) return '';
        if (typeof v === 'number') return formatGeneral(v, sep);
        return typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : v;
      }
      const { v, format } = this.read(ev, sheet, r, c);
      return v instanceof FErr ? v.code : displayValue(v, format, ss.locale);
    });
  }

  getDisplayValue(): string {
    this._emulator.cells.read += 1;
    const ss = this.ss;
    const { v, format } = this.read(new Evaluator(ss, this._emulator.now()), this.sheet, this._rect.row, this._rect.column);
    return v instanceof FErr ? v.code : displayValue(v, format, ss.locale);
  }

  getFormulas(): string[][] {
    const sheet = this.sheet;
    return this.grid((r, c) => formulaAt(sheet, r, c) ?? '');
  }

  getFormula(): string {
    this._emulator.cells.read += 1;
    return formulaAt(this.sheet, this._rect.row, this._rect.column) ?? '';
  }

  isBlank(): boolean {
    const sheet = this.sheet;
    const { row, column, numRows, numColumns } = this._rect;
    for (let r = row; r < row + numRows; r++) {
      for (let c = column; c < column + numColumns; c++) {
        if ((sheet.values[r - 1]?.[c - 1] ?? null) !== null || formulaAt(sheet, r, c) !== null) return false;
      }
    }
    return true;
  }

  setValues(values: unknown): unknown {
    checkArgs('Range', 'setValues', [values], ['grid']);
    const data = values as unknown[][];
    this.checkShape(data);
    this.writeCells((r, c) => data[r]![c]);
    return this._self;
  }

  setValue(value: unknown): unknown {
    checkArgs('Range', 'setValue', [value], ['any']);
    this.writeCells(() => value);
    return this._self;
  }

  setFormula(formula: unknown): unknown {
    checkArgs('Range', 'setFormula', [formula], ['string']);
    const text = formula as string;
    const base = text === '' ? '' : text.startsWith('=') ? text : `=${text}`;
    // Each cell gets the formula as if filled from the first: relative references move with the
    // cell ("=A1" on A1:B2 reads back [["=A1","=B1"],["=A2","=B2"]]: gas-fakes
    // test/testsheets.js «setting and repeating cell formats», live Apps Script).
    this.writeCells((r, c) => (base === '' ? '' : shiftReferences(base, r, c)));
    return this._self;
  }

  setFormulas(formulas: unknown): unknown {
    checkArgs('Range', 'setFormulas', [formulas], ['grid']);
    const data = formulas as unknown[][];
    this.checkShape(data);
    for (const line of data) for (const f of line) if (typeof f !== 'string') checkArgs('Range', 'setFormulas', [formulas], []);
    this.writeCells((r, c) => {
      const f = data[r]![c] as string;
      return f === '' ? '' : f.startsWith('=') ? f : `=${f}`;
    });
    return this._self;
  }

  /** Writes each cell as Apps Script does (see entered.ts), after the validation checks. */
  protected writeCells(valueAt: (r: number, c: number) => unknown): void {
    const ss = this.ss;
    const sheet = this.sheet;
    const { row, column, numRows, numColumns } = this._rect;
    const ctx: EntryContext = { locale: ss.locale, timeZone: ss.timeZone, now: this._emulator.now(), cellFormat: null };
    // First pass: only the cells that carry a rejecting rule, so a failing write writes nothing.
    for (let r = 0; r < numRows; r++) {
      const rules = sheet.validations[row + r - 1];
      if (!rules) continue;
      for (let c = 0; c < numColumns; c++) {
        const index = rules[column + c - 1];
        const rule = index === null || index === undefined ? undefined : sheet.validationRules[index];
        if (!rule || rule.allowInvalid) continue;
        ctx.cellFormat = formatAt(sheet, row + r, column + c);
        const e = enterValue(valueAt(r, c), ctx);
        if (e.formula === null && !passes(ss, ctx.now, rule, e.value, e.format ?? ctx.cellFormat)) rejectInvalid(row + r, column + c);
      }
    }
    this.beginWrite(ss, sheet);
    for (let r = 0; r < numRows; r++) {
      const formats = sheet.numberFormats[row + r - 1];
      for (let c = 0; c < numColumns; c++) {
        ctx.cellFormat = formats?.[column + c - 1] ?? null;
        const e = enterValue(valueAt(r, c), ctx);
        const text = e.formula ?? (typeof e.value === 'string' ? e.value : '');
        if (cellTooLong(text)) throw new ServiceError('Your input contains more than the maximum of 50000 characters in a single cell.');
        setIn(sheet.values, row + r, column + c, e.value);
        setIn(sheet.formulas, row + r, column + c, e.formula);
        if (e.format !== undefined) setIn(sheet.numberFormats, row + r, column + c, e.format);
      }
    }
  }

  // ---- number formats ---------------------------------------------------------------------

  getNumberFormats(): string[][] {
    const sheet = this.sheet;
    return this.grid((r, c) => formatAt(sheet, r, c) ?? AUTOMATIC_FORMAT);
  }

  getNumberFormat(): string {
    this._emulator.cells.read += 1;
    return formatAt(this.sheet, this._rect.row, this._rect.column) ?? AUTOMATIC_FORMAT;
  }

  setNumberFormat(format: unknown): unknown {
    checkArgs('Range', 'setNumberFormat', [format], ['string']);
    this.writeLayer('numberFormats', () => (format === '' ? null : (format as string)));
    return this._self;
  }

  setNumberFormats(formats: unknown): unknown {
    checkArgs('Range', 'setNumberFormats', [formats], ['grid']);
    const data = formats as unknown[][];
    this.checkShape(data);
    this.writeLayer('numberFormats', (r, c) => {
      const f = data[r]![c];
      return f === '' || f === null || f === undefined ? null : String(f);
    });
    return this._self;
  }

  /** Sets one per-cell layer (formats, styles, notes) over the range. */
  protected writeLayer<K extends 'numberFormats' | 'notes' | 'styles' | 'validations'>(
    layer: K,
    valueAt: (r: number, c: number, old: SheetState[K][number] extends Array<infer T> | null ? T | null : never) => unknown,
  ): void {
    const ss = this.ss;
    const sheet = this.sheet;
    this.beginWrite(ss, sheet);
    const grid = sheet[layer] as Array<Array<unknown> | null>;
    const { row, column, numRows, numColumns } = this._rect;
    for (let r = 0; r < numRows; r++) {
      for (let c = 0; c < numColumns; c++) {
        const old = (grid[row + r - 1]?.[column + c - 1] ?? null) as never;
        setIn(grid, row + r, column + c, valueAt(r, c, old) ?? null);
      }
    }
  }
}

/**
 * Moves the relative A1 references of a formula by `rows` and `columns` (absolute parts marked
 * with $ stay); text inside string literals is left alone.
 */
export function shiftReferences(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(^|[^A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g, (_m, pre: string, colAbs: string, col: string, rowAbs: string, row: string) => {
            const column = colAbs ? col.toUpperCase() : columnLetters(columnNumber(col) + columns);
            const line = rowAbs ? row : String(Number(row) + rows);
            return `${pre}${colAbs}${column}${rowAbs}${line}`;
          }),
    )
    .join('');
}
