/**
 * Sheets stores a date-time as a serial number: days since 1899-12-30 in the SPREADSHEET's time
 * zone, the fraction being the time of day (sheets/api/guides/formats#about_date_time_values).
 * Offsets come from Intl (full ICU), so DST transitions are right.
 */
const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Whether Intl knows the zone id. */
export function isValidZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset at instant `ms` (local = utc + offset), cached per quarter hour. */
export function offsetAt(zone: string, ms: number): number {
  // Offsets change only on quarter-hour instants, so a 15-minute bucket is exact.
  const bucket = Math.floor(ms / 900_000);
  const key = `${zone}|${bucket}`;
  const hit = offsets.get(key);
  if (hit !== undefined) return hit;
  const at = bucket * 900_000;
  const parts: Record<string, string> = {};
  for (const p of formatter(zone).formatToParts(new Date(at))) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  const local = Date.UTC(year, Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  const offset = local - at;
  if (offsets.size > 200_000) offsets.clear();
  offsets.set(key, offset);
  return offset;
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
