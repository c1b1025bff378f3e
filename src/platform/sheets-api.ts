/**
 * The Sheets advanced service (appsscript.json enables it as `Sheets`), for reads only:
 * `Values.batchGet` answers many ranges of many tabs in one call, and at about a third of
 * getValues' cost a cell on a formatted tab (bench/latency.ts cites the measurements).
 * The REST API reads the SAVED spreadsheet: writes SpreadsheetApp still holds are flushed first.
 */
/** A cell as the API gives it (dates as serial numbers). */
export type ApiCell = string | number | boolean;

interface ValueRange {
  range: string;
  values?: ApiCell[][];
}

interface SheetsService {
  Spreadsheets: {
    Values: {
      batchGet(spreadsheetId: string, optionalArgs: { ranges: string[]; valueRenderOption: string; dateTimeRenderOption: string }): { valueRanges: ValueRange[] };
    };
  };
}

declare const Sheets: SheetsService;

/** How cells come back: values (dates as serial numbers) or formulas where a cell has one. */
export type Render = 'UNFORMATTED_VALUE' | 'FORMULA';

/** "'Сессии и встречи'!C2:C": a sheet name is always quoted (it may hold spaces and quotes). */
export function rangeOf(sheetName: string, ref?: string): string {
  const quoted = `'${sheetName.replace(/'/g, "''")}'`;
  return ref ? `${quoted}!${ref}` : quoted;
}

/**
 * The ranges' cells in one call, each as rows of cells ('' for blank). The API leaves out trailing
 * blank cells and rows; callers pad to the width they know.
 */
export function batchGet(spreadsheetId: string, ranges: readonly string[], render: Render): ApiCell[][][] {
  if (ranges.length === 0) return [];
  SpreadsheetApp.flush();
  const answer = Sheets.Spreadsheets.Values.batchGet(spreadsheetId, { ranges: [...ranges], valueRenderOption: render, dateTimeRenderOption: 'SERIAL_NUMBER' });
  return ranges.map((_, i) => answer.valueRanges[i]?.values ?? []);
}
