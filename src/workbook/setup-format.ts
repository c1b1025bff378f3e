/**
 * How set-up dresses a tab: header style and notes, frozen and protected header, per-column number
 * formats, drop-downs and widths, hidden id columns. Each call covers whole columns, so the cost
 * does not grow with the number of rows.
 */
import { LIST_SEPARATOR, type ColumnSpec, type TabKey } from './columns';
import { TABS } from './tabs';
import type { Workbook } from './sheets';
import type { Highlight } from './highlights';
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
  if ((column.kind.type === 'option' || column.kind.type === 'options') && column.kind.options.open) parts.push(RU.setup.otherAllowed);
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
  const rows = Math.max(rules.rowsOf(sheet) - 1, 1);
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
  private readonly maxRows = new Map<Sheet, number>();
  private readonly byKey = new Map<string, ColumnSpec>();
  constructor(
    private readonly workbook: Workbook,
    private readonly positionOf: PositionOf,
  ) {}

  private readonly described = new Map<string, string | null>();

  /** What the rule of a key would be, without building it: a label's target tab, column and rows. */
  describe(key: string): string | null {
    if (!this.described.has(key)) {
      const column = this.byKey.get(key)!;
      const spot = column.kind.type === 'label' ? refSpot(this.workbook, column.kind.of, this.positionOf, (sheet) => this.rowsOf(sheet)) : null;
      this.described.set(key, column.kind.type !== 'label' ? key : spot ? `${key}@${spot.name}:${spot.index}:${spot.rows}` : null);
    }
    return this.described.get(key)!;
  }

  /** A tab's row count, read once a set-up: set-up adds no rows, and label rules and fingerprints both need it. */
  rowsOf(sheet: Sheet): number {
    let rows = this.maxRows.get(sheet);
    if (rows === undefined) {
      rows = sheet.getMaxRows();
      this.maxRows.set(sheet, rows);
    }
    return rows;
  }

  keyOf(column: ColumnSpec): string | null {
    const kind = column.kind;
    const key = kind.type === 'option' ? `option:${kind.options.open ? 'open:' : ''}${kind.options.labels.join('\u0000')}` : kind.type === 'date' ? 'date' : kind.type === 'label' ? `label:${kind.of}` : null;
    if (key && !this.byKey.has(key)) this.byKey.set(key, column);
    return key;
  }

  rule(key: string): GoogleAppsScript.Spreadsheet.DataValidation | null {
    if (!this.built.has(key)) this.built.set(key, validationRule(this.workbook, this.byKey.get(key)!, this.positionOf, (sheet) => this.rowsOf(sheet)));
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
 * data check names it, instead of Sheets refusing the paste and losing what was typed. An open
 * list's «другое: …» is kept the same way (Sheets has no rule for "a list or a pattern" that keeps
 * the drop-down); its help text says it is allowed, and the data check accepts it.
 */
function validationRule(workbook: Workbook, column: ColumnSpec, positionOf: PositionOf, rowsOf: (sheet: Sheet) => number): GoogleAppsScript.Spreadsheet.DataValidation | null {
  const kind = column.kind;
  if (kind.type === 'option') {
    const help = kind.options.open ? RU.setup.pickFromListOrOther : RU.setup.pickFromList;
    return SpreadsheetApp.newDataValidation().requireValueInList([...kind.options.labels], true).setAllowInvalid(true).setHelpText(help).build();
  }
  if (kind.type === 'date') {
    return SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(true).setHelpText(RU.setup.dateHint).build();
  }
  if (kind.type === 'label') {
    const target = refTarget(workbook, kind.of, positionOf, rowsOf);
    if (target) return SpreadsheetApp.newDataValidation().requireValueInRange(target, true).setAllowInvalid(true).setHelpText(RU.setup.pickFromList).build();
  }
  return null;
}

/** Columns holding the names a single reference picks from. */
const NAME_COLUMNS: Partial<Record<TabKey, string>> = { teachers: 'fullName', communities: 'name' };

/** The target tab's name column, for a single reference to teachers or communities. */
function refTarget(workbook: Workbook, idKey: string, positionOf: PositionOf, rowsOf: (sheet: Sheet) => number): GoogleAppsScript.Spreadsheet.Range | null {
  const spot = refSpot(workbook, idKey, positionOf, rowsOf);
  return spot ? spot.sheet.getRange(2, spot.index + 1, spot.rows, 1) : null;
}

function refSpot(workbook: Workbook, idKey: string, positionOf: PositionOf, rowsOf: (sheet: Sheet) => number): { sheet: Sheet; name: string; index: number; rows: number } | null {
  for (const spec of Object.values(TABS)) {
    const ref = spec.columns.find((c) => c.key === idKey);
    if (!ref || ref.kind.type !== 'ref') continue;
    const nameColumn = NAME_COLUMNS[ref.kind.tab];
    const index = nameColumn ? positionOf(ref.kind.tab, nameColumn) : undefined;
    const sheet = workbook.tab(ref.kind.tab);
    if (index === undefined || !sheet) return null;
    return { sheet, name: workbook.nameOf(ref.kind.tab), index, rows: Math.max(rowsOf(sheet) - 1, 1) };
  }
  return null;
}

/** The header row is protected with a warning only: the deputy may still edit after confirming. */
export function protectHeader(sheet: Sheet): void {
  const protections = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE);
  if (protections.some((p) => p.getDescription() === HEADER_PROTECTION)) return;
  sheet.getRange(1, 1, 1, sheet.getMaxColumns()).protect().setDescription(HEADER_PROTECTION).setWarningOnly(true);
}

/** Raise when the way set-up dresses a tab changes, so every book is dressed once more. */
const DRESSING_VERSION = 1;

/** Everything set-up applies to a tab, as one string: equal strings mean equal dressing. */
export function dressingOf(
  sheet: Sheet,
  width: number,
  columns: ReadonlyArray<{ column: ColumnSpec; index: number }>,
  rules: RuleCache,
  highlights: readonly Highlight[],
): string {
  const described = columns.map(({ column, index }) => {
    const key = rules.keyOf(column);
    return [index, columnNote(column), numberFormat(column), key ? rules.describe(key) : null, column.width ?? null, column.hidden ?? false];
  });
  const text = JSON.stringify([DRESSING_VERSION, HEADER_BACKGROUND, HEADER_PROTECTION, width, rules.rowsOf(sheet), sheet.getMaxColumns(), described, highlights]);
  return digest(text);
}

/** A 53-bit string hash (cyrb53): the store keeps a short fingerprint, not the dressing itself. */
function digest(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Whether a tab dressed before (same fingerprint) still shows what a person is likely to undo by
 * hand: the frozen header, our header notes, the drop-downs (seen on the first data row) and the
 * hidden id columns. A few reads instead of rewriting every setting; any miss dresses it again.
 */
export function stillDressed(sheet: Sheet, width: number, columns: ReadonlyArray<{ column: ColumnSpec; index: number }>, rules: RuleCache): boolean {
  if (sheet.getFrozenRows() !== 1) return false;
  // The header and the first data row as one range: its notes and its drop-downs.
  const top = sheet.getRange(1, 1, 2, width);
  const notes = top.getNotes()[0] ?? [];
  if (columns.some(({ column, index }) => columnNote(column) !== '' && notes[index - 1] !== columnNote(column))) return false;
  const validations = top.getDataValidations()[1] ?? [];
  const ruled = columns.filter(({ column }) => {
    const key = rules.keyOf(column);
    return key !== null && rules.describe(key) !== null;
  });
  if (ruled.some(({ index }) => !validations[index - 1])) return false;
  return columns.every(({ column, index }) => !column.hidden || sheet.isColumnHiddenByUser(index));
}
