/**
 * Sheets stores a date-time as a serial number: days since 1899-12-30 in the SPREADSHEET's time
 * zone, the fraction being the time of day (sheets/api/guides/formats#about_date_time_values).
 * Offsets come from services/time-zone.ts (Intl, full ICU), so DST transitions are right.
 */
import { isKnownZone, zoneOffsetMs } from '../services/time-zone';

const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/** Whether the zone id is one Sheets accepts (IANA ids and GMT offsets, as Apps Script's Java). */
export function isValidZone(zone: string): boolean {
  return isKnownZone(zone);
}

function offsetAt(zone: string, ms: number): number {
  return zoneOffsetMs(ms, zone);
}

/**
 * Wall-clock ms (as if UTC) → the instant. In a DST overlap the earlier instant wins; in a gap
 * the pre-transition offset is used (02:30 in a spring gap becomes 03:30), as java.util does.
 */
export function localToInstant(zone: string, localMs: number): number {
  const before = localMs - offsetAt(zone, localMs - DAY / 2);
  const after = localMs - offsetAt(zone, localMs + DAY / 2);
  const valid = [before, after].filter((c) => c + offsetAt(zone, c) === localMs);
  return valid.length > 0 ? Math.min(...valid) : before;
}

export function instantToSerial(zone: string, ms: number): number {
  return (ms + offsetAt(zone, ms) - EPOCH) / DAY;
}

export function serialToInstant(zone: string, serial: number): number {
  return localToInstant(zone, Math.round(EPOCH + serial * DAY));
}

/** Wall-clock fields of a serial number (no zone involved: a serial is already local). */
export function serialParts(serial: number): {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
} {
  const d = new Date(Math.round(EPOCH + serial * DAY));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  };
}

/** Serial number of a wall-clock date-time. */
export function partsToSerial(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  return (Date.UTC(year, month - 1, day, hour, minute, second) - EPOCH) / DAY;
}
