/**
 * The spreadsheet side of the workbook: one batch read per tab (values and formulas of the data
 * range), and writes of contiguous blocks. Everything above this file works on plain data.
 */
import type { Zone } from '../domain/local-date';
import { spreadsheetZone } from '../platform/zone';
import { currentSpreadsheet } from '../platform/workbook-ref';
import { RU } from '../text/ru';
import type { RawCell } from './cells';
import type { TabKey } from './columns';
import { readTab, type Problem, type TabRead } from './read';
import type { Book } from './check';
import { TABS } from './tabs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Workbook {
  spreadsheet: Spreadsheet;
  zone: Zone;
  timeZone: string;
  /** Sheets by their name as the deputy sees it (one getSheets call). */
  sheets: Map<string, Sheet>;
}

export interface Grid {
  sheet: Sheet;
  values: RawCell[][];
  formulas: string[][];
}

export function openWorkbook(spreadsheet: Spreadsheet = currentSpreadsheet()): Workbook {
  if (!spreadsheet) throw new Error(RU.errors.noSpreadsheet);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const sheets = new Map<string, Sheet>();
  for (const sheet of spreadsheet.getSheets()) sheets.set(sheet.getName(), sheet);
  return { spreadsheet, zone: spreadsheetZone(timeZone), timeZone, sheets };
}

/** The tab's whole data range in one read of values and one of formulas. */
export function readGrid(sheet: Sheet): Grid {
  const range = sheet.getDataRange();
  return { sheet, values: range.getValues() as RawCell[][], formulas: range.getFormulas() };
}

export interface BookRead {
  book: Book;
  grids: Partial<Record<TabKey, Grid>>;
  /** Tabs that do not exist, reported for the whole book. */
  problems: Problem[];
}

export function readBook(workbook: Workbook, keys: readonly TabKey[]): BookRead {
  const book: Book = {};
  const grids: Partial<Record<TabKey, Grid>> = {};
  const problems: Problem[] = [];
  for (const key of keys) {
    const spec = TABS[key];
    const sheet = workbook.sheets.get(spec.name);
    if (!sheet) {
      problems.push({ tab: spec.name, cell: '', message: RU.problems.missingTab(spec.name), severity: 'error' });
      continue;
    }
    const grid = readGrid(sheet);
    grids[key] = grid;
    book[key] = readTab(spec, grid.values, grid.formulas, workbook.zone);
  }
  return { book, grids, problems };
}

export function tabRead(read: BookRead, key: TabKey): TabRead | undefined {
  return read.book[key];
}
