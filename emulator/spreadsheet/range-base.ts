/**
 * Range (reference/spreadsheet/range), part 1: coordinates, navigation and the helpers every
 * Range method shares. A Range holds only ids and coordinates; its sheet is looked up per call.
 */
import type { Emulator } from '../core/emulator';
import type { Emulates } from '../core/emulates';
import { ServiceError } from '../core/errors';
import { rectA1 } from './a1';
import { makeSheet, type RangeView } from './factories';
import { sheetState, spreadsheetState } from './lookup';
import { checkArgs, type Viewable } from './policy';
import { assertEditable } from './protection';
import { rangeMetadata } from './metadata';
import { Direction, nextDataCell } from './navigation';
import type { Rect, SheetState, SpreadsheetState } from './state';

/** reference/spreadsheet/sheet#getrangerow,-column,-numrows,-numcolumns: the argument checks. */
export function checkCoordinates(sheet: SheetState, row: number, column: number, numRows: number, numColumns: number): Rect {
  if (!(row >= 1)) throw new ServiceError('The starting row of the range is too small.');
  if (!(column >= 1)) throw new ServiceError('The starting column of the range is too small.');
  if (!(numRows >= 1)) throw new ServiceError('The number of rows in the range must be at least 1.');
  if (!(numColumns >= 1)) throw new ServiceError('The number of columns in the range must be at least 1.');
  const rect = { row: Math.trunc(row), column: Math.trunc(column), numRows: Math.trunc(numRows), numColumns: Math.trunc(numColumns) };
  if (rect.row + rect.numRows - 1 > sheet.maxRows || rect.column + rect.numColumns - 1 > sheet.maxColumns) {
    throw new ServiceError('The coordinates of the range are outside the dimensions of the sheet.');
  }
  return rect;
}

export class RangeBase implements Viewable, RangeView, Emulates<GoogleAppsScript.Spreadsheet.Range, 'activate' | 'addDeveloperMetadata' | 'getA1Notation' | 'getCell' | 'getColumn' | 'getGridId' | 'getHeight' | 'getLastColumn' | 'getLastRow' | 'getNextDataCell' | 'getNumColumns' | 'getNumRows' | 'getRow' | 'getRowIndex' | 'getSheet' | 'getWidth' | 'isEndColumnBounded' | 'isEndRowBounded' | 'isStartColumnBounded' | 'isStartRowBounded' | 'offset'> {
  _self: unknown = null;
  readonly _kind = 'Range' as const;

  constructor(
    readonly _emulator: Emulator,
    readonly _ssId: string,
    readonly _sheetId: number,
    readonly _rect: Rect,
  ) {}

  protected get ss(): SpreadsheetState {
    return spreadsheetState(this._emulator, this._ssId);
  }

  protected get sheet(): SheetState {
    return sheetState(this.ss, this._sheetId);
  }

  protected get cellCount(): number {
    return this._rect.numRows * this._rect.numColumns;
  }

  /** Before any write: protections, and the count of written cells. */
  protected beginWrite(ss: SpreadsheetState, sheet: SheetState): void {
    assertEditable(this._emulator, ss, sheet, this._rect);
    this._emulator.cells.written += this.cellCount;
  }

  protected make(rect: Rect): unknown {
    return new (this.constructor as new (e: Emulator, s: string, id: number, r: Rect) => RangeBase)(this._emulator, this._ssId, this._sheetId, rect)._view();
  }

  /** Overridden by the final class to wrap itself. */
  _view(): unknown {
    return this;
  }

  /** A 2D array of the add-on's realm, filled cell by cell. */
  protected grid<T>(cell: (row: number, column: number) => T): T[][] {
    const { row, column, numRows, numColumns } = this._rect;
    const out = new Array<T[]>(numRows);
    for (let r = 0; r < numRows; r++) {
      const line = new Array<T>(numColumns);
      for (let c = 0; c < numColumns; c++) line[c] = cell(row + r, column + c);
      out[r] = line;
    }
    this._emulator.cells.read += this.cellCount;
    return this._emulator.realm.grid(out);
  }

  /** reference/spreadsheet/range#setvaluesvalues: the data must have the range's shape. */
  protected checkShape(data: unknown[][]): void {
    const { numRows, numColumns } = this._rect;
    if (data.length !== numRows) {
      throw new ServiceError(`The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${numRows}.`);
    }
    for (const line of data) {
      if (line.length !== numColumns) {
        throw new ServiceError(`The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${numColumns}.`);
      }
    }
  }

  getRow(): number {
    return this._rect.row;
  }
  getRowIndex(): number {
    return this._rect.row;
  }
  getColumn(): number {
    return this._rect.column;
  }
  getNumRows(): number {
    return this._rect.numRows;
  }
  getHeight(): number {
    return this._rect.numRows;
  }
  getNumColumns(): number {
    return this._rect.numColumns;
  }
  getWidth(): number {
    return this._rect.numColumns;
  }
  getLastRow(): number {
    return this._rect.row + this._rect.numRows - 1;
  }
  getLastColumn(): number {
    return this._rect.column + this._rect.numColumns - 1;
  }
  getA1Notation(): string {
    return rectA1(this._rect);
  }
  // range#isstartrowbounded & co.: whether the reference named that side ("B:D" names no rows).
  isStartRowBounded(): boolean {
    return !this._rect.open?.startRow;
  }
  isEndRowBounded(): boolean {
    return !this._rect.open?.endRow;
  }
  isStartColumnBounded(): boolean {
    return !this._rect.open?.startColumn;
  }
  isEndColumnBounded(): boolean {
    return !this._rect.open?.endColumn;
  }
  /** range#adddevelopermetadatakey: only whole rows or columns take metadata (not emulated here). */
  addDeveloperMetadata(): never {
    const open = this._rect.open;
    const whole = open !== undefined && ((open.startColumn && open.endColumn) || (open.startRow && open.endRow));
    return rangeMetadata(whole ? 'whole' : 'arbitrary');
  }
  getGridId(): number {
    return this._sheetId;
  }
  getSheet(): unknown {
    sheetState(this.ss, this._sheetId);
    return makeSheet(this._emulator, this._ssId, this._sheetId);
  }

  offset(rowOffset: unknown, columnOffset: unknown, numRows?: unknown, numColumns?: unknown): unknown {
    checkArgs('Range', 'offset', [rowOffset, columnOffset, numRows, numColumns], ['number', 'number'], ['number', 'number', 'number'], ['number', 'number', 'number', 'number']);
    const rect = checkCoordinates(
      this.sheet,
      this._rect.row + (rowOffset as number),
      this._rect.column + (columnOffset as number),
      (numRows as number | undefined) ?? this._rect.numRows,
      (numColumns as number | undefined) ?? this._rect.numColumns,
    );
    return this.make(rect);
  }

  /** range#getnextdatacelldirection: Ctrl+arrow from the range's first cell (navigation.ts). */
  getNextDataCell(direction: unknown): unknown {
    // Only SpreadsheetApp.Direction's values: a name as text is refused, the strict reading.
    const known = (Object.values(Direction) as unknown[]).includes(direction);
    const cell = known ? nextDataCell(this.sheet, this._rect.row, this._rect.column, String(direction)) : null;
    if (!cell) {
      checkArgs('Range', 'getNextDataCell', [direction], ['kind:Direction']);
      throw new ServiceError('Invalid argument: direction');
    }
    return this.make({ ...cell, numRows: 1, numColumns: 1 });
  }

  getCell(row: unknown, column: unknown): unknown {
    checkArgs('Range', 'getCell', [row, column], ['number', 'number']);
    const r = row as number;
    const c = column as number;
    if (!(r >= 1 && c >= 1 && r <= this._rect.numRows && c <= this._rect.numColumns)) throw new ServiceError('Cell reference out of range');
    return this.make({ row: this._rect.row + r - 1, column: this._rect.column + c - 1, numRows: 1, numColumns: 1 });
  }

  /** Makes this the user's selection (and its sheet the active one). */
  activate(): unknown {
    this.ss.selection[this._emulator.user] = { sheetId: this._sheetId, rect: { ...this._rect } };
    return this._self;
  }
}
