/** Appending rows as one contiguous block after the last row (the repository encodes them). */
import type { RawCell } from './cells';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Appends after `lastRow` (the data range's height) in one setValues. */
export function appendRows(sheet: Sheet, lastRow: number, rows: RawCell[][]): number {
  if (rows.length === 0) return lastRow + 1;
  const width = Math.max(...rows.map((r) => r.length));
  const needed = lastRow + rows.length;
  if (sheet.getMaxRows() < needed) sheet.insertRowsAfter(sheet.getMaxRows(), needed - sheet.getMaxRows());
  sheet.getRange(lastRow + 1, 1, rows.length, width).setValues(rows.map((r) => (r.length < width ? [...r, ...new Array<RawCell>(width - r.length).fill('')] : r)));
  return lastRow + 1;
}
