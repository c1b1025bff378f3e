/**
 * Rebuilds «Сводка»: one read per tab, the figures computed by the pure domain, the tab rewritten
 * as one block of values, and its charts updated in place (found by title, so a rebuild never
 * adds a second copy, and a chart the deputy moved stays where they put it).
 */
import { viewSheet } from '../workbook/view-tabs';
import { computeDashboard, DASHBOARD_FIELDS, DASHBOARD_SESSION_FIELDS, type Dashboard, type DashboardInput, type DashboardTabs } from '../domain/dashboard';
import type { LocalDate } from '../domain/local-date';
import { parseMinimumMonths } from '../domain/minimum-months';
import { withDocumentLock } from '../platform/lock';
import { RU } from '../text/ru';
import { scanTabs, type ScanResult } from '../workbook/scan-tabs';
import { openWorkbook, type Workbook } from '../workbook/sheets';
import { dashboardSheet, type Cell, type ChartPlan, type Rect } from './dashboard-layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The workbook's records the dashboard reads: of each tab only the columns the figures use, all
 * tabs in two Sheets API calls.
 */
export function dashboardInput(workbook: Workbook, today = workbook.zone.dayOf(new Date())): DashboardInput {
  const scans = scanTabs(workbook, { ...DASHBOARD_FIELDS, sessions: DASHBOARD_SESSION_FIELDS, ...settingsRequest(workbook) });
  return { ...tabsOf(scans, today, minimumMonthsOf(scans)), sessions: valuesOf(scans.sessions) };
}

/** «Настройки» by key and value, in the same call as the figures' columns (a book without the tab keeps the defaults). */
export function settingsRequest(workbook: Workbook): { settings?: readonly ['key', 'value'] } {
  return workbook.tab('settings') ? { settings: ['key', 'value'] as const } : {};
}

/** The months «Настройки» name for the communities' minimum (minimum-months.ts). */
export function minimumMonthsOf(scans: { settings?: { records: ReadonlyArray<{ value: Partial<Record<'key' | 'value', unknown>> }> } }): number[] {
  const typed = scans.settings?.records.find((r) => r.value.key === 'minimumMonths')?.value.value;
  // A single month typed as a number («9») arrives as one: read it as the rhythm does, not as blank.
  return parseMinimumMonths(typeof typed === 'string' || typeof typed === 'number' ? String(typed) : null).months;
}

const valuesOf = <T>(scan: { records: Array<{ value: T }> }): T[] => scan.records.map((r) => r.value);

/** Every tab but the sessions, from a scan of DASHBOARD_FIELDS (dashboard-parts.ts reads them alone). */
export function tabsOf(scans: ScanResult<typeof DASHBOARD_FIELDS>, today: LocalDate, minimumMonths: readonly number[]): DashboardTabs {
  return {
    today,
    minimumMonths,
    teachers: valuesOf(scans.teachers),
    programmes: valuesOf(scans.programmes),
    planItems: valuesOf(scans.planItems),
    communities: valuesOf(scans.communities),
    members: valuesOf(scans.members),
    protocols: valuesOf(scans.protocols),
    achievements: valuesOf(scans.achievements),
    selfDiagnoses: valuesOf(scans.selfDiagnoses),
    feedback: valuesOf(scans.feedback),
  };
}

/** Recomputes and rewrites «Сводка» (the monthly tick calls this too). Returns the figures. */
export function rebuildDashboard(): Dashboard {
  return withDocumentLock(() => rebuildDashboardHoldingLock(openWorkbook()));
}

/**
 * The same for a caller that already holds the document lock: Apps Script's lock is one per
 * execution, so a nested withDocumentLock would release the caller's lock on its way out.
 */
export function rebuildDashboardHoldingLock(workbook: Workbook): Dashboard {
  const dashboard = computeDashboard(dashboardInput(workbook));
  writeDashboard(workbook, dashboard);
  return dashboard;
}

export function writeDashboard(workbook: Workbook, dashboard: Dashboard): void {
  const layout = dashboardSheet(dashboard);
  const sheet = viewSheet(workbook, 'dashboard', RU.overview.tabName, 0);
  if (sheet.getMaxColumns() < layout.width) sheet.insertColumnsAfter(sheet.getMaxColumns(), layout.width - sheet.getMaxColumns());
  if (sheet.getMaxRows() < layout.rows.length) sheet.insertRowsAfter(sheet.getMaxRows(), layout.rows.length - sheet.getMaxRows());
  sheet.clearContents();
  // Each run of rows as wide as its own widest row: the silent teachers' two columns are not
  // padded to the width of a school's twenty communities.
  for (const band of bands(layout.rows)) sheet.getRange(band.row, 1, band.cells.length, band.width).setValues(band.cells);
  // One weight for the block, then the titles: calls by sections, not by rows.
  sheet.getRange(1, 1, layout.rows.length, layout.width).setFontWeight('normal');
  for (const row of layout.boldRows) sheet.getRange(row, 1, 1, layout.width).setFontWeight('bold');
  // Column A holds the labels; at Sheets' default 100 px they were cut by the figures beside them.
  sheet.setColumnWidth(1, LABEL_COLUMN_WIDTH);
  placeCharts(sheet, layout.charts);
}

const LABEL_COLUMN_WIDTH = 460;

/**
 * Consecutive rows grouped while the padding a group's width adds stays small; a row's cells past
 * its own length are blank (the tab's contents were cleared).
 */
export function bands(rows: readonly Cell[][]): Array<{ row: number; width: number; cells: Cell[][] }> {
  const used = (r: readonly Cell[]) => {
    let n = r.length;
    while (n > 1 && r[n - 1] === '') n--;
    return Math.max(1, n);
  };
  const out: Array<{ row: number; width: number; lines: Array<readonly Cell[]>; filled: number }> = [];
  rows.forEach((line, i) => {
    const width = used(line);
    const last = out.at(-1);
    const wider = last ? Math.max(last.width, width) : width;
    // Padding allowed: a few hundred blank cells, nothing against a call's 7 ms.
    if (last && wider * (last.lines.length + 1) - (last.filled + width) <= 500) {
      last.width = wider;
      last.lines.push(line);
      last.filled += width;
    } else out.push({ row: i + 1, width, lines: [line], filled: width });
  });
  return out.map((b) => ({ row: b.row, width: b.width, cells: b.lines.map((l) => Array.from({ length: b.width }, (_, c) => l[c] ?? '')) }));
}

const CHART_TITLES = [RU.overview.chartSessions, RU.overview.chartOutcomes, RU.overview.chartRegularity] as readonly string[];

/**
 * Our charts are known by their titles. One per title is kept and pointed at the new ranges; extra
 * copies (a duplicated sheet, an older rebuild) and charts whose table is gone are removed.
 * Charts the deputy made themselves are left alone.
 */
function placeCharts(sheet: Sheet, plans: ChartPlan[]): void {
  const existing = sheet.getCharts();
  const titleOf = (c: GoogleAppsScript.Spreadsheet.EmbeddedChart) => String(c.getOptions().get('title') ?? '');
  const kept = new Set<GoogleAppsScript.Spreadsheet.EmbeddedChart>();
  for (const plan of plans) {
    const range = rangeOf(sheet, plan.range);
    const mine = existing.filter((c) => titleOf(c) === plan.title);
    const type = Charts.ChartType[plan.type];
    if (mine[0]) {
      kept.add(mine[0]);
      sheet.updateChart(styled(mine[0].modify().clearRanges().addRange(range).setChartType(type), plan).build());
    } else {
      sheet.insertChart(styled(sheet.newChart().setChartType(type).addRange(range).setPosition(plan.anchor.row, plan.anchor.column, 0, 0), plan).build());
    }
  }
  for (const chart of existing) if (!kept.has(chart) && CHART_TITLES.includes(titleOf(chart))) sheet.removeChart(chart);
}

function styled(builder: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, plan: ChartPlan): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
  return builder.setNumHeaders(1).setOption('title', plan.title).setOption('isStacked', plan.stacked).setOption('legend', { position: 'right' });
}

function rangeOf(sheet: Sheet, rect: Rect): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(rect.row, rect.column, rect.numRows, rect.numColumns);
}
