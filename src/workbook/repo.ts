/**
 * The repository every action writes through: a tab is read once (values and formulas) into typed
 * records; new records get ids and are appended as one block; changed records are rewritten in
 * place, keeping what the deputy keeps in their own columns (values and formulas alike).
 * Callers hold the document lock (platform/lock.ts) around read-modify-write.
 */
import { RU } from '../text/ru';
import { BookProblem } from '../shared/result';
import type { RawCell } from './cells';
import { encodeCell, neutralize } from './cells';
import { wordedKind } from './regulation-read';
import type { TabKey } from './columns';
import { idCounterKey, nextIds } from './ids';
import { readTab, type TabRead } from './read';
import { readGrids, type Grid, type Workbook } from './sheets';
import { TABS } from './tabs';
import { typedRecords, type Located, type RecordOf } from './typed';
import { appendRows } from './write';
import { documentStore } from '../platform/store';
import { IdIndex } from './id-index';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface LoadedTab<K extends TabKey> {
  key: K;
  sheet: Sheet;
  /** The sheet's name now (a tab may be renamed: tab-identity.ts). */
  name: string;
  grid: Grid;
  read: TabRead;
  records: Located<RecordOf<K>>[];
  byId: Map<string, Located<RecordOf<K>>>;
  /**
   * Set on a view of some rows only (unit.ts, `part`): the grid holds those rows and the header,
   * the other rows are holes; the ids of the whole tab are asked for only when new ids are made.
   */
  partial?: { ids(): Iterable<unknown> };
}

/** The book lacks a tab an action needs: the deputy should run set-up. */
export class MissingTabError extends BookProblem {}

export function loadTab<K extends TabKey>(workbook: Workbook, key: K): LoadedTab<K> {
  const spec = TABS[key];
  if (!workbook.tab(key)) throw new MissingTabError(RU.problems.missingTab(spec.name));
  const [grid] = readGrids(workbook, [workbook.nameOf(key)]);
  return loadedFrom(workbook, key, grid!);
}

/** A tab's typed view from its grid as read. */
export function loadedFrom<K extends TabKey>(workbook: Workbook, key: K, grid: Grid): LoadedTab<K> {
  const spec = TABS[key];
  const sheet = grid.sheet;
  const read = readTab(spec, grid.values, grid.formulas, workbook.zone, { serialDates: grid.serialDates ?? false });
  const { records } = typedRecords(key, read);
  const byId = new IdIndex<Located<RecordOf<K>>>(workbook.nameOf(key), (read.columns.get('id') ?? 0) + 1);
  for (const record of records) {
    const id = (record.value as { id?: unknown }).id;
    if (typeof id === 'string') byId.set(id, record);
  }
  return { key, sheet, name: workbook.nameOf(key), grid, read, records, byId };
}

/**
 * Fresh ids for a tab, never handed out before: the counter in the workbook's store moves past
 * them at once (so an id claimed for a request is not reused even if its write fails).
 */
export function reserveIds(tab: LoadedTab<TabKey>, count: number): string[] {
  if (count === 0) return [];
  const spec = TABS[tab.key];
  const properties = documentStore();
  const present = tab.partial ? tab.partial.ids() : tab.read.records.map((r) => r.values.id);
  const { ids, counter } = nextIds(spec, Number(properties.getProperty(idCounterKey(spec)) ?? 0), present, count);
  properties.setProperty(idCounterKey(spec), String(counter));
  return ids;
}

/**
 * Appends records as one block; returns their ids in order. A record that brings its own id
 * (claimed earlier for its request) keeps it; the others get fresh ones.
 */
export function insertRecords<K extends TabKey>(workbook: Workbook, tab: LoadedTab<K>, values: ReadonlyArray<Partial<RecordOf<K>>>): string[] {
  if (values.length === 0) return [];
  const hasIds = TABS[tab.key].columns.some((c) => c.key === 'id');
  const given = values.map((v) => (v as { id?: unknown }).id);
  const fresh = hasIds ? reserveIds(tab, given.filter((id) => typeof id !== 'string').length) : [];
  const ids = given.map((id) => (typeof id === 'string' ? id : (fresh.shift() ?? '')));
  const rows = values.map((v, i) => rowFor(workbook, tab, blankRow(tab), hasIds ? { ...v, id: ids[i] } : { ...v }));
  appendRows(tab.sheet, tab.grid.values.length, rows);
  // Keep the loaded view true to the sheet, so a second write in the same action lands after these.
  tab.grid.values.push(...rows.map(asRead));
  tab.grid.formulas.push(...rows.map((r) => r.map(() => '')));
  return hasIds ? ids : [];
}

/** Rewrites changed fields of existing records; contiguous rows are written as one block. */
export function updateRecords<K extends TabKey>(workbook: Workbook, tab: LoadedTab<K>, updates: ReadonlyArray<{ row: number; values: Partial<RecordOf<K>> }>): void {
  const rows = updates
    .map((u) => ({ row: u.row, cells: rowFor(workbook, tab, currentRow(tab, u.row), u.values as Record<string, unknown>) }))
    .sort((a, b) => a.row - b.row);
  for (let i = 0; i < rows.length; ) {
    let j = i + 1;
    while (j < rows.length && rows[j]!.row === rows[j - 1]!.row + 1) j++;
    const block = rows.slice(i, j);
    const width = Math.max(...block.map((b) => b.cells.length));
    tab.sheet.getRange(block[0]!.row, 1, block.length, width).setValues(block.map((b) => pad(b.cells, width)));
    for (const b of block) {
      tab.grid.values[b.row - 1] = asRead(b.cells);
      tab.grid.formulas[b.row - 1] = b.cells.map((c) => (typeof c === 'string' && c.startsWith('=') ? c : ''));
    }
    i = j;
  }
}

/**
 * Deletes sheet rows, bottom first so row numbers stay valid; adjacent rows in one call. The loaded
 * records follow: deleted ones leave, those below move up, so a later write in the same action
 * lands on the right row.
 */
export function deleteRows(tab: LoadedTab<TabKey>, rows: readonly number[]): void {
  const sorted = forgetRows(tab, rows);
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j] === sorted[j - 1]! - 1) j++;
    tab.sheet.deleteRows(sorted[j - 1]!, j - i);
    i = j;
  }
}

/**
 * The view's side of deleting rows (no sheet call): deleted records leave, those below move up.
 * Returns the rows bottom first. Another view of the same tab follows a delete through this.
 */
export function forgetRows(tab: LoadedTab<TabKey>, rows: readonly number[]): number[] {
  const sorted = [...new Set(rows)].sort((a, b) => b - a);
  const gone = new Set(sorted);
  const above = (row: number) => sorted.filter((r) => r < row).length;
  tab.records = tab.records.filter((r) => !gone.has(r.row)).map((r) => ({ ...r, row: r.row - above(r.row) }));
  tab.byId.clear();
  for (const record of tab.records) {
    const id = (record.value as { id?: unknown }).id;
    if (typeof id === 'string') tab.byId.set(id, record);
  }
  tab.read.records = tab.read.records.filter((r) => !gone.has(r.row)).map((r) => ({ ...r, row: r.row - above(r.row) }));
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j] === sorted[j - 1]! - 1) j++;
    const first = sorted[j - 1]!;
    tab.grid.values.splice(first - 1, j - i);
    tab.grid.formulas.splice(first - 1, j - i);
    i = j;
  }
  return sorted;
}

function blankRow(tab: LoadedTab<TabKey>): RawCell[] {
  return new Array<RawCell>(tab.read.width).fill('');
}

/**
 * The row as it stands, to write back unchanged: formulas stay formulas (their computed values
 * would freeze them) and text stays text (written back plain, "007" would become 7).
 */
function currentRow(tab: LoadedTab<TabKey>, row: number): RawCell[] {
  const values = [...(tab.grid.values[row - 1] ?? [])];
  const formulas = tab.grid.formulas[row - 1] ?? [];
  return pad(
    values.map((v, i) => (formulas[i] ? formulas[i]! : typeof v === 'string' ? neutralize(v) : v)),
    tab.read.width,
  );
}

function rowFor(workbook: Workbook, tab: LoadedTab<TabKey>, base: RawCell[], values: Record<string, unknown>): RawCell[] {
  const row = pad([...base], tab.read.width);
  for (const column of TABS[tab.key].columns) {
    const index = tab.read.columns.get(column.key);
    if (index !== undefined && column.key in values) row[index] = encodeCell(wordedKind(column.kind, workbook.regulation), values[column.key], workbook.zone);
    // A column deleted or renamed by hand: writing without it would drop what the deputy entered.
    else if (index === undefined && hasContent(values[column.key])) throw new BookProblem(RU.errors.columnGone(TABS[tab.key].name, column.header));
  }
  return row;
}

function hasContent(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
}

/** What getValues returns for a written row: a leading apostrophe only marks text. */
function asRead(row: RawCell[]): RawCell[] {
  return row.map((c) => (typeof c === 'string' && c.startsWith("'") ? c.slice(1) : c));
}

function pad(row: RawCell[], width: number): RawCell[] {
  return row.length >= width ? row : [...row, ...new Array<RawCell>(width - row.length).fill('')];
}
