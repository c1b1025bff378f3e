/** The «Настройки» tab's rows (key, value) as the add-on's settings, with each problem's cell. */
import type { Zone } from '../domain/local-date';
import type { RawCell } from './cells';
import type { TabRead } from './read';
import { parseSettings, type Settings } from './settings';

export function settingsFrom(tab: TabRead, zone: Zone): { settings: Settings; problems: ReturnType<typeof parseSettings>['problems'] } {
  const entries = new Map<string, { raw: RawCell; row: number }>();
  for (const record of tab.records) {
    const key = record.values.key;
    if (typeof key === 'string') entries.set(key, { raw: record.raw.value ?? '', row: record.row });
  }
  return parseSettings(entries, tab.columns.get('value') ?? 2, zone, tab.spec.name, tab.serialDates);
}
