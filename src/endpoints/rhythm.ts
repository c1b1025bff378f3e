/**
 * Menu «Напоминания → Включить / Выключить / Запустить сейчас» and the daily trigger's handler.
 * The trigger runs as the deputy who switched it on; it checks its authorization first and, when
 * it is lost, tells that deputy once (add-on triggers send no failure mail of their own:
 * workspace/add-ons/concepts/editor-auth-lifecycle).
 */
import { withDocumentLock } from '../platform/lock';
import { RU } from '../text/ru';
import { runTick, type TickReport } from '../rhythm/tick';
import { installTickTrigger, removeTickTriggers, removeTrigger, tickTriggers, workbookOfTrigger } from '../rhythm/trigger';
import { storeReady } from '../platform/store';
import { currentSpreadsheet, inWorkbook } from '../platform/workbook-ref';
import { loadState, saveState, type RhythmState } from '../rhythm/state';
import { settingsFrom } from '../workbook/data-check';
import { loadTab } from '../workbook/repo';
import { openWorkbook } from '../workbook/sheets';
import { TAB_ORDER } from '../workbook/tabs';
import { setUpWorkbook } from '../workbook/setup';

const T = RU.rhythm;

function me(): string {
  return Session.getEffectiveUser().getEmail();
}

/** The hour and zone from the settings tab (the spreadsheet's zone when none is set). */
function schedule(): { hour: number; zone: string } {
  const workbook = openWorkbook();
  const { settings } = settingsFrom(loadTab(workbook, 'settings').read, workbook.zone);
  return { hour: settings.reminderHour, zone: settings.timeZone ?? workbook.timeZone };
}

export function enableReminders(): void {
  const ui = SpreadsheetApp.getUi();
  const workbook = openWorkbook();
  // A book set up before the rhythm existed lacks «Рассылка»: set-up adds it, changing nothing else.
  if (TAB_ORDER.some((k) => !workbook.tab(k))) setUpWorkbook();
  const { hour, zone } = schedule();
  const user = me();
  const message = withDocumentLock(() => {
    const state = loadState();
    if (state.enabled && state.owner && state.owner !== user) return T.otherOwner(state.owner);
    const spreadsheetId = workbook.spreadsheet.getId();
    const existing = tickTriggers(spreadsheetId);
    const unchanged = state.enabled && existing.length === 1 && existing[0]!.getUniqueId() === state.triggerId && state.hour === hour && state.zone === zone;
    if (unchanged) return T.alreadyOn(hour, zone);
    let triggerId: string;
    try {
      triggerId = installTickTrigger(spreadsheetId, hour, zone);
    } catch (e) {
      // The one setting Apps Script may refuse here: a zone it does not know.
      return T.cannotSchedule(zone, e instanceof Error ? e.message : String(e));
    }
    saveState({ ...state, enabled: true, owner: user, triggerId, hour, zone, pace: 'daily' });
    return T.enabled(hour, zone);
  });
  ui.alert(message);
}

export function disableReminders(): void {
  const ui = SpreadsheetApp.getUi();
  const spreadsheetId = currentSpreadsheet().getId();
  const message = withDocumentLock(() => {
    const state = loadState();
    const removed = removeTickTriggers(spreadsheetId);
    if (!state.enabled && removed === 0) return T.notEnabled;
    // Another owner's trigger cannot be seen from here: it finds the switch off and removes itself.
    saveState({ ...state, enabled: false, triggerId: state.owner === me() ? null : state.triggerId });
    return T.disabled;
  });
  ui.alert(message);
}

/** After the deputy changes the hour or the zone in «Настройки»: the trigger follows. */
export function rescheduleReminders(): void {
  const state = loadState();
  if (!state.enabled || state.owner !== me()) return;
  const { hour, zone } = schedule();
  if (hour === state.hour && zone === state.zone) return;
  // Running hourly, the trigger takes the new hour when it returns to daily.
  if (state.pace === 'hourly') return saveState({ ...loadState(), hour, zone });
  const triggerId = installTickTrigger(currentSpreadsheet().getId(), hour, zone);
  saveState({ ...loadState(), triggerId, hour, zone });
}

/**
 * The one trigger follows the work: hourly while a run's time left some (the queue is in the
 * state, the mail log and the documents' job) or while the day's quota has not come back yet,
 * daily at the set hour once none is left. Only its owner's execution may replace it.
 */
function followPace(): void {
  const state = loadState();
  const wanted = state.workLeft ? 'hourly' : 'daily';
  if (!state.enabled || state.owner !== me() || state.pace === wanted) return;
  withDocumentLock(() => {
    const current = loadState();
    const triggerId = installTickTrigger(currentSpreadsheet().getId(), current.hour ?? 8, current.zone ?? Session.getScriptTimeZone(), wanted === 'hourly');
    saveState({ ...current, triggerId, pace: wanted });
  });
}

function reportText(report: TickReport): string {
  if (report.busy) return T.busy;
  const lines = [...report.lines, ...report.errors];
  return T.ranNow(lines.length ? lines : [T.nothingToSend]);
}

export function runTickNow(): void {
  const report = runTick();
  if (!report.busy) followPace();
  SpreadsheetApp.getUi().alert(reportText(report));
}

/** True when the authorization is in place; otherwise tells the owner once and says false. */
function authorized(state: RhythmState): boolean {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  if (info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED) {
    if (state.authNoticeSent) saveState({ ...loadState(), authNoticeSent: null });
    return true;
  }
  if (state.authNoticeSent) return false;
  try {
    if (MailApp.getRemainingDailyQuota() > 0) {
      MailApp.sendEmail({ to: me(), subject: T.authTitle, body: T.authBody(info.getAuthorizationUrl()), name: RU.addonName });
    }
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
  }
  saveState({ ...loadState(), authNoticeSent: new Date().toISOString() });
  return false;
}

/**
 * The daily time-driven trigger. An add-on's clock trigger may run with no containing document:
 * no active spreadsheet, null document properties and lock (docs/platform.md). So the workbook is
 * opened by the id stored beside the trigger when it was made (trigger.ts), and everything after
 * works on it.
 */
export function dailyTick(event?: { triggerUid?: string }): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet() ?? workbookOfTrigger(event?.triggerUid ? String(event.triggerUid) : null);
  if (!spreadsheet) {
    // Not knowing its workbook, the trigger cannot tell whether it is still wanted: it stays.
    console.error(T.noWorkbook);
    return;
  }
  inWorkbook(spreadsheet, () => {
    if (!storeReady()) {
      console.warn(T.storeNotReady);
      return;
    }
    tick(event);
  });
}

function tick(event?: { triggerUid?: string }): void {
  const state = loadState();
  if (!state.enabled || (state.owner && state.owner !== me())) {
    // Switched off (or on by someone else) since this trigger was made: it removes itself.
    if (event?.triggerUid) removeTrigger(String(event.triggerUid));
    return;
  }
  if (!authorized(state)) return;
  const report = runTick();
  if (!report.busy) followPace();
  if (report.errors.length) console.warn(report.errors.join('\n'));
}

/** What the settings page shows: on or off, for whom, the last run and what it did. */
export function rhythmStatus(timeZone: string): string[] {
  const state = loadState();
  const lines = [state.enabled ? T.statusOn(state.owner ?? '—', state.hour ?? 0, state.zone ?? timeZone) : T.statusOff];
  lines.push(state.lastRun ? T.statusLastRun(Utilities.formatDate(new Date(state.lastRun), timeZone, 'dd.MM.yyyy HH:mm')) : T.statusNever);
  if (state.enabled && state.pace === 'hourly') lines.push(T.statusHourly);
  lines.push(...state.lastLines);
  if (state.authNoticeSent) lines.push(T.statusAuth);
  return lines;
}
