/** A1 notation: column letters, "A1:C3", "A:B", "2:5", "'Лист 1'!A1:B2". */
import type { Rect } from './state';

export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface ParsedA1 {
  sheetName: string | null;
  /** Bounds with null for an open side ("A:B" has no rows, "A2:B" no last row). */
  startRow: number | null;
  startColumn: number | null;
  endRow: number | null;
  endColumn: number | null;
}

const CELL = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/** Splits "Sheet!A1:B2" / "'It''s'!A1" into the sheet name and the reference. */
export function splitSheet(a1: string): { sheetName: string | null; ref: string } {
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(a1);
  if (quoted) return { sheetName: quoted[1]!.replace(/''/g, "'"), ref: quoted[2]! };
  const bang = a1.lastIndexOf('!');
  if (bang > 0) return { sheetName: a1.slice(0, bang), ref: a1.slice(bang + 1) };
  return { sheetName: null, ref: a1 };
}

/**
 * R1C1 notation, which reference/spreadsheet/sheet#getrangea1notation also accepts ("The range to
 * return, as specified in A1 notation or R1C1 notation"): absolute "R2C3" and "R1C1:R4C5" only;
 * relative forms (R[1]C[-1]) have no meaning without a current cell and are refused.
 */
const R1C1 = /^R(\d+)C(\d+)(?::R(\d+)C(\d+))?$/i;

/** Parses an A1 (or absolute R1C1) reference; null when it is not one (the caller throws "Range not found"). */
export function parseA1(a1: string): ParsedA1 | null {
  const { sheetName, ref } = splitSheet(a1.trim());
  const rc = R1C1.exec(ref);
  if (rc) {
    const [r1, c1, r2 = r1, c2 = c1] = rc.slice(1).filter((x) => x !== undefined).map(Number) as number[];
    if (!r1 || !c1 || !r2 || !c2) return null;
    return { sheetName, startRow: Math.min(r1, r2), startColumn: Math.min(c1, c2), endRow: Math.max(r1, r2), endColumn: Math.max(c1, c2) };
  }
  const parts = ref.split(':');
  if (parts.length > 2 || parts.some((p) => p === '')) return null;
  const ends = parts.map((p) => CELL.exec(p));
  if (ends.some((m) => !m || (m[1] === '' && m[2] === ''))) return null;
  const [a, b] = ends as RegExpExecArray[];
  const col = (m: RegExpExecArray) => (m[1] ? columnNumber(m[1]) : null);
  const row = (m: RegExpExecArray) => (m[2] ? Number(m[2]) : null);
  if (!b) {
    // A single reference must be a cell: "A" or "5" alone is not a range.
    if (!a![1] || !a![2]) return null;
    return { sheetName, startRow: row(a!), startColumn: col(a!), endRow: row(a!), endColumn: col(a!) };
  }
  const r1 = row(a!);
  const r2 = row(b);
  const c1 = col(a!);
  const c2 = col(b);
  if (r1 === 0 || r2 === 0) return null;
  // Columns: both or neither ("2:5" = whole rows).
  if ((c1 === null) !== (c2 === null)) return null;
  // Rows: both, neither ("A:B"), or only the first ("A2:B" runs to the last row).
  if (r1 === null && r2 !== null) return null;
  return {
    sheetName,
    startRow: r1 === null ? null : r2 === null ? r1 : Math.min(r1, r2),
    startColumn: c1 === null || c2 === null ? null : Math.min(c1, c2),
    endRow: r1 === null || r2 === null ? null : Math.max(r1, r2),
    endColumn: c1 === null || c2 === null ? null : Math.max(c1, c2),
  };
}

/**
 * Resolves open sides against the sheet's size. A reference with an open side keeps which sides
 * were given (`open`), so getA1Notation gives "5:7" and "D:F" back and isStartRowBounded & co.
 * answer as in gas-fakes test/testsheetsdeveloper.js (run against live Apps Script).
 */
export function toRect(p: ParsedA1, maxRows: number, maxColumns: number): Rect {
  const row = p.startRow ?? 1;
  const column = p.startColumn ?? 1;
  const endRow = p.endRow ?? maxRows;
  const endColumn = p.endColumn ?? maxColumns;
  const rect: Rect = { row, column, numRows: endRow - row + 1, numColumns: endColumn - column + 1 };
  const open = { startRow: p.startRow === null, endRow: p.endRow === null, startColumn: p.startColumn === null, endColumn: p.endColumn === null };
  if (open.startRow || open.endRow || open.startColumn || open.endColumn) rect.open = open;
  return rect;
}

export function cellA1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** A1 notation of a rect, as Range.getA1Notation gives it ("A1:C3", a single cell "B2", "5:7", "D:F", "A2:B"). */
export function rectA1(rect: Rect): string {
  const open = rect.open;
  const lastRow = rect.row + rect.numRows - 1;
  const lastColumn = rect.column + rect.numColumns - 1;
  if (open?.startColumn && open.endColumn && !open.startRow) return `${rect.row}:${lastRow}`;
  if (open?.startRow && open.endRow) return `${columnLetters(rect.column)}:${columnLetters(lastColumn)}`;
  if (open?.endRow) return `${cellA1(rect.row, rect.column)}:${columnLetters(lastColumn)}`;
  const start = cellA1(rect.row, rect.column);
  if (rect.numRows === 1 && rect.numColumns === 1) return start;
  return `${start}:${cellA1(rect.row + rect.numRows - 1, rect.column + rect.numColumns - 1)}`;
}

/** Quotes a sheet name for a reference when it is not a plain identifier. */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
