/**
 * Evaluates formulas on read (values are never cached in state, so a changed input shows at once,
 * as after SpreadsheetApp.flush). One Evaluator lives for one read call: it memoises results and
 * detects circular references, which Sheets reports as #REF!.
 */
import { ServiceError } from '../core/errors';
import { toRect } from './a1';
import { instantToSerial } from './dates';
import { parseFormula, FormulaParseError, type Node } from './formula-parse';
import { callFunction } from './formula-fns';
import { defaultDateFormat, defaultDateTimeFormat, formatGeneral, isDateFormat, localeSeparators } from './numfmt';
import type { CellValue, Rect, SheetState, SpreadsheetState } from './state';

export class FErr {
  constructor(readonly code: string) {}
}

export interface RangeRef {
  kind: 'range';
  sheet: SheetState;
  rect: Rect;
}

export type Scalar = number | string | boolean | null | FErr;
export type Value = Scalar | RangeRef;

export function isRange(v: Value): v is RangeRef {
  return typeof v === 'object' && v !== null && !(v instanceof FErr);
}

export interface Cell {
  sheet: SheetState;
  row: number;
  column: number;
}

const parsed = new Map<string, Node | null>();

function parseCached(text: string): Node | null {
  if (parsed.has(text)) return parsed.get(text) ?? null;
  let node: Node | null;
  try {
    node = parseFormula(text);
  } catch (e) {
    if (!(e instanceof FormulaParseError)) throw e;
    node = null;
  }
  if (parsed.size > 50_000) parsed.clear();
  parsed.set(text, node);
  return node;
}

export function formulaAt(sheet: SheetState, row: number, column: number): string | null {
  return sheet.formulas[row - 1]?.[column - 1] ?? null;
}

export function storedAt(sheet: SheetState, row: number, column: number): CellValue {
  return sheet.values[row - 1]?.[column - 1] ?? null;
}

export function formatAt(sheet: SheetState, row: number, column: number): string | null {
  return sheet.numberFormats[row - 1]?.[column - 1] ?? null;
}

export class Evaluator {
  private readonly memo = new Map<string, Scalar>();
  private readonly active = new Set<string>();

  constructor(
    readonly ss: SpreadsheetState,
    private readonly nowMs: number,
  ) {}

  /** Serial number of "now" in the spreadsheet's zone (TODAY/NOW). */
  nowSerial(): number {
    return instantToSerial(this.ss.timeZone, this.nowMs);
  }

  /** A cell's value: its stored value, or its formula's result. */
  cellValue(sheet: SheetState, row: number, column: number): Scalar {
    const formula = formulaAt(sheet, row, column);
    if (formula === null) return storedAt(sheet, row, column);
    const key = `${sheet.sheetId}:${row}:${column}`;
    const hit = this.memo.get(key);
    if (hit !== undefined) return hit;
    // Circular dependency: Sheets shows #REF!.
    if (this.active.has(key)) return new FErr('#REF!');
    this.active.add(key);
    try {
      const result = this.evaluateFormula(formula, { sheet, row, column });
      this.memo.set(key, result);
      return result;
    } finally {
      this.active.delete(key);
    }
  }

  evaluateFormula(text: string, cell: Cell): Scalar {
    const node = parseCached(text);
    if (!node) return new FErr('#ERROR!');
    const v = this.eval(node, cell);
    if (!isRange(v)) return v;
    if (v.rect.numRows === 1 && v.rect.numColumns === 1) return this.cellValue(v.sheet, v.rect.row, v.rect.column);
    throw new ServiceError('Array formula evaluation is not emulated');
  }

  resolveRef(node: Extract<Node, { t: 'ref' }>, cell: Cell): RangeRef | FErr {
    const sheet = node.ref.sheetName === null ? cell.sheet : this.ss.sheets.find((s) => s.name === node.ref.sheetName);
    if (!sheet) return new FErr('#REF!');
    const rect = toRect(node.ref, sheet.maxRows, sheet.maxColumns);
    if (rect.row + rect.numRows - 1 > sheet.maxRows || rect.column + rect.numColumns - 1 > sheet.maxColumns) return new FErr('#REF!');
    return { kind: 'range', sheet, rect };
  }

  eval(node: Node, cell: Cell): Value {
    switch (node.t) {
      case 'num':
      case 'str':
      case 'bool':
        return node.v;
      case 'err':
        return new FErr(node.v);
      case 'blank':
        return null;
      case 'ref':
        return this.resolveRef(node, cell);
      case 'name': {
        const named = this.ss.namedRanges.find((n) => n.name.toLowerCase() === node.name.toLowerCase());
        const sheet = named && this.ss.sheets.find((s) => s.sheetId === named.sheetId);
        return named && sheet ? { kind: 'range', sheet, rect: named.rect } : new FErr('#NAME?');
      }
      case 'call':
        return callFunction(node.fn, node.args, this, cell);
      case 'un': {
        const v = this.num(this.eval(node.e, cell), cell);
        if (v instanceof FErr) return v;
        return node.op === '-' ? -v : v;
      }
      case 'pct': {
        const v = this.num(this.eval(node.e, cell), cell);
        return v instanceof FErr ? v : v / 100;
      }
      case 'bin':
        return this.binary(node.op, this.scalar(this.eval(node.l, cell), cell), this.scalar(this.eval(node.r, cell), cell));
    }
  }

  /** A value used where one value is expected: a one-cell range gives its cell, else #VALUE!. */
  scalar(v: Value, _cell: Cell): Scalar {
    if (!isRange(v)) return v;
    if (v.rect.numRows === 1 && v.rect.numColumns === 1) return this.cellValue(v.sheet, v.rect.row, v.rect.column);
    return new FErr('#VALUE!');
  }

  num(v: Value, cell: Cell): number | FErr {
    return toNumber(this.scalar(v, cell));
  }

  text(v: Value, cell: Cell): string | FErr {
    const s = this.scalar(v, cell);
    if (s instanceof FErr) return s;
    return toText(s, this.ss.locale);
  }

  /** Every cell of a range, row by row. */
  *cells(range: RangeRef): Generator<Scalar> {
    const { sheet, rect } = range;
    for (let r = rect.row; r < rect.row + rect.numRows; r++) {
      const values = sheet.values[r - 1];
      const formulas = sheet.formulas[r - 1];
      for (let c = rect.column; c < rect.column + rect.numColumns; c++) {
        if (formulas?.[c - 1]) yield this.cellValue(sheet, r, c);
        else yield values?.[c - 1] ?? null;
      }
    }
  }

  private binary(op: string, l: Scalar, r: Scalar): Scalar {
    if (l instanceof FErr) return l;
    if (r instanceof FErr) return r;
    if (op === '&') return toText(l, this.ss.locale) + toText(r, this.ss.locale);
    if (['=', '<>', '<', '>', '<=', '>='].includes(op)) return compareOp(op, l, r);
    const a = toNumber(l);
    const b = toNumber(r);
    if (a instanceof FErr) return a;
    if (b instanceof FErr) return b;
    if (op === '+') return a + b;
    if (op === '-') return a - b;
    if (op === '*') return a * b;
    if (op === '^') return a ** b;
    if (b === 0) return new FErr('#DIV/0!');
    return a / b;
  }

  /** The number format a formula's result takes when its cell has none (TODAY() shows a date). */
  inferFormat(node: Node | null, cell: Cell, depth = 0): string | null {
    if (!node || depth > 20) return null;
    const loc = this.ss.locale;
    if (node.t === 'call') {
      if (node.fn === 'TODAY') return defaultDateFormat(loc);
      if (node.fn === 'NOW') return defaultDateTimeFormat(loc);
      if (['IF', 'MIN', 'MAX'].includes(node.fn)) {
        const args = node.fn === 'IF' ? node.args.slice(1) : node.args;
        for (const a of args) {
          const f = this.inferFormat(a, cell, depth + 1);
          if (f) return f;
        }
      }
      return null;
    }
    if (node.t === 'ref') {
      const ref = this.resolveRef(node, cell);
      if (ref instanceof FErr || ref.rect.numRows !== 1 || ref.rect.numColumns !== 1) return null;
      return this.cellFormat(ref.sheet, ref.rect.row, ref.rect.column, depth + 1);
    }
    if (node.t === 'bin' && (node.op === '+' || node.op === '-')) {
      const l = this.inferFormat(node.l, cell, depth + 1);
      const r = this.inferFormat(node.r, cell, depth + 1);
      // date ± days is a date; date − date is a number of days.
      if (node.op === '-') return l && !r ? l : null;
      return l ?? r;
    }
    return null;
  }

  /** A cell's effective date format: its own, or the one its formula infers. */
  cellFormat(sheet: SheetState, row: number, column: number, depth = 0): string | null {
    const own = formatAt(sheet, row, column);
    if (own) return isDateFormat(own) ? own : null;
    const formula = formulaAt(sheet, row, column);
    if (!formula) return null;
    return this.inferFormat(parseCached(formula), { sheet, row, column }, depth);
  }
}

export function toNumber(v: Scalar): number | FErr {
  if (v instanceof FErr) return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === null || v === '') return 0;
  const n = Number(v.trim());
  return v.trim() !== '' && Number.isFinite(n) ? n : new FErr('#VALUE!');
}

export function toText(v: Exclude<Scalar, FErr>, locale: string): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return formatGeneral(v, localeSeparators(locale));
  return v;
}

/** Sheets' comparison: numbers < text < booleans; text compares case-insensitively. */
export function compare(l: Exclude<Scalar, FErr>, r: Exclude<Scalar, FErr>): number {
  const rank = (v: Exclude<Scalar, FErr>) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  let a = l;
  let b = r;
  // A blank takes the other side's type: 0, "" or FALSE.
  if (a === null) a = b === null ? 0 : typeof b === 'number' ? 0 : typeof b === 'string' ? '' : false;
  if (b === null) b = typeof a === 'number' ? 0 : typeof a === 'string' ? '' : false;
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === 'string') {
    const x = a.toLowerCase();
    const y = (b as string).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}

function compareOp(op: string, l: Exclude<Scalar, FErr>, r: Exclude<Scalar, FErr>): boolean {
  const c = compare(l, r);
  if (op === '=') return c === 0;
  if (op === '<>') return c !== 0;
  if (op === '<') return c < 0;
  if (op === '>') return c > 0;
  if (op === '<=') return c <= 0;
  return c >= 0;
}
