/**
 * «Сводка» rebuilt in parts, as the data check is: a plan cuts the sessions (a region's 60,000
 * rows, most of what is read) into blocks, each part tallies one block in an execution of its
 * own, and the last call reads the other tabs, merges and writes the tab once. Every part counts
 * the rows as they stand, so hand edits are never out of step with a stored total.
 */
import { dashboardOf, DASHBOARD_FIELDS, type Dashboard } from '../domain/dashboard';
import type { LocalDate } from '../domain/local-date';
import { DASHBOARD_SESSION_FIELDS, EMPTY_TALLY, tallySessions, type SessionTally } from '../domain/session-tally';
import { RU } from '../text/ru';
import { MissingTabError } from '../workbook/repo';
import { rowBlocks } from '../workbook/row-blocks';
import { scanTabs, type RowBlock } from '../workbook/scan-tabs';
import type { Workbook } from '../workbook/sheets';
import { TABS } from '../workbook/tabs';
import { minimumMonthsOf, settingsRequest, tabsOf, writeDashboard } from './dashboard-write';

/**
 * Session cells one part reads: through the Sheets API at 0.03 ms a cell (bench/latency.ts) that
 * is 3 s, and decoding them stays well under a second of the add-on's own time.
 */
export const DASHBOARD_STEP_CELLS = 100_000;

export interface DashboardPlan {
  /** The day the figures are for, fixed by the plan so parts run across midnight agree. */
  today: LocalDate;
  /** Blocks of session rows; the last one reads to the tab's end, so rows added since count too. */
  steps: RowBlock[];
}

const NEEDED = [...(Object.keys(DASHBOARD_FIELDS) as Array<keyof typeof DASHBOARD_FIELDS>), 'sessions' as const];

export function planDashboard(workbook: Workbook, maxCells: number = DASHBOARD_STEP_CELLS, today = workbook.zone.dayOf(new Date())): DashboardPlan {
  for (const key of NEEDED) if (!workbook.tab(key)) throw new MissingTabError(RU.problems.missingTab(TABS[key].name));
  const rows = Math.max(1, Math.floor(maxCells / DASHBOARD_SESSION_FIELDS.length));
  const blocks: RowBlock[] = rowBlocks(workbook.tab('sessions')!.getLastRow(), rows);
  blocks[blocks.length - 1] = { ...blocks[blocks.length - 1]!, to: null };
  return { today, steps: blocks };
}

/** One block of sessions tallied; rows deleted since the plan leave the block short or empty. */
export function runDashboardStep(workbook: Workbook, today: LocalDate, step: RowBlock): SessionTally {
  const sheet = workbook.tab('sessions');
  if (!sheet) throw new MissingTabError(RU.problems.missingTab(TABS.sessions.name));
  // A range starting past the sheet's last row is refused by the Sheets API.
  if (step.from > sheet.getMaxRows()) return EMPTY_TALLY;
  const { sessions } = scanTabs(workbook, { sessions: DASHBOARD_SESSION_FIELDS }, step);
  return tallySessions(sessions.records.map((r) => r.value), today);
}

/** The other tabs by the columns the figures use (two calls), the figures, and the tab written. */
export function finishDashboard(workbook: Workbook, today: LocalDate, sessions: SessionTally): Dashboard {
  const scans = scanTabs(workbook, { ...DASHBOARD_FIELDS, ...settingsRequest(workbook) });
  const dashboard = dashboardOf(tabsOf(scans, today, minimumMonthsOf(scans)), sessions);
  writeDashboard(workbook, dashboard);
  return dashboard;
}
