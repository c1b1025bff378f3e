/** «Сводка и отчёты → Обновить сводку»: the dashboard rebuilt on the deputy's click. */
import { z } from 'zod';
import { formatRu, isLocalDate, type LocalDate } from '../domain/local-date';
import { SessionTally } from '../domain/session-tally';
import { BusyError, withDocumentLock } from '../platform/lock';
import { showSidebar } from '../platform/ui';
import { defineEndpoint } from '../shared/endpoint';
import { failure, success } from '../shared/result';
import { RU } from '../text/ru';
import { MissingTabError } from '../workbook/repo';
import { openWorkbook } from '../workbook/sheets';
import { DASHBOARD_STEP_CELLS, finishDashboard, planDashboard, runDashboardStep } from '../overview/dashboard-parts';
import { rebuildDashboardHoldingLock } from '../overview/dashboard-write';

/**
 * A menu action whose expected failures (a tab the deputy deleted, the book busy with another
 * save) end in a Russian alert saying what to do, not in Apps Script's error bar.
 */
export function asMenuAction(title: string, work: () => void): void {
  try {
    work();
  } catch (e) {
    if (!(e instanceof MissingTabError || e instanceof BusyError)) throw e;
    SpreadsheetApp.getUi().alert(title, e.message, SpreadsheetApp.getUi().ButtonSet.OK);
  }
}

/**
 * A book whose sessions fit in one part is rebuilt at once; a larger one in parts from a sidebar
 * that shows the progress (each part one execution, so none outlives the server's limits).
 */
export function rebuildDashboardFromMenu(): void {
  asMenuAction(RU.overview.title, () => {
    const workbook = openWorkbook();
    if (planDashboard(workbook).steps.length > 1) return showSidebar('dashboard', RU.overview.title);
    const dashboard = withDocumentLock(() => rebuildDashboardHoldingLock(workbook));
    SpreadsheetApp.getActiveSpreadsheet().toast(RU.overview.rebuilt(formatRu(dashboard.today)), RU.addonName);
  });
}

const Day = z.string().refine((text): text is LocalDate => isLocalDate(text));
const Step = z.object({ from: z.number().int().min(2), to: z.number().int().min(2).nullable() }).strict();

/** The parts of a rebuild; `maxCells` only makes them smaller (a test cuts a small book into several). */
export const planDashboardRebuild = defineEndpoint(z.object({ maxCells: z.number().int().min(100).max(DASHBOARD_STEP_CELLS).optional() }).strict(), ({ maxCells }) => {
  const plan = planDashboard(openWorkbook(), maxCells);
  return success({ today: plan.today as string, steps: plan.steps });
});

/** One block of sessions, tallied. */
export const runDashboardRebuildStep = defineEndpoint(z.object({ today: Day, step: Step }).strict(), ({ today, step }) => success(runDashboardStep(openWorkbook(), today as LocalDate, step)));

/** The merged tallies and the other tabs: «Сводка» written once. */
export const finishDashboardRebuild = defineEndpoint(z.object({ today: Day, sessions: SessionTally }).strict(), ({ today, sessions }) => {
  try {
    const dashboard = withDocumentLock(() => finishDashboard(openWorkbook(), today as LocalDate, sessions));
    return success({ message: RU.overview.rebuilt(formatRu(dashboard.today)) });
  } catch (e) {
    if (e instanceof BusyError) return failure('conflict', e.message);
    throw e;
  }
});
