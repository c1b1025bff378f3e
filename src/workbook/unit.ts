/**
 * One action's reads (the unit of work): each tab is read at most once, all the tabs an action
 * names in one Sheets API call; a tab the action only searches is read by the columns it
 * declares (ids, keys, dates, statuses, owners), not whole. Writes go through repo.ts, which keeps
 * the loaded views true to the sheet after insert, update and delete.
 */
import { RU } from '../text/ru';
import { batchGet, rangeOf } from '../platform/sheets-api';
import { columnLetters } from './a1';
import type { RawCell } from './cells';
import type { TabKey } from './columns';
import { loadedFrom, MissingTabError, type LoadedTab } from './repo';
import { locateColumns, readTab, type Problem } from './read';
import { readGrids, readRows, type Workbook } from './sheets';
import { typedRecords, type Located } from './typed';
import { TABS } from './tabs';
import { RECORD_SCHEMAS, type RecordOf } from './typed';

export interface Scanned<T> {
  /** 1-based sheet row. */
  row: number;
  value: T;
}

export interface Scan<K extends TabKey, C extends keyof RecordOf<K>> {
  records: Array<Scanned<Pick<RecordOf<K>, C>>>;
  /** Cells of the declared columns that did not read (the data check reports them all). */
  problems: Problem[];
}

export class Unit {
  private readonly tabs = new Map<TabKey, LoadedTab<TabKey>>();
  private readonly headers = new Map<TabKey, RawCell[]>();

  constructor(readonly workbook: Workbook) {}

  /** Reads whole the tabs not read yet, all in one call. A tab that is missing stops the action. */
  load(keys: readonly TabKey[]): this {
    const wanted = [...new Set(keys)].filter((key) => !this.tabs.has(key));
    for (const key of wanted) if (!this.workbook.sheets.has(TABS[key].name)) throw new MissingTabError(RU.problems.missingTab(TABS[key].name));
    const grids = readGrids(this.workbook, wanted.map((key) => TABS[key].name));
    wanted.forEach((key, i) => this.tabs.set(key, loadedFrom(this.workbook, key, grids[i]!) as unknown as LoadedTab<TabKey>));
    return this;
  }

  /** The whole tab, read once in this action. */
  tab<K extends TabKey>(key: K): LoadedTab<K> {
    this.load([key]);
    return this.tabs.get(key) as unknown as LoadedTab<K>;
  }

  /** Whether the book has the tab. */
  has(key: TabKey): boolean {
    return this.workbook.sheets.has(TABS[key].name);
  }

  /** The tab read again: a long batch writes under the lock, and people edit the book meanwhile. */
  fresh<K extends TabKey>(key: K): LoadedTab<K> {
    this.tabs.delete(key);
    return this.tab(key);
  }

  /**
   * Whole records of the given sheet rows (those a scan matched), typed as a whole read types
   * them, in one call however many. From the whole tab when it is read already.
   */
  rows<K extends TabKey>(key: K, rows: readonly number[]): Array<Located<RecordOf<K>>> {
    const loaded = this.tabs.get(key) as LoadedTab<K> | undefined;
    const wanted = new Set(rows);
    if (loaded) return loaded.records.filter((r) => wanted.has(r.row));
    if (rows.length === 0) return [];
    const spec = TABS[key];
    const sorted = [...wanted].sort((a, b) => a - b);
    const grid = readRows(this.workbook, spec.name, [1, ...sorted]);
    const read = readTab(spec, grid.values, grid.formulas, this.workbook.zone, { serialDates: true, rowNumbers: sorted });
    return typedRecords(key, read).records;
  }

  /**
   * The declared columns of every filled row of several tabs, in two calls whatever their size
   * (the header rows, then the columns). Dates come as the Sheets API gives them and are decoded
   * by the column's kind; a cell that does not read is null in its record and named in `problems`.
   */
  scan<K extends TabKey, C extends keyof RecordOf<K> & string>(key: K, columns: readonly C[]): Scan<K, C> {
    const spec = TABS[key];
    if (!this.has(key)) throw new MissingTabError(RU.problems.missingTab(spec.name));
    const loaded = this.tabs.get(key);
    if (!this.headers.has(key) && !loaded) {
      const [header] = batchGet(this.workbook.id(), [rangeOf(spec.name, '1:1')], 'UNFORMATTED_VALUE');
      this.headers.set(key, header?.[0] ?? []);
    }
    const header = loaded ? (loaded.grid.values[0] ?? []) : this.headers.get(key)!;
    const declared = spec.columns.filter((c) => (columns as readonly string[]).includes(c.key));
    const located = locateColumns({ ...spec, columns: declared }, header).columns;
    const present = declared.filter((c) => located.has(c.key));
    let rows: RawCell[][];
    if (loaded) {
      rows = loaded.grid.values.slice(1).map((line) => present.map((c) => line[located.get(c.key)!] ?? ''));
    } else {
      const letters = present.map((c) => columnLetters(located.get(c.key)! + 1));
      const cells = batchGet(this.workbook.id(), letters.map((l) => rangeOf(spec.name, `${l}2:${l}`)), 'UNFORMATTED_VALUE');
      const height = Math.max(0, ...cells.map((c) => c.length));
      rows = Array.from({ length: height }, (_, r) => present.map((_c, i) => cells[i]?.[r]?.[0] ?? ''));
    }
    const compact = readTab({ ...spec, columns: present }, [present.map((c) => c.header), ...rows], null, this.workbook.zone, {
      serialDates: !loaded || loaded.read.serialDates,
    });
    // Addresses in the compact grid name its own columns: put the sheet's back.
    const letterOf = new Map(present.map((c, i) => [columnLetters(i + 1), columnLetters(located.get(c.key)! + 1)]));
    const problems = compact.problems.map((p) => ({ ...p, cell: p.cell.replace(/^[A-Z]+/, (l) => letterOf.get(l) ?? l) }));
    // The record schema, cut to the declared fields, keeps out what a whole read would (its other
    // fields are not read, so not checked: the data check reads every cell).
    const schema = (RECORD_SCHEMAS[key] as unknown as { pick(mask: Record<string, true>): { safeParse(v: unknown): { success: boolean; data?: unknown } } }).pick(
      Object.fromEntries(declared.map((c) => [c.key, true])),
    );
    const records: Array<Scanned<Pick<RecordOf<K>, C>>> = [];
    for (const r of compact.records) {
      const value: Record<string, unknown> = {};
      for (const column of declared) {
        const list = column.kind.type === 'options' || column.kind.type === 'refs';
        value[column.key] = r.values[column.key] ?? (list ? [] : null);
      }
      const parsed = schema.safeParse(value);
      if (parsed.success) records.push({ row: r.row, value: parsed.data as Pick<RecordOf<K>, C> });
    }
    return { records, problems };
  }
}
