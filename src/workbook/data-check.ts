/**
 * «Проверить данные»: reads every tab once and reports every problem with its tab and cell, in
 * the order the deputy will fix them. Changes nothing.
 */
import { checkBook } from './check';
import type { Problem, TabRead } from './read';
import { parseSettings, type Settings } from './settings';
import { openWorkbook, readBook, type Workbook } from './sheets';
import { TAB_ORDER, TABS } from './tabs';
import { typedRecords } from './typed';
import type { TabKey } from './columns';
import type { RawCell } from './cells';
import { parseA1 } from './a1';
import type { Zone } from '../domain/local-date';
import { RU } from '../text/ru';

export interface CheckReport {
  problems: Problem[];
  errors: number;
  warnings: number;
  /** Rows read per tab, so the deputy sees what was covered. */
  rows: Record<string, number>;
}

/** The tabs people fill; the log is the add-on's own. */
const CHECKED = TAB_ORDER.filter((key) => key !== 'log');

export function checkWorkbook(workbook: Workbook = openWorkbook()): CheckReport {
  const read = readBook(workbook, CHECKED);
  const problems: Problem[] = [...read.problems];
  const { settings: _settings, ...tabs } = read.book;
  for (const [key, tab] of Object.entries(tabs) as [TabKey, TabRead][]) {
    problems.push(...tab.problems, ...typedRecords(key, tab).problems);
  }
  problems.push(...checkBook(tabs, workbook.zone.dayOf(new Date())), ...mergedCells(workbook));
  if (read.book.settings) problems.push(...settingsFrom(read.book.settings, workbook.zone).problems, ...read.book.settings.problems);
  const rows: Record<string, number> = {};
  for (const tab of Object.values(read.book)) rows[(tab as TabRead).spec.name] = (tab as TabRead).records.length;
  const sorted = sortProblems(problems);
  return {
    problems: sorted,
    errors: sorted.filter((p) => p.severity === 'error').length,
    warnings: sorted.filter((p) => p.severity === 'warning').length,
    rows,
  };
}

/**
 * Merged cells hide every value but the upper-left one and break row-by-row writing: each merge in
 * a tab's data is named so the deputy can undo it. One call per tab, whatever its size.
 */
function mergedCells(workbook: Workbook): Problem[] {
  const problems: Problem[] = [];
  for (const key of CHECKED) {
    const sheet = workbook.sheets.get(TABS[key].name);
    if (!sheet) continue;
    for (const merge of sheet.getDataRange().getMergedRanges()) {
      const notation = merge.getA1Notation();
      problems.push({ tab: TABS[key].name, cell: notation.split(':')[0]!, message: RU.problems.merged(notation), severity: 'error' });
    }
  }
  return problems;
}

export function settingsFrom(tab: TabRead, zone: Zone): { settings: Settings; problems: ReturnType<typeof parseSettings>['problems'] } {
  const entries = new Map<string, { raw: RawCell; row: number }>();
  for (const record of tab.records) {
    const key = record.values.key;
    if (typeof key === 'string') entries.set(key, { raw: record.raw.value ?? '', row: record.row });
  }
  return parseSettings(entries, tab.columns.get('value') ?? 2, zone, tab.spec.name, tab.serialDates);
}

const TAB_RANK = new Map(TAB_ORDER.map((key, i) => [TABS[key].name, i]));

/** By tab (in the book's order), then row, then column; whole-tab problems first. */
export function sortProblems(problems: Problem[]): Problem[] {
  const parse = (cell: string) => parseA1(cell) ?? { row: 0, column: 0 };
  return [...problems].sort((a, b) => {
    const tab = (TAB_RANK.get(a.tab) ?? 99) - (TAB_RANK.get(b.tab) ?? 99);
    if (tab !== 0) return tab;
    const x = parse(a.cell);
    const y = parse(b.cell);
    return x.row - y.row || x.column - y.column;
  });
}
