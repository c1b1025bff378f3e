/**
 * Sheets number formats (sheets/api/guides/formats): the subset the add-on uses: dates
 * ("dd.MM.yyyy", "yyyy-mm-dd", "HH:mm", "dd.MM.yyyy HH:mm:ss"), numbers ("0", "0.00", "#,##0",
 * "#,##0.00", "0%", "0.00%") and plain text ("@"). Anything else throws on display rather than
 * render a guess. Separators follow the spreadsheet's locale (the API's FORMATTED_VALUE is
 * "based on the spreadsheet's locale": sheets/api/reference/rest/v4/ValueRenderOption).
 */
import { ServiceError } from '../core/errors';
import { serialParts } from './dates';
import type { CellValue } from './state';

/** What Range.getNumberFormat returns for a cell with the automatic format. */
export const AUTOMATIC_FORMAT = '0.###############';

export function defaultDateFormat(locale: string): string {
  if (locale.startsWith('ru') || locale.startsWith('de') || locale.startsWith('uk')) return 'dd.MM.yyyy';
  if (locale === 'en_US') return 'M/d/yyyy';
  return 'yyyy-MM-dd';
}

export function defaultDateTimeFormat(locale: string): string {
  return `${defaultDateFormat(locale)} H:mm:ss`;
}

interface Separators {
  decimal: string;
  group: string;
}

const separators = new Map<string, Separators>();

export function localeSeparators(locale: string): Separators {
  let s = separators.get(locale);
  if (!s) {
    s = { decimal: '.', group: ',' };
    try {
      for (const p of new Intl.NumberFormat(locale.replace('_', '-')).formatToParts(12345.6)) {
        if (p.type === 'decimal') s.decimal = p.value;
        if (p.type === 'group') s.group = p.value;
      }
    } catch {
      // An unknown locale keeps the en_US separators.
    }
    separators.set(locale, s);
  }
  return s;
}

type DateToken = { kind: 'lit'; text: string } | { kind: 'field'; letter: string; count: number };

const dateCache = new Map<string, DateToken[] | null>();

/** Tokens of a date/time format, or null when the format is not one. */
function dateTokens(format: string): DateToken[] | null {
  if (dateCache.has(format)) return dateCache.get(format) ?? null;
  const tokens: DateToken[] = [];
  let isDate = false;
  for (let i = 0; i < format.length; ) {
    const ch = format[i]!;
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      tokens.push({ kind: 'lit', text: format.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? format.length : end + 1;
    } else if (ch === '\\') {
      tokens.push({ kind: 'lit', text: format[i + 1] ?? '' });
      i += 2;
    } else if (/[dDmMyYhHsS]/.test(ch)) {
      let j = i;
      while (format[j] === ch) j++;
      tokens.push({ kind: 'field', letter: ch, count: j - i });
      isDate = true;
      i = j;
    } else if (/[AaPp#0@%]/.test(ch)) {
      // am/pm markers, digit placeholders in a date: outside the emulated subset.
      if (isDate || /[Aa]/.test(ch)) return cacheDate(format, 'unsupported');
      return cacheDate(format, null);
    } else {
      tokens.push({ kind: 'lit', text: ch });
      i += 1;
    }
  }
  return cacheDate(format, isDate ? tokens : null);
}

function cacheDate(format: string, tokens: DateToken[] | null | 'unsupported'): DateToken[] | null {
  if (tokens === 'unsupported') throw new ServiceError(`Number format ${format} is not emulated`);
  dateCache.set(format, tokens);
  return tokens;
}

/** Whether a cell with this format holds a date/time (getValues then returns a Date). */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format || format === '@') return false;
  try {
    return dateTokens(format) !== null;
  } catch {
    return /[dmyhs]/i.test(format.replace(/"[^"]*"/g, ''));
  }
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function formatDate(serial: number, tokens: DateToken[], format: string): string {
  const p = serialParts(serial);
  const fields = tokens.filter((t) => t.kind === 'field');
  let out = '';
  for (const t of tokens) {
    if (t.kind === 'lit') {
      out += t.text;
      continue;
    }
    const letter = t.letter.toLowerCase();
    const index = fields.indexOf(t);
    if (letter === 'm' && t.letter === 'm') {
      // "m" is minutes after an hour or before seconds, else the month (guides/formats).
      const prev = fields[index - 1]?.letter.toLowerCase();
      const next = fields[index + 1]?.letter.toLowerCase();
      const minute = prev === 'h' || next === 's';
      if (t.count > 2) throw new ServiceError(`Number format ${format} is not emulated`);
      out += pad(minute ? p.minute : p.month, t.count);
      continue;
    }
    if (t.count > (letter === 'y' ? 4 : 2)) throw new ServiceError(`Number format ${format} is not emulated`);
    if (letter === 'd') out += pad(p.day, t.count);
    else if (letter === 'm') out += pad(p.month, t.count);
    else if (letter === 'y') out += t.count <= 2 ? pad(p.year % 100, 2) : String(p.year);
    else if (letter === 'h') out += pad(p.hour, t.count);
    else if (letter === 's') out += pad(p.second, t.count);
  }
  return out;
}

function roundTo(x: number, digits: number): number {
  return Number(`${Math.round(Number(`${Math.abs(x)}e${digits}`))}e-${digits}`) * Math.sign(x);
}

function group(int: string, sep: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

const NUMERIC = /^([#0,]*0|[#,]*#)(?:\.(0*)(#*))?(%?)$/;

function formatNumber(x: number, format: string, sep: Separators): string {
  const m = NUMERIC.exec(format);
  if (!m) throw new ServiceError(`Number format ${format} is not emulated`);
  const [, intPart = '', minDec = '', optDec = '', percent] = m;
  const value = percent ? x * 100 : x;
  const maxDigits = minDec.length + optDec.length;
  const rounded = roundTo(value, maxDigits);
  let [int = '0', dec = ''] = Math.abs(rounded).toFixed(maxDigits).split('.');
  while (dec.length > minDec.length && dec.endsWith('0')) dec = dec.slice(0, -1);
  // "#0.#" of a whole number: whether Sheets keeps the decimal point ("5.") is not sourced.
  if (optDec.length > 0 && minDec.length === 0 && dec === '') throw new ServiceError(`Number format ${format} is not emulated for a whole number`);
  const minInt = (intPart.match(/0/g) ?? []).length;
  if (int === '0' && minInt === 0) int = '';
  int = int.padStart(minInt, '0');
  if (intPart.includes(',')) int = group(int, sep.group);
  const sign = rounded < 0 ? '-' : '';
  return `${sign}${int}${dec ? sep.decimal + dec : ''}${percent}`;
}

/** The automatic format: integers as they are, else up to 10 significant digits. */
export function formatGeneral(x: number, sep: Separators): string {
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return String(x);
  const abs = Math.abs(x);
  if (abs >= 1e15 || abs < 1e-9) {
    const [mant = '0', exp = '0'] = x.toExponential(2).split('e');
    const e = Number(exp);
    return `${mant.replace('.', sep.decimal)}E${e < 0 ? '-' : '+'}${pad(Math.abs(e), 2)}`;
  }
  const text = String(Number(x.toPrecision(10)));
  return text.replace('.', sep.decimal);
}

/** What getDisplayValue shows for a value under a number format (null = automatic). */
export function displayValue(value: CellValue, format: string | null, locale: string): string {
  if (value === null || value === '') return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const sep = localeSeparators(locale);
  if (!format || format === AUTOMATIC_FORMAT || format === '@' || format === 'General') return formatGeneral(value, sep);
  if (format.includes(';')) throw new ServiceError(`Number format ${format} is not emulated`);
  if (/\[[hms]+\]/i.test(format)) return formatElapsed(value, format, sep);
  const tokens = dateTokens(format);
  if (tokens) return formatDate(value, tokens, format);
  return formatNumber(value, format, sep);
}

/**
 * Durations (sheets/api/guides/formats: "[h+] Number of elapsed hours in a time duration", "[m+]"
 * minutes, "[s+]" seconds; the first bracketed unit counts the whole duration, later ones the
 * remainder; "0" after a "." is a fraction of a second). The guide's examples, for 3:13:41.255:
 * "[hh]:[mm]:[ss].000" → "03:13:41.255", "[mmmm]:[ss].000" → "0193:41.255".
 */
function formatElapsed(serial: number, format: string, sep: Separators): string {
  const millis = Math.round(Math.abs(serial) * 86_400_000);
  const sizes: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000 };
  let out = serial < 0 ? '-' : '';
  let first = true;
  for (let i = 0; i < format.length; ) {
    const bracket = /^\[([hms])\1*\]/i.exec(format.slice(i));
    const plain = /^([ms])\1*/i.exec(format.slice(i));
    const fraction = /^\.(0+)/.exec(format.slice(i));
    if (bracket || plain) {
      const m = (bracket ?? plain)!;
      const letter = m[1]!.toLowerCase();
      const width = bracket ? m[0].length - 2 : m[0].length;
      const unit = sizes[letter]!;
      const outer = letter === 'h' ? Infinity : letter === 'm' ? 3_600_000 : 60_000;
      const n = first ? Math.floor(millis / unit) : Math.floor((millis % outer) / unit);
      first = false;
      out += pad(n, width);
      i += m[0].length;
    } else if (fraction) {
      const digits = fraction[1]!.length;
      out += sep.decimal + pad(Math.floor(((millis % 1000) / 1000) * 10 ** digits), digits);
      i += fraction[0].length;
    } else if (/[:\s-]/.test(format[i]!)) {
      out += format[i];
      i += 1;
    } else {
      throw new ServiceError(`Number format ${format} is not emulated`);
    }
  }
  return out;
}
