/**
 * A calendar day with no time zone, "yyyy-MM-dd": what a deadline or a meeting date means to
 * people. Converting to and from instants needs the spreadsheet's zone, which the platform layer
 * supplies (`Zone`), so these functions stay pure.
 */
export type LocalDate = string & { readonly __localDate: unique symbol };

export interface Zone {
  /** The calendar day an instant falls on in the spreadsheet's time zone. */
  dayOf(instant: Date): LocalDate;
  /** "HH:mm" of an instant in the spreadsheet's time zone. */
  timeOf(instant: Date): string;
  /** The instant of midnight starting `day` in the spreadsheet's time zone. */
  midnight(day: LocalDate): Date;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const RU_DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export function makeLocalDate(year: number, month: number, day: number): LocalDate | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}` as LocalDate;
}

/** By arithmetic, not a Date: every date cell read is checked, 600,000 in a region's sessions. */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/**
 * Reads a day from text: "dd.MM.yyyy" (how Russian users type it), "yyyy-MM-dd", or a full ISO
 * instant (then the day it falls on in the zone). Anything else, or an impossible day, is null.
 */
export function parseLocalDate(text: string, zone: Zone): LocalDate | null {
  const trimmed = text.trim();
  let match = RU_DAY.exec(trimmed);
  if (match) return makeLocalDate(Number(match[3]), Number(match[2]), Number(match[1]));
  match = ISO_DAY.exec(trimmed);
  if (match) return makeLocalDate(Number(match[1]), Number(match[2]), Number(match[3]));
  if (ISO_INSTANT.test(trimmed)) {
    const instant = new Date(trimmed);
    return Number.isNaN(instant.getTime()) ? null : zone.dayOf(instant);
  }
  return null;
}

export function isLocalDate(text: string): text is LocalDate {
  const match = ISO_DAY.exec(text);
  return !!match && makeLocalDate(Number(match[1]), Number(match[2]), Number(match[3])) === text;
}

/** dd.MM.yyyy, how dates are shown to people. */
export function formatRu(day: LocalDate): string {
  const [y, m, d] = day.split('-');
  return `${d}.${m}.${y}`;
}

export function addDays(day: LocalDate, days: number): LocalDate {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return makeLocalDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()) as LocalDate;
}

/** Same day of month `months` later, clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(day: LocalDate, months: number): LocalDate {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return makeLocalDate(year, month, Math.min(d, daysInMonth(year, month))) as LocalDate;
}

export function compareDays(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The school year a day belongs to: from 1 September, "2026/2027". */
export function schoolYearOf(day: LocalDate): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const start = m >= 9 ? y : y - 1;
  return `${start}/${start + 1}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
