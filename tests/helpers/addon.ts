/**
 * The built add-on (dist/) on the emulator, as the tests drive it: menu clicks, sidebar calls
 * through the google.script.run bridge, and a person's hands on the sheets.
 */
import path from 'node:path';
import type { Host, Outcome } from '../../emulator/host';
import { invokeFromPage } from '../../emulator/bridge';
import { newWorkspace } from '../../emulator/cli/workspace';
import { Host as HostClass } from '../../emulator/host';
import type { WorkspaceState } from '../../emulator/core/state';

export const DIST = path.resolve(__dirname, '..', '..', 'dist');

type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export class Addon {
  constructor(readonly host: Host) {}

  static fresh(): Addon {
    return new Addon(newWorkspace(DIST));
  }

  /** A copy of a saved workspace: each test starts from the same book without sharing it. */
  static from(state: WorkspaceState): Addon {
    return new Addon(HostClass.load({ distDir: DIST, state: structuredClone(state) }));
  }

  get emulator() {
    return this.host.emulator;
  }

  /** Clicks a menu item; fails the test if the add-on threw. */
  click(label: string): unknown {
    const outcome = this.host.click(label);
    if (!outcome.ok) throw new Error(`${label}: ${outcome.error.message}`);
    return outcome.value;
  }

  /** A sidebar's call; returns the endpoint's tagged result. */
  call<T = unknown>(fn: string, input: unknown = {}): T {
    const outcome: Outcome = invokeFromPage(this.host, fn, [input]);
    if (!outcome.ok) throw new Error(`${fn}: ${outcome.error.message}`);
    return outcome.value as T;
  }

  /** Runs `work` as a person at the keyboard would act (a direct execution, FULL). */
  asPerson<T>(work: (app: SpreadsheetApp) => T): T {
    const scopes = this.emulator.state.scopes;
    this.emulator.state.scopes = null;
    try {
      return this.emulator.run({ kind: 'direct', name: 'person' }, () => work(this.host.global<SpreadsheetApp>('SpreadsheetApp')));
    } finally {
      this.emulator.state.scopes = scopes;
    }
  }

  sheet<T>(name: string, work: (sheet: Sheet) => T): T {
    return this.asPerson((app) => {
      const sheet = app.getActiveSpreadsheet().getSheetByName(name);
      if (!sheet) throw new Error(`No sheet ${name}`);
      return work(sheet);
    });
  }

  /** Header row of a tab. */
  headers(tab: string): string[] {
    return this.sheet(tab, (s) => s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0]!.map(String));
  }

  /** Types a row as a person would (strings read as typed), by header name; returns its row number. */
  typeRow(tab: string, byHeader: Record<string, string | number | boolean>): number {
    const headers = this.headers(tab);
    return this.sheet(tab, (s) => {
      const row = s.getLastRow() + 1;
      for (const [header, value] of Object.entries(byHeader)) {
        const index = headers.indexOf(header);
        if (index < 0) throw new Error(`${tab}: no column ${header}`);
        s.getRange(row, index + 1).setValue(value);
      }
      return row;
    });
  }

  /** Types one cell, by row and header. */
  typeCell(tab: string, row: number, header: string, value: string | number | boolean): string {
    const index = this.headers(tab).indexOf(header);
    if (index < 0) throw new Error(`${tab}: no column ${header}`);
    return this.sheet(tab, (s) => {
      const cell = s.getRange(row, index + 1);
      cell.setValue(value);
      return cell.getA1Notation();
    });
  }

  /** Every cell of every sheet (values and formulas), to prove an action changed nothing. */
  snapshot(): string {
    return this.asPerson((app) =>
      JSON.stringify(
        app
          .getActiveSpreadsheet()
          .getSheets()
          .map((s) => {
            const range = s.getDataRange();
            return [s.getName(), range.getValues(), range.getFormulas()];
          }),
      ),
    );
  }

  lastAlert(): string {
    const alert = [...this.emulator.state.ui].reverse().find((e) => e.kind === 'alert');
    return String(alert?.data.prompt ?? '');
  }
}
