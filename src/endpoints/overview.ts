/** «Сводка и отчёты → Обновить сводку»: the dashboard rebuilt on the deputy's click. */
import { formatRu } from '../domain/local-date';
import { BusyError } from '../platform/lock';
import { RU } from '../text/ru';
import { MissingTabError } from '../workbook/repo';
import { rebuildDashboard } from '../overview/dashboard-write';

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

export function rebuildDashboardFromMenu(): void {
  asMenuAction(RU.overview.title, () => {
    const dashboard = rebuildDashboard();
    SpreadsheetApp.getActiveSpreadsheet().toast(RU.overview.rebuilt(formatRu(dashboard.today)), RU.addonName);
  });
}
