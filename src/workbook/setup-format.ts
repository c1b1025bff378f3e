/**
 * How set-up dresses a tab: header style and notes, frozen and protected header, per-column number
 * formats, drop-downs and widths, hidden id columns. Each call covers a whole column, so the cost
 * does not grow with the number of rows.
 */
import { LIST_SEPARATOR, type ColumnSpec, type TabKey } from './columns';
import { TABS } from './tabs';
import type { Workbook } from './sheets';
import { RU } from '../text/ru';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER_BACKGROUND = '#e8f0fe';
export const HEADER_PROTECTION = 'Заголовки таблицы: не переименовывайте столбцы (дополнение находит их по названию).';

export function styleHeader(sheet: Sheet, width: number, present: ColumnSpec[], positions: Map<string, number>): void {
  const header = sheet.getRange(1, 1, 1, width);
  header.setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true);
  const notes = header.getNotes()[0]!.slice();
  for (const column of present) {
    const note = columnNote(column);
    if (note) notes[positions.get(column.key)!] = note;
  }
  header.setNotes([notes]);
  if (sheet.getFrozenRows() !== 1) sheet.setFrozenRows(1);
}

function columnNote(column: ColumnSpec): string {
  const parts = column.note ? [column.note] : [];
  if (column.kind.type === 'options') parts.push(RU.setup.severalOptions(LIST_SEPARATOR.trim(), column.kind.options.labels));
  if (column.kind.type === 'date') parts.push(RU.setup.dateHint);
  return parts.join('\n');
}

/** Where a column of a tab sits once set-up has planned every tab. */
export type PositionOf = (tab: TabKey, column: string) => number | undefined;

export function formatColumn(workbook: Workbook, sheet: Sheet, column: ColumnSpec, index: number, positionOf: PositionOf): void {
  const rows = Math.max(sheet.getMaxRows() - 1, 1);
  const cells = sheet.getRange(2, index, rows, 1);
  const format = numberFormat(column);
  if (format) cells.setNumberFormat(format);
  const rule = validationRule(workbook, column, positionOf);
  if (rule) cells.setDataValidation(rule);
  if (column.width) sheet.setColumnWidth(index, column.width);
  if (column.hidden) sheet.hideColumns(index);
}

function numberFormat(column: ColumnSpec): string | null {
  switch (column.kind.type) {
    case 'date':
      return 'dd.MM.yyyy';
    case 'datetime':
      return 'dd.MM.yyyy HH:mm';
    default:
      return null;
  }
}

/**
 * Drop-downs warn rather than reject (allowInvalid): a pasted or imported value is kept and the
 * data check names it, instead of Sheets refusing the paste and losing what was typed.
 */
function validationRule(workbook: Workbook, column: ColumnSpec, positionOf: PositionOf): GoogleAppsScript.Spreadsheet.DataValidation | null {
  const kind = column.kind;
  if (kind.type === 'option') {
    return SpreadsheetApp.newDataValidation().requireValueInList([...kind.options.labels], true).setAllowInvalid(true).setHelpText(RU.setup.pickFromList).build();
  }
  if (kind.type === 'date') {
    return SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(true).setHelpText(RU.setup.dateHint).build();
  }
  if (kind.type === 'label') {
    const target = refTarget(workbook, kind.of, positionOf);
    if (target) return SpreadsheetApp.newDataValidation().requireValueInRange(target, true).setAllowInvalid(true).setHelpText(RU.setup.pickFromList).build();
  }
  return null;
}

/** Columns holding the names a single reference picks from. */
const NAME_COLUMNS: Partial<Record<TabKey, string>> = { teachers: 'fullName', communities: 'name' };

/** The target tab's name column, for a single reference to teachers or communities. */
function refTarget(workbook: Workbook, idKey: string, positionOf: PositionOf): GoogleAppsScript.Spreadsheet.Range | null {
  for (const spec of Object.values(TABS)) {
    const ref = spec.columns.find((c) => c.key === idKey);
    if (!ref || ref.kind.type !== 'ref') continue;
    const nameColumn = NAME_COLUMNS[ref.kind.tab];
    const index = nameColumn ? positionOf(ref.kind.tab, nameColumn) : undefined;
    const sheet = workbook.sheets.get(TABS[ref.kind.tab].name);
    if (index === undefined || !sheet) return null;
    return sheet.getRange(2, index + 1, Math.max(sheet.getMaxRows() - 1, 1), 1);
  }
  return null;
}

/** The header row is protected with a warning only: the deputy may still edit after confirming. */
export function protectHeader(sheet: Sheet): void {
  const protections = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE);
  if (protections.some((p) => p.getDescription() === HEADER_PROTECTION)) return;
  sheet.getRange(1, 1, 1, sheet.getMaxColumns()).protect().setDescription(HEADER_PROTECTION).setWarningOnly(true);
}
