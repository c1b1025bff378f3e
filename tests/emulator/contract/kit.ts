/**
 * The contract cases' own small kit. A case is a plain function over the Apps Script services it
 * is handed and a scratch area, so the very same code runs in jest on the emulator
 * (contract.test.ts) and, bundled by `npm run conformance:build`, in real Apps Script. Every case
 * names its source (a Google reference page or a public suite run against live Apps Script) and
 * its expected values are that source's, never the emulator's.
 *
 * Nothing here may use Node: the bundle runs in Apps Script's V8.
 */
export interface Services {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  FormApp: GoogleAppsScript.Forms.FormApp;
  LockService: GoogleAppsScript.Lock.LockService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Session: GoogleAppsScript.Base.Session;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
}

/** Files the runner creates once per run and trashes at the end. */
export interface Scratch {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** A new empty sheet of the scratch spreadsheet, named after the case. */
  sheet(): GoogleAppsScript.Spreadsheet.Sheet;
  /** The scratch document with an emptied body. */
  document(): GoogleAppsScript.Document.Document;
  form: GoogleAppsScript.Forms.Form;
  folder: GoogleAppsScript.Drive.Folder;
}

export class CaseFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CaseFailure';
  }
}

function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Object.prototype.toString.call(value) === '[object Date]') return `Date(${(value as Date).toISOString()})`;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (Object.prototype.toString.call(a) === '[object Date]' && Object.prototype.toString.call(b) === '[object Date]') return (a as Date).getTime() === (b as Date).getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return same(ka, kb) && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

/** Assertions: each failure names what was expected (the source's value) and what came back. */
export class Check {
  count = 0;
  is(actual: unknown, expected: unknown, what = 'value'): void {
    this.count += 1;
    if (!same(actual, expected)) throw new CaseFailure(`${what}: expected ${show(expected)}, got ${show(actual)}`);
  }
  true(condition: boolean, what: string): void {
    this.is(condition, true, what);
  }
  /** `fn` must throw; with `message`, its message must equal it (a string) or match it (a RegExp). */
  throws(fn: () => unknown, message?: string | RegExp, what = 'error'): string {
    this.count += 1;
    let thrown: unknown = null;
    let threw = false;
    try {
      fn();
    } catch (e) {
      threw = true;
      thrown = e;
    }
    if (!threw) throw new CaseFailure(`${what}: expected a throw${message ? ` (${String(message)})` : ''}, none came`);
    const text = thrown instanceof Error || (thrown && typeof thrown === 'object' && 'message' in thrown) ? String((thrown as { message: unknown }).message) : String(thrown);
    if (typeof message === 'string' && text !== message) throw new CaseFailure(`${what}: expected message ${show(message)}, got ${show(text)}`);
    if (message instanceof RegExp && !message.test(text)) throw new CaseFailure(`${what}: expected message matching ${String(message)}, got ${show(text)}`);
    return text;
  }
  notThrows(fn: () => unknown, what = 'call'): void {
    this.count += 1;
    try {
      fn();
    } catch (e) {
      throw new CaseFailure(`${what}: expected no throw, got ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

export interface Case {
  /** "<group> › <title>", unique. */
  name: string;
  group: string;
  title: string;
  /** The source of the expected values: a URL of Google's reference or a file and line of a public suite. */
  source: string;
  /** Services the case calls (the coverage table counts them): "Range.getA1Notation". */
  covers: readonly string[];
  run(s: Services, scratch: Scratch, t: Check): void;
}

export type CaseBody = Case['run'];

/** Builds a group's cases: `c(title, source, covers, body)`. */
export function group(name: string, build: (c: (title: string, source: string, covers: string | readonly string[], run: CaseBody) => void) => void): Case[] {
  const cases: Case[] = [];
  build((title, source, covers, run) => {
    cases.push({ name: `${name} › ${title}`, group: name, title, source, covers: typeof covers === 'string' ? [covers] : covers, run });
  });
  return cases;
}

/** Google's reference page of an Apps Script class member. */
export function ref(path: string): string {
  return `https://developers.google.com/apps-script/reference/${path}`;
}

/** A line of the public suite brucemcpherson/gas-fakes, whose tests run unchanged in live Apps Script. */
export function gasFakes(file: string, line: number): string {
  return `github.com/brucemcpherson/gas-fakes ${file}:${line}`;
}
