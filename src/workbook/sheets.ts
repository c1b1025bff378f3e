/**
 * The spreadsheet side of the workbook: one batch read per tab (values and formulas of the data
 * range), and writes of contiguous blocks. Everything above this file works on plain data.
 */
import type { Zone } from '../domain/local-date';
import { spreadsheetZone } from '../platform/zone';
import { currentSpreadsheet } from '../platform/workbook-ref';
import { RU } from '../text/ru';
import type { RawCell } from './cells';
import type { TabKey } from './columns';
import { readTab, type Problem, type TabRead } from './read';
import { batchGet, rangeOf } from '../platform/sheets-api';
import { a1 } from './a1';
import type { Book } from './check';
import { TABS } from './tabs';
import { readRegulation } from './regulation-read';
import type { Regulation } from '../domain/regulation';
import { resolveTabs, storedTabIds, type RenamedTab, type Resolution, type TabIds } from './tab-identity';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Workbook {
  spreadsheet: Spreadsheet;
  zone: Zone;
  timeZone: string;
  /** Sheets by their name as the deputy sees it (one getSheets call). */
  sheets: Map<string, Sheet>;
  /** The add-on's tab, by its identity (tab-identity.ts): found under whatever name it has now. */
  tab(key: TabKey): Sheet | undefined;
  /** The name the tab has now (its own name when it is missing): what ranges are read by. */
  nameOf(key: TabKey): string;
  /** Tabs found under a name other than their own (the data check and set-up report them). */
  renamedTabs(): RenamedTab[];
  /** Set-up: every tab found with every sheet's id asked; the ids to record. */
  identify(stored: TabIds): Resolution;
  /** A tab set-up has just created. */
  created(key: TabKey, sheet: Sheet): void;
  /** The spreadsheet's id, asked once (the Sheets API reads by id). */
  id(): string;
  /** The school's regulation, read from «Настройки» once when a regulated list is first written. */
  regulation(): Regulation;
}

export interface Grid {
  sheet: Sheet;
  values: RawCell[][];
  formulas: string[][];
  /** Read through the Sheets API: dates are serial numbers (cells.ts, decodeCell). */
  serialDates?: boolean;
}

/**
 * `byIdentity` checks every tab against its stored sheet id even when all carry their own names
 * (a search of the store and a call per other sheet): for an action that must not take a tab a
 * person made under the name of one that was renamed — the daily run, which reads what was sent.
 */
export function openWorkbook(spreadsheet: Spreadsheet = currentSpreadsheet(), options: { byIdentity?: boolean } = {}): Workbook {
  if (!spreadsheet) throw new Error(RU.errors.noSpreadsheet);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const sheets = new Map<string, Sheet>();
  for (const sheet of spreadsheet.getSheets()) sheets.set(sheet.getName(), sheet);
  let id: string | null = null;
  let regulation: Regulation | null = null;
  const zone = spreadsheetZone(timeZone);
  let resolution: Resolution | null = null;
  // Every tab under its own name: nothing more is asked (the common case, no call).
  const allOwn = () => Object.values(TABS).every((spec) => sheets.has(spec.name));
  const resolved = (): Resolution | null => {
    if (resolution || (!options.byIdentity && allOwn())) return resolution;
    const store = storedTabIds();
    resolution = resolveTabs(workbook, store.ids, false);
    // Found anew (after an .xlsx import, by its header): remembered, so the next action finds it by id.
    if (resolution.changed) store.save(resolution.ids);
    return resolution;
  };
  const tab = (key: TabKey) => {
    const found = resolved();
    return found ? found.sheets.get(key) : sheets.get(TABS[key].name);
  };
  const workbook: Workbook = {
    spreadsheet,
    zone,
    timeZone,
    sheets,
    id: () => (id ??= spreadsheet.getId()),
    regulation: () => (regulation ??= readRegulation(tab('settings'), zone)),
    tab,
    nameOf: (key) => {
      const sheet = tab(key);
      if (!sheet) return TABS[key].name;
      for (const [name, s] of sheets) if (s === sheet) return name;
      return TABS[key].name;
    },
    renamedTabs: () => resolved()?.renamed ?? [],
    identify: (stored) => (resolution = resolveTabs(workbook, stored, true)),
    created: (key, sheet) => {
      resolution?.sheets.set(key, sheet);
    },
  };
  return workbook;
}

/** The tab's whole data range in one read of values and one of formulas. */
export function readGrid(sheet: Sheet): Grid {
  const range = sheet.getDataRange();
  return { sheet, values: range.getValues() as RawCell[][], formulas: range.getFormulas() };
}

/**
 * Whole tabs, any number of them, in one Sheets API call: formulas where a cell has one and its
 * value elsewhere (dates as serial numbers); a second call only when some cell holds a formula,
 * for those cells' computed values. Rows and columns as far as the furthest filled cell, as
 * getDataRange would give them.
 */
export function readGrids(workbook: Workbook, names: readonly string[]): Grid[] {
  const answers = batchGet(workbook.id(), names.map((n) => rangeOf(n)), 'FORMULA');
  const grids = names.map((name, i) => toGrid(workbook.sheets.get(name)!, answers[i]!.length ? answers[i]! : [[]]));
  resolveFormulas(workbook, grids.map((grid, i) => ({ grid, name: names[i]!, rowOf: (r: number) => r + 1 })));
  return grids;
}

/**
 * Whole rows of one tab (1-based sheet rows, header first if wanted), in one call whatever their
 * number: the rows an action matched after scanning a few columns.
 */
export function readRows(workbook: Workbook, name: string, rows: readonly number[]): Grid {
  return readRowsOf(workbook, [{ name, rows }])[0]!;
}

/** Whole rows of several tabs, in one call (and one more for formulas' values, when any). */
export function readRowsOf(workbook: Workbook, list: ReadonlyArray<{ name: string; rows: readonly number[] }>): Grid[] {
  // Adjacent rows as one range: a tab read by all its rows costs one range, not one a row.
  const runs = list.map(({ rows }) => {
    const out: Array<[number, number]> = [];
    for (const row of rows) {
      const last = out[out.length - 1];
      if (last && row === last[1] + 1) last[1] = row;
      else out.push([row, row]);
    }
    return out;
  });
  const answers = batchGet(workbook.id(), list.flatMap(({ name }, i) => runs[i]!.map(([first, last]) => rangeOf(name, `${first}:${last}`))), 'FORMULA');
  let at = 0;
  const grids = list.map(({ name }, i) => {
    const lines: RawCell[][] = [];
    for (const [first, last] of runs[i]!) {
      const answer = answers[at++] ?? [];
      for (let r = first; r <= last; r++) lines.push(answer[r - first] ?? []);
    }
    return toGrid(workbook.sheets.get(name)!, lines);
  });
  resolveFormulas(workbook, list.map(({ name, rows }, i) => ({ grid: grids[i]!, name, rowOf: (r: number) => rows[r]! })));
  return grids;
}

function toGrid(sheet: Sheet, rows: readonly RawCell[][]): Grid {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const values: RawCell[][] = [];
  const formulas: string[][] = [];
  for (const row of rows) {
    const line = new Array<RawCell>(width);
    const formulaLine = new Array<string>(width).fill('');
    for (let c = 0; c < width; c++) {
      const cell = row[c] ?? '';
      line[c] = cell;
      if (typeof cell === 'string' && cell.startsWith('=')) formulaLine[c] = cell;
    }
    values.push(line);
    formulas.push(formulaLine);
  }
  return { sheet, values, formulas, serialDates: true };
}

/** The computed values of formula cells, in one more call (none when no cell holds a formula). */
function resolveFormulas(workbook: Workbook, parts: Array<{ grid: Grid; name: string; rowOf: (index: number) => number }>): void {
  const cells: Array<{ grid: Grid; row: number; column: number; range: string }> = [];
  for (const { grid, name, rowOf } of parts) {
    grid.formulas.forEach((line, r) => line.forEach((f, c) => f && cells.push({ grid, row: r, column: c, range: rangeOf(name, a1(rowOf(r), c + 1)) })));
  }
  if (cells.length === 0) return;
  const computed = batchGet(workbook.id(), cells.map((c) => c.range), 'UNFORMATTED_VALUE');
  cells.forEach((c, i) => {
    const value = computed[i]?.[0]?.[0] ?? '';
    c.grid.values[c.row]![c.column] = value;
    // Text that begins with "=" (typed after an apostrophe) reads the same either way: not a formula.
    if (value === c.grid.formulas[c.row]![c.column]) c.grid.formulas[c.row]![c.column] = '';
  });
}

export interface BookRead {
  book: Book;
  grids: Partial<Record<TabKey, Grid>>;
  /** Tabs that do not exist, reported for the whole book. */
  problems: Problem[];
}

export function readBook(workbook: Workbook, keys: readonly TabKey[]): BookRead {
  const book: Book = {};
  const grids: Partial<Record<TabKey, Grid>> = {};
  const problems: Problem[] = [];
  for (const key of keys) {
    const spec = TABS[key];
    const sheet = workbook.tab(key);
    if (!sheet) {
      problems.push({ tab: spec.name, cell: '', message: RU.problems.missingTab(spec.name), severity: 'error' });
      continue;
    }
    const grid = readGrid(sheet);
    grids[key] = grid;
    book[key] = readTab(spec, grid.values, grid.formulas, workbook.zone);
  }
  return { book, grids, problems };
}

export function tabRead(read: BookRead, key: TabKey): TabRead | undefined {
  return read.book[key];
}
