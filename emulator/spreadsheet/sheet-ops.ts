/** Sheet-level operations shared by Sheet and Spreadsheet: names, new sheets, appendRow. */
import type { Emulator } from '../core/emulator';
import { ServiceError } from '../core/errors';
import { RangeImpl } from './range';
import { checkCellLimit, DEFAULT_COLUMNS, DEFAULT_ROWS, lastRow, MAX_COLUMNS, newSheet } from './model';
import type { SheetState, SpreadsheetState } from './state';

/** What a new sheet is called in the spreadsheet's locale: "Лист1" in ru_RU, "Sheet1" elsewhere. */
export function sheetBaseName(locale: string): string {
  if (locale.startsWith('ru')) return 'Лист';
  if (locale.startsWith('uk')) return 'Аркуш';
  if (locale.startsWith('de')) return 'Tabellenblatt';
  return 'Sheet';
}

export function nextSheetName(ss: SpreadsheetState): string {
  const base = sheetBaseName(ss.locale);
  for (let n = ss.sheets.length + 1; ; n++) {
    const name = `${base}${n}`;
    if (!ss.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) return name;
  }
}

/** Sheet names are unique, case-insensitively, and not empty. */
export function assertSheetName(ss: SpreadsheetState, name: string): void {
  if (name.trim() === '') throw new ServiceError('Invalid argument: sheetName');
  if (name.length > 100) throw new ServiceError('The sheet name cannot be longer than 100 characters.');
  if (ss.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
    throw new ServiceError(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }
}

export function addSheet(ss: SpreadsheetState, name: string | null, index: number | null): SheetState {
  const sheetName = name ?? nextSheetName(ss);
  assertSheetName(ss, sheetName);
  checkCellLimit(ss, DEFAULT_ROWS * DEFAULT_COLUMNS);
  const sheet = newSheet(sheetName, ss.nextSheetId);
  // Sheet ids after the first look random in Sheets; a fixed stride keeps them deterministic.
  ss.nextSheetId = ss.nextSheetId === 0 ? 1_403_519_327 : ss.nextSheetId + 97_531;
  const at = index === null ? ss.sheets.length : Math.max(0, Math.min(ss.sheets.length, index));
  ss.sheets.splice(at, 0, sheet);
  return sheet;
}

/**
 * reference/spreadsheet/sheet#appendrowrowcontents: writes after the last row with content,
 * growing the sheet when that row does not exist, and reading strings as typed text.
 */
export function appendRowTo(emulator: Emulator, ss: SpreadsheetState, sheet: SheetState, row: unknown[]): void {
  if (row.length === 0) throw new ServiceError('The parameters () don\'t match the method signature for SpreadsheetApp.Sheet.appendRow.');
  const target = lastRow(sheet) + 1;
  const extraRows = Math.max(0, target - sheet.maxRows);
  const extraColumns = Math.max(0, row.length - sheet.maxColumns);
  if (extraColumns > 0 && sheet.maxColumns + extraColumns > MAX_COLUMNS) throw new ServiceError(`This action would increase the number of columns in the sheet above the limit of ${MAX_COLUMNS}.`);
  checkCellLimit(ss, extraRows * (sheet.maxColumns + extraColumns) + extraColumns * sheet.maxRows);
  sheet.maxRows += extraRows;
  sheet.maxColumns += extraColumns;
  new RangeImpl(emulator, ss.id, sheet.sheetId, { row: target, column: 1, numRows: 1, numColumns: row.length })._writeRow(row);
}
