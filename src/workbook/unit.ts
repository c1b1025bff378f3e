/**
 * One action's reads (the unit of work): each tab is read at most once, all the tabs an action
 * names in one Sheets API call; a tab the action only searches is read by the columns it
 * declares (ids, keys, dates, statuses, owners), not whole, and then whole rows only for the
 * records it matched (`part`, `find`). Writes go through the unit (`insert`, `update`, `remove`):
 * each written row's label columns (a teacher's name beside her hidden id) are filled from the tab
 * schema's references, and every view of the tab the unit holds stays true to the sheet.
 */
import { RU } from '../text/ru';
import { batchGet, rangeOf } from '../platform/sheets-api';
import { columnLetters } from './a1';
import type { RawCell } from './cells';
import { LIST_SEPARATOR, type TabKey } from './columns';
import { deleteRows, forgetRows, insertRecords, loadedFrom, MissingTabError, updateRecords, type LoadedTab } from './repo';
import { describe, locateColumns, readTab, tabProblem, type Problem, type TabRead } from './read';
import { decodeCell, isBlank } from './cells';
import { readGrids, readRows, readRowsOf, type Grid, type Workbook } from './sheets';
import { typedRecords, type Located } from './typed';
import { TABS } from './tabs';
import type { RecordOf } from './typed';
import { recordLabel } from './labels';
import { BookProblem } from '../shared/result';
import { documentStore } from '../platform/store';
import { idCounterKey } from './ids';
import { IdIndex } from './id-index';

export interface Scanned<T> {
  /** 1-based sheet row. */
  row: number;
  value: T;
}

export interface Scan<K extends TabKey, C extends keyof RecordOf<K>> {
  records: Array<Scanned<Pick<RecordOf<K>, C>>>;
  /** Cells of the declared columns that did not read (the data check reports them all). */
  problems: Problem[];
  /** Sheet rows whose declared cells did not all read: a page reads them whole to show them. */
  failed: number[];
}

/** Teachers by name: what pages need of the whole «Педагоги» tab (a full read satisfies it too). */
export interface TeacherNames {
  records: ReadonlyArray<Located<{ id: string; fullName: string }>>;
  byId: ReadonlyMap<string, Located<{ id: string; fullName: string }>>;
}

type AnyTab = LoadedTab<TabKey>;

export class Unit {
  private readonly tabs = new Map<TabKey, LoadedTab<TabKey>>();
  private readonly headers = new Map<TabKey, RawCell[]>();
  /** Views of some rows of a tab (`part`), kept true to the sheet with the whole ones. */
  private readonly parts: AnyTab[] = [];
  /** Scans of this action, by tab and columns; a write to the tab forgets them. */
  private readonly scans = new Map<string, Scan<TabKey, never>>();
  private readonly labelMaps = new Map<TabKey, Map<string, string>>();
  private readonly allIds = new Map<TabKey, unknown[]>();
  /** Columns read ahead by `scanMany`, waiting for their `scan`. */
  private readonly fetched = new Map<string, RawCell[][][]>();

  constructor(readonly workbook: Workbook) {}

  /** Reads whole the tabs not read yet, all in one call. A tab that is missing stops the action. */
  load(keys: readonly TabKey[]): this {
    const wanted = [...new Set(keys)].filter((key) => !this.tabs.has(key));
    for (const key of wanted) if (!this.has(key)) throw new MissingTabError(RU.problems.missingTab(TABS[key].name));
    const grids = readGrids(this.workbook, wanted.map((key) => this.workbook.nameOf(key)));
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
    return this.workbook.tab(key) !== undefined;
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
    const grid = readRows(this.workbook, this.workbook.nameOf(key), [1, ...sorted]);
    const read = readTab(spec, grid.values, grid.formulas, this.workbook.zone, { serialDates: true, rowNumbers: sorted });
    return typedRecords(key, read).records;
  }

  /**
   * The declared columns of every filled row of several tabs, in two calls whatever their size
   * (the header rows, then the columns). Dates come as the Sheets API gives them and are decoded
   * by the column's kind; a cell that does not read is null in its record and named in `problems`.
   */
  scan<K extends TabKey, C extends keyof RecordOf<K> & string>(key: K, columns: readonly C[], only?: readonly number[]): Scan<K, C> {
    const spec = TABS[key];
    if (!this.has(key)) throw new MissingTabError(RU.problems.missingTab(spec.name));
    const cacheKey = `${key}|${columns.join(',')}|${only ? only.join(',') : '*'}`;
    const cached = this.scans.get(cacheKey);
    if (cached) return cached as unknown as Scan<K, C>;
    const loaded = this.tabs.get(key);
    // The header not read yet: read with the columns, in one call.
    if (!loaded && !only && !this.headers.has(key)) {
      this.scanMany([[key, columns]]);
      return this.scans.get(cacheKey) as unknown as Scan<K, C>;
    }
    const header = loaded ? (loaded.grid.values[0] ?? []) : this.header(key);
    const declared = spec.columns.filter((c) => (columns as readonly string[]).includes(c.key));
    const located = locateColumns({ ...spec, columns: declared }, header).columns;
    const present = declared.filter((c) => located.has(c.key));
    let rows: RawCell[][];
    let rowNumbers: number[] | undefined;
    if (loaded) {
      const lines = only ? [...new Set(only)].sort((a, b) => a - b).filter((r) => r >= 2 && loaded.grid.values[r - 1]) : null;
      rowNumbers = lines ?? undefined;
      rows = (lines ? lines.map((r) => loaded.grid.values[r - 1]!) : loaded.grid.values.slice(1)).map((line) => present.map((c) => line[located.get(c.key)!] ?? ''));
    } else if (only) {
      // Only the given rows: one range a column per run of adjacent rows, all in one call.
      rowNumbers = [...new Set(only)].filter((r) => r >= 2).sort((a, b) => a - b);
      const runs = runsOf(rowNumbers);
      const letters = present.map((c) => columnLetters(located.get(c.key)! + 1));
      const ranges = runs.flatMap(([first, last]) => letters.map((l) => rangeOf(this.workbook.nameOf(key), `${l}${first}:${l}${last}`)));
      const cells = present.length ? batchGet(this.workbook.id(), ranges, 'UNFORMATTED_VALUE') : [];
      rows = [];
      runs.forEach(([first, last], r) => {
        for (let row = first; row <= last; row++) rows.push(present.map((_c, i) => cells[r * present.length + i]?.[row - first]?.[0] ?? ''));
      });
    } else {
      const letters = present.map((c) => columnLetters(located.get(c.key)! + 1));
      const cells = this.fetched.get(cacheKey) ?? batchGet(this.workbook.id(), letters.map((l) => rangeOf(this.workbook.nameOf(key), `${l}2:${l}`)), 'UNFORMATTED_VALUE');
      this.fetched.delete(cacheKey);
      const height = Math.max(0, ...cells.map((c) => c.length));
      rows = Array.from({ length: height }, (_, r) => present.map((_c, i) => cells[i]?.[r]?.[0] ?? ''));
    }
    // Each declared cell decoded as a whole read decodes it (the same problems, by the sheet's
    // cell), without the whole read's per-row bookkeeping: a scan may cover 60,000 rows.
    const serial = !loaded || loaded.read.serialDates;
    const zone = this.workbook.zone;
    const sheetRow = (r: number) => rowNumbers?.[r] ?? r + 2;
    const letters = present.map((c) => columnLetters(located.get(c.key)! + 1));
    // Each declared cell is checked by its column's kind, as a whole read checks it; a required
    // cell left blank keeps the row out. The record schema itself checks a row read whole
    // (`part`), not 60,000 scanned ones (its date and id checks cost more than the decoding).
    const absent = declared.filter((c) => !located.has(c.key));
    const problems: Problem[] = [];
    const records: Array<Scanned<Pick<RecordOf<K>, C>>> = [];
    const failed: number[] = [];
    // Dates, times and options repeat down a column: each distinct cell is decoded once.
    const repeating = present.map((c) => ['date', 'time', 'option'].includes(c.kind.type));
    const memo = present.map(() => new Map<RawCell, ReturnType<typeof decodeCell>>());
    const decode = (i: number, raw: RawCell) => {
      if (!repeating[i] || typeof raw === 'object') return decodeCell(present[i]!.kind, raw, zone, serial);
      let decoded = memo[i]!.get(raw);
      if (!decoded) memo[i]!.set(raw, (decoded = decodeCell(present[i]!.kind, raw, zone, serial)));
      return decoded;
    };
    for (let r = 0; r < rows.length; r++) {
      const line = rows[r]!;
      if (line.every((cell) => isBlank(cell))) continue;
      const value: Record<string, unknown> = {};
      let ok = true;
      for (let i = 0; i < present.length; i++) {
        const column = present[i]!;
        const decoded = decode(i, line[i] ?? '');
        if (!decoded.ok) {
          problems.push(tabProblem(spec, `${letters[i]}${sheetRow(r)}`, `«${column.header}»: ${describe(decoded.problem)}`));
          ok = false;
          continue;
        }
        value[column.key] = decoded.value;
        const blank = decoded.value === null || (Array.isArray(decoded.value) && decoded.value.length === 0);
        if (column.required && column.kind.type !== 'label' && blank) {
          problems.push(tabProblem(spec, `${letters[i]}${sheetRow(r)}`, `«${column.header}»: ${RU.problems.required}`));
          ok = false;
        } else if (column.kind.type === 'id' && blank) ok = false;
      }
      for (const column of absent) value[column.key] = column.kind.type === 'options' || column.kind.type === 'refs' ? [] : null;
      if (ok) records.push({ row: sheetRow(r), value: value as Pick<RecordOf<K>, C> });
      else failed.push(sheetRow(r));
    }
    // Every id of the tab, remembered past later writes (new ids must pass them all).
    if (!only && present.some((c) => c.key === 'id')) this.allIds.set(key, records.map((r) => (r.value as { id?: unknown }).id));
    const result = { records, problems, failed };
    this.scans.set(cacheKey, result as unknown as Scan<TabKey, never>);
    return result;
  }

  /**
   * Several scans in one call: the columns of every tab not read whole, then each scan as `scan`
   * would give it (and cached, so a later `scan` or `find` of the same columns reads nothing).
   */
  scanMany(list: ReadonlyArray<readonly [TabKey, readonly string[]]>): void {
    const wanted = list.filter(([key, columns]) => this.has(key) && !this.tabs.has(key) && !this.scans.has(`${key}|${columns.join(',')}|*`));
    if (wanted.length === 0) return;
    // Headers not read yet come in the same call: the columns are asked where set-up puts them
    // (the schema's order) and checked against the header that comes back; a tab whose columns
    // the deputy moved is read again by its real header.
    const headerKeys = (Object.keys(TABS) as TabKey[]).filter((k) => this.has(k) && !this.headers.has(k));
    const layout = (key: TabKey) => this.headers.get(key) ?? TABS[key].columns.map((c) => c.header);
    const lettersOf = (key: TabKey, columns: readonly string[], header: readonly RawCell[]) => {
      const spec = TABS[key];
      const declared = spec.columns.filter((c) => columns.includes(c.key));
      const located = locateColumns({ ...spec, columns: declared }, header).columns;
      return declared.filter((c) => located.has(c.key)).map((c) => columnLetters(located.get(c.key)! + 1));
    };
    const guessed = wanted.map(([key, columns]) => lettersOf(key, columns, layout(key)));
    const ranges = [
      ...headerKeys.map((k) => rangeOf(this.workbook.nameOf(k), '1:1')),
      ...wanted.flatMap(([key], i) => guessed[i]!.map((l) => rangeOf(this.workbook.nameOf(key), `${l}2:${l}`))),
    ];
    const cells = batchGet(this.workbook.id(), ranges, 'UNFORMATTED_VALUE');
    headerKeys.forEach((k, i) => this.headers.set(k, cells[i]?.[0] ?? []));
    let at = headerKeys.length;
    wanted.forEach(([key, columns], i) => {
      const got = cells.slice(at, at + guessed[i]!.length);
      at += guessed[i]!.length;
      const real = lettersOf(key, columns, this.header(key));
      if (real.join() === guessed[i]!.join()) this.fetched.set(`${key}|${columns.join(',')}|*`, got);
    });
    for (const [key, columns] of wanted) this.scan(key, columns as never[]);
  }

  /** Several parts in one call (whole rows of several tabs), each as `part` gives it. */
  partMany<K extends TabKey>(list: ReadonlyArray<readonly [K, readonly number[]]>): Array<LoadedTab<K>> {
    const sorted = list.map(([key, rows]) => [key, [...new Set(rows)].filter((r) => r >= 2).sort((a, b) => a - b)] as const);
    for (const [key] of sorted) if (!this.has(key)) throw new MissingTabError(RU.problems.missingTab(TABS[key].name));
    // A view that holds the rows already serves (more rows of the tab never mislead: pages
    // decide over them as over the whole tab).
    const holding = (key: K, rows: readonly number[]) => this.parts.find((p) => p.key === key && rows.every((r) => p.grid.values[r - 1] !== undefined)) as LoadedTab<K> | undefined;
    const reading = sorted.filter(([key, rows]) => !this.tabs.has(key) && rows.length > 0 && !holding(key, rows));
    // A header not read yet comes as the first row read.
    const withHeader = reading.map(([key, rows]) => [key, this.headers.has(key) ? rows : [1, ...rows]] as const);
    const grids = readRowsOf(this.workbook, withHeader.map(([key, rows]) => ({ name: this.workbook.nameOf(key), rows })));
    const byKey = new Map(
      reading.map(([key], i) => {
        const grid = grids[i]!;
        if (this.headers.has(key)) return [key, grid] as const;
        this.headers.set(key, (grid.values[0] ?? []).map((c) => c));
        return [key, { ...grid, values: grid.values.slice(1), formulas: grid.formulas.slice(1) }] as const;
      }),
    );
    return sorted.map(([key, rows]) => (this.tabs.get(key) as LoadedTab<K> | undefined) ?? (byKey.has(key) ? this.partFrom(key, rows, byKey.get(key)!) : (holding(key, rows) ?? this.partFrom(key, rows, null))));
  }

  /** The header row of a tab; the first asked reads every tab's header in one call. */
  private header(key: TabKey): RawCell[] {
    if (!this.headers.has(key)) {
      const keys = (Object.keys(TABS) as TabKey[]).filter((k) => this.has(k) && !this.headers.has(k));
      const answers = batchGet(this.workbook.id(), keys.map((k) => rangeOf(this.workbook.nameOf(k), '1:1')), 'UNFORMATTED_VALUE');
      keys.forEach((k, i) => this.headers.set(k, answers[i]?.[0] ?? []));
    }
    return this.headers.get(key) ?? [];
  }

  /**
   * A view of some rows of a tab, read whole (values, and formulas where a cell has one) in one
   * call: a LoadedTab whose records are those rows'. Written through the unit like a whole tab.
   * From the whole tab when it is read already.
   */
  part<K extends TabKey>(key: K, rows: readonly number[]): LoadedTab<K> {
    return this.partMany([[key, rows]])[0]!;
  }

  private partFrom<K extends TabKey>(key: K, sorted: readonly number[], grid: Grid | null): LoadedTab<K> {
    const spec = TABS[key];
    const sheet = this.workbook.tab(key)!;
    const header = this.header(key);
    const lines = grid ? grid.values : [];
    const width = Math.max(header.length, ...lines.map((r) => r.length));
    const pad = <T>(line: T[], fill: T) => (line.length < width ? [...line, ...new Array<T>(width - line.length).fill(fill)] : line);
    const read = readTab(spec, [header, ...lines], [[], ...(grid ? grid.formulas : [])], this.workbook.zone, { serialDates: true, rowNumbers: sorted });
    read.width = Math.max(read.width, width);
    // The sheet's rows by number: the rows read and the header, the others holes.
    const values: RawCell[][] = [];
    const formulas: string[][] = [];
    values[0] = pad([...header], '');
    formulas[0] = pad(header.map(() => ''), '');
    sorted.forEach((row, i) => {
      values[row - 1] = pad(lines[i]!, '');
      formulas[row - 1] = pad(grid!.formulas[i]!, '');
    });
    values.length = Math.max(values.length, sheet.getLastRow());
    formulas.length = values.length;
    const view = this.viewFrom(key, sheet, { sheet, values, formulas, serialDates: true }, read);
    view.partial = { ids: () => this.idsOf(key) };
    this.parts.push(view as unknown as AnyTab);
    return view;
  }

  /**
   * Scans the declared columns and reads whole the rows `keep` accepts, with every row whose
   * declared cells did not read (a page shows those, read-only).
   */
  find<K extends TabKey, C extends keyof RecordOf<K> & string>(key: K, columns: readonly C[], keep: (value: Pick<RecordOf<K>, C>) => boolean): LoadedTab<K> {
    const loaded = this.tabs.get(key) as LoadedTab<K> | undefined;
    if (loaded) return loaded;
    const scanned = this.scan(key, columns);
    return this.part(key, [...scanned.records.filter((r) => keep(r.value)).map((r) => r.row), ...scanned.failed]);
  }

  /** Every row of a small tab, read whole by rows (a whole-sheet read costs the sheet's full grid). */
  every<K extends TabKey>(key: K): LoadedTab<K> {
    const column = (TABS[key].columns.find((c) => c.key === 'id') ?? TABS[key].columns[0]!).key;
    const scanned = this.scan(key, [column] as never[]);
    return this.part(key, [...scanned.records.map((r) => r.row), ...scanned.failed]);
  }

  /** The record with this id, read alone: its id column scanned, its row read whole. */
  byId<K extends TabKey>(key: K, id: string): LoadedTab<K> {
    const found = this.scan(key, ['id'] as never[]).records.filter((r) => (r.value as { id?: unknown }).id === id);
    return this.part(key, found.map((r) => r.row));
  }

  /** The row the user has selected on this tab's sheet, read whole (empty when the selection is elsewhere). */
  selection<K extends TabKey>(key: K): { row: number; tab: LoadedTab<K> } {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const sheet = spreadsheet.getActiveSheet();
    const range = sheet && sheet.getName() === this.workbook.nameOf(key) ? spreadsheet.getActiveRange() : null;
    const row = range ? range.getRow() : 0;
    return { row, tab: this.part(key, row >= 2 ? [row] : []) };
  }

  /** Teachers' ids and names, for choices and the names beside ids. */
  teacherNames(): TeacherNames {
    const loaded = this.tabs.get('teachers') as LoadedTab<'teachers'> | undefined;
    if (loaded) return loaded;
    const records = this.scan('teachers', ['id', 'fullName']).records;
    const column = (locateColumns(TABS.teachers, this.header('teachers')).columns.get('id') ?? 0) + 1;
    return { records, byId: new IdIndex(this.workbook.nameOf('teachers'), column, records.map((r) => [r.value.id, r] as const)) };
  }

  /** Every id in a tab (new ids must pass them all); the id column is read only when asked. */
  private idsOf(key: TabKey): unknown[] {
    const loaded = this.tabs.get(key);
    if (loaded) return loaded.read.records.map((r) => r.values.id);
    // The store's counter is past every id the add-on handed out; the column is read for a
    // book that lost it (a copy), where ids typed or copied in must still be passed.
    const known = this.allIds.get(key);
    if (known) return known;
    const counter = documentStore().getProperty(idCounterKey(TABS[key]));
    if (counter !== null && Number(counter) > 0) return this.viewsOf(key).flatMap((v) => v.read.records.map((r) => r.values.id));
    return this.scan(key, ['id'] as never[]).records.map((r) => (r.value as { id?: unknown }).id);
  }

  private viewFrom<K extends TabKey>(key: K, sheet: GoogleAppsScript.Spreadsheet.Sheet, grid: LoadedTab<K>['grid'], read: TabRead): LoadedTab<K> {
    const { records } = typedRecords(key, read);
    const byId = new IdIndex<Located<RecordOf<K>>>(this.workbook.nameOf(key), (read.columns.get('id') ?? 0) + 1);
    for (const record of records) {
      const id = (record.value as { id?: unknown }).id;
      if (typeof id === 'string') byId.set(id, record);
    }
    return { key, sheet, name: this.workbook.nameOf(key), grid, read, records, byId };
  }

  private viewsOf(key: TabKey): AnyTab[] {
    const whole = this.tabs.get(key);
    return [...(whole ? [whole] : []), ...this.parts.filter((p) => p.key === key)];
  }

  /** Appends records through a view of their tab (labels filled); returns their ids. */
  insert<K extends TabKey>(tab: LoadedTab<K>, values: ReadonlyArray<Partial<RecordOf<K>>>): string[] {
    if (values.length === 0) return [];
    const labelled = values.map((v) => this.withLabels(tab.key, v as Record<string, unknown>, null));
    const before = tab.grid.values.length;
    const ids = insertRecords(this.workbook, tab, labelled as never);
    this.allIds.get(tab.key)?.push(...ids);
    const written = Array.from({ length: tab.grid.values.length - before }, (_, i) => before + i + 1);
    this.follow(tab as unknown as AnyTab, written);
    return ids;
  }

  /** Rewrites fields of records the view holds (their labels refilled from the references). */
  update<K extends TabKey>(tab: LoadedTab<K>, updates: ReadonlyArray<{ row: number; values: Partial<RecordOf<K>> }>): void {
    if (updates.length === 0) return;
    for (const u of updates) if (!tab.grid.values[u.row - 1]) throw new BookProblem(RU.errors.unexpected);
    const current = new Map(tab.read.records.map((r) => [r.row, r.values]));
    const labelled = updates.map((u) => ({ row: u.row, values: this.withLabels(tab.key, u.values as Record<string, unknown>, current.get(u.row) ?? null) }));
    updateRecords(this.workbook, tab, labelled as never);
    this.follow(tab as unknown as AnyTab, updates.map((u) => u.row));
  }

  /** Deletes sheet rows through a view; every view of the tab follows. */
  remove(tab: AnyTab | LoadedTab<TabKey>, rows: readonly number[]): void {
    if (rows.length === 0) return;
    deleteRows(tab as AnyTab, rows);
    for (const view of this.viewsOf(tab.key)) if (view !== tab) forgetRows(view, rows);
    this.forgetScans(tab.key);
  }

  /**
   * The label beside each reference of a written row, from the referenced record: given ids, or
   * the row's own when the write leaves them. An id that names no record keeps what is there
   * (the data check reports it).
   */
  private withLabels(key: TabKey, values: Record<string, unknown>, current: Record<string, unknown> | null): Record<string, unknown> {
    const out = { ...values };
    for (const column of TABS[key].columns) {
      if (column.kind.type !== 'ref' && column.kind.type !== 'refs') continue;
      // A name the action gives (read fresh in this action) stands; one it leaves is filled.
      const label = values[column.kind.label];
      if (label !== undefined && label !== null && label !== '') continue;
      const given = column.key in values ? values[column.key] : current?.[column.key];
      const ids = (Array.isArray(given) ? given : [given]).filter((v): v is string => typeof v === 'string' && v !== '');
      if (ids.length === 0) continue;
      const names = ids.map((id) => this.labelOf(column.kind.type === 'ref' || column.kind.type === 'refs' ? column.kind.tab : key, id));
      if (names.some((n) => n === undefined)) continue;
      out[column.kind.label] = names.join(LIST_SEPARATOR);
    }
    return out;
  }

  /** How a record is named where others refer to it: from a view holding it, else from a scan of the tab's label columns. */
  labelOf(key: TabKey, id: string): string | undefined {
    for (const view of this.viewsOf(key)) {
      const found = view.byId.get(id);
      if (found) return recordLabel(key, found.value as Record<string, unknown>);
    }
    if (!this.has(key)) return undefined;
    let labels = this.labelMaps.get(key);
    if (!labels) {
      const scanned = this.scan(key, ['id', ...LABEL_COLUMNS[key]] as never[]);
      labels = new Map(scanned.records.map((r) => [String((r.value as { id: unknown }).id), recordLabel(key, r.value as Record<string, unknown>)]));
      this.labelMaps.set(key, labels);
    }
    return labels.get(id);
  }

  /**
   * The names shown for some records of `target` rewritten wherever they are referred to: each
   * referring tab is scanned by its id columns, and only rows naming one of `ids` are read whole
   * and written (only where the shown name differs).
   */
  relabel(target: TabKey, ids: ReadonlySet<string>, labelOf: (id: string) => string | undefined): void {
    if (ids.size === 0) return;
    for (const spec of Object.values(TABS)) {
      const refs = spec.columns.filter((c) => (c.kind.type === 'ref' || c.kind.type === 'refs') && c.kind.tab === target);
      if (refs.length === 0 || !this.has(spec.key)) continue;
      const idsOfRow = (values: Record<string, unknown>, key: string) => {
        const v = values[key];
        return (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string' && x !== '');
      };
      const scanned = this.scan(spec.key, refs.map((c) => c.key) as never[]);
      const rows = scanned.records.filter((r) => refs.some((c) => idsOfRow(r.value as Record<string, unknown>, c.key).some((id) => ids.has(id)))).map((r) => r.row);
      if (rows.length === 0) continue;
      const view = this.part(spec.key, rows);
      const updates: Array<{ row: number; values: Record<string, unknown> }> = [];
      const wanted = new Set(rows);
      for (const record of view.records.filter((r) => wanted.has(r.row))) {
        const values = record.value as Record<string, unknown>;
        const changed: Record<string, unknown> = {};
        for (const column of refs) {
          if (column.kind.type !== 'ref' && column.kind.type !== 'refs') continue;
          const named = idsOfRow(values, column.key);
          if (!named.some((id) => ids.has(id))) continue;
          const names = named.map((id) => (ids.has(id) ? labelOf(id) : this.labelOf(target, id)));
          if (names.some((n) => n === undefined)) continue; // an unknown id is the data check's to report
          const shown = names.join(LIST_SEPARATOR);
          if (values[column.kind.label] !== shown) changed[column.kind.label] = shown;
        }
        if (Object.keys(changed).length > 0) updates.push({ row: record.row, values: changed });
      }
      this.update(view, updates as never);
    }
  }

  /**
   * After a write: the rows written are typed again in every view that holds them (the view
   * written gets its new rows; another view gets them when it is whole), and scans are forgotten.
   */
  private follow(written: AnyTab, rows: readonly number[]): void {
    const spec = TABS[written.key];
    for (const view of this.viewsOf(written.key)) {
      for (const row of rows) {
        const line = written.grid.values[row - 1];
        if (!line) continue;
        if (view !== written) {
          const holds = view.grid.values[row - 1] !== undefined;
          if (!holds && view.partial) continue;
          if (view.grid.values.length < row - 1) view.grid.values.length = row - 1;
          view.grid.values[row - 1] = [...line];
          view.grid.formulas[row - 1] = [...(written.grid.formulas[row - 1] ?? [])];
        }
        const header = view.grid.values[0] ?? [];
        const read = readTab(spec, [header, view.grid.values[row - 1]!], [[], view.grid.formulas[row - 1] ?? []], this.workbook.zone, {
          serialDates: view.read.serialDates,
          rowNumbers: [row],
        });
        view.read.records = view.read.records.filter((r) => r.row !== row);
        view.records = view.records.filter((r) => r.row !== row);
        for (const [id, r] of view.byId) if (r.row === row) view.byId.delete(id);
        view.read.records.push(...read.records);
        view.read.records.sort((a, b) => a.row - b.row);
        const typed = typedRecords(written.key, read).records;
        view.records.push(...typed);
        view.records.sort((a, b) => a.row - b.row);
        for (const r of typed) {
          const id = (r.value as { id?: unknown }).id;
          if (typeof id === 'string') view.byId.set(id, r);
        }
      }
    }
    this.forgetScans(written.key);
  }

  /**
   * Forgets what this action read of a tab (its header stays): the next read sees the sheet as it
   * is now. A long batch reads the rows it writes again inside the lock, as people edit meanwhile.
   */
  forget(key: TabKey): void {
    this.tabs.delete(key);
    for (let i = this.parts.length - 1; i >= 0; i--) if (this.parts[i]!.key === key) this.parts.splice(i, 1);
    this.forgetScans(key);
    this.allIds.delete(key);
  }

  private forgetScans(key: TabKey): void {
    for (const k of [...this.scans.keys()]) if (k.startsWith(`${key}|`)) this.scans.delete(k);
    this.labelMaps.delete(key);
  }
}

/** The columns `recordLabel` names a record by (labels.ts). */
const LABEL_COLUMNS: Record<TabKey, readonly string[]> = {
  teachers: ['fullName'],
  communities: ['name'],
  programmes: ['teacherName', 'start'],
  sessions: ['date', 'topic'],
  protocols: ['number', 'communityName', 'date'],
  classes: [],
  members: [],
  planItems: [],
  outcomes: [],
  decisions: [],
  achievements: [],
  selfDiagnoses: [],
  feedback: [],
  helpRequests: [],
  studentSurveys: [],
  documents: [],
  mailings: [],
  log: [],
  settings: [],
  communityPlans: [],
  orders: [],
  attachments: [],
  coachingAgreements: [],
};

/** Adjacent rows as [first, last] runs. */
function runsOf(sorted: readonly number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && row === last[1] + 1) last[1] = row;
    else runs.push([row, row]);
  }
  return runs;
}
