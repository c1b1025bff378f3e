/**
 * Which spreadsheet this execution works on. A menu click or a sidebar call runs in the workbook
 * (the active spreadsheet); an add-on's time-driven or form-submit trigger may run with no
 * containing document at all, so its handler opens the workbook by a stored id (or takes it from
 * the event) and names it here first (docs/platform.md, «Triggers without a document»).
 * Apps Script evaluates the script afresh for every execution, so this never leaks between runs.
 */
import { RU } from '../text/ru';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

let opened: Spreadsheet | null = null;

/** A trigger handler names the workbook it serves; null forgets it (at the handler's end). */
export function useWorkbook(spreadsheet: Spreadsheet | null): void {
  opened = spreadsheet;
}

/** The workbook named by the trigger, else the active spreadsheet; throws when there is neither. */
export function currentSpreadsheet(): Spreadsheet {
  const spreadsheet = opened ?? SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) throw new Error(RU.errors.noSpreadsheet);
  return spreadsheet;
}

/** Runs a trigger's work on `spreadsheet`, forgetting it afterwards. */
export function inWorkbook<T>(spreadsheet: Spreadsheet, work: () => T): T {
  const before = opened;
  opened = spreadsheet;
  try {
    return work();
  } finally {
    opened = before;
  }
}
