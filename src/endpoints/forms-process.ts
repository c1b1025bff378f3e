/**
 * Form responses into the workbook: the one form-submit trigger handler and the menu's sweep
 * «Анкеты → Обработать ответы» (also run by the daily tick).
 */
import { processSubmission, sweepResponses, type ProcessSummary } from '../forms/process';
import { BusyError } from '../platform/lock';
import { storeReady } from '../platform/store';
import { inWorkbook } from '../platform/workbook-ref';
import { RU } from '../text/ru';

const T = RU.formsProcess;

/**
 * Installable form-submit trigger of the spreadsheet: routes by the responses tab's name. An
 * add-on's trigger may run with no active spreadsheet (docs/platform.md): the workbook is the one
 * the event's range is on (guides/triggers/events#form-submit: `range`), never the active one.
 */
export function onFormSubmitEvent(e?: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  const sheet = e?.range?.getSheet();
  const spreadsheet = sheet?.getParent() ?? SpreadsheetApp.getActiveSpreadsheet();
  // Nothing to work on: the daily sweep takes the response.
  if (!spreadsheet) return;
  inWorkbook(spreadsheet, () => {
    // An old workbook whose memory a person has not yet opened: the sweep takes it later.
    if (!storeReady()) return;
    try {
      if (sheet) processSubmission(sheet);
      else sweepResponses();
    } catch (error) {
      // Another execution holds the lock: it (or the next event, or the sweep) takes this response.
      if (error instanceof BusyError) return;
      throw error;
    }
  });
}

export function summaryText(summary: ProcessSummary): string {
  const lines = [T.written(summary.written)];
  if (summary.toReview) lines.push(T.toReview(summary.toReview));
  if (summary.missingTabs.length) lines.push(T.missingTabs(summary.missingTabs));
  if (summary.tabsNotFound.length) lines.push(T.tabsNotFound(summary.tabsNotFound));
  if (summary.renamedTabs.length) lines.push(T.renamedTabs(summary.renamedTabs));
  if (summary.problems.length) lines.push(T.problems(summary.problems.length), ...summary.problems.slice(0, 20));
  if (summary.problems.length > 20) lines.push(T.more(summary.problems.length - 20));
  return lines.join('\n');
}

/** Every responses tab; from the menu it reports in an alert, from a trigger it only logs. */
export function processFormResponses(): ProcessSummary {
  const summary = sweepResponses();
  let ui: GoogleAppsScript.Base.Ui | null;
  try {
    ui = SpreadsheetApp.getUi();
  } catch {
    // A time-driven run has no user interface: the log tab keeps the problems.
    ui = null;
  }
  if (ui) ui.alert(summaryText(summary));
  return summary;
}
