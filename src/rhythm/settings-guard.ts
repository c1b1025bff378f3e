/**
 * Before the daily run does anything: the settings it obeys are the ones an administrator saved
 * (workbook/approved-settings.ts). The run works as the deputy who switched it on; if that address
 * is no longer an administrator it does nothing. A recipient or folder typed on the tab by hand is
 * not obeyed, and every administrator is told of it once, with a line on «Журнал».
 */
import { currentSpreadsheet } from '../platform/workbook-ref';
import { RU } from '../text/ru';
import { ROLES } from '../text/roles';
import { adoptSettingsOnce, alreadyNotified, guardSettings, markNotified } from '../workbook/approved-settings';
import { administratorAddresses, refusalFor } from '../domain/roles';
import { administratorsOf } from '../workbook/admins';
import { settingsFrom } from '../workbook/settings-read';
import { insertRecords, loadTab } from '../workbook/repo';
import type { Workbook } from '../workbook/sheets';
import { settingLabel as label } from '../workbook/settings';

/**
 * Null when the run may go on; else why not (its user is no longer an administrator). `workbook`
 * is the run's own, with «Настройки» in it.
 */
export function guardDailyRun(workbook: Workbook): string | null {
  const owner = Session.getEffectiveUser().getEmail();
  const tab = loadTab(workbook, 'settings');
  const typed = settingsFrom(tab.read, workbook.zone).settings;
  const admins = administratorsOf(workbook, tab);
  if (refusalFor(owner, admins) !== null) return ROLES.ownerNotAdministrator(owner);
  // A book from before the approved record adopts its tab's values (the administrators stay the
  // same: without a record they were read from the tab already), by an administrator's run only.
  adoptSettingsOnce(workbook, typed);
  const { edits } = guardSettings(workbook, typed);
  if (edits.length && !alreadyNotified(workbook, edits)) {
    const lines = edits.map((e) => ROLES.logLine(label(e.key), e.approved, e.typed));
    log(workbook, owner, [ROLES.handEditedLog, ...lines].join('\n'));
    tell(administratorAddresses(admins), lines);
    markNotified(workbook, edits);
  }
  return null;
}

function log(workbook: Workbook, user: string, message: string): void {
  if (!workbook.tab('log')) return;
  insertRecords(workbook, loadTab(workbook, 'log'), [{ at: new Date().toISOString(), user, level: 'warning', action: 'settings', target: ROLES.handEditedTarget, message }]);
}

/** One message to every administrator (as approved); a spent quota leaves the line on «Журнал». */
function tell(recipients: readonly string[], lines: readonly string[]): void {
  if (recipients.length === 0) return;
  try {
    if (MailApp.getRemainingDailyQuota() < recipients.length) return;
    const spreadsheet = currentSpreadsheet();
    MailApp.sendEmail({
      to: recipients.join(','),
      subject: ROLES.handEditedSubject(spreadsheet.getName()),
      body: ROLES.handEditedBody(spreadsheet.getName(), spreadsheet.getUrl(), lines),
      name: RU.addonName,
    });
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
  }
}

