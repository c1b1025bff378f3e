/**
 * The protected settings (recipients, administrators, folders) as an administrator last saved them
 * (domain/roles.ts `ApprovedSettings`), kept in the add-on's store, which editors cannot reach
 * from the sheet (platform/store.ts). Readers of the settings get the approved values; a value
 * typed on the tab by hand is reported (`edits`) and waits for an administrator's save.
 */
import { z } from 'zod';
import { approvedFrom, handEdits, withApproved, PROTECTED_SETTINGS, type ApprovedSettings, type HandEdit, type ProtectedKey } from '../domain/roles';
import { freshKeyEntry } from '../platform/store';
import { storedValue, type KeyValue } from '../platform/stored-value';
import type { Settings } from './settings';
import type { Workbook } from './sheets';

const KEY = 'settings.approved';

const Approved = z.object({
  values: z.partialRecord(z.enum(PROTECTED_SETTINGS), z.string().nullable()),
  /** The hand edits the administrators were last told of (their key), so each is told once. */
  notified: z.string().nullable().catch(null).default(null),
});
type Approved = z.output<typeof Approved>;

const APPROVED = storedValue(KEY, Approved);

/** Read once per workbook object, i.e. once per action: one search of the store. */
const cache = new WeakMap<Workbook, Approved | null>();

function approvedRecord(workbook: Workbook): Approved | null {
  if (!cache.has(workbook)) cache.set(workbook, APPROVED.read(freshKeyEntry(KEY, workbook.spreadsheet)));
  return cache.get(workbook) ?? null;
}

/** An action that has the store read whole already (set-up) serves the record from it: no search. */
export function knowApprovedFrom(workbook: Workbook, store: KeyValue): void {
  if (!cache.has(workbook)) cache.set(workbook, APPROVED.read(store));
}

export function approvedSettings(workbook: Workbook): ApprovedSettings | null {
  return approvedRecord(workbook)?.values ?? null;
}

/** The settings as the add-on obeys them, and the hand edits it does not obey. */
export function guardSettings(workbook: Workbook, settings: Settings): { settings: Settings; edits: HandEdit[] } {
  const approved = approvedSettings(workbook);
  return { settings: withApproved(settings, approved), edits: handEdits(settings, approved) };
}

/** After an administrator's save: the protected values as saved become the ones obeyed. */
export function approveSettings(workbook: Workbook, values: Partial<Record<ProtectedKey, string | null | undefined>>): void {
  const record: Approved = { values: approvedFrom(values), notified: null };
  APPROVED.write(freshKeyEntry(KEY, workbook.spreadsheet), record);
  cache.set(workbook, record);
}

/**
 * A book from before this record: the values on the tab now are adopted, by an administrator's
 * action only (set-up, the daily run of the deputy who switched it on). Returns whether it did.
 */
export function adoptSettingsOnce(workbook: Workbook, settings: Settings): boolean {
  if (approvedRecord(workbook)) return false;
  approveSettings(workbook, settings);
  return true;
}

/** The key of a set of hand edits, and whether the administrators were told of exactly it. */
export function editsKey(edits: readonly HandEdit[]): string {
  return edits.map((e) => `${e.key}=${e.typed}`).join('\n');
}

export function alreadyNotified(workbook: Workbook, edits: readonly HandEdit[]): boolean {
  return approvedRecord(workbook)?.notified === editsKey(edits);
}

export function markNotified(workbook: Workbook, edits: readonly HandEdit[]): void {
  const record = approvedRecord(workbook);
  if (!record) return;
  const next = { ...record, notified: editsKey(edits) };
  APPROVED.write(freshKeyEntry(KEY, workbook.spreadsheet), next);
  cache.set(workbook, next);
}
