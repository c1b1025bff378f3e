/**
 * The built add-on driven as a deputy would, for the tests and the benchmark: menu clicks,
 * sidebar calls through the google.script.run bridge, and a person's hands on the sheets (a
 * direct FULL execution, free of the manifest's scopes, as typing in Sheets is).
 */
import type { Host, Outcome } from '../host';
import { invokeFromPage } from '../bridge';

type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The add-on's prefix for its developer-metadata store (src/platform/store.ts). */
const STORE_PREFIX = 'pedagog.';

/**
 * What a sidebar may call: endpoint name → the payload it sends and the result it gets back. The
 * add-on's own map (src/wire.ts) types its tests; without one, any name and payload go.
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

  /**
   * A value of the add-on's own memory of the workbook (src/platform/store.ts: developer metadata
   * of PROJECT visibility, keys prefixed "pedagog."), read as the add-on reads it.
   */
  stored(key: string): string | null {
    return this.asPerson((app) => {
      const found = app.getActiveSpreadsheet().createDeveloperMetadataFinder().withKey(`${STORE_PREFIX}${key}`).find();
      return found.length ? found[found.length - 1]!.getValue() : null;
    });
  }

  /** Writes a value of the add-on's memory, as a hand-damaged or earlier state would be. */
  store(key: string, value: string): void {
    this.asPerson((app) => {
      const ss = app.getActiveSpreadsheet();
      const found = ss.createDeveloperMetadataFinder().withKey(`${STORE_PREFIX}${key}`).find();
      if (found.length) found[found.length - 1]!.setValue(value);
      else ss.addDeveloperMetadata(`${STORE_PREFIX}${key}`, value, app.DeveloperMetadataVisibility.PROJECT);
    });
  }

  /** Types a value into the «Настройки» tab's row of a setting, found by its label. */
  setting(label: string, value: string): void {
    this.sheet('Настройки', (s) => {
      const values = s.getDataRange().getValues();
      const headers = values[0]!.map(String);
      const row = values.findIndex((r) => r[headers.indexOf('Параметр')] === label);
      if (row < 0) throw new Error(`no setting ${label}`);
      s.getRange(row + 1, headers.indexOf('Значение') + 1).setValue(value);
    });
  }
}
