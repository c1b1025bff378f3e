/**
 * Utilities.formatDate: java.text.SimpleDateFormat patterns in the US English locale, which is
 * what Apps Script uses (reference/utilities/utilities#formatdatedate,-timezone,-format links to
 * docs.oracle.com/javase/7/docs/api/java/text/SimpleDateFormat.html).
 */
import { ServiceError } from '../core/errors';
import { dayNumber, localParts, zoneName, zoneOffsetMs } from './time-zone';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Java's short names for zones that en-US Intl only knows as "GMT+3" (tzdb abbreviations). */
const LONG_TO_SHORT: Record<string, string> = {
  'Moscow Standard Time': 'MSK',
  'Moscow Summer Time': 'MSD',
  'Central European Standard Time': 'CET',
  'Central European Summer Time': 'CEST',
  'Eastern European Standard Time': 'EET',
  'Eastern European Summer Time': 'EEST',
  'Western European Standard Time': 'WET',
  'Western European Summer Time': 'WEST',
  'Greenwich Mean Time': 'GMT',
  'Coordinated Universal Time': 'UTC',
  'British Summer Time': 'BST',
  'Samara Standard Time': 'SAMT',
  'Yekaterinburg Standard Time': 'YEKT',
  'Omsk Standard Time': 'OMST',
  'Novosibirsk Standard Time': 'NOVT',
  'Krasnoyarsk Standard Time': 'KRAT',
  'Irkutsk Standard Time': 'IRKT',
  'Yakutsk Standard Time': 'YAKT',
  'Vladivostok Standard Time': 'VLAT',
  'Magadan Standard Time': 'MAGT',
};

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

function offsetText(offsetMs: number, style: 'Z' | 'X1' | 'X2' | 'X3' | 'GMT'): string {
  const minutes = Math.round(offsetMs / 60000);
  if (minutes === 0 && style.startsWith('X')) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  switch (style) {
    case 'Z':
    case 'X2':
      return `${sign}${h}${m}`;
    case 'X1':
      return `${sign}${h}`;
    case 'X3':
      return `${sign}${h}:${m}`;
    case 'GMT':
      return `GMT${sign}${h}:${m}`;
  }
}

function generalZone(ms: number, zone: string, count: number): string {
  const offset = zoneOffsetMs(ms, zone);
  const long = zoneName(ms, zone, 'long');
  if (count >= 4) return long && !long.startsWith('GMT') ? long : offsetText(offset, 'GMT');
  if (zone === 'UTC') return 'UTC';
  if (long && LONG_TO_SHORT[long]) return LONG_TO_SHORT[long];
  const short = zoneName(ms, zone, 'short');
  if (short && /^[A-Z]{2,5}$/.test(short)) return short;
  return offset === 0 ? 'GMT' : offsetText(offset, 'GMT');
}

function field(letter: string, count: number, ms: number, zone: string): string {
  const p = localParts(ms, zone);
  switch (letter) {
    case 'G':
      return p.year > 0 ? 'AD' : 'BC';
    case 'y':
    case 'Y':
      return count === 2 ? pad(p.year % 100, 2) : pad(p.year, count);
    case 'M':
    case 'L':
      if (count >= 4) return MONTHS[p.month - 1] ?? '';
      if (count === 3) return (MONTHS[p.month - 1] ?? '').slice(0, 3);
      return pad(p.month, count);
    case 'd':
      return pad(p.day, count);
    case 'D':
      return pad(dayNumber(p.year, p.month, p.day) - dayNumber(p.year, 1, 1) + 1, count);
    case 'E':
      return count >= 4 ? (DAYS[p.weekday] ?? '') : (DAYS[p.weekday] ?? '').slice(0, 3);
    case 'u':
      return pad(p.weekday === 0 ? 7 : p.weekday, count);
    case 'F':
      return pad(Math.floor((p.day - 1) / 7) + 1, count);
    case 'w': {
      // US week of year: weeks start on Sunday, week 1 contains January 1.
      const jan1 = dayNumber(p.year, 1, 1);
      const jan1Weekday = (((jan1 + 4) % 7) + 7) % 7;
      return pad(Math.floor((dayNumber(p.year, p.month, p.day) - jan1 + jan1Weekday) / 7) + 1, count);
    }
    case 'W': {
      const first = dayNumber(p.year, p.month, 1);
      const firstWeekday = (((first + 4) % 7) + 7) % 7;
      return pad(Math.floor((p.day - 1 + firstWeekday) / 7) + 1, count);
    }
    case 'a':
      return p.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(p.hour, count);
    case 'k':
      return pad(p.hour === 0 ? 24 : p.hour, count);
    case 'K':
      return pad(p.hour % 12, count);
    case 'h':
      return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, count);
    case 'm':
      return pad(p.minute, count);
    case 's':
      return pad(p.second, count);
    case 'S':
      return pad(p.millisecond, count);
    case 'z':
      return generalZone(ms, zone, count);
    case 'Z':
      return offsetText(zoneOffsetMs(ms, zone), 'Z');
    case 'X':
      if (count > 3) throw new ServiceError('invalid ISO 8601 format: length=' + count);
      return offsetText(zoneOffsetMs(ms, zone), count === 1 ? 'X1' : count === 2 ? 'X2' : 'X3');
    default:
      // SimpleDateFormat's constructor rejects unknown letters with this message.
      throw new ServiceError(`Illegal pattern character '${letter}'`);
  }
}

/** Formats epoch `ms` in `zone` with a SimpleDateFormat pattern. */
export function formatDate(ms: number, zone: string, pattern: string): string {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern.charAt(i);
    if (c === "'") {
      // '' is a literal quote; 'text' is literal text in which '' is a quote.
      if (pattern.charAt(i + 1) === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= pattern.length) throw new ServiceError('Unterminated quote');
        if (pattern.charAt(j) === "'") {
          if (pattern.charAt(j + 1) === "'") {
            text += "'";
            j += 2;
            continue;
          }
          break;
        }
        text += pattern.charAt(j);
        j += 1;
      }
      out += text;
      i = j + 1;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (pattern.charAt(j) === c) j += 1;
      out += field(c, j - i, ms, zone);
      i = j;
      continue;
    }
    out += c;
    i += 1;
  }
  return out;
}
