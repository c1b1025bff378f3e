/**
 * The responses sheet a form writes to (reference/forms/form#setdestinationtype,-id: "Sets the
 * destination where form responses are saved"): a new tab in the spreadsheet, its header row,
 * and one row per response in the layout Google Forms uses.
 *
 * Layout (as Forms writes it; names checked against public code reading such sheets, e.g.
 * gspread scripts opening worksheet "Ответы на форму (1)" / "Form Responses 1", and pandas code
 * dropping 'Отметка времени', 'Адрес электронной почты'):
 * - the tab is «Ответы на форму (N)» in a ru_RU spreadsheet, "Form Responses N" otherwise;
 * - column A «Отметка времени» / "Timestamp": the submission time as a date-time value in the
 *   spreadsheet's zone; then «Адрес электронной почты» / "Email Address" when e-mails are
 *   collected; then one column per question titled by the question, in form order; a grid has
 *   one column per row, "Question [Row]"; a question added later gets a new column on the right;
 *   columns of deleted questions stay (Sheets never removes data);
 * - checkbox answers are joined with ", "; a scale answer is a number; a date is a date value;
 *   a text answer that reads as a plain number becomes a number (the well-known loss of leading
 *   zeros), any other text is stored as text, never as a formula.
 * Not verified, chosen as the stricter: the new tab is inserted first (leftmost), the header row
 * is frozen; other locales use the English names.
 */
import type { Emulator } from '../core/emulator';
import { ServiceError } from '../core/errors';
import { instantToSerial, partsToSerial } from '../spreadsheet/dates';
import { spreadsheetState } from '../spreadsheet/lookup';
import { checkCellLimit, lastRow, setIn } from '../spreadsheet/model';
import { defaultDateFormat, defaultDateTimeFormat, displayValue, localeSeparators } from '../spreadsheet/numfmt';
import { addSheet } from '../spreadsheet/sheet-ops';
import type { CellValue, SheetState, SpreadsheetState } from '../spreadsheet/state';
import { formsState, LAYOUT_TYPES, type ColumnState, type FormState, type ItemState, type ResponseState } from './state';

interface LocaleNames {
  sheet: (n: number) => string;
  timestamp: string;
  email: string;
}

export function localeNames(locale: string): LocaleNames {
  if (locale.startsWith('ru')) {
    return { sheet: (n) => `Ответы на форму (${n})`, timestamp: 'Отметка времени', email: 'Адрес электронной почты' };
  }
  return { sheet: (n) => `Form Responses ${n}`, timestamp: 'Timestamp', email: 'Email Address' };
}

export function collectsEmail(form: FormState): boolean {
  return form.emailCollection !== 'DO_NOT_COLLECT';
}

/** The columns the form needs, in order, for its current items (existing ones kept first). */
function wantedColumns(form: FormState): ColumnState[] {
  const out: ColumnState[] = [{ kind: 'timestamp' }];
  if (collectsEmail(form)) out.push({ kind: 'email' });
  for (const item of form.items) {
    if (LAYOUT_TYPES.includes(item.type)) continue;
    if (item.type === 'GRID') (item.rows ?? []).forEach((_r, row) => out.push({ kind: 'item', itemId: item.id, row }));
    else out.push({ kind: 'item', itemId: item.id });
  }
  return out;
}

function sameColumn(a: ColumnState, b: ColumnState): boolean {
  return a.kind === b.kind && a.itemId === b.itemId && a.row === b.row;
}

function headerOf(column: ColumnState, form: FormState, names: LocaleNames): string | null {
  if (column.kind === 'timestamp') return names.timestamp;
  if (column.kind === 'email') return names.email;
  const item = form.items.find((i) => i.id === column.itemId);
  if (!item) return null; // deleted: its header stays as it was
  if (item.type === 'GRID') return `${item.title} [${item.rows?.[column.row ?? 0] ?? ''}]`;
  return item.title;
}

function destinationSheet(emulator: Emulator, form: FormState, bringPending = false): { ss: SpreadsheetState; sheet: SheetState } | null {
  // A response arriving before the tab appeared brings it along.
  if (bringPending && form.destination?.sheetId === PENDING_SHEET) materializeTab(emulator, form);
  const dest = form.destination;
  if (!dest) return null;
  const ss = emulator.state.spreadsheets[dest.spreadsheetId];
  const sheet = ss?.sheets.find((s) => s.sheetId === dest.sheetId);
  return ss && sheet ? { ss, sheet } : null;
}

/** Adds columns for new questions and rewrites the headers of renamed ones. */
export function syncColumns(emulator: Emulator, form: FormState): void {
  const found = destinationSheet(emulator, form);
  const dest = form.destination;
  if (!found || !dest) return;
  for (const column of wantedColumns(form)) {
    if (!dest.columns.some((c) => sameColumn(c, column))) dest.columns.push(column);
  }
  const names = localeNames(found.ss.locale);
  if (dest.columns.length > found.sheet.maxColumns) {
    checkCellLimit(found.ss, (dest.columns.length - found.sheet.maxColumns) * found.sheet.maxRows);
    found.sheet.maxColumns = dest.columns.length;
  }
  dest.columns.forEach((column, i) => {
    const header = headerOf(column, form, names);
    if (header !== null) setIn(found.sheet.values, 1, i + 1, header);
  });
}

/** A destination whose tab has not appeared yet (FormsState.destinationTabs). */
export const PENDING_SHEET = -1;
const PENDING_LISTENER = 'forms.pendingTabs';

/** Links the form to a new responses tab of `spreadsheetId`, copying the responses it has. */
export function linkSpreadsheet(emulator: Emulator, form: FormState, spreadsheetId: string): void {
  spreadsheetState(emulator, spreadsheetId);
  form.destination = { type: 'SPREADSHEET', spreadsheetId, sheetId: PENDING_SHEET, columns: [] };
  if (formsState(emulator).destinationTabs === 'immediate' || !emulator.execution) {
    materializeTab(emulator, form);
    return;
  }
  if (!emulator.transient.get(PENDING_LISTENER)) {
    emulator.transient.set(PENDING_LISTENER, true);
    emulator.onExecutionEnd(() => {
      for (const f of Object.values(formsState(emulator).forms)) if (f.destination?.sheetId === PENDING_SHEET) materializeTab(emulator, f);
    });
  }
}

/** Makes a pending destination's tab, with the responses the form already has. */
export function materializeTab(emulator: Emulator, form: FormState): void {
  const dest = form.destination;
  if (!dest || dest.sheetId !== PENDING_SHEET) return;
  const ss = emulator.state.spreadsheets[dest.spreadsheetId];
  if (!ss) return;
  const names = localeNames(ss.locale);
  let n = 1;
  while (ss.sheets.some((s) => s.name.toLowerCase() === names.sheet(n).toLowerCase())) n++;
  const sheet = addSheet(ss, names.sheet(n), 0);
  sheet.frozenRows = 1;
  form.destination = { type: 'SPREADSHEET', spreadsheetId: ss.id, sheetId: sheet.sheetId, columns: [] };
  syncColumns(emulator, form);
  for (const response of form.responses) if (response.by === 'respondent') appendResponseRow(emulator, form, response);
}

export interface WrittenRow {
  spreadsheetId: string;
  sheetId: number;
  row: number;
  /** Header texts and display strings of the row, in column order. */
  headers: string[];
  values: string[];
}

/** Writes one response as a new row (after the last row with content) and returns what it wrote. */
export function appendResponseRow(emulator: Emulator, form: FormState, response: ResponseState): WrittenRow | null {
  const found = destinationSheet(emulator, form, true);
  if (!found || !form.destination) return null;
  const { ss, sheet } = found;
  syncColumns(emulator, form);
  const columns = form.destination.columns;
  const row = lastRow(sheet) + 1;
  if (row > sheet.maxRows) {
    checkCellLimit(ss, sheet.maxColumns);
    sheet.maxRows = row;
  }
  const headers: string[] = [];
  const values: string[] = [];
  columns.forEach((column, i) => {
    const cell = cellFor(column, form, response, ss);
    setIn(sheet.values, row, i + 1, cell.value);
    if (cell.format) setIn(sheet.numberFormats, row, i + 1, cell.format);
    const header = sheet.values[0]?.[i];
    headers.push(typeof header === 'string' ? header : String(header ?? ''));
    values.push(cell.value === null ? '' : displayValue(cell.value, cell.format, ss.locale));
  });
  return { spreadsheetId: ss.id, sheetId: sheet.sheetId, row, headers, values };
}

interface Cell {
  value: CellValue;
  format: string | null;
}

function cellFor(column: ColumnState, form: FormState, response: ResponseState, ss: SpreadsheetState): Cell {
  if (column.kind === 'timestamp') {
    return { value: instantToSerial(ss.timeZone, response.timestamp), format: defaultDateTimeFormat(ss.locale) };
  }
  if (column.kind === 'email') return { value: response.email === '' ? null : response.email, format: null };
  const item = form.items.find((i) => i.id === column.itemId);
  const answer = response.answers.find((a) => a.itemId === column.itemId)?.value;
  if (!item || answer === undefined) return { value: null, format: null };
  return answerCell(item, answer, column, ss.locale);
}

function answerCell(item: ItemState, answer: string | string[], column: ColumnState, locale: string): Cell {
  if (item.type === 'GRID') {
    const text = Array.isArray(answer) ? (answer[column.row ?? 0] ?? '') : '';
    return { value: text === '' ? null : text, format: null };
  }
  if (item.type === 'CHECKBOX') return { value: Array.isArray(answer) ? answer.join(', ') : answer, format: null };
  const text = Array.isArray(answer) ? answer.join(', ') : answer;
  if (text === '') return { value: null, format: null };
  if (item.type === 'SCALE') return { value: Number(text), format: null };
  if (item.type === 'DATE') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (m) return { value: partsToSerial(Number(m[1]), Number(m[2]), Number(m[3])), format: defaultDateFormat(locale) };
  }
  return { value: plainNumber(text, locale) ?? text, format: null };
}

/** A text answer that is just a number in the locale ("42", "-3", "2,5" in ru_RU) becomes one. */
function plainNumber(text: string, locale: string): number | null {
  const { decimal } = localeSeparators(locale);
  const pattern = decimal === ',' ? /^-?\d+(,\d+)?$/ : /^-?\d+(\.\d+)?$/;
  if (!pattern.test(text.trim())) return null;
  const n = Number(text.trim().replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/** The form's destination spreadsheet id, or Apps Script's refusal when there is none. */
export function requireDestination(form: FormState): string {
  // Message is the emulator's (the reference does not say what getDestinationId does unlinked).
  if (!form.destination) throw new ServiceError('This form does not currently have a response destination.');
  return form.destination.spreadsheetId;
}
