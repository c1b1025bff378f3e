/**
 * What a value written by setValue/setValues/appendRow becomes. Apps Script writes strings the way
 * the Sheets UI takes typed text (the Sheets API calls this USER_ENTERED: "strings may be converted
 * to numbers, dates, etc. following the same rules that are applied when entering text into a
 * cell via the Google Sheets UI": sheets/api/reference/rest/v4/ValueInputOption). Widely observed
 * consequences, emulated here:
 * - "=..." is a formula; "+..."/"-..." that is not a number is taken as a formula too, so
 *   "+7 999 123-45-67" or "- item" end up as a formula parse error (#ERROR!);
 * - "123", "1,5" (ru_RU), "50%", "TRUE" become a number, a percentage, a boolean;
 * - "01.02.2026" (ru_RU), "2/1/2026" (en_US) and "2026-02-01" become dates;
 * - a leading apostrophe forces text and is not part of the value ("apostrophes are only visible
 *   when editing a value": getodk/docs#1095);
 * - in a cell formatted as plain text ("@") a string stays as it is.
 */
import { isDate } from '../core/realm';
import { instantToSerial, partsToSerial, serialParts } from './dates';
import { defaultDateFormat, defaultDateTimeFormat, localeSeparators } from './numfmt';
import type { CellValue } from './state';

export interface Entered {
  value: CellValue;
  formula: string | null;
  /** A number format the input implies (a date, a percentage), or undefined to keep the cell's. */
  format?: string;
}

export interface EntryContext {
  locale: string;
  timeZone: string;
  now: number;
  /** The cell's current explicit number format. */
  cellFormat: string | null;
}

const MAX_CELL_CHARS = 50_000;

export function cellTooLong(text: string): boolean {
  return text.length > MAX_CELL_CHARS;
}

/** Converts any value the add-on writes. */
export function enterValue(value: unknown, ctx: EntryContext): Entered {
  if (value === null || value === undefined) return { value: null, formula: null };
  if (typeof value === 'number') return { value: Number.isFinite(value) ? value : String(value), formula: null };
  if (typeof value === 'boolean') return { value, formula: null };
  if (isDate(value)) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return { value: String(value), formula: null };
    const serial = instantToSerial(ctx.timeZone, ms);
    // A date written into a cell that already shows dates keeps that format.
    const keep = ctx.cellFormat && /[dy]/i.test(ctx.cellFormat.replace(/"[^"]*"/g, ''));
    const format = Number.isInteger(serial) ? defaultDateFormat(ctx.locale) : defaultDateTimeFormat(ctx.locale);
    return keep ? { value: serial, formula: null } : { value: serial, formula: null, format };
  }
  if (typeof value === 'string') return enterText(value, ctx);
  return { value: String(value), formula: null };
}

function twoDigitYear(y: string): number {
  const n = Number(y);
  if (y.length > 2) return n;
  // Sheets reads 00–29 as 20xx and 30–99 as 19xx.
  return n < 30 ? 2000 + n : 1900 + n;
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function dateEntry(y: number, m: number, d: number, time: string[], format: string, withTime: string): Entered | null {
  if (!validDate(y, m, d)) return null;
  const [h = '0', mi = '0', s = '0'] = time;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  const hasTime = time.length > 0;
  return {
    value: partsToSerial(y, m, d, Number(h), Number(mi), Number(s)),
    formula: null,
    format: hasTime ? withTime : format,
  };
}

const numberPatterns = new Map<string, RegExp>();

function numberPattern(locale: string): RegExp {
  let re = numberPatterns.get(locale);
  if (!re) {
    const { decimal, group } = localeSeparators(locale);
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const groups = group === '\u00a0' || group === '\u202f' ? '[\\u00a0\\u202f ]' : esc(group);
    re = new RegExp(`^([+-]?)(\\d{1,3}(?:${groups}\\d{3})+|\\d+)?(?:${esc(decimal)}(\\d+))?(?:[eE]([+-]?\\d+))?$`);
    numberPatterns.set(locale, re);
  }
  return re;
}

function parseNumber(text: string, locale: string): number | null {
  const m = numberPattern(locale).exec(text);
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  const int = (m[2] ?? '0').replace(/\D/g, '');
  return Number(`${m[1]}${int}.${m[3] ?? '0'}e${m[4] ?? '0'}`);
}

export function enterText(text: string, ctx: EntryContext): Entered {
  if (text === '') return { value: null, formula: null };
  if (text.startsWith("'")) return { value: text.slice(1) === '' ? null : text.slice(1), formula: null };
  if (ctx.cellFormat === '@') return { value: text, formula: null };
  if (text.startsWith('=') && text.length > 1) return { value: null, formula: text };
  const t = text.trim();
  // Fast path: text that starts with a letter is text, unless it is TRUE/FALSE.
  if (/^\p{L}/u.test(t) && t.length !== 4 && t.length !== 5) return { value: text, formula: null };
  if (/^(true|false)$/i.test(t)) return { value: t.toUpperCase() === 'TRUE', formula: null };
  const n = parseNumber(t, ctx.locale);
  if (n !== null) return { value: n, formula: null };
  if (t.endsWith('%')) {
    const p = parseNumber(t.slice(0, -1).trim(), ctx.locale);
    if (p !== null) return { value: p / 100, formula: null, format: Number.isInteger(p) ? '0%' : '0.00%' };
  }
  const date = parseDate(t, ctx);
  if (date) return date;
  if ((t.startsWith('+') || t.startsWith('-')) && t.length > 1) return { value: null, formula: `=${t}` };
  return { value: text, formula: null };
}

const TIME = '(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?';
const ISO = new RegExp(`^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})${TIME}$`);
const DOTTED = new RegExp(`^(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{2}|\\d{4}))?${TIME}$`);
const US = new RegExp(`^(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})${TIME}$`);
const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

function times(m: RegExpExecArray, from: number): string[] {
  return m[from] === undefined ? [] : [m[from]!, m[from + 1]!, m[from + 2] ?? '0'];
}

function parseDate(t: string, ctx: EntryContext): Entered | null {
  if (!/^\d/.test(t)) return null;
  const iso = ISO.exec(t);
  if (iso) return dateEntry(Number(iso[1]), Number(iso[2]), Number(iso[3]), times(iso, 4), 'yyyy-MM-dd', 'yyyy-MM-dd H:mm:ss');
  const date = defaultDateFormat(ctx.locale);
  const dateTime = defaultDateTimeFormat(ctx.locale);
  if (date.startsWith('dd.')) {
    const dm = DOTTED.exec(t);
    if (dm) {
      // "1.5" without a year is the 1st of May of the current year in the spreadsheet's zone.
      const year = dm[3] ? twoDigitYear(dm[3]) : serialParts(instantToSerial(ctx.timeZone, ctx.now)).year;
      return dateEntry(year, Number(dm[2]), Number(dm[1]), times(dm, 4), date, dateTime);
    }
  }
  if (ctx.locale === 'en_US') {
    const us = US.exec(t);
    if (us) return dateEntry(twoDigitYear(us[3]!), Number(us[1]), Number(us[2]), times(us, 4), date, dateTime);
  }
  const clock = CLOCK.exec(t);
  if (clock && Number(clock[1]) < 24 && Number(clock[2]) < 60 && Number(clock[3] ?? 0) < 60) {
    const serial = (Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3] ?? 0)) / 86400;
    return { value: serial, formula: null, format: clock[3] === undefined ? 'H:mm' : 'H:mm:ss' };
  }
  return null;
}
