/**
 * Time-zone arithmetic over Intl (the host's ICU data), used by Utilities.formatDate and by the
 * clock-trigger scheduler. Zone ids follow Java's TimeZone as Apps Script does: IANA ids,
 * "GMT"/"UTC", and custom "GMT+3" / "GMT+03:00"; an unknown id falls back to GMT, as
 * java.util.TimeZone.getTimeZone does (docs.oracle.com/javase/8/docs/api/java/util/TimeZone.html).
 */

export interface LocalParts {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday .. 6 = Saturday */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  if (formatters.has(zone)) return formatters.get(zone) ?? null;
  let fmt: Intl.DateTimeFormat | null;
  try {
    fmt = new Intl.DateTimeFormat('en-US', {
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
  } catch {
    fmt = null;
  }
  formatters.set(zone, fmt);
  return fmt;
}

/** A fixed offset in minutes for "GMT", "UTC", "GMT+3", "GMT-03:30", "UTC+05:00"; else null. */
export function customOffsetMinutes(zone: string): number | null {
  if (zone === 'GMT' || zone === 'UTC' || zone === 'Z') return 0;
  const m = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

/** Whether Intl (or the custom-offset syntax) knows the zone. */
export function isKnownZone(zone: string): boolean {
  return customOffsetMinutes(zone) !== null || formatterFor(zone) !== null;
}

const BUCKET = 900_000;
const offsetCache = new Map<string, number>();

/**
 * The zone's offset from UTC at instant `ms`, in milliseconds (local = utc + offset). Cached per
 * quarter hour, and only where the offset is the same at both ends of the quarter, so a
 * transition inside one is still computed exactly (big sheets of dates ask this a lot).
 */
export function zoneOffsetMs(ms: number, zone: string): number {
  const fixed = customOffsetMinutes(zone);
  if (fixed !== null) return fixed * 60000;
  const bucket = Math.floor(ms / BUCKET);
  const key = `${zone}|${bucket}`;
  const hit = offsetCache.get(key);
  if (hit !== undefined) return hit;
  const start = exactOffset(bucket * BUCKET, zone);
  if (start !== exactOffset((bucket + 1) * BUCKET - 1000, zone)) return exactOffset(ms, zone);
  if (offsetCache.size > 200_000) offsetCache.clear();
  offsetCache.set(key, start);
  return start;
}

function exactOffset(ms: number, zone: string): number {
  const fmt = formatterFor(zone);
  if (!fmt) return 0; // unknown zone: GMT, as Java does
  const parts: Record<string, string> = {};
  for (const p of fmt.formatToParts(new Date(ms))) if (p.type !== 'literal') parts[p.type] = p.value;
  let year = Number(parts.year ?? 1970);
  // Years before 1 AD come with an era (serial dates can reach them).
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  const local = Date.UTC(year, Number(parts.month ?? 1) - 1, Number(parts.day ?? 1), Number(parts.hour ?? 0), Number(parts.minute ?? 0), Number(parts.second ?? 0));
  const whole = Math.floor(ms / 1000) * 1000;
  return local - whole;
}

export function localParts(ms: number, zone: string): LocalParts {
  const shifted = new Date(ms + zoneOffsetMs(ms, zone));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
    weekday: shifted.getUTCDay(),
  };
}

/**
 * The instant of a local wall-clock time in `zone`. A time that falls in a spring-forward gap
 * moves forward by the gap (02:30 becomes 03:30), as java.util.Calendar does in lenient mode.
 */
export function localToUtc(year: number, month: number, day: number, minutesOfDay: number, zone: string): number {
  const wall = Date.UTC(year, month - 1, day) + minutesOfDay * 60000;
  const first = wall - zoneOffsetMs(wall, zone);
  const second = wall - zoneOffsetMs(first, zone);
  if (second === first) return first;
  // Offsets differ across a transition: prefer the candidate whose local time reads `wall`.
  if (second + zoneOffsetMs(second, zone) === wall) return second;
  if (first + zoneOffsetMs(first, zone) === wall) return first;
  return Math.max(first, second);
}

/** Days since 1970-01-01 of a local calendar date. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86400000);
}

export function dateOfDayNumber(n: number): { year: number; month: number; day: number } {
  const d = new Date(n * 86400000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday for a day number (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** English zone names from Intl: 'short' → "GMT+3" style or "PST"; 'long' → "Moscow Standard Time". */
export function zoneName(ms: number, zone: string, style: 'short' | 'long'): string | null {
  if (customOffsetMinutes(zone) !== null || !formatterFor(zone)) return null;
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: style }).formatToParts(new Date(ms));
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? null;
}
