/**
 * «Настроить книгу»: creates what is missing and nothing else. Idempotent: a second run changes
 * nothing; on a book with data nothing is lost or moved; a column a person renamed or deleted is
 * reported, not recreated elsewhere (layout.ts).
 */
import { withDocumentLock } from '../platform/lock';
import type { TabKey, TabSpec } from './columns';
import { highlightsFor } from './highlights';
import { idCounterKey, nextIds } from './ids';
import { planLayout, type LayoutPlan } from './layout';
import { isBlank, type RawCell } from './cells';
import type { Problem } from './read';
import { SETTINGS } from './settings';
import { wordedKind } from './regulation-read';
import { openWorkbook, type Workbook } from './sheets';
import { columnLetters } from './a1';
import { batchGet, rangeOf } from '../platform/sheets-api';
import { TAB_ORDER, TABS } from './tabs';
import { dressingOf, formatColumns, protectHeader, RuleCache, stillDressed, styleHeader } from './setup-format';
import type { Highlight } from './highlights';
import { documentStore, type Store } from '../platform/store';
import { legacyKeys, MEMORY_KEY, readMemory, type SetupMemory } from './setup-memory';
import { parseTabIds, TAB_IDS_KEY, type TabIds } from './tab-identity';
import { RU } from '../text/ru';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SetupReport {
  createdTabs: string[];
  addedColumns: string[];
  /** «Tab: header» of columns whose earlier header set-up replaced with the current one. */
  renamedColumns: string[];
  /** «Own name» → «name now» of tabs a person renamed: set-up works with them as they are. */
  renamedTabs: string[];
  idsAssigned: number;
  settingsAdded: number;
  problems: Problem[];
}

type Stored = Record<string, string>;

export function setUpWorkbook(): SetupReport {
  return setUpBook().report;
}

/** What set-up opened and read whole, for the menu's next step in the same execution. */
export interface SetupRun {
  report: SetupReport;
  workbook: Workbook;
  store: Store;
}

export function setUpBook(): SetupRun {
  return withDocumentLock(() => {
    const workbook = openWorkbook();
    const properties = documentStore();
    const stored: Stored = { ...properties.getProperties() };
    const memory = readMemory(stored);
    const updates: Stored = {};
    const report: SetupReport = { createdTabs: [], addedColumns: [], renamedColumns: [], renamedTabs: [], idsAssigned: 0, settingsAdded: 0, problems: [] };
    // Each tab by its identity first: a tab a person renamed is the tab (with its records), never
    // one to create again beside it.
    const resolution = workbook.identify(parseTabIds(stored[TAB_IDS_KEY]));
    for (const renamed of resolution.renamed) {
      report.renamedTabs.push(RU.setupReport.renamedTab(renamed.name, renamed.now));
      if (workbook.sheets.has(renamed.name)) report.problems.push({ tab: renamed.name, cell: '', message: RU.setupReport.twinTab(renamed.name, renamed.now), severity: 'warning' });
    }
    // Every tab and header first: a drop-down in one tab points at another tab's names. The
    // headers of all tabs come in one read; of the rows, only the columns set-up needs.
    const headers = readHeaders(workbook);
    const ids: TabIds = { ...resolution.ids };
    const planned = TAB_ORDER.map((key) => planTab(workbook, TABS[key], headers.get(key) ?? [], memory, report, ids));
    updates[TAB_IDS_KEY] = JSON.stringify(ids);
    readKeyColumns(workbook, planned);
    const positionOf = (tab: TabKey, column: string) => planned.find((p) => p.spec.key === tab)?.plan.positions.get(column);
    const rules = new RuleCache(workbook, positionOf);
    for (const tab of planned) dressTab(workbook, tab, rules, memory, stored, updates, report);
    updates[MEMORY_KEY] = JSON.stringify(memory);
    // Only what changed is written: each stored key costs a search and a write.
    const changed = Object.fromEntries(Object.entries(updates).filter(([key, value]) => stored[key] !== value));
    if (Object.keys(changed).length > 0) properties.setProperties(changed);
    // After the one key is written: a run cut in between leaves both, and the one key wins.
    for (const key of legacyKeys(stored)) properties.deleteProperty(key);
    return { report, workbook, store: properties };
  });
}

interface PlannedTab {
  spec: TabSpec;
  sheet: Sheet;
  /** The tab's name now (a person may have renamed it). */
  name: string;
  plan: LayoutPlan;
  remembered: Set<string> | null;
  width: number;
  /** Data rows (2 to the last filled row) and, for each, its id cell (read only when one may be blank) and its settings key cell. */
  rows: number;
  ids: RawCell[];
  keys: RawCell[];
  /** Row 2 as read with the headers. */
  second: RawCell[];
  /** Rows without an id that hold something (0-based data row → its cells). */
  unnamed: Map<number, RawCell[]>;
}

/** Rows 1 and 2 of every existing tab, in one read: the headers, and the first row's id. */
function readHeaders(workbook: Workbook): Map<TabKey, RawCell[][]> {
  const keys = TAB_ORDER.filter((key) => workbook.tab(key));
  const rows = batchGet(workbook.id(), keys.map((key) => rangeOf(workbook.nameOf(key), '1:2')), 'UNFORMATTED_VALUE');
  return new Map(keys.map((key, i) => [key, rows[i] ?? []]));
}

/**
 * Whether every data row of the tab has an id, without reading the column: the first row has one
 * and Ctrl+Down from the header stops at the last row (range#getnextdatacelldirection stops at the
 * end of a run of cells with data, so no blank lies between).
 */
function idsComplete(tab: PlannedTab, id: number): boolean {
  if (isBlank(tab.second[id])) return false;
  if (tab.rows === 1) return true;
  const end = tab.sheet.getRange(1, id + 1).getNextDataCell(SpreadsheetApp.Direction.DOWN).getRow();
  return end === tab.rows + 1;
}

/**
 * The id column of each tab that has a row without one, and the settings' key column, in one
 * read; then, in one more read and only if there are any, the rows without an id, to tell a row a
 * person typed from a blank one.
 */
function readKeyColumns(workbook: Workbook, planned: PlannedTab[]): void {
  const wanted: Array<{ tab: PlannedTab; field: 'ids' | 'keys'; index: number }> = [];
  for (const tab of planned) {
    tab.rows = Math.max(0, tab.sheet.getLastRow() - 1);
    if (tab.rows === 0) continue;
    const id = tab.plan.positions.get('id');
    if (id !== undefined && !idsComplete(tab, id)) wanted.push({ tab, field: 'ids', index: id });
    const key = tab.spec.key === 'settings' ? tab.plan.positions.get('key') : undefined;
    if (key !== undefined) wanted.push({ tab, field: 'keys', index: key });
  }
  const letters = (w: (typeof wanted)[number]) => columnLetters(w.index + 1);
  const columns = batchGet(workbook.id(), wanted.map((w) => rangeOf(w.tab.name, `${letters(w)}2:${letters(w)}${w.tab.rows + 1}`)), 'UNFORMATTED_VALUE');
  wanted.forEach((w, i) => (w.tab[w.field] = Array.from({ length: w.tab.rows }, (_, r) => columns[i]?.[r]?.[0] ?? '')));
  const blank = planned.flatMap((tab) => tab.ids.map((id, r) => (isBlank(id) ? { tab, r } : null)).filter((x) => x !== null));
  const rows = batchGet(workbook.id(), blank.map(({ tab, r }) => rangeOf(tab.name, `${r + 2}:${r + 2}`)), 'UNFORMATTED_VALUE');
  blank.forEach(({ tab, r }, i) => tab.unnamed.set(r, rows[i]?.[0] ?? []));
}

function planTab(workbook: Workbook, spec: TabSpec, top: RawCell[][], memory: SetupMemory, report: SetupReport, ids: TabIds): PlannedTab {
  const header = top[0] ?? [];
  let sheet = workbook.tab(spec.key);
  const isNew = !sheet;
  if (!sheet) {
    sheet = workbook.spreadsheet.insertSheet(spec.name, workbook.sheets.size);
    workbook.sheets.set(spec.name, sheet);
    workbook.created(spec.key, sheet);
    ids[spec.key] = sheet.getSheetId();
    report.createdTabs.push(spec.name);
  }
  const name = workbook.nameOf(spec.key);
  // A tab created just now (first run, or deleted by a person) starts from a clean layout.
  const seen = memory.layout[spec.key];
  const remembered = !isNew && seen ? new Set<string>(seen) : null;
  const plan = planLayout(spec, header, remembered);
  report.problems.push(...plan.problems);
  if (plan.append.length > 0) {
    const first = plan.positions.get(plan.append[0]!.key)! + 1;
    const needed = first + plan.append.length - 1;
    if (sheet.getMaxColumns() < needed) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed - sheet.getMaxColumns());
    sheet.getRange(1, first, 1, plan.append.length).setValues([plan.append.map((c) => c.header)]);
    // A new tab's columns are news only as the tab itself.
    if (!isNew) report.addedColumns.push(...plan.append.map((c) => `${name}: ${c.header}`));
  }
  for (const { column, index } of plan.renamed) {
    sheet.getRange(1, index + 1).setValue(column.header);
    report.renamedColumns.push(`${name}: ${column.header}`);
  }
  const width = Math.max(header.length, ...[...plan.positions.values()].map((p) => p + 1));
  return { spec, sheet, name, plan, remembered, width, rows: 0, ids: [], keys: [], second: top[1] ?? [], unnamed: new Map() };
}

/**
 * A tab whose dressing is what set-up applied last time (same layout, size and settings) and that
 * still shows it is left alone: a repeat set-up then reads a few settings per tab and writes none.
 */
function dressTab(workbook: Workbook, tab: PlannedTab, rules: RuleCache, memory: SetupMemory, stored: Stored, updates: Stored, report: SetupReport): void {
  const { spec, sheet, plan } = tab;
  // Drop-downs and notes offer the book's regulation's words.
  const present = spec.columns.filter((c) => plan.positions.has(c.key)).map((c) => ({ ...c, kind: wordedKind(c.kind, workbook.regulation) }));
  const columns = present.map((column) => ({ column, index: plan.positions.get(column.key)! + 1 }));
  const highlights = highlightsFor(spec.key, plan.positions);
  const fingerprint = dressingOf(sheet, tab.width, columns, rules, highlights);
  const kept = memory.dressed[spec.key] === fingerprint && stillDressed(sheet, tab.width, columns, rules) && highlightsKept(sheet, highlights);
  if (!kept) {
    styleHeader(sheet, tab.width, present, plan.positions);
    formatColumns(sheet, columns, rules);
    applyHighlights(sheet, spec, highlights, plan.positions, rules.rowsOf(sheet), memory);
    memory.dressed[spec.key] = fingerprint;
  }
  protectHeader(sheet);
  report.idsAssigned += assignIds(sheet, tab, stored, updates);
  if (spec.key === 'settings') report.settingsAdded += addMissingSettings(workbook, sheet, tab.keys, plan.positions);
  memory.layout[spec.key] = [...new Set([...(tab.remembered ?? []), ...present.map((c) => c.key)])];
}

/** Our conditional formats are all still on the tab. */
function highlightsKept(sheet: Sheet, highlights: readonly Highlight[]): boolean {
  if (highlights.length === 0) return true;
  const formulas = new Set(sheet.getConditionalFormatRules().flatMap((rule) => (rule.getBooleanCondition()?.getCriteriaValues() ?? []).map(String)));
  return highlights.every((h) => formulas.has(h.formula));
}

/** Rows a person added by hand get an id; existing ids are never changed (only new ids are written). */
function assignIds(sheet: Sheet, tab: PlannedTab, stored: Stored, updates: Stored): number {
  const { spec, plan } = tab;
  const idColumn = plan.positions.get('id');
  if (idColumn === undefined || tab.rows === 0) return 0;
  const known = spec.columns.map((c) => plan.positions.get(c.key)).filter((p): p is number => p !== undefined && p !== idColumn);
  const missing = [...tab.unnamed].filter(([, row]) => known.some((p) => !isBlank(row[p]))).map(([r]) => r).sort((a, b) => a - b);
  if (missing.length === 0) return 0;
  const counterKey = idCounterKey(spec);
  const { ids, counter } = nextIds(spec, Number(stored[counterKey] ?? 0), tab.ids, missing.length);
  // Runs of neighbouring rows are written as one block each.
  for (let i = 0; i < missing.length; ) {
    let j = i + 1;
    while (j < missing.length && missing[j] === missing[j - 1]! + 1) j++;
    sheet.getRange(missing[i]! + 2, idColumn + 1, j - i, 1).setValues(ids.slice(i, j).map((id) => [id]));
    i = j;
  }
  updates[counterKey] = String(counter);
  return missing.length;
}

/** Our rules are replaced; a person's own rules on the tab are kept. */
function applyHighlights(sheet: Sheet, spec: TabSpec, highlights: readonly Highlight[], positions: Map<string, number>, maxRows: number, memory: SetupMemory): void {
  const previous = new Set<string>(memory.highlights[spec.key] ?? []);
  if (highlights.length === 0 && previous.size === 0) return;
  const ours = new Set([...previous, ...highlights.map((h) => h.formula)]);
  const kept = sheet.getConditionalFormatRules().filter((rule) => {
    const values = rule.getBooleanCondition()?.getCriteriaValues() ?? [];
    return !values.some((v) => ours.has(String(v)));
  });
  const rows = Math.max(maxRows - 1, 1);
  const added = highlights.map((h) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(h.formula)
      .setBackground(h.background)
      .setRanges([sheet.getRange(2, positions.get(h.column)! + 1, rows, 1)])
      .build(),
  );
  sheet.setConditionalFormatRules([...kept, ...added]);
  memory.highlights[spec.key] = highlights.map((h) => h.formula);
}

/** One row per setting; a missing one is appended with its default, values typed are kept. */
function addMissingSettings(workbook: Workbook, sheet: Sheet, keys: readonly RawCell[], positions: Map<string, number>): number {
  const present = new Set(keys.map((key) => String(key ?? '').trim()));
  const missing = SETTINGS.filter((s) => !present.has(s.key));
  if (missing.length === 0) return 0;
  const width = Math.max(...[...positions.values()]) + 1;
  const rows = missing.map((setting) => {
    const row: RawCell[] = new Array<RawCell>(width).fill('');
    const put = (column: string, value: RawCell) => {
      const index = positions.get(column);
      if (index !== undefined) row[index] = value;
    };
    put('key', setting.key);
    put('label', setting.label);
    put('value', setting.initial?.({ timeZone: workbook.timeZone }) ?? '');
    put('help', setting.help);
    return row;
  });
  const firstRow = Math.max(sheet.getLastRow(), 1) + 1;
  sheet.getRange(firstRow, 1, rows.length, width).setValues(rows);
  return missing.length;
}

