/**
 * Constructors of the views that refer to each other (a Range gives its Sheet, a Sheet its
 * Spreadsheet, a Protection its Range). Each module registers its own on load, which keeps the
 * modules free of import cycles.
 */
import type { Emulator } from '../core/emulator';
import type { Rect } from './state';

export interface RangeView {
  readonly _kind: 'Range';
  readonly _ssId: string;
  readonly _sheetId: number;
  readonly _rect: Rect;
}

export interface SheetView {
  readonly _kind: 'Sheet';
  readonly _ssId: string;
  readonly _sheetId: number;
}

export interface SpreadsheetView {
  readonly _kind: 'Spreadsheet';
  readonly _ssId: string;
}

interface Factories {
  range?: (emulator: Emulator, ssId: string, sheetId: number, rect: Rect) => RangeView;
  sheet?: (emulator: Emulator, ssId: string, sheetId: number) => SheetView;
  spreadsheet?: (emulator: Emulator, ssId: string) => SpreadsheetView;
}

export const factories: Factories = {};

export function makeRange(emulator: Emulator, ssId: string, sheetId: number, rect: Rect): RangeView {
  return factories.range!(emulator, ssId, sheetId, { ...rect });
}

export function makeSheet(emulator: Emulator, ssId: string, sheetId: number): SheetView {
  return factories.sheet!(emulator, ssId, sheetId);
}

export function makeSpreadsheet(emulator: Emulator, ssId: string): SpreadsheetView {
  return factories.spreadsheet!(emulator, ssId);
}
