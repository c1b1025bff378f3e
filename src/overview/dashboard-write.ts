/**
 * Rebuilds «Сводка»: one read per tab, the figures computed by the pure domain, the tab rewritten
 * as one block of values, and its charts updated in place (found by title, so a rebuild never
 * adds a second copy, and a chart the deputy moved stays where they put it).
 */
import { computeDashboard, DASHBOARD_SESSION_FIELDS, type Dashboard, type DashboardInput, type DashboardSession } from '../domain/dashboard';
import { withDocumentLock } from '../platform/lock';
import { RU } from '../text/ru';
import { Unit } from '../workbook/unit';
import { openWorkbook, type Workbook } from '../workbook/sheets';
import { dashboardSheet, type ChartPlan, type Rect } from './dashboard-layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const WHOLE_TABS = ['teachers', 'programmes', 'planItems', 'communities', 'members', 'protocols', 'achievements', 'selfDiagnoses', 'feedback'] as const;

/**
 * The workbook's records the dashboard reads: the smaller tabs whole in one call, the sessions
 * (the largest tab by far) by the columns the figures use.
 */
export function dashboardInput(workbook: Workbook, today = workbook.zone.dayOf(new Date())): DashboardInput {
  const unit = new Unit(workbook).load(WHOLE_TABS);
  const tabs = Object.fromEntries(WHOLE_TABS.map((k) => [k, unit.tab(k).records.map((r) => r.value)])) as unknown as Omit<DashboardInput, 'today' | 'sessions'>;
  const sessions: DashboardSession[] = unit.scan('sessions', DASHBOARD_SESSION_FIELDS).records.map((r) => r.value);
  return { today, ...tabs, sessions };
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
  const sheet = ensureSheet(workbook, RU.overview.tabName);
  if (sheet.getMaxColumns() < layout.width) sheet.insertColumnsAfter(sheet.getMaxColumns(), layout.width - sheet.getMaxColumns());
  if (sheet.getMaxRows() < layout.rows.length) sheet.insertRowsAfter(sheet.getMaxRows(), layout.rows.length - sheet.getMaxRows());
  sheet.clearContents();
  const block = sheet.getRange(1, 1, layout.rows.length, layout.width);
  block.setValues(layout.rows);
  const bold = new Set(layout.boldRows);
  block.setFontWeights(layout.rows.map((_, i) => new Array<GoogleAppsScript.Spreadsheet.FontWeight>(layout.width).fill(bold.has(i + 1) ? 'bold' : 'normal')));
  placeCharts(sheet, layout.charts);
}

function ensureSheet(workbook: Workbook, name: string): Sheet {
  const existing = workbook.sheets.get(name);
  if (existing) return existing;
  const sheet = workbook.spreadsheet.insertSheet(name, 0);
  workbook.sheets.set(name, sheet);
  return sheet;
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
