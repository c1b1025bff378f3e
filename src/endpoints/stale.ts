/**
 * Refusing a save made from a page whose records changed since it opened: the message names each
 * record and field (by the tab's own column headers), so the deputy knows what to look at after
 * the reload.
 */
import { z } from 'zod';
import { failure, type Result } from '../shared/result';
import { RU } from '../text/ru';
import { changesSince, conflicts, type Change, type Version, type VersionSpec } from '../domain/version';
import { TABS } from '../workbook/tabs';
import type { TabKey } from '../workbook/columns';

const S = RU.stale;

/** A version as a page sends it back: at most a page's worth of records, each a short stamp. */
export const VersionInput = z.record(z.string().max(40), z.string().max(600)).refine((v) => Object.keys(v).length <= 400, 'слишком много записей');

/** The header the deputy sees for a field; a hidden id column is named by its visible twin. */
export function fieldHeader(tab: TabKey, key: string): string {
  const column = TABS[tab].columns.find((c) => c.key === key);
  return column ? column.header.replace(/ \(ID\)$/, '') : key;
}

const LISTED = 6;

/** A `stale` failure naming what changed, or null when the page's version is still true. */
export function refuseStale(spec: VersionSpec, shown: Version, now: Version, describe: (c: Change) => string): Result<never> | null {
  const changes = conflicts(changesSince(spec, shown, now));
  if (changes.length === 0) return null;
  const named = changes.slice(0, LISTED).map(describe);
  if (changes.length > LISTED) named.push(S.more(changes.length - LISTED));
  return failure('stale', S.refused(named.join('; ')));
}

/** One change in words: the record, then the fields by their headers in the record's tab. */
export function describeChange(c: Change, tab: TabKey, record: string): string {
  if (c.change === 'added') return S.added(record);
  if (c.change === 'removed') return S.removed(record);
  return S.changed(record, c.fields.map((f) => fieldHeader(tab, f)));
}
