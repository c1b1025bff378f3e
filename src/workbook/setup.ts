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
import { openWorkbook, readGrid, type Grid, type Workbook } from './sheets';
import { TAB_ORDER, TABS } from './tabs';
import { formatColumns, protectHeader, styleHeader, type PositionOf } from './setup-format';
import { documentStore } from '../platform/store';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SetupReport {
  createdTabs: string[];
  addedColumns: string[];
  idsAssigned: number;
  settingsAdded: number;
  problems: Problem[];
}

type Stored = Record<string, string>;

export function setUpWorkbook(): SetupReport {
  return withDocumentLock(() => {
    const workbook = openWorkbook();
    const properties = documentStore();
    const stored: Stored = { ...properties.getProperties() };
    const updates: Stored = {};
    const report: SetupReport = { createdTabs: [], addedColumns: [], idsAssigned: 0, settingsAdded: 0, problems: [] };
    // Every tab and header first: a drop-down in one tab points at another tab's names.
    const planned = TAB_ORDER.map((key) => planTab(workbook, TABS[key], stored, report));
    const positionOf = (tab: TabKey, column: string) => planned.find((p) => p.spec.key === tab)?.plan.positions.get(column);
    for (const tab of planned) dressTab(workbook, tab, positionOf, stored, updates, report);
    if (Object.keys(updates).length > 0) properties.setProperties(updates);
    return report;
  });
}

interface PlannedTab {
  spec: TabSpec;
  sheet: Sheet;
  grid: Grid;
  plan: LayoutPlan;
  remembered: Set<string> | null;
  width: number;
}

function planTab(workbook: Workbook, spec: TabSpec, stored: Stored, report: SetupReport): PlannedTab {
  let sheet = workbook.sheets.get(spec.name);
  const isNew = !sheet;
  if (!sheet) {
    sheet = workbook.spreadsheet.insertSheet(spec.name, workbook.sheets.size);
    workbook.sheets.set(spec.name, sheet);
    report.createdTabs.push(spec.name);
  }
  const grid = readGrid(sheet);
  const header = grid.values.length === 1 && grid.values[0]!.every(isBlank) ? [] : (grid.values[0] ?? []);
  // A tab created just now (first run, or deleted by a person) starts from a clean layout.
  const memory = stored[`layout.${spec.key}`];
  const remembered = !isNew && memory ? new Set<string>(JSON.parse(memory) as string[]) : null;
  const plan = planLayout(spec, header, remembered);
  report.problems.push(...plan.problems);
  if (plan.append.length > 0) {
    const first = plan.positions.get(plan.append[0]!.key)! + 1;
    const needed = first + plan.append.length - 1;
    if (sheet.getMaxColumns() < needed) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed - sheet.getMaxColumns());
    sheet.getRange(1, first, 1, plan.append.length).setValues([plan.append.map((c) => c.header)]);
    // A new tab's columns are news only as the tab itself.
    if (!isNew) report.addedColumns.push(...plan.append.map((c) => `${spec.name}: ${c.header}`));
  }
  const width = Math.max(header.length, ...[...plan.positions.values()].map((p) => p + 1));
  return { spec, sheet, grid, plan, remembered, width };
}

function dressTab(workbook: Workbook, tab: PlannedTab, positionOf: PositionOf, stored: Stored, updates: Stored, report: SetupReport): void {
  const { spec, sheet, grid, plan } = tab;
  const present = spec.columns.filter((c) => plan.positions.has(c.key));
  styleHeader(sheet, tab.width, present, plan.positions);
  formatColumns(workbook, sheet, present.map((column) => ({ column, index: plan.positions.get(column.key)! + 1 })), positionOf);
  protectHeader(sheet);
  applyHighlights(sheet, spec, plan.positions, stored, updates);
  report.idsAssigned += assignIds(sheet, spec, grid, plan.positions, stored, updates);
  if (spec.key === 'settings') report.settingsAdded += addMissingSettings(workbook, sheet, grid, plan.positions);
  updates[`layout.${spec.key}`] = JSON.stringify([...new Set([...(tab.remembered ?? []), ...present.map((c) => c.key)])]);
}

/** Rows a person added by hand get an id; existing ids are never changed. */
function assignIds(sheet: Sheet, spec: TabSpec, grid: Grid, positions: Map<string, number>, stored: Stored, updates: Stored): number {
  const idColumn = positions.get('id');
  if (idColumn === undefined || grid.values.length < 2) return 0;
  const known = spec.columns.map((c) => positions.get(c.key)).filter((p): p is number => p !== undefined && p !== idColumn);
  const rows = grid.values.slice(1);
  const missing = rows.map((row, i) => (isBlank(row[idColumn]) && known.some((p) => !isBlank(row[p])) ? i : -1)).filter((i) => i >= 0);
  if (missing.length === 0) return 0;
  const counterKey = idCounterKey(spec);
  const { ids, counter } = nextIds(spec, Number(stored[counterKey] ?? 0), rows.map((r) => r[idColumn]), missing.length);
  const column: RawCell[][] = rows.map((row) => [row[idColumn] ?? '']);
  missing.forEach((rowIndex, k) => (column[rowIndex] = [ids[k]!]));
  sheet.getRange(2, idColumn + 1, column.length, 1).setValues(column);
  updates[counterKey] = String(counter);
  return missing.length;
}

/** Our rules are replaced; a person's own rules on the tab are kept. */
function applyHighlights(sheet: Sheet, spec: TabSpec, positions: Map<string, number>, stored: Stored, updates: Stored): void {
  const highlights = highlightsFor(spec.key, positions);
  const key = `highlights.${spec.key}`;
  const previous = new Set<string>(stored[key] ? (JSON.parse(stored[key]!) as string[]) : []);
  if (highlights.length === 0 && previous.size === 0) return;
  const ours = new Set([...previous, ...highlights.map((h) => h.formula)]);
  const kept = sheet.getConditionalFormatRules().filter((rule) => {
    const values = rule.getBooleanCondition()?.getCriteriaValues() ?? [];
    return !values.some((v) => ours.has(String(v)));
  });
  const rows = Math.max(sheet.getMaxRows() - 1, 1);
  const added = highlights.map((h) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(h.formula)
      .setBackground(h.background)
      .setRanges([sheet.getRange(2, positions.get(h.column)! + 1, rows, 1)])
      .build(),
  );
  sheet.setConditionalFormatRules([...kept, ...added]);
  updates[key] = JSON.stringify(highlights.map((h) => h.formula));
}

/** One row per setting; a missing one is appended with its default, values typed are kept. */
function addMissingSettings(workbook: Workbook, sheet: Sheet, grid: Grid, positions: Map<string, number>): number {
  const keyColumn = positions.get('key')!;
  const present = new Set(grid.values.slice(1).map((row) => String(row[keyColumn] ?? '').trim()));
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

