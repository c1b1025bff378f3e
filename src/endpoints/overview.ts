/** «Сводка и отчёты → Обновить сводку»: the dashboard rebuilt on the deputy's click. */
import { formatRu } from '../domain/local-date';
import { RU } from '../text/ru';
import { rebuildDashboard } from '../overview/dashboard-write';

export function rebuildDashboardFromMenu(): void {
  const dashboard = rebuildDashboard();
  SpreadsheetApp.getActiveSpreadsheet().toast(RU.overview.rebuilt(formatRu(dashboard.today)), RU.addonName);
}
