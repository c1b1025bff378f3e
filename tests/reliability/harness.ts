/**
 * Shared moves of the reliability suite: the state of a book that can be compared across runs
 * (every tab but the log, with Drive's generated ids blanked), the live documents in Drive, and
 * the rule checked after every document action: nothing is ever shared with "anyone".
 */
import { listDriveFiles, outbox } from '@pds/emulator';
import { RU } from '../../src/text/ru';
import type { Addon } from '../helpers/addon';

/** Drive ids (emulator/drive/state.ts: doc…, fil…, fld…, a 6-character sequence, padded with "_" to Google's 33 characters). */
const DRIVE_ID = /\b(doc|fil|fld)[0-9a-z]{6}_*(?![0-9a-z])/g;

/** Record ids (T00001) and generated keys (a series' uuid). */
const RECORD_ID = /\b[A-Z]\d{5}\b|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g;

export type Tabs = Record<string, string[]>;

/**
 * Every tab but «Журнал» (a failed attempt may log its error there) as one line per row (values
 * and formulas), Drive ids blanked. Ids of records the action made (absent from `before`) are
 * named by order of appearance: an interrupted attempt may burn an id, which loses nothing, but
 * every reference must still point at the one record.
 */
export function bookState(addon: Addon, known?: ReadonlySet<string>): Tabs {
  const before = known;
  const renamed = new Map<string, string>();
  const rename = (text: string) =>
    text.replace(DRIVE_ID, '<drive id>').replace(RECORD_ID, (id) => {
      if (!before || before.has(id)) return id;
      if (!renamed.has(id)) renamed.set(id, `<new ${renamed.size + 1}>`);
      return renamed.get(id)!;
    });
  const tabs = JSON.parse(addon.snapshot()) as Array<[string, unknown[][], string[][]]>;
  const out: Tabs = {};
  for (const [name, values, formulas] of tabs) {
    if (name === 'Журнал') continue;
    out[name] = values.map((row, r) => rename(JSON.stringify(row.map((v, c) => formulas[r]?.[c] || v))));
    // A mail or the month's plan that a cut run left to the next day carries that day's time.
    // Rows are compared as a set (a deferred mail is recorded later), and a mail whose run was
    // cut right after sending reads «не подтверждено»: the outbox, compared separately, proves
    // it went out once.
    if (name === 'Рассылка') {
      const rows = out[name]!.map((row) =>
        row
          .replace(/"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z"/g, '"<time>"')
          .replace(/"не подтверждено","<time>","[^"]*"/, '"отправлено","<time>",""')
          .replace(/^\["[^"]*",/, '['),
      );
      out[name] = [rows[0]!, ...rows.slice(1).sort()];
    }
    if (name === 'План на месяц') out[name] = out[name]!.map((row) => row.replace(/обновлён \d\d\.\d\d\.\d{4}/, 'обновлён <day>'));
    if (name === 'Сводка') out[name] = out[name]!.map((row) => row.replace(/по состоянию на \d\d\.\d\d\.\d{4}/, 'по состоянию на <day>'));
    // The register lists documents in the order they were made: a record that failed once and
    // was retried comes later. Its rows are compared as a set, their own ids left out.
    if (name === 'Реестр документов') out[name] = [out[name]![0]!, ...out[name]!.slice(1).map((row) => row.replace(/^\["[^"]*",/, '[')).sort()];
  }
  return out;
}

/** The record ids a book holds before an action (bookState names the others by appearance). */
export function knownIds(addon: Addon): Set<string> {
  return new Set(addon.snapshot().match(RECORD_ID) ?? []);
}

/** The rows that differ, tab by tab, for a readable failure. */
export function differences(actual: Tabs, expected: Tabs): string[] {
  const out: string[] = [];
  for (const tab of new Set([...Object.keys(actual), ...Object.keys(expected)])) {
    const a = actual[tab] ?? [];
    const e = expected[tab] ?? [];
    for (let i = 0; i < Math.max(a.length, e.length); i++) {
      if (a[i] !== e[i]) out.push(`${tab} row ${i + 1}: got ${a[i] ?? '(none)'} expected ${e[i] ?? '(none)'}`);
    }
  }
  return out;
}

/** Live Google Docs by folder path and name (the version archive keeps leftovers, never deletes). */
export function liveDocuments(addon: Addon): string[] {
  return listDriveFiles(addon.emulator)
    .filter((f) => !f.path.includes(RU.documentsPage.folderArchive))
    .map((f) => `${f.path}/${f.name}`)
    .sort();
}

export function sentMail(addon: Addon): string[] {
  return outbox(addon.emulator)
    .map((m) => `${m.to} | ${m.subject}`)
    .sort();
}

/** No file or folder is open to anyone (with or without the link). */
export function sharedWithAnyone(addon: Addon): string[] {
  return listDriveFiles(addon.emulator, { includeFolders: true, includeTrashed: true })
    .filter((f) => f.access === 'ANYONE' || f.access === 'ANYONE_WITH_LINK')
    .map((f) => `${f.path}/${f.name}: ${f.access}`);
}
