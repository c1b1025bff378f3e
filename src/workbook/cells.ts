/**
 * One cell in, one typed value (or one precise problem) out, by the column's kind; and back.
 * Pure: the spreadsheet's time zone arrives as a `Zone`.
 */
import { formatRu, isLocalDate, parseLocalDate, type LocalDate, type Zone } from '../domain/local-date';
import { LIST_SEPARATOR, type ColumnKind } from './columns';
import { EMAIL, RECORD_ID } from '../domain/patterns';
import type { OptionSet } from '../domain/option-set';
import { parseOther } from '../domain/other-option';
import { parsePlainNumber } from '../domain/sane-values';

/** What getValues gives: Number, Boolean, Date or String ('' for blank). */
export type RawCell = string | number | boolean | Date;

export type CellProblem =
  | { code: 'required' }
  | { code: 'notText'; got: 'date' | 'boolean' }
  | { code: 'badEmail'; value: string }
  | { code: 'badUrl'; value: string }
  | { code: 'badDate'; value: string }
  | { code: 'badTime'; value: string }
  | { code: 'badNumber'; value: string }
  | { code: 'outOfRange'; value: number; min?: number; max?: number }
  | { code: 'notInteger'; value: number }
  | { code: 'unknownOption'; value: string; allowed: readonly string[]; open?: boolean }
  /** «другое» in an open list without the deputy's text (other-option.ts). */
  | { code: 'otherEmpty' }
  | { code: 'badId'; value: string }
  | { code: 'tooLong'; length: number; max: number };

export type Decoded = { ok: true; value: unknown } | { ok: false; problem: CellProblem };

/** A cell holds at most 50,000 characters in Sheets. */
export const MAX_CELL_LENGTH = 50000;

const URL = /^https?:\/\/[^\s<>"]+$/i;
const TIME = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;
const ID = RECORD_ID;

const ok = (value: unknown): Decoded => ({ ok: true, value });
const fail = (problem: CellProblem): Decoded => ({ ok: false, problem });

export function isBlank(raw: RawCell | undefined | null): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
}

function isDateValue(raw: unknown): raw is Date {
  return Object.prototype.toString.call(raw) === '[object Date]';
}

/**
 * Blank cells decode to null (or [] for lists); `required` is checked by the caller. `serial`: the
 * cell came from the Sheets API (Values.batchGet, SERIAL_NUMBER), where a date or time is its serial
 * number (days since 30.12.1899, the fraction the time of day, wall-clock in the book's zone).
 */
export function decodeCell(kind: ColumnKind, raw: RawCell, zone: Zone, serial = false): Decoded {
  if (isBlank(raw)) return ok(kind.type === 'options' || kind.type === 'refs' ? [] : null);
  if (serial && typeof raw === 'number' && (kind.type === 'date' || kind.type === 'time' || kind.type === 'datetime')) return decodeSerial(kind.type, raw, zone);
  switch (kind.type) {
    case 'raw':
      return ok(raw);
    case 'id':
      return decodeId(raw);
    case 'text':
    case 'longText':
    case 'label':
      return decodeText(raw);
    case 'email': {
      const text = decodeText(raw);
      if (!text.ok) return text;
      const email = String(text.value).toLowerCase();
      return EMAIL.test(email) ? ok(email) : fail({ code: 'badEmail', value: String(text.value) });
    }
    case 'url': {
      const text = decodeText(raw);
      if (!text.ok) return text;
      return URL.test(String(text.value)) ? text : fail({ code: 'badUrl', value: String(text.value) });
    }
    case 'date':
      return decodeDate(raw, zone);
    case 'datetime':
      return isDateValue(raw) ? ok(raw.toISOString()) : decodeDateTimeText(String(raw), zone);
    case 'time':
      return decodeTime(raw, zone);
    case 'number':
      return decodeNumber(raw, kind);
    case 'option': {
      const text = decodeText(raw);
      if (!text.ok) return text;
      const key = kind.options.fromLabel(String(text.value));
      return key ? ok(key) : fail(optionProblem(kind.options, String(text.value)));
    }
    case 'options': {
      const text = decodeText(raw);
      if (!text.ok) return text;
      const keys: string[] = [];
      for (const part of splitList(String(text.value))) {
        const key = kind.options.fromLabel(part);
        if (!key) return fail(optionProblem(kind.options, part));
        if (!keys.includes(key)) keys.push(key);
      }
      return ok(keys);
    }
    case 'ref':
      return decodeId(raw);
    case 'refs': {
      const ids = splitList(String(raw));
      const bad = ids.find((id) => !ID.test(id));
      return bad ? fail({ code: 'badId', value: bad }) : ok(ids);
    }
  }
}

/** Why a text is none of a list's values: a bare «другое» of an open list is named as such. */
function optionProblem(options: OptionSet<string>, value: string): CellProblem {
  if (options.open && parseOther(value).kind === 'empty') return { code: 'otherEmpty' };
  return { code: 'unknownOption', value, allowed: options.labels, open: options.open };
}

/** Days from 30.12.1899 (Sheets' day 0) to 01.01.1970. */
const SERIAL_EPOCH_DAYS = 25569;

/**
 * A serial day as "yyyy-MM-dd", remembered: a tab's dates repeat (a region's 60,000 sessions fall
 * on a few hundred days), and a Date a cell is most of the decoding's time.
 */
const SERIAL_DAYS = new Map<number, LocalDate>();
function serialDay(days: number): LocalDate {
  let day = SERIAL_DAYS.get(days);
  if (day === undefined) {
    day = new Date((days - SERIAL_EPOCH_DAYS) * 86_400_000).toISOString().slice(0, 10) as LocalDate;
    if (SERIAL_DAYS.size < 50_000) SERIAL_DAYS.set(days, day);
  }
  return day;
}

function decodeSerial(type: 'date' | 'time' | 'datetime', serial: number, zone: Zone): Decoded {
  if (!Number.isFinite(serial) || serial < 0) return fail({ code: type === 'time' ? 'badTime' : 'badDate', value: String(serial) });
  const days = Math.floor(serial);
  const minutes = Math.round((serial - days) * 1440);
  if (type === 'time') return ok(`${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`);
  const day = serialDay(days);
  if (type === 'date') return ok(day);
  return ok(new Date(zone.midnight(day).getTime() + minutes * 60000).toISOString());
}

/** Several values in one cell: "; " or new lines (labels themselves contain commas). */
export function splitList(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function decodeText(raw: RawCell): Decoded {
  if (typeof raw === 'boolean') return fail({ code: 'notText', got: 'boolean' });
  if (isDateValue(raw)) return fail({ code: 'notText', got: 'date' });
  const text = typeof raw === 'number' ? String(raw) : raw.trim();
  return text.length > MAX_CELL_LENGTH ? fail({ code: 'tooLong', length: text.length, max: MAX_CELL_LENGTH }) : ok(text);
}

function decodeId(raw: RawCell): Decoded {
  const text = String(raw).trim();
  return ID.test(text) ? ok(text) : fail({ code: 'badId', value: text });
}

function decodeDate(raw: RawCell, zone: Zone): Decoded {
  if (isDateValue(raw)) {
    return Number.isNaN(raw.getTime()) ? fail({ code: 'badDate', value: String(raw) }) : ok(zone.dayOf(raw));
  }
  const text = String(raw);
  const day = typeof raw === 'string' ? parseLocalDate(text, zone) : null;
  return day ? ok(day) : fail({ code: 'badDate', value: text });
}

function decodeDateTimeText(text: string, zone: Zone): Decoded {
  const match = /^(\d{1,2}\.\d{1,2}\.\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (match) {
    const day = parseLocalDate(match[1]!, zone);
    if (day) {
      const at = zone.midnight(day).getTime() + (Number(match[2]) * 60 + Number(match[3])) * 60000 + Number(match[4] ?? 0) * 1000;
      return ok(new Date(at).toISOString());
    }
  }
  const instant = new Date(text.trim());
  return /^\d{4}-\d{2}-\d{2}T/.test(text.trim()) && !Number.isNaN(instant.getTime()) ? ok(instant.toISOString()) : fail({ code: 'badDate', value: text });
}

function decodeTime(raw: RawCell, zone: Zone): Decoded {
  // A time typed into a cell Sheets formats as time comes back as a Date on 30.12.1899.
  if (isDateValue(raw)) return ok(zone.timeOf(raw));
  const match = TIME.exec(String(raw).trim());
  return match ? ok(`${match[1]!.padStart(2, '0')}:${match[2]}`) : fail({ code: 'badTime', value: String(raw) });
}

function decodeNumber(raw: RawCell, kind: { min?: number; max?: number; integer?: boolean }): Decoded {
  // Text in a number column is read as the pages read it: digits only, never «0x10» or «1e1».
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' ? parsePlainNumber(raw) : null;
  if (value === null) return fail({ code: 'badNumber', value: String(raw) });
  if (kind.integer && !Number.isInteger(value)) return fail({ code: 'notInteger', value });
  if ((kind.min !== undefined && value < kind.min) || (kind.max !== undefined && value > kind.max)) {
    return fail({ code: 'outOfRange', value, min: kind.min, max: kind.max });
  }
  return ok(value);
}

// ---- writing ------------------------------------------------------------------------------------

/**
 * Text a person typed, made safe to write: Sheets turns a string starting with "=" into a formula
 * (and "+", "-", "@" are risky too: docs/platform.md, «Sheets»), and reads "007" as 7 or "01.02" as a date. A
 * leading apostrophe keeps any of them as the text typed; Sheets does not show the apostrophe.
 */
export function neutralize(text: string): string {
  if (text === '') return '';
  if (/^[=+\-@']/.test(text) || /^\s/.test(text)) return `'${text}`;
  if (/^[\d.,:/\s%$€₽-]+$/.test(text) || /^(true|false|истина|ложь)$/i.test(text)) return `'${text}`;
  return text;
}

/** The cell to write for a typed value of a column. */
export function encodeCell(kind: ColumnKind, value: unknown, zone: Zone): RawCell {
  if (value === null || value === undefined) return '';
  switch (kind.type) {
    case 'date':
      return isLocalDate(String(value)) ? zone.midnight(value as LocalDate) : '';
    case 'datetime':
      return new Date(String(value));
    case 'raw':
      return typeof value === 'string' ? neutralize(value) : (value as RawCell);
    case 'number':
      return typeof value === 'number' ? value : '';
    case 'option':
      return kind.options.label(String(value));
    case 'options':
      return (value as string[]).map((k) => kind.options.label(k)).join(LIST_SEPARATOR);
    case 'refs':
    case 'label':
      return Array.isArray(value) ? neutralize(value.join(LIST_SEPARATOR)) : neutralize(String(value));
    default:
      return neutralize(String(value));
  }
}

/** How a value reads in a message or a document ("01.09.2026", labels joined). */
export function displayValue(kind: ColumnKind, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (kind.type === 'date') return formatRu(value as LocalDate);
  if (kind.type === 'option') return kind.options.label(String(value));
  if (kind.type === 'options') return (value as string[]).map((k) => kind.options.label(k)).join(LIST_SEPARATOR);
  return Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
}
