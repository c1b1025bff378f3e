/**
 * Which sheet is which of the add-on's tabs. People rename, sort and re-import tabs, so a tab is
 * known by its sheet id, kept in the add-on's store (platform/store.ts) by set-up; its own name
 * and then its header row only stand in where the id is not found (a book re-imported from .xlsx
 * gets new sheet ids). While every tab carries its own name nothing is asked of the spreadsheet:
 * the store and the ids are read only when a tab is missing under its name, once per action.
 */
import { freshKeyEntry } from '../platform/store';
import { batchGet, rangeOf } from '../platform/sheets-api';
import { storedValue } from '../platform/stored-value';
import { z } from 'zod';
import type { RawCell } from './cells';
import type { TabKey, TabSpec } from './columns';
import { TABS } from './tabs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The store's key: tab key → sheet id, as set-up last found them. */
export const TAB_IDS_KEY = 'tabs.ids';

export type TabIds = Partial<Record<TabKey, number>>;

/** A tab found under a name other than its own. */
export interface RenamedTab {
  key: TabKey;
  /** The tab's own name (TABS). */
  name: string;
  /** The name it has now. */
  now: string;
}

/** Tab key → sheet id; an entry of another shape is dropped (that tab is found by name). */
const STORED_IDS = storedValue(TAB_IDS_KEY, z.record(z.string(), z.unknown()).transform((v) => Object.fromEntries(Object.entries(v).filter(([key, id]) => key in TABS && typeof id === 'number')) as TabIds));

/** The ids from the store read whole (set-up), or from its one key. */
export function parseTabIds(text: string | null | undefined): TabIds {
  return STORED_IDS.read({ getProperty: () => text ?? null, setProperty: () => undefined, deleteProperty: () => undefined }) ?? {};
}

const OWN_NAMES = new Set(Object.values(TABS).map((spec) => spec.name));

/**
 * How well a header row names a tab: the share of its columns' headers (or former headers)
 * present; 0 unless its id column is there. A tab whose header was left whole scores 1.
 */
export function headerScore(spec: TabSpec, header: readonly RawCell[]): number {
  const cells = new Set(header.map((c) => String(c ?? '').trim()).filter((c) => c !== ''));
  const named = (c: TabSpec['columns'][number]) => cells.has(c.header) || (c.formerHeaders ?? []).some((h) => cells.has(h));
  const id = spec.columns.find((c) => c.key === 'id');
  if (id && !named(id)) return 0;
  return spec.columns.filter(named).length / spec.columns.length;
}

/** A header row is taken for a tab only when nearly all its columns are there. */
const HEADER_MATCH = 0.8;

export interface Resolution {
  sheets: Map<TabKey, Sheet>;
  renamed: RenamedTab[];
  /** The ids of every tab found, when they differ from the stored ones (set-up or a heal writes them). */
  ids: TabIds;
  /** Whether `ids` differs from what the store holds. */
  changed: boolean;
}

/**
 * Every tab, found by stored id first, then by its own name, then by a header row that names it
 * (among sheets no other tab claims). `idOf` asks a sheet its id (one call a sheet asked).
 * `strict` asks every sheet's id (set-up, which records them); otherwise only the sheets that
 * carry no tab's own name are asked, and only when some tab is missing under its name.
 */
export function resolveTabs(
  workbook: { id(): string; sheets: ReadonlyMap<string, Sheet> },
  stored: TabIds,
  strict: boolean,
): Resolution {
  const keys = Object.keys(TABS) as TabKey[];
  const found = new Map<TabKey, Sheet>();
  const idOf = new Map<Sheet, number>();
  const askId = (sheet: Sheet) => {
    let id = idOf.get(sheet);
    if (id === undefined) idOf.set(sheet, (id = sheet.getSheetId()));
    return id;
  };
  const taken = new Set<Sheet>();
  const all = [...workbook.sheets.values()];
  // Sheets that may be a renamed tab: those under no tab's own name (strict: every sheet).
  const candidates = strict ? all : all.filter((s) => !OWN_NAMES.has(nameOfSheet(workbook, s)));
  const byId = new Map(candidates.map((s) => [askId(s), s]));
  for (const key of keys) {
    const id = stored[key];
    const sheet = id === undefined ? undefined : byId.get(id);
    if (sheet && !taken.has(sheet)) {
      found.set(key, sheet);
      taken.add(sheet);
    }
  }
  for (const key of keys) {
    if (found.has(key)) continue;
    const sheet = workbook.sheets.get(TABS[key].name);
    if (sheet && !taken.has(sheet)) {
      found.set(key, sheet);
      taken.add(sheet);
    }
  }
  const missing = keys.filter((key) => !found.has(key));
  const loose = candidates.filter((s) => !taken.has(s) && !OWN_NAMES.has(nameOfSheet(workbook, s)));
  if (missing.length > 0 && loose.length > 0) {
    const headers = batchGet(workbook.id(), loose.map((s) => rangeOf(nameOfSheet(workbook, s), '1:1')), 'UNFORMATTED_VALUE');
    for (const key of missing) {
      let best: { sheet: Sheet; score: number } | null = null;
      loose.forEach((sheet, i) => {
        if (taken.has(sheet)) return;
        const score = headerScore(TABS[key], headers[i]?.[0] ?? []);
        if (score >= HEADER_MATCH && (!best || score > best.score)) best = { sheet, score };
      });
      const chosen = best as { sheet: Sheet; score: number } | null;
      if (chosen) {
        found.set(key, chosen.sheet);
        taken.add(chosen.sheet);
      }
    }
  }
  const renamed: RenamedTab[] = [];
  for (const [key, sheet] of found) {
    const now = nameOfSheet(workbook, sheet);
    if (now !== TABS[key].name) renamed.push({ key, name: TABS[key].name, now });
  }
  // Ids are recorded for what was found by id or asked anyway; a tab found by its own name in a
  // non-strict run keeps what the store says (asking would cost a call a tab).
  const ids: TabIds = { ...stored };
  for (const [key, sheet] of found) {
    const known = idOf.get(sheet);
    if (known !== undefined) ids[key] = known;
  }
  const changed = keys.some((key) => ids[key] !== stored[key]);
  return { sheets: found, renamed, ids, changed };
}

/** A sheet's name as the workbook listed it (no call). */
function nameOfSheet(workbook: { sheets: ReadonlyMap<string, Sheet> }, sheet: Sheet): string {
  for (const [name, s] of workbook.sheets) if (s === sheet) return name;
  return sheet.getName();
}

/** The stored ids, one search of the store. */
export function storedTabIds(): { ids: TabIds; save(ids: TabIds): void } {
  const entry = freshKeyEntry(TAB_IDS_KEY);
  return { ids: STORED_IDS.read(entry) ?? {}, save: (ids) => STORED_IDS.write(entry, ids) };
}
