/**
 * The preview's workbook to and from .xlsx (exceljs), as Sheets' File → Download → .xlsx and
 * File → Import → Replace spreadsheet do: tabs in order (hidden ones hidden), values with their
 * types, dates as dates in the spreadsheet's zone, simple number formats, the frozen header,
 * formulas with their last result. The import writes through the emulated SpreadsheetApp as the
 * deputy, so cells hold what Sheets would hold.
 */
import ExcelJS from 'exceljs';
import { type Host, asDeputy, readSheet, getIn, isDateFormat, localParts, localToUtc } from '@pds/emulator';

const PX_PER_CHAR = 7;

/** The active workbook as .xlsx bytes. */
export async function exportXlsx(host: Host): Promise<Buffer> {
  const id = host.state.activeSpreadsheetId;
  const book = id ? host.state.spreadsheets[id] : undefined;
  if (!id || !book) throw new Error('Нет открытой таблицы');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'preview';
  const used = new Set<string>();
  for (const sheet of book.sheets) {
    const ws = workbook.addWorksheet(excelSheetName(sheet.name, used), {
      state: sheet.hidden ? 'hidden' : 'visible',
      views: sheet.frozenRows || sheet.frozenColumns ? [{ state: 'frozen', ySplit: sheet.frozenRows, xSplit: sheet.frozenColumns }] : [],
    });
    const values = readSheet(host.emulator, id, sheet.name);
    values.forEach((line, r) =>
      line.forEach((value, c) => {
        if (value === '' || value === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        const format = getIn(sheet.numberFormats, r + 1, c + 1);
        const written = value instanceof Date ? wallClock(value.getTime(), book.timeZone) : (value as string | number | boolean);
        const formula = getIn(sheet.formulas, r + 1, c + 1);
        cell.value = formula ? ({ formula: formula.replace(/^=/, ''), result: written } as ExcelJS.CellFormulaValue) : written;
        if (format && format !== '@' && typeof value !== 'string') cell.numFmt = excelFormat(format);
        else if (value instanceof Date) cell.numFmt = 'dd.mm.yyyy';
      }),
    );
    for (const [column, px] of Object.entries(sheet.columnWidths)) ws.getColumn(Number(column)).width = px / PX_PER_CHAR;
    for (const column of Object.keys(sheet.hiddenColumns ?? {})) ws.getColumn(Number(column)).hidden = true;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Excel refuses : \\ / ? * [ ] in a sheet name and more than 31 characters: such characters
 * become "_" (as spreadsheet writers commonly do), and a clash gets " (2)".
 */
export function excelSheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[:\\/?*[\]]/g, '_').slice(0, 31) || 'Лист';
  let candidate = base;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
  used.add(candidate.toLowerCase());
  return candidate;
}

/** A Date whose UTC fields are the wall-clock time in `zone` (what .xlsx stores: no zone). */
function wallClock(ms: number, zone: string): Date {
  const p = localParts(ms, zone);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second));
}

/** Sheets and Excel read "dd.MM.yyyy HH:mm" alike in lower case ("mm" next to h is minutes). */
function excelFormat(format: string): string {
  return format.toLowerCase();
}

export interface ImportedSheet {
  name: string;
  hidden: boolean;
  frozenRows: number;
  rows: Array<Array<{ value: string | number | boolean | Date | null; format: string | null }>>;
}

/** Reads an .xlsx file: every worksheet with its cells' values and number formats. */
export async function readXlsx(bytes: Uint8Array): Promise<ImportedSheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map((ws) => {
    const rows: ImportedSheet['rows'] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const line: ImportedSheet['rows'][number] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        line[c - 1] = { value: plainValue(cell.value), format: cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : null };
      });
      rows[r - 1] = line;
    });
    const frozen = (ws.views ?? []).find((v) => v.state === 'frozen') as { ySplit?: number } | undefined;
    return { name: ws.name, hidden: ws.state !== 'visible', frozenRows: frozen?.ySplit ?? 0, rows: Array.from(rows, (r) => r ?? []) };
  });
}

function plainValue(value: ExcelJS.CellValue): string | number | boolean | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return plainValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('hyperlink' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

/**
 * Replaces the active workbook's tabs with the file's, as Import → Replace spreadsheet: values
 * only (the last result of a formula), text kept as text, dates as dates in the book's zone.
 */
export function importXlsx(host: Host, sheets: ImportedSheet[]): void {
  if (sheets.length === 0) throw new Error('В файле нет листов');
  const outcome = asDeputy(host, 'preview import', (spreadsheet) => {
    const zone = spreadsheet.getSpreadsheetTimeZone();
    const old = spreadsheet.getSheets();
    old.forEach((s, i) => s.setName(`__old_${i}_${s.getSheetId()}`));
    const realmDate = host.emulator.realm.Date as DateConstructor;
    for (const [index, data] of sheets.entries()) {
      const sheet = spreadsheet.insertSheet(data.name, old.length + index);
      const width = Math.max(1, ...data.rows.map((r) => r.length));
      if (data.rows.length > 0) {
        const values = data.rows.map((row) => Array.from({ length: width }, (_, c) => cellIn(row[c]?.value ?? null, zone, realmDate)));
        const formats = data.rows.map((row) => Array.from({ length: width }, (_, c) => formatIn(row[c] ?? null)));
        if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
        if (sheet.getMaxRows() < values.length) sheet.insertRowsAfter(sheet.getMaxRows(), values.length - sheet.getMaxRows());
        const range = sheet.getRange(1, 1, values.length, width);
        range.setNumberFormats(formats);
        range.setValues(values);
      }
      if (data.frozenRows > 0) sheet.setFrozenRows(data.frozenRows);
    }
    for (const s of old) spreadsheet.deleteSheet(s);
    spreadsheet.getSheets().forEach((s, i) => {
      if (sheets[i]?.hidden) s.hideSheet();
    });
  });
  if (!outcome.ok) throw new Error(outcome.error.message);
}

/** Text goes in behind an apostrophe so Sheets keeps it as typed ("001" stays text). */
function cellIn(value: string | number | boolean | Date | null, zone: string, realmDate: DateConstructor): unknown {
  if (value === null) return '';
  if (typeof value === 'string') return value === '' ? '' : `'${value}`;
  if (value instanceof Date) {
    const ms = value.getTime();
    const d = new Date(ms);
    const local = localToUtc(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours() * 60 + d.getUTCMinutes(), zone) + d.getUTCSeconds() * 1000;
    return new realmDate(local);
  }
  return value;
}

const AUTOMATIC = '0.###############';

function formatIn(cell: ImportedSheet['rows'][number][number] | null): string {
  if (!cell || cell.value === null) return AUTOMATIC;
  if (cell.value instanceof Date) {
    if (cell.format && isDateFormat(cell.format) && /^[dmyhs.:/\s-]+$/i.test(cell.format)) return cell.format;
    const d = cell.value;
    return d.getUTCHours() || d.getUTCMinutes() ? 'dd.MM.yyyy HH:mm' : 'dd.MM.yyyy';
  }
  if (typeof cell.value === 'number' && cell.format && /^[0#.,%\s]+$/.test(cell.format)) return cell.format;
  return AUTOMATIC;
}
