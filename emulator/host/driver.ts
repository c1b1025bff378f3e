/**
 * A built add-on driven as its user would, for tests and benchmarks: menu clicks,
 * sidebar calls through the google.script.run bridge, and a person's hands on the sheets (a
 * direct FULL execution, free of the manifest's scopes, as typing in Sheets is).
 */
import type { Host, Outcome } from '../host';
import { invokeFromPage } from '../bridge';

type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * What a sidebar may call: endpoint name → the payload it sends and the result it gets back. An
 * add-on's own map types its tests; without one, any name and payload go.
 */
export type WireShape = Record<string, { input: unknown; output: unknown }>;

/** The payload argument: optional where an empty object is a valid payload. */
type PayloadArg<I> = Record<string, never> extends I ? [input?: I] : [input: I];

export class AddonDriver<W extends WireShape = WireShape> {
  constructor(readonly host: Host) {}

  get emulator() {
    return this.host.emulator;
  }

  /** Clicks a menu item; throws if the add-on threw. */
  click(label: string): unknown {
    const outcome = this.host.click(label);
    if (!outcome.ok) throw new Error(`${label}: ${outcome.error.message}`);
    return outcome.value;
  }

  /** A sidebar's call, typed by the wire map; returns the endpoint's tagged result. */
  call<K extends keyof W & string>(fn: K, ...[input]: PayloadArg<W[K]['input']>): W[K]['output'] {
    return this.callUnchecked(fn, input ?? {}) as W[K]['output'];
  }

  /**
   * A call whose payload the map does not vouch for: what a damaged or hostile page could send
   * (a wrong shape, a formula, a number where text goes), for the tests of the server's checks.
   */
  callUnchecked(fn: string, input: unknown = {}): unknown {
    const outcome: Outcome = invokeFromPage(this.host, fn, [input]);
    if (!outcome.ok) throw new Error(`${fn}: ${outcome.error.message}`);
    return outcome.value;
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
}
