/**
 * The deputy's own hands on the workbook for the command line: typing into a cell, reading
 * cells, dumping the workspace. They act through the emulated SpreadsheetApp in a FULL execution
 * of the active user, so values are parsed and returned exactly as the add-on would see them.
 */
import { describeError, type Host, type Outcome } from '../host';
import { toPrintable, type Wire } from '../host/wire';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Runs `action` in an execution whose calls skip the manifest's scope check (the user, not the add-on). */
function unscoped<T>(host: Host, name: string, action: () => T): T {
  const scopes = host.state.scopes;
  host.state.scopes = null;
  try {
    return host.emulator.run({ kind: 'direct', authMode: 'FULL', name }, action);
  } finally {
    host.state.scopes = scopes;
  }
}

/** Runs `action` on the active workbook as the deputy at the keyboard (not the add-on). */
export function asDeputy<T>(host: Host, name: string, action: (spreadsheet: Spreadsheet) => T): Outcome {
  try {
    const value = unscoped(host, name, () => {
      const app = host.global<GoogleAppsScript.Spreadsheet.SpreadsheetApp>('SpreadsheetApp');
      const id = host.state.activeSpreadsheetId;
      const spreadsheet = id ? app.openById(id) : app.getActiveSpreadsheet();
      if (!spreadsheet) throw new Error('There is no active spreadsheet');
      return action(spreadsheet);
    });
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}

export function tabOf(spreadsheet: Spreadsheet, tab: string): Sheet {
  const sheet = spreadsheet.getSheetByName(tab);
  if (!sheet) {
    const names = spreadsheet.getSheets().map((s) => s.getName());
    throw new Error(`No tab «${tab}». Tabs: ${names.map((n) => `«${n}»`).join(', ')}`);
  }
  return sheet;
}

/**
 * A value typed into a cell. Range.setValue with a string is read the way Sheets reads typing
 * (numbers, dates in the spreadsheet's locale, "=" formulas), so that is what this uses.
 */
export function typeIntoCell(host: Host, tab: string, a1: string, text: string): Outcome {
  return asDeputy(host, 'cli set', (spreadsheet) => {
    const range = tabOf(spreadsheet, tab).getRange(a1);
    range.setValue(text);
    return { range: range.getA1Notation(), value: toPrintable(range.getValue()) };
  });
}

/** Cell values of a range, or of the tab's data range; dates as ISO strings. */
export function readCells(host: Host, tab: string, a1?: string): Outcome {
  return asDeputy(host, 'cli get', (spreadsheet) => {
    const sheet = tabOf(spreadsheet, tab);
    const range = a1 ? sheet.getRange(a1) : sheet.getDataRange();
    return toPrintable(range.getValues());
  });
}

/** The whole workspace as JSON, each sheet's values read through the service. */
export function dumpWorkspace(host: Host): Record<string, Wire> {
  const state = host.state;
  const spreadsheets: Wire[] = Object.values(state.spreadsheets).map((ss) => {
    const sheets = ss.sheets.map((sheet) => {
      const read = readCellsOf(host, ss.id, sheet.name);
      return { name: sheet.name, sheetId: sheet.sheetId, hidden: sheet.hidden, values: read };
    });
    return { id: ss.id, name: ss.name, locale: ss.locale, timeZone: ss.timeZone, owner: ss.owner, sheets };
  });
  return toPrintable({
    clock: new Date(state.clock).toISOString(),
    scriptTimeZone: state.scriptTimeZone,
    accountType: state.accountType,
    activeUser: state.activeUser,
    owner: state.owner,
    scopes: state.scopes,
    activeSpreadsheetId: state.activeSpreadsheetId,
    spreadsheets,
    triggers: state.triggers.map((t) => ({ ...t, nextRun: t.nextRun === undefined ? undefined : new Date(t.nextRun).toISOString() })),
    properties: state.properties,
    authorization: state.authorization,
    ui: state.ui.map((e) => ({ ...e, at: new Date(e.at).toISOString() })),
    log: state.log.map((e) => ({ ...e, at: new Date(e.at).toISOString() })),
    quota: state.quota,
    extra: state.extra,
  }) as Record<string, Wire>;
}

function readCellsOf(host: Host, spreadsheetId: string, tab: string): Wire {
  try {
    return unscoped(host, 'cli dump', () => {
      const app = host.global<GoogleAppsScript.Spreadsheet.SpreadsheetApp>('SpreadsheetApp');
      const sheet = app.openById(spreadsheetId).getSheetByName(tab);
      return toPrintable(sheet ? sheet.getDataRange().getValues() : null);
    });
  } catch (error) {
    return { error: describeError(error).message };
  }
}
