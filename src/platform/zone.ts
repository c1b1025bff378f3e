/**
 * The spreadsheet's time zone as a pure `Zone`: dates in cells are midnights in the
 * SPREADSHEET's zone, which may differ from the script's (docs/platform.md, «Sheets»), so every conversion goes
 * through it. Utilities.formatDate is the one zone-aware formatter Apps Script guarantees.
 */
import type { LocalDate, Zone } from '../domain/local-date';

export function spreadsheetZone(timeZone: string): Zone {
  const offsets = new Map<string, number>();
  // Date cells hold the same few hundred midnights (and times) over and over: one formatDate per
  // distinct instant, not one per cell (a 60,000-row tab would otherwise make 60,000 calls).
  const days = new Map<number, LocalDate>();
  const times = new Map<number, string>();
  const memo = <T>(cache: Map<number, T>, instant: Date, format: () => T): T => {
    const key = instant.getTime();
    let value = cache.get(key);
    if (value === undefined) {
      value = format();
      cache.set(key, value);
    }
    return value;
  };
  /** Offset of the zone at an instant, in minutes ("+0300" → 180). */
  const offsetAt = (instant: Date): number => {
    const text = Utilities.formatDate(instant, timeZone, 'Z');
    const sign = text.startsWith('-') ? -1 : 1;
    return sign * (Number(text.slice(1, 3)) * 60 + Number(text.slice(3, 5)));
  };
  return {
    dayOf: (instant) => memo(days, instant, () => Utilities.formatDate(instant, timeZone, 'yyyy-MM-dd') as LocalDate),
    timeOf: (instant) => memo(times, instant, () => Utilities.formatDate(instant, timeZone, 'HH:mm')),
    midnight: (day) => {
      const cached = offsets.get(day);
      const utcMidnight = Date.parse(`${day}T00:00:00Z`);
      if (cached !== undefined) return new Date(utcMidnight - cached * 60000);
      // The offset at local midnight; asked twice because midnight may sit across a DST change.
      let offset = offsetAt(new Date(utcMidnight));
      offset = offsetAt(new Date(utcMidnight - offset * 60000));
      offsets.set(day, offset);
      return new Date(utcMidnight - offset * 60000);
    },
  };
}
