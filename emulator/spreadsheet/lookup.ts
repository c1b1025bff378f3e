/** Finding state behind a view; views hold ids only and look their data up on every call. */
import type { Emulator } from '../core/emulator';
import { ServiceError } from '../core/errors';
import type { Rect, SheetState, SpreadsheetState } from './state';

export function spreadsheetState(emulator: Emulator, id: string): SpreadsheetState {
  const ss = emulator.state.spreadsheets[id];
  if (!ss) throw new ServiceError('Document is missing (perhaps it was deleted, or you don\'t have read access?)');
  return ss;
}

export function sheetState(ss: SpreadsheetState, sheetId: number): SheetState {
  const sheet = ss.sheets.find((s) => s.sheetId === sheetId);
  // The sheet was deleted while a view of it was still held.
  if (!sheet) throw new ServiceError(`The sheet with id ${sheetId} no longer exists.`);
  return sheet;
}

export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row <= b.row + b.numRows - 1 &&
    b.row <= a.row + a.numRows - 1 &&
    a.column <= b.column + b.numColumns - 1 &&
    b.column <= a.column + a.numColumns - 1
  );
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}

export function wholeSheet(sheet: SheetState): Rect {
  return { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns };
}
