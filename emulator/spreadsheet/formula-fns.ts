/**
 * The functions the formula evaluator implements. A real Sheets function outside this set makes
 * the read throw "<NAME> formula evaluation is not emulated" instead of returning a guess; a name
 * that is no Sheets function at all is #NAME?, as in Sheets.
 */
import { ServiceError } from '../core/errors';
import { compare, FErr, isRange, toNumber, type Cell, type Evaluator, type Scalar, type Value } from './formula-eval';
import type { Node } from './formula-parse';

type Fn = (args: Node[], ev: Evaluator, cell: Cell) => Value;

/** Common Sheets functions that are NOT emulated (support.google.com/docs/table/25273). */
const KNOWN = new Set(
  `ABS ACOS ADDRESS ARRAYFORMULA ASIN ATAN AVERAGEIF AVERAGEIFS CEILING CHAR CHOOSE CLEAN CODE COLUMN COLUMNS
  CONCAT COUNTBLANK COUNTIFS COUNTUNIQUE DATE DATEDIF DATEVALUE DAY DAYS EDATE EOMONTH EXACT EXP FILTER FIND
  FLATTEN FLOOR GOOGLEFINANCE GOOGLETRANSLATE HLOOKUP HOUR IFERROR IFNA IFS IMAGE IMPORTDATA IMPORTHTML
  IMPORTRANGE IMPORTXML INDEX INDIRECT INT ISBLANK ISDATE ISERR ISERROR ISNA ISNUMBER ISTEXT JOIN LARGE LEFT
  LET LN LOG LOG10 LOOKUP MATCH MEDIAN MID MINUTE MOD MONTH NETWORKDAYS N NA ODD EVEN OFFSET PI POWER PRODUCT
  PROPER QUERY RAND RANDBETWEEN RANK REGEXEXTRACT REGEXMATCH REGEXREPLACE REPLACE REPT RIGHT ROUND ROUNDDOWN
  ROUNDUP ROWS SEARCH SECOND SEQUENCE SIGN SMALL SORT SPARKLINE SPLIT SQRT STDEV SUBSTITUTE SUBTOTAL SUMIF
  SUMIFS SUMPRODUCT SWITCH T TEXT TEXTJOIN TIME TIMEVALUE TO_DATE TRANSPOSE TRUNC UNIQUE VALUE VLOOKUP
  WEEKDAY WEEKNUM WORKDAY XLOOKUP XOR YEAR LAMBDA MAP BYROW BYCOL REDUCE MAKEARRAY ISOWEEKNUM DCOUNT`.split(/\s+/),
);

/** Flattens arguments into values; `fromRange` tells whether a value came out of a range. */
function* values(args: Node[], ev: Evaluator, cell: Cell): Generator<{ v: Scalar; fromRange: boolean }> {
  for (const a of args) {
    const v = ev.eval(a, cell);
    if (isRange(v)) for (const x of ev.cells(v)) yield { v: x, fromRange: true };
    else yield { v, fromRange: false };
  }
}

/** Numbers for SUM/AVERAGE/MIN/MAX: in ranges only numbers count; typed arguments are coerced. */
function numbers(args: Node[], ev: Evaluator, cell: Cell): number[] | FErr {
  const out: number[] = [];
  for (const { v, fromRange } of values(args, ev, cell)) {
    if (v instanceof FErr) return v;
    if (typeof v === 'number') out.push(v);
    else if (!fromRange && v !== null) {
      const n = toNumber(v);
      if (n instanceof FErr) return n;
      out.push(n);
    }
  }
  return out;
}

function truthy(v: Scalar): boolean | FErr {
  if (v instanceof FErr) return v;
  if (typeof v === 'string') {
    const u = v.toUpperCase();
    if (u === 'TRUE' || u === 'FALSE') return u === 'TRUE';
    return new FErr('#VALUE!');
  }
  return Boolean(v);
}

function logical(args: Node[], ev: Evaluator, cell: Cell, all: boolean): Scalar {
  let seen = false;
  for (const { v, fromRange } of values(args, ev, cell)) {
    if (fromRange && (v === null || typeof v === 'string')) continue;
    const b = truthy(v);
    if (b instanceof FErr) return b;
    seen = true;
    if (all && !b) return false;
    if (!all && b) return true;
  }
  return seen ? all : new FErr('#VALUE!');
}

function wildcard(pattern: string): RegExp {
  const body = pattern.replace(/~?[*?]|[.+^${}()|[\]\\]/g, (m) => (m === '*' ? '.*' : m === '?' ? '.' : m.startsWith('~') ? `\\${m[1]}` : `\\${m}`));
  return new RegExp(`^${body}$`, 'i');
}

/** COUNTIF's criterion: ">5", "<>x", "=a", "a*", or a plain value. */
function criterion(c: Scalar): (v: Scalar) => boolean {
  if (c instanceof FErr) return () => false;
  if (typeof c !== 'string') return (v) => !(v instanceof FErr) && v !== null && compare(v, c) === 0;
  const m = /^(<=|>=|<>|<|>|=)?(.*)$/s.exec(c)!;
  const op = m[1] ?? '=';
  const operand = m[2] ?? '';
  const asNumber = operand.trim() !== '' && Number.isFinite(Number(operand)) ? Number(operand) : null;
  const re = wildcard(operand);
  return (v) => {
    if (v instanceof FErr) return false;
    if (op === '=' || op === '<>') {
      let eq: boolean;
      if (operand === '') eq = v === null || v === '';
      else if (asNumber !== null && typeof v === 'number') eq = v === asNumber;
      else eq = typeof v === 'string' && re.test(v);
      return op === '=' ? eq : !eq;
    }
    if (v === null) return false;
    const target = asNumber ?? operand;
    if (typeof target === 'number' && typeof v !== 'number') return false;
    if (typeof target === 'string' && typeof v !== 'string') return false;
    const k = compare(v, target);
    return op === '<' ? k < 0 : op === '>' ? k > 0 : op === '<=' ? k <= 0 : k >= 0;
  };
}

function textFn(f: (s: string) => string): Fn {
  return (args, ev, cell) => {
    if (args.length !== 1) return new FErr('#N/A');
    const s = ev.text(ev.eval(args[0]!, cell), cell);
    return s instanceof FErr ? s : f(s);
  };
}

const FUNCTIONS: Record<string, Fn> = {
  SUM: (args, ev, cell) => {
    const ns = numbers(args, ev, cell);
    return ns instanceof FErr ? ns : ns.reduce((a, b) => a + b, 0);
  },
  AVERAGE: (args, ev, cell) => {
    const ns = numbers(args, ev, cell);
    if (ns instanceof FErr) return ns;
    return ns.length === 0 ? new FErr('#DIV/0!') : ns.reduce((a, b) => a + b, 0) / ns.length;
  },
  MIN: (args, ev, cell) => {
    const ns = numbers(args, ev, cell);
    return ns instanceof FErr ? ns : ns.length === 0 ? 0 : Math.min(...ns);
  },
  MAX: (args, ev, cell) => {
    const ns = numbers(args, ev, cell);
    return ns instanceof FErr ? ns : ns.length === 0 ? 0 : Math.max(...ns);
  },
  COUNT: (args, ev, cell) => {
    let n = 0;
    for (const { v, fromRange } of values(args, ev, cell)) {
      if (typeof v === 'number' || (!fromRange && typeof v === 'string' && !(toNumber(v) instanceof FErr))) n++;
    }
    return n;
  },
  COUNTA: (args, ev, cell) => {
    let n = 0;
    for (const { v, fromRange } of values(args, ev, cell)) if (!fromRange || (v !== null && v !== '')) n++;
    return n;
  },
  COUNTIF: (args, ev, cell) => {
    if (args.length !== 2) return new FErr('#N/A');
    const range = ev.eval(args[0]!, cell);
    const test = criterion(ev.scalar(ev.eval(args[1]!, cell), cell));
    if (!isRange(range)) return range instanceof FErr ? range : test(range) ? 1 : 0;
    let n = 0;
    for (const v of ev.cells(range)) if (test(v)) n++;
    return n;
  },
  IF: (args, ev, cell) => {
    if (args.length < 2 || args.length > 3) return new FErr('#N/A');
    const c = truthy(ev.scalar(ev.eval(args[0]!, cell), cell));
    if (c instanceof FErr) return c;
    const branch = c ? args[1]! : args[2];
    if (!branch) return false;
    return ev.eval(branch, cell);
  },
  AND: (args, ev, cell) => logical(args, ev, cell, true),
  OR: (args, ev, cell) => logical(args, ev, cell, false),
  NOT: (args, ev, cell) => {
    if (args.length !== 1) return new FErr('#N/A');
    const b = truthy(ev.scalar(ev.eval(args[0]!, cell), cell));
    return b instanceof FErr ? b : !b;
  },
  CONCATENATE: (args, ev, cell) => {
    let out = '';
    for (const { v } of values(args, ev, cell)) {
      if (v instanceof FErr) return v;
      out += ev.text(v, cell) as string;
    }
    return out;
  },
  // The cell's value is the label (support.google.com/docs/answer/3093313).
  HYPERLINK: (args, ev, cell) => {
    if (args.length < 1 || args.length > 2) return new FErr('#N/A');
    return ev.text(ev.eval(args[args.length - 1]!, cell), cell);
  },
  TODAY: (args, ev) => (args.length ? new FErr('#N/A') : Math.floor(ev.nowSerial())),
  NOW: (args, ev) => (args.length ? new FErr('#N/A') : ev.nowSerial()),
  ROW: (args, ev, cell) => {
    if (args.length === 0) return cell.row;
    const v = ev.eval(args[0]!, cell);
    return isRange(v) ? v.rect.row : v instanceof FErr ? v : new FErr('#VALUE!');
  },
  LEN: textFn((s) => String(s.length)),
  TRIM: textFn((s) => s.trim().replace(/ {2,}/g, ' ')),
  UPPER: textFn((s) => s.toUpperCase()),
  LOWER: textFn((s) => s.toLowerCase()),
};

export function callFunction(name: string, args: Node[], ev: Evaluator, cell: Cell): Value {
  const fn = FUNCTIONS[name];
  if (fn) {
    const v = fn(args, ev, cell);
    return name === 'LEN' && typeof v === 'string' ? Number(v) : v;
  }
  if (KNOWN.has(name)) throw new ServiceError(`${name} formula evaluation is not emulated`);
  return new FErr('#NAME?');
}
