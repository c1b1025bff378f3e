/**
 * Writing records: encoded by column kind (dates as real dates, text neutralised against
 * formulas), placed by header position, appended as one contiguous block after the last row.
 */
import { encodeCell, type RawCell } from './cells';
import type { TabSpec } from './columns';
import type { Zone } from '../domain/local-date';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** One sheet row for a record; columns the add-on does not know stay blank. */
export function encodeRow(spec: TabSpec, positions: ReadonlyMap<string, number>, width: number, values: Record<string, unknown>, zone: Zone): RawCell[] {
  const row = new Array<RawCell>(width).fill('');
  for (const column of spec.columns) {
    const index = positions.get(column.key);
    if (index !== undefined && column.key in values) row[index] = encodeCell(column.kind, values[column.key], zone);
  }
  return row;
}

/** Appends after `lastRow` (the data range's height) in one setValues. */
export function appendRows(sheet: Sheet, lastRow: number, rows: RawCell[][]): number {
  if (rows.length === 0) return lastRow + 1;
  const width = Math.max(...rows.map((r) => r.length));
  const needed = lastRow + rows.length;
  if (sheet.getMaxRows() < needed) sheet.insertRowsAfter(sheet.getMaxRows(), needed - sheet.getMaxRows());
  sheet.getRange(lastRow + 1, 1, rows.length, width).setValues(rows.map((r) => (r.length < width ? [...r, ...new Array<RawCell>(width - r.length).fill('')] : r)));
  return lastRow + 1;
}
