/**
 * Plain-data shape of a spreadsheet (owned by the SpreadsheetApp emulation). JSON only: per-cell
 * data lives in row-major grids whose rows are dense arrays, so a 60,000-row sheet reads and
 * writes in O(cells); a row or cell that is missing or null is empty.
 */
export type CellValue = string | number | boolean | null;

/** Rows of cells, 0-based; `null`/missing rows and cells mean "nothing here". */
export type Grid<T> = Array<Array<T | null> | null>;

export interface CellStyle {
  /** Stored lower-case: Range.getFontWeight returns Google's FontWeight, 'normal' or 'bold'. */
  fontWeight?: 'normal' | 'bold';
  background?: string;
  fontColor?: string;
  wrap?: boolean;
  horizontalAlignment?: string;
}

/** A rectangle on one sheet, 1-based and inclusive of its first row/column. */
export interface Rect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
  /** Sides an A1 reference left open ("5:7" has no columns, "D:F" no rows); absent: all given. */
  open?: { startRow: boolean; endRow: boolean; startColumn: boolean; endColumn: boolean };
}

export interface ValidationState {
  criteria: string;
  /** Criteria arguments as JSON: dates as {date: ms}, ranges as {range: {sheetId, rect}}. */
  args: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface ConditionalRuleState {
  criteria: string;
  args: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  ranges: Array<{ sheetId: number; rect: Rect }>;
}

/** Developer metadata at the spreadsheet (sheetId null) or sheet level (metadata.ts). */
export interface MetadataState {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  sheetId: number | null;
}

export interface SheetState {
  sheetId: number;
  name: string;
  hidden: boolean;
  frozenRows: number;
  frozenColumns: number;
  maxRows: number;
  maxColumns: number;
  /** Stored values: numbers (dates as serial numbers), strings, booleans. */
  values: Grid<CellValue>;
  /** Formula text ("=SUM(A1:A3)") of formula cells. */
  formulas: Grid<string>;
  /** Explicit number formats; empty means the automatic format. */
  numberFormats: Grid<string>;
  styles: Grid<CellStyle>;
  notes: Grid<string>;
  /** Index into `validationRules` (rules are shared by the many cells one call sets). */
  validations: Grid<number>;
  validationRules: ValidationState[];
  /** Column widths in pixels by 1-based column; absent = the default 100. */
  columnWidths: Record<string, number>;
  /** Columns a user or script hid, by 1-based column (absent in states saved before). */
  hiddenColumns?: Record<string, true>;
  conditionalFormats: ConditionalRuleState[];
  /** Merged blocks (absent in states saved before merges were emulated). */
  merges?: Rect[];
  /** Embedded charts (charts.ts); absent in states saved before charts were emulated. */
  charts?: ChartState[];
}

/** reference/charts/chart-type */
export const CHART_TYPES = [
  'AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM', 'RADAR', 'LINE', 'ORG', 'PIE', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TIMELINE', 'TREEMAP', 'WATERFALL',
] as const;
export type ChartTypeName = (typeof CHART_TYPES)[number];

/** One embedded chart as stored: its type, source ranges, Google Charts options and anchor. */
export interface ChartState {
  chartId: number;
  type: ChartTypeName;
  ranges: Array<{ sheetId: number; rect: Rect }>;
  options: Record<string, unknown>;
  position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
  /** -1: Sheets decides (reference/spreadsheet/embedded-chart#getnumheaders). */
  numHeaders: number;
  transpose: boolean;
}

export interface ProtectionState {
  id: string;
  type: 'RANGE' | 'SHEET';
  sheetId: number;
  /** The protected range (RANGE), or null for a whole sheet. */
  rect: Rect | null;
  unprotected: Rect[];
  description: string;
  warningOnly: boolean;
  editors: string[];
}

export interface NamedRangeState {
  name: string;
  sheetId: number;
  rect: Rect;
}

export interface SelectionState {
  sheetId: number;
  rect: Rect | null;
}

export interface SpreadsheetState {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  owner: string;
  sheets: SheetState[];
  protections: ProtectionState[];
  namedRanges: NamedRangeState[];
  /** Each user's active sheet and selected range. */
  selection: Record<string, SelectionState>;
  /** Next sheet id to hand out (the first sheet is gid 0, as in Sheets). */
  nextSheetId: number;
  /** Next embedded chart id (absent until the first chart). */
  nextChartId?: number;
  /** Developer metadata of the spreadsheet and its sheets (absent until the first). */
  metadata?: MetadataState[];
}
