/**
 * The built add-on on the emulator for the benchmark: the same moves as the tests' Addon helper
 * (menu clicks, sidebar calls through the google.script.run bridge, a person's hands on the
 * sheets), with the dist folder passed in because the bench runs from a compiled bundle.
 */
import { invokeFromPage } from '../emulator/bridge';
import { newWorkspace } from '../emulator/cli/workspace';
import type { Host } from '../emulator/host';

type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export class Book {
  constructor(readonly host: Host) {}

  static fresh(distDir: string): Book {
    return new Book(newWorkspace(distDir));
  }

  get emulator() {
    return this.host.emulator;
  }

  click(label: string): unknown {
    const outcome = this.host.click(label);
    if (!outcome.ok) throw new Error(`${label}: ${outcome.error.message}`);
    return outcome.value;
  }

  /** A sidebar's call; an endpoint's error result is a failed action for the bench. */
  call<T = unknown>(fn: string, input: unknown = {}): T {
    const outcome = invokeFromPage(this.host, fn, [input]);
    if (!outcome.ok) throw new Error(`${fn}: ${outcome.error.message}`);
    const value = outcome.value as { status?: string; message?: string; fields?: unknown };
    if (value && value.status === 'error') throw new Error(`${fn}: ${value.message} ${JSON.stringify(value.fields ?? {})}`);
    return outcome.value as T;
  }

  /** A person at the keyboard: a direct execution in FULL, free of the manifest's scopes. */
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

  headers(tab: string): string[] {
    return this.sheet(tab, (s) => s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0]!.map(String));
  }

  /** Selects a range of a tab as the user would before opening a sidebar. */
  select(tab: string, a1: string): void {
    this.sheet(tab, (s) => s.getRange(a1).activate());
  }
}
