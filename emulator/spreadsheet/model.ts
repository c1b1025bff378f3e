/**
 * Operations on the plain spreadsheet state: cell layers, row/column insertion and deletion
 * (which shift everything that refers to positions), content bounds and the cell limit.
 */
import { ServiceError } from '../core/errors';
import type { CellValue, Grid, Rect, SheetState, SpreadsheetState } from './state';

export const LAYERS = ['values', 'formulas', 'numberFormats', 'styles', 'notes', 'validations'] as const;
export type Layer = (typeof LAYERS)[number];

/** guides/services/quotas (Sheets): a spreadsheet holds at most 10 million cells. */
export const CELL_LIMIT = 10_000_000;
export const MAX_COLUMNS = 18_278;
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

export function newSheet(name: string, sheetId: number, rows = DEFAULT_ROWS, columns = DEFAULT_COLUMNS): SheetState {
  return {
    sheetId,
    name,
    hidden: false,
    frozenRows: 0,
    frozenColumns: 0,
    maxRows: rows,
    maxColumns: columns,
    values: [],
    formulas: [],
    numberFormats: [],
    styles: [],
    notes: [],
    validations: [],
    validationRules: [],
    columnWidths: {},
    hiddenColumns: {},
    conditionalFormats: [],
  };
}

export function getIn<T>(grid: Grid<T>, row: number, column: number): T | null {
  return grid[row - 1]?.[column - 1] ?? null;
}

/** Sets one cell of a layer (1-based); setting null on an absent row allocates nothing. */
export function setIn<T>(grid: Grid<T>, row: number, column: number, value: T | null): void {
  let r = grid[row - 1];
  if (!r) {
    if (value === null) return;
    while (grid.length < row - 1) grid.push(null);
    r = [];
    grid[row - 1] = r;
  }
  if (value === null && r.length < column) return;
  while (r.length < column - 1) r.push(null);
  r[column - 1] = value;
}

/** Clears a rectangle of a layer. */
export function clearRect<T>(grid: Grid<T>, rect: Rect): void {
  const end = Math.min(grid.length, rect.row + rect.numRows - 1);
  for (let r = rect.row; r <= end; r++) {
    const row = grid[r - 1];
    if (!row) continue;
    const stop = Math.min(row.length, rect.column + rect.numColumns - 1);
    for (let c = rect.column; c <= stop; c++) row[c - 1] = null;
  }
}

function hasContent(values: Array<CellValue> | null | undefined, formulas: Array<string | null> | null | undefined, column?: number): boolean {
  if (column !== undefined) return (values?.[column - 1] ?? null) !== null || (formulas?.[column - 1] ?? null) !== null;
  return (values?.some((v) => v !== null && v !== undefined) ?? false) || (formulas?.some((f) => f !== null && f !== undefined) ?? false);
}

/** The last row holding a value or a formula (formats do not count), 0 when empty. */
export function lastRow(sheet: SheetState): number {
  for (let r = Math.max(sheet.values.length, sheet.formulas.length); r >= 1; r--) {
    if (hasContent(sheet.values[r - 1], sheet.formulas[r - 1])) return r;
  }
  return 0;
}

export function lastColumn(sheet: SheetState): number {
  let last = 0;
  const rows = Math.max(sheet.values.length, sheet.formulas.length);
  for (let r = 0; r < rows; r++) {
    for (const row of [sheet.values[r], sheet.formulas[r]]) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        if (row[c - 1] !== null && row[c - 1] !== undefined) {
          last = c;
          break;
        }
      }
    }
  }
  return last;
}

export function totalCells(ss: SpreadsheetState, except?: SheetState): number {
  return ss.sheets.reduce((n, s) => n + (s === except ? 0 : s.maxRows * s.maxColumns), 0);
}

/** guides/services/quotas: the 10-million-cell limit, with Sheets' message. */
export function checkCellLimit(ss: SpreadsheetState, extra: number): void {
  if (totalCells(ss) + extra > CELL_LIMIT) {
    throw new ServiceError(`This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`);
  }
}

/**
 * Moves a rect for rows/columns inserted (count > 0) or deleted (count < 0) at `at` (1-based).
 * Returns null when a deletion removes the whole rect.
 */
export function shiftRect(rect: Rect, axis: 'row' | 'column', at: number, count: number): Rect | null {
  const startKey = axis === 'row' ? 'row' : 'column';
  const sizeKey = axis === 'row' ? 'numRows' : 'numColumns';
  const start = rect[startKey];
  const end = start + rect[sizeKey] - 1;
  const out = { ...rect };
  if (count > 0) {
    if (start >= at) out[startKey] = start + count;
    else if (end >= at) out[sizeKey] += count;
    return out;
  }
  const delStart = at;
  const delEnd = at - count - 1;
  const overlap = Math.max(0, Math.min(end, delEnd) - Math.max(start, delStart) + 1);
  if (overlap === rect[sizeKey]) return null;
  out[sizeKey] -= overlap;
  if (start > delEnd) out[startKey] = start + count;
  else if (start >= delStart) out[startKey] = delStart;
  return out;
}

function spliceRows<T>(grid: Grid<T>, at: number, count: number): void {
  if (grid.length < at) return;
  if (count > 0) grid.splice(at - 1, 0, ...new Array<null>(count).fill(null));
  else grid.splice(at - 1, -count);
}

function spliceColumns<T>(grid: Grid<T>, at: number, count: number): void {
  for (const row of grid) {
    if (!row || row.length < at) continue;
    if (count > 0) row.splice(at - 1, 0, ...new Array<null>(count).fill(null));
    else row.splice(at - 1, -count);
  }
}

/** Per-column settings keyed by 1-based column, moved by an insert (count > 0) or delete. */
function shiftKeys<T>(byColumn: Record<string, T>, at: number, count: number): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(byColumn)) {
    const c = Number(key);
    if (c < at) out[key] = value;
    else if (count > 0) out[String(c + count)] = value;
    else if (c > at - count - 1) out[String(c + count)] = value;
  }
  return out;
}

/** Inserts (count > 0) or deletes (count < 0) rows or columns at `at` and shifts references. */
export function shiftSheet(ss: SpreadsheetState, sheet: SheetState, axis: 'row' | 'column', at: number, count: number): void {
  for (const layer of LAYERS) {
    const grid = sheet[layer] as Grid<unknown>;
    if (axis === 'row') spliceRows(grid, at, count);
    else spliceColumns(grid, at, count);
  }
  if (axis === 'row') {
    sheet.maxRows += count;
  } else {
    sheet.maxColumns += count;
    sheet.columnWidths = shiftKeys(sheet.columnWidths, at, count);
    sheet.hiddenColumns = shiftKeys(sheet.hiddenColumns ?? {}, at, count);
  }
  const move = (rect: Rect) => shiftRect(rect, axis, at, count);
  // A merge keeps its cells together: rows inserted inside it widen it, deleting its rows shrinks it.
  if (sheet.merges) sheet.merges = sheet.merges.map(move).filter((r): r is Rect => r !== null && r.numRows * r.numColumns > 1);
  ss.protections = ss.protections.filter((p) => {
    if (p.sheetId !== sheet.sheetId) return true;
    p.unprotected = p.unprotected.map(move).filter((r): r is Rect => r !== null);
    if (!p.rect) return true;
    const moved = move(p.rect);
    if (moved) p.rect = moved;
    return moved !== null;
  });
  ss.namedRanges = ss.namedRanges.filter((n) => {
    if (n.sheetId !== sheet.sheetId) return true;
    const moved = move(n.rect);
    if (moved) n.rect = moved;
    return moved !== null;
  });
  for (const s of ss.sheets) {
    for (const rule of s.conditionalFormats) {
      rule.ranges = rule.ranges.flatMap((r) => {
        if (r.sheetId !== sheet.sheetId) return [r];
        const moved = move(r.rect);
        return moved ? [{ sheetId: r.sheetId, rect: moved }] : [];
      });
    }
  }
}
