/**
 * The Sheets advanced service (guides/services/advanced; the Sheets REST API v4 as Apps Script
 * exposes it), only `Sheets.Spreadsheets.Values.batchGet(spreadsheetId, optionalArgs)`, read
 * strictly from developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/batchGet
 * and .../rest/v4/spreadsheets.values (ValueRange), .../rest/v4/ValueRenderOption,
 * .../rest/v4/DateTimeRenderOption, .../rest/v4/Dimension:
 * - "The caller must specify the spreadsheet ID and one or more ranges": no range is a 400.
 * - valueRenderOption FORMATTED_VALUE (the default) | UNFORMATTED_VALUE | FORMULA;
 *   dateTimeRenderOption SERIAL_NUMBER (the default) | FORMATTED_STRING, ignored for
 *   FORMATTED_VALUE; majorDimension ROWS (the default) | COLUMNS.
 * - ValueRange.values: "For output, empty trailing rows and columns will not be included": the
 *   strict reading trims every row's trailing empty cells (rows come back ragged, an empty row in
 *   the middle as []) and leaves `values` out when nothing is left. `range` is the requested range
 *   bounded by the grid, with the sheet name quoted.
 * - The REST API reads the saved spreadsheet: writes SpreadsheetApp still holds in this execution
 *   are not seen until SpreadsheetApp.flush() (guides/support/best-practices: Apps Script batches
 *   spreadsheet writes). Having no saved copy to answer from, the emulator refuses a batchGet that
 *   follows an unflushed SpreadsheetApp write in the same execution (the strictest reading).
 * Other methods of the service throw "not emulated". Errors are GoogleJsonResponseException as in
 * ../docs-api/errors.ts. Calls count as service 'Sheets' ("Values.batchGet").
 */
import type { CallPolicy, Emulator, Execution } from '../core/emulator';
import { checkArgs, view, type Viewable } from '../drive/args';
import { columnLetters, parseA1, toRect } from '../spreadsheet/a1';
import { Evaluator, FErr, formatAt, formulaAt } from '../spreadsheet/formula-eval';
import { displayValue, isDateFormat } from '../spreadsheet/numfmt';
import type { SheetState } from '../spreadsheet/state';

export const SERVICE = 'Sheets';
const SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets',
  'https://www.googleapis.com/auth/spreadsheets.readonly',
  'https://www.googleapis.com/auth/drive',
  'https://www.googleapis.com/auth/drive.readonly',
  'https://www.googleapis.com/auth/drive.file',
];
const POLICY = (): CallPolicy => ({ access: 'full', scopes: SCOPES });

const RENDER = ['FORMATTED_VALUE', 'UNFORMATTED_VALUE', 'FORMULA'];
const DATE_RENDER = ['SERIAL_NUMBER', 'FORMATTED_STRING'];
const DIMENSION = ['ROWS', 'COLUMNS'];
const KNOWN_ARGS = ['ranges', 'majorDimension', 'valueRenderOption', 'dateTimeRenderOption'];
/** SpreadsheetApp methods that write (their effect waits in Apps Script's write cache). */
const WRITES = /^(set|insert|delete|append|clear|copy|move|sort|hide|show|merge|break|add|remove|protect|autoResize|trim|randomize|shift|group|ungroup|expand|collapse|create|duplicate)/;

const WRITING_CLASSES = new Set(['Range', 'RangeList', 'Sheet', 'Spreadsheet', 'SpreadsheetApp']);

const REASONS: Record<number, string> = { 400: 'badRequest', 403: 'forbidden', 404: 'notFound' };

function apiError(emulator: Emulator, code: number, message: string): never {
  const error = new emulator.realm.Error(`API call to sheets.spreadsheets.values.batchGet failed with error: ${message}`);
  error.name = 'GoogleJsonResponseException';
  Object.assign(error, { details: { code, message, errors: [{ message, domain: 'global', reason: REASONS[code] ?? 'unknown' }] } });
  throw error;
}

function notEmulated(emulator: Emulator, what: string): never {
  const error = new emulator.realm.Error(`Sheets.${what} is not emulated`);
  error.name = 'Exception';
  throw error;
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

class ValuesImpl implements Viewable {
  _self: unknown = null;
  readonly _kind = 'Values';

  constructor(
    private readonly _emulator: Emulator,
    private readonly _dirty: WeakSet<Execution>,
  ) {}

  batchGet(spreadsheetId: unknown, optionalArgs?: unknown): unknown {
    checkArgs('Sheets.Spreadsheets.Values.batchGet', [spreadsheetId, optionalArgs], ['string'], ['string', 'object']);
    const emulator = this._emulator;
    const args = (optionalArgs ?? {}) as Record<string, unknown>;
    for (const key of Object.keys(args)) if (!KNOWN_ARGS.includes(key)) notEmulated(emulator, `Spreadsheets.Values.batchGet ${key}`);
    const render = option(emulator, args.valueRenderOption, RENDER, 'valueRenderOption');
    const dateRender = option(emulator, args.dateTimeRenderOption, DATE_RENDER, 'dateTimeRenderOption');
    const dimension = option(emulator, args.majorDimension, DIMENSION, 'majorDimension');
    const ranges = typeof args.ranges === 'string' ? [args.ranges] : Array.isArray(args.ranges) ? (args.ranges as unknown[]) : [];
    if (ranges.length === 0) apiError(emulator, 400, 'Request contains an invalid argument.');
    // Who may open the book is SpreadsheetApp's model (which lets any workspace user in); the API
    // answers the same people, so the two services never disagree.
    const ss = emulator.state.spreadsheets[spreadsheetId as string];
    if (!ss) apiError(emulator, 404, 'Requested entity was not found.');
    const execution = emulator.execution;
    if (execution && this._dirty.has(execution)) {
      notEmulated(emulator, 'Spreadsheets.Values.batchGet after unflushed SpreadsheetApp writes in this execution (the API reads the saved spreadsheet; call SpreadsheetApp.flush() first)');
    }
    const R = emulator.realm;
    const ev = new Evaluator(ss, emulator.now());
    const valueRanges = R.Array.from(ranges, (text) => {
      if (typeof text !== 'string') return apiError(emulator, 400, 'Invalid value at \'ranges\'');
      // "Sheet1 refers to all the cells in Sheet1" (reference/rest: A1 notation), quoted or not.
      const whole = /^'((?:[^']|'')+)'$/.exec(text)?.[1]?.replace(/''/g, "'") ?? (ss.sheets.some((s) => s.name === text) ? text : null);
      const parsed = whole !== null ? { sheetName: whole, startRow: null, startColumn: null, endRow: null, endColumn: null } : parseA1(text);
      const sheet = parsed && (parsed.sheetName === null ? ss.sheets[0] : ss.sheets.find((s) => s.name === parsed.sheetName));
      if (!parsed || !sheet) return apiError(emulator, 400, `Unable to parse range: ${text}`);
      const rect = toRect(parsed, sheet.maxRows, sheet.maxColumns);
      const lastRow = Math.min(rect.row + rect.numRows - 1, sheet.maxRows);
      const lastColumn = Math.min(rect.column + rect.numColumns - 1, sheet.maxColumns);
      if (rect.row > sheet.maxRows || rect.column > sheet.maxColumns) return apiError(emulator, 400, `Range ('${sheet.name}'!${text}) exceeds grid limits. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxColumns}`);
      const rows: unknown[][] = [];
      for (let r = rect.row; r <= lastRow; r++) {
        const line: unknown[] = [];
        for (let c = rect.column; c <= lastColumn; c++) line.push(cell(sheet, ev, ss.timeZone, ss.locale, r, c, render, dateRender));
        rows.push(line);
      }
      emulator.cells.read += (lastRow - rect.row + 1) * (lastColumn - rect.column + 1);
      const major = dimension === 'COLUMNS' ? transpose(rows) : rows;
      const values = trim(major);
      const out = new R.Object() as Record<string, unknown>;
      out.range = `${quoteSheet(sheet.name)}!${columnLetters(rect.column)}${rect.row}:${columnLetters(lastColumn)}${lastRow}`;
      out.majorDimension = dimension;
      if (values.length > 0) out.values = R.grid(values);
      return out;
    });
    const response = new R.Object() as Record<string, unknown>;
    response.spreadsheetId = spreadsheetId;
    response.valueRanges = valueRanges;
    return response;
  }

  get(): unknown {
    return notEmulated(this._emulator, 'Spreadsheets.Values.get');
  }
}

function option(emulator: Emulator, value: unknown, allowed: string[], name: string): string {
  if (value === undefined || value === null) return allowed[0]!;
  if (typeof value !== 'string' || !allowed.includes(value)) apiError(emulator, 400, `Invalid value at '${name}' (${String(value)})`);
  return value;
}

function cell(sheet: SheetState, ev: Evaluator, zone: string, locale: string, r: number, c: number, render: string, dateRender: string): unknown {
  const formula = formulaAt(sheet, r, c);
  if (render === 'FORMULA' && formula !== null) return formula;
  const v = formula === null ? (sheet.values[r - 1]?.[c - 1] ?? null) : ev.cellValue(sheet, r, c);
  if (v === null) return '';
  if (v instanceof FErr) return v.code;
  const format = formatAt(sheet, r, c) ?? (formula === null ? null : ev.cellFormat(sheet, r, c));
  if (render === 'FORMATTED_VALUE') return displayValue(v, format, locale);
  if (typeof v === 'number' && dateRender === 'FORMATTED_STRING' && isDateFormat(format)) return displayValue(v, format, locale);
  void zone;
  return v;
}

function transpose(rows: unknown[][]): unknown[][] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return Array.from({ length: width }, (_, c) => rows.map((r) => r[c]));
}

/** Trailing empty cells of each line, then trailing empty lines, left out. */
function trim(lines: unknown[][]): unknown[][] {
  const out = lines.map((line) => {
    let end = line.length;
    while (end > 0 && line[end - 1] === '') end--;
    return line.slice(0, end);
  });
  while (out.length > 0 && out[out.length - 1]!.length === 0) out.pop();
  return out;
}

class SpreadsheetsImpl implements Viewable {
  _self: unknown = null;
  readonly _kind = 'Spreadsheets';
  readonly Values: unknown;

  constructor(emulator: Emulator, dirty: WeakSet<Execution>) {
    this.Values = view(emulator, SERVICE, new ValuesImpl(emulator, dirty), POLICY);
  }
}

class SheetsImpl implements Viewable {
  _self: unknown = null;
  readonly _kind = 'Sheets';
  readonly Spreadsheets: unknown;

  constructor(emulator: Emulator, dirty: WeakSet<Execution>) {
    this.Spreadsheets = view(emulator, SERVICE, new SpreadsheetsImpl(emulator, dirty), POLICY);
  }
}

/** The `Sheets` global (only when the manifest enables it). */
export function createSheetsAdvanced(emulator: Emulator): unknown {
  const dirty = new WeakSet<Execution>();
  emulator.onCall((info) => {
    if (info.service !== 'SpreadsheetApp' || !info.execution || !WRITING_CLASSES.has(info.cls)) return;
    if (info.method === 'flush') dirty.delete(info.execution);
    else if (WRITES.test(info.method)) dirty.add(info.execution);
  });
  return view(emulator, SERVICE, new SheetsImpl(emulator, dirty), POLICY);
}
