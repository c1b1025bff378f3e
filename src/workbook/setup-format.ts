/**
 * How set-up dresses a tab: header style and notes, frozen and protected header, per-column number
 * formats, drop-downs and widths, hidden id columns. Each call covers whole columns, so the cost
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

/**
 * Number formats, drop-downs, widths and hidden columns of a tab's columns. Neighbouring columns
 * that take the same setting get it in one call (a run of date columns, of 220-px columns, of
 * hidden id columns), so set-up makes a few dozen calls per tab instead of several per column.
 */
export function formatColumns(sheet: Sheet, columns: ReadonlyArray<{ column: ColumnSpec; index: number }>, rules: RuleCache): void {
  const rows = Math.max(sheet.getMaxRows() - 1, 1);
  const sorted = [...columns].sort((a, b) => a.index - b.index);
  for (const run of runs(sorted, (c) => numberFormat(c.column))) if (run.value) sheet.getRange(2, run.first, rows, run.count).setNumberFormat(run.value);
  for (const run of runs(sorted, (c) => rules.keyOf(c.column))) {
    const rule = run.value ? rules.rule(run.value) : null;
    if (rule) sheet.getRange(2, run.first, rows, run.count).setDataValidation(rule);
  }
  for (const run of runs(sorted, (c) => c.column.width ?? null)) if (run.value) sheet.setColumnWidths(run.first, run.count, run.value);
  for (const run of runs(sorted, (c) => (c.column.hidden ? 'hidden' : null))) if (run.value) sheet.hideColumns(run.first, run.count);
}

/** Runs of adjacent columns (by sheet position) that share a value of `key`. */
function runs<V>(columns: ReadonlyArray<{ column: ColumnSpec; index: number }>, key: (c: { column: ColumnSpec; index: number }) => V | null): Array<{ first: number; count: number; value: V | null }> {
  const out: Array<{ first: number; count: number; value: V | null }> = [];
  for (const c of columns) {
    const value = key(c);
    const last = out[out.length - 1];
    if (last && last.value === value && last.first + last.count === c.index) last.count += 1;
    else out.push({ first: c.index, count: 1, value });
  }
  return out;
}

/**
 * One rule per distinct drop-down (every date column shares one), built when first needed; one
 * cache serves every tab of a set-up, as the same lists and dates recur across tabs.
 */
export class RuleCache {
  private readonly built = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation | null>();
  private readonly byKey = new Map<string, ColumnSpec>();
  constructor(
    private readonly workbook: Workbook,
    private readonly positionOf: PositionOf,
  ) {}

  keyOf(column: ColumnSpec): string | null {
    const kind = column.kind;
    const key = kind.type === 'option' ? `option:${kind.options.labels.join('\u0000')}` : kind.type === 'date' ? 'date' : kind.type === 'label' ? `label:${kind.of}` : null;
    if (key && !this.byKey.has(key)) this.byKey.set(key, column);
    return key;
  }

  rule(key: string): GoogleAppsScript.Spreadsheet.DataValidation | null {
    if (!this.built.has(key)) this.built.set(key, validationRule(this.workbook, this.byKey.get(key)!, this.positionOf));
    return this.built.get(key)!;
  }
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
