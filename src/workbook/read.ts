/**
 * Reads one tab's grid (values and formulas, as one batch read gives them) into typed records,
 * by header name, collecting every problem with its cell instead of stopping at the first.
 */
import { RU } from '../text/ru';
import { decodeCell, isBlank, type CellProblem, type RawCell } from './cells';
import type { TabSpec } from './columns';
import { a1 } from './a1';
import type { Zone } from '../domain/local-date';

export interface Problem {
  /** The sheet's name, as the deputy sees it. */
  tab: string;
  /** "B7", or "" for a problem of the whole tab. */
  cell: string;
  message: string;
  /** Warnings do not block actions; errors do. */
  severity: 'error' | 'warning';
}

export interface SheetRecord {
  /** 1-based row in the sheet. */
  row: number;
  values: Record<string, unknown>;
  /** The raw cell of each known column, for messages. */
  raw: Record<string, RawCell>;
}

export interface TabRead {
  spec: TabSpec;
  /** 0-based column index of each known column key that is present. */
  columns: Map<string, number>;
  /** How many columns the header row spans (including the deputy's own). */
  width: number;
  records: SheetRecord[];
  problems: Problem[];
  /** Read through the Sheets API: dates and times are serial numbers (cells.ts, decodeCell). */
  serialDates: boolean;
}

export interface ReadOptions {
  /** Cells from the Sheets API (dates as serial numbers). */
  serialDates?: boolean;
  /** The sheet row of each data row of `values` (after the header), when they are not consecutive. */
  rowNumbers?: readonly number[];
}

/** Headers compare without case, ё, extra spaces and trailing "*" or ":". */
export function normalizeHeader(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/[*:]+\s*$/, '').replace(/\s+/g, ' ').trim();
}

export function locateColumns(spec: TabSpec, header: readonly RawCell[]): { columns: Map<string, number>; problems: Problem[]; former: Map<string, number> } {
  const byHeader = new Map<string, number[]>();
  header.forEach((cell, index) => {
    if (isBlank(cell)) return;
    const key = normalizeHeader(String(cell));
    byHeader.set(key, [...(byHeader.get(key) ?? []), index]);
  });
  const columns = new Map<string, number>();
  const former = new Map<string, number>();
  const problems: Problem[] = [];
  for (const column of spec.columns) {
    const current = byHeader.get(normalizeHeader(column.header));
    // Under an earlier header only when the current one is not there: a copy beside it is the deputy's.
    const old = current ? undefined : (column.formerHeaders ?? []).map((h) => byHeader.get(normalizeHeader(h))).find((f) => f !== undefined);
    const found = current ?? old;
    if (!found) continue;
    columns.set(column.key, found[0]!);
    if (old) former.set(column.key, found[0]!);
    if (found.length > 1) problems.push(tabProblem(spec, a1(1, found[1]! + 1), RU.problems.duplicateColumn(column.header)));
  }
  return { columns, problems, former };
}

/**
 * `values` and `formulas` are the tab's data range (header row first) as getValues/getFormulas
 * return them. Blank rows are skipped.
 */
export function readTab(spec: TabSpec, values: readonly RawCell[][], formulas: readonly string[][] | null, zone: Zone, options: ReadOptions = {}): TabRead {
  const serial = options.serialDates ?? false;
  const rowOf = (r: number) => options.rowNumbers?.[r - 1] ?? r + 1;
  const header = values[0] ?? [];
  const { columns, problems } = locateColumns(spec, header);
  for (const column of spec.columns) {
    if (!columns.has(column.key) && (column.required || column.kind.type === 'id')) {
      problems.push(tabProblem(spec, '', RU.problems.missingColumn(column.header)));
    }
  }
  const records: SheetRecord[] = [];
  const known = spec.columns.filter((c) => columns.has(c.key));
  for (let r = 1; r < values.length; r++) {
    const row = values[r]!;
    if (known.every((c) => isBlank(row[columns.get(c.key)!]))) continue;
    const sheetRow = rowOf(r);
    const record: SheetRecord = { row: sheetRow, values: {}, raw: {} };
    for (const column of known) {
      const index = columns.get(column.key)!;
      const raw = row[index] ?? '';
      record.raw[column.key] = raw;
      // The address is built only for a problem: a 60,000-row tab would build 1.4 million strings.
      const cell = () => a1(sheetRow, index + 1);
      const formula = formulas?.[r]?.[index];
      if (formula && column.kind.type !== 'number') {
        problems.push(tabProblem(spec, cell(), RU.problems.formula));
        record.values[column.key] = null;
        continue;
      }
      const decoded = decodeCell(column.kind, raw, zone, serial);
      if (!decoded.ok) {
        problems.push(tabProblem(spec, cell(), `«${column.header}»: ${describe(decoded.problem)}`));
        record.values[column.key] = null;
        continue;
      }
      record.values[column.key] = decoded.value;
      // A required reference may be given by its hidden id alone: the reference check owns it.
      if (column.required && isMissing(decoded.value) && column.kind.type !== 'label') {
        problems.push(tabProblem(spec, cell(), `«${column.header}»: ${RU.problems.required}`));
      }
    }
    records.push(record);
  }
  return { spec, columns, width: header.length, records, problems, serialDates: serial };
}

function isMissing(value: unknown): boolean {
  return value === null || (Array.isArray(value) && value.length === 0);
}

export function describe(problem: CellProblem): string {
  switch (problem.code) {
    case 'required':
      return RU.problems.required;
    case 'notText':
      return problem.got === 'date' ? RU.problems.notTextDate : RU.problems.notTextBoolean;
    case 'badEmail':
      return RU.problems.badEmail(problem.value);
    case 'badUrl':
      return RU.problems.badUrl(problem.value);
    case 'badDate':
      return RU.problems.badDate(problem.value);
    case 'badTime':
      return RU.problems.badTime(problem.value);
    case 'badNumber':
      return RU.problems.badNumber(problem.value);
    case 'outOfRange':
      return RU.problems.outOfRange(problem.value, problem.min, problem.max);
    case 'notInteger':
      return RU.problems.notInteger(problem.value);
    case 'unknownOption':
      return RU.problems.unknownOption(problem.value, problem.allowed, problem.open);
    case 'otherEmpty':
      return RU.problems.otherEmpty;
    case 'badId':
      return RU.problems.badId(problem.value);
    case 'tooLong':
      return RU.problems.tooLong(problem.length, problem.max);
  }
}

export function tabProblem(spec: TabSpec, cell: string, message: string, severity: Problem['severity'] = 'error'): Problem {
  return { tab: spec.name, cell, message, severity };
}
