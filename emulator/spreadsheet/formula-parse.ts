/**
 * Parser of the formula subset the emulator evaluates: numbers, strings, booleans, cell and range
 * references (also on other sheets), named ranges, function calls, unary +/-, %, ^, * /, + -, &
 * and comparisons, with Sheets' precedence. A text that does not parse is a formula parse error,
 * which Sheets shows as "#ERROR!".
 */
import { parseA1, type ParsedA1 } from './a1';

export type Node =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'err'; v: string }
  | { t: 'blank' }
  | { t: 'ref'; ref: ParsedA1 }
  | { t: 'name'; name: string }
  | { t: 'call'; fn: string; args: Node[] }
  | { t: 'un'; op: string; e: Node }
  | { t: 'pct'; e: Node }
  | { t: 'bin'; op: string; l: Node; r: Node };

export class FormulaParseError extends Error {}

type Token = { k: 'num'; v: number } | { k: 'str'; v: string } | { k: 'ref'; v: ParsedA1 } | { k: 'id'; v: string } | { k: 'op'; v: string } | { k: 'err'; v: string };

// A reference, optionally sheet-qualified: A1, $A$1:B2, A:B, 2:5, A2:B, Sheet!A1, 'Лист 1'!A1.
const REF =
  /^(?:('(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d*)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)(?![\p{L}\p{N}_.(!])/u;
const ERRORS = ['#DIV/0!', '#N/A', '#NAME?', '#NULL!', '#NUM!', '#REF!', '#VALUE!', '#ERROR!'];

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const rest = src.slice(i);
    const err = ERRORS.find((e) => rest.toUpperCase().startsWith(e));
    if (err) {
      out.push({ k: 'err', v: err });
      i += err.length;
      continue;
    }
    const ref = REF.exec(rest);
    if (ref && !(out.length > 0 && out[out.length - 1]!.k === 'num')) {
      const parsed = parseA1(ref[0].replace(/\$/g, ''));
      if (parsed) {
        out.push({ k: 'ref', v: parsed });
        i += ref[0].length;
        continue;
      }
    }
    const num = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(rest);
    if (num) {
      out.push({ k: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= src.length) throw new FormulaParseError('unterminated string');
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            text += '"';
            j += 2;
            continue;
          }
          break;
        }
        text += src[j++];
      }
      out.push({ k: 'str', v: text });
      i = j + 1;
      continue;
    }
    const id = /^[\p{L}_][\p{L}\p{N}_.]*/u.exec(rest);
    if (id) {
      out.push({ k: 'id', v: id[0] });
      i += id[0].length;
      continue;
    }
    const op = /^(<>|<=|>=|[-+*/^&=<>(),;%])/.exec(rest);
    if (!op) throw new FormulaParseError(`unexpected ${ch}`);
    out.push({ k: 'op', v: op[0] });
    i += op[0].length;
  }
  return out;
}

/** Parses a formula's text (with or without its leading "="). */
export function parseFormula(text: string): Node {
  const src = text.startsWith('=') ? text.slice(1) : text;
  const tokens = tokenize(src);
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (v: string) => {
    const t = tokens[pos];
    return t !== undefined && t.k === 'op' && t.v === v;
  };
  const expectOp = (v: string) => {
    if (!isOp(v)) throw new FormulaParseError(`expected ${v}`);
    pos++;
  };
  const binary = (next: () => Node, ops: string[]) => (): Node => {
    let l = next();
    for (;;) {
      const t = peek();
      if (!t || t.k !== 'op' || !ops.includes(t.v)) return l;
      pos++;
      l = { t: 'bin', op: t.v, l, r: next() };
    }
  };
  const primary = (): Node => {
    const t = tokens[pos++];
    if (!t) throw new FormulaParseError('unexpected end');
    if (t.k === 'num') return { t: 'num', v: t.v };
    if (t.k === 'str') return { t: 'str', v: t.v };
    if (t.k === 'err') return { t: 'err', v: t.v };
    if (t.k === 'ref') return { t: 'ref', ref: t.v };
    if (t.k === 'id') {
      if (isOp('(')) {
        pos++;
        const args: Node[] = [];
        if (isOp(')')) {
          pos++;
          return { t: 'call', fn: t.v.toUpperCase(), args };
        }
        for (;;) {
          // An empty argument (IF(A1,,1)) is a blank.
          if (isOp(',') || isOp(';') || isOp(')')) args.push({ t: 'blank' });
          else args.push(comparison());
          if (isOp(',') || isOp(';')) {
            pos++;
            continue;
          }
          expectOp(')');
          return { t: 'call', fn: t.v.toUpperCase(), args };
        }
      }
      const upper = t.v.toUpperCase();
      if (upper === 'TRUE' || upper === 'FALSE') return { t: 'bool', v: upper === 'TRUE' };
      return { t: 'name', name: t.v };
    }
    if (t.v === '(') {
      const inner = comparison();
      expectOp(')');
      return inner;
    }
    throw new FormulaParseError(`unexpected ${t.v}`);
  };
  const postfix = (): Node => {
    let e = primary();
    while (isOp('%')) {
      pos++;
      e = { t: 'pct', e };
    }
    return e;
  };
  const unary = (): Node => {
    if (isOp('-') || isOp('+')) {
      const op = (tokens[pos++] as { v: string }).v;
      return { t: 'un', op, e: unary() };
    }
    return postfix();
  };
  const power = binary(unary, ['^']);
  const multiplicative = binary(power, ['*', '/']);
  const additive = binary(multiplicative, ['+', '-']);
  const concat = binary(additive, ['&']);
  const comparison = binary(concat, ['=', '<>', '<', '>', '<=', '>=']);
  if (tokens.length === 0) throw new FormulaParseError('empty formula');
  const node = comparison();
  if (pos < tokens.length) throw new FormulaParseError('trailing input');
  return node;
}
