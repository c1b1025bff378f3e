/** Sheet (reference/spreadsheet/sheet): one tab of a spreadsheet, a view over its state. */
import { addMetadata, metadataFinder, metadataViews } from './metadata';
import type { Emulates } from '../core/emulates';
import type { Emulator } from '../core/emulator';
import { ServiceError } from '../core/errors';
import { parseA1, toRect } from './a1';
import { rulesState, makeRule } from './conditional';
import { factories, makeRange, makeSpreadsheet, type SheetView } from './factories';
import { sheetState, spreadsheetState, wholeSheet } from './lookup';
import { checkCellLimit, DEFAULT_COLUMN_WIDTH, lastColumn, lastRow, MAX_COLUMNS, shiftSheet } from './model';
import { checkArgs, view, type Viewable } from './policy';
import { assertEditable, makeProtection, newProtection, protectionsOf } from './protection';
import { checkCoordinates } from './range-base';
import type { SheetState, SpreadsheetState } from './state';
import { appendRowTo, assertSheetName } from './sheet-ops';
import { makeChartBuilder, sheetCharts } from './charts';

export class SheetImpl implements Viewable, SheetView, Emulates<GoogleAppsScript.Spreadsheet.Sheet, 'activate' | 'addDeveloperMetadata' | 'appendRow' | 'autoResizeColumn' | 'autoResizeColumns' | 'clear' | 'clearConditionalFormatRules' | 'clearContents' | 'clearFormats' | 'clearNotes' | 'createDeveloperMetadataFinder' | 'deleteColumn' | 'deleteColumns' | 'deleteRow' | 'deleteRows' | 'getCharts' | 'getColumnWidth' | 'getConditionalFormatRules' | 'getDataRange' | 'getDeveloperMetadata' | 'getFormUrl' | 'getFrozenColumns' | 'getFrozenRows' | 'getIndex' | 'getLastColumn' | 'getLastRow' | 'getMaxColumns' | 'getMaxRows' | 'getName' | 'getParent' | 'getProtections' | 'getRange' | 'getSheetId' | 'getSheetName' | 'getSheetValues' | 'hideColumns' | 'hideSheet' | 'insertChart' | 'insertColumnAfter' | 'insertColumnBefore' | 'insertColumns' | 'insertColumnsAfter' | 'insertColumnsBefore' | 'insertRowAfter' | 'insertRowBefore' | 'insertRows' | 'insertRowsAfter' | 'insertRowsBefore' | 'isColumnHiddenByUser' | 'isSheetHidden' | 'newChart' | 'protect' | 'removeChart' | 'setColumnWidth' | 'setColumnWidths' | 'setConditionalFormatRules' | 'setFrozenColumns' | 'setFrozenRows' | 'setName' | 'showColumns' | 'showSheet' | 'updateChart'> {
  _self: unknown = null;
  readonly _kind = 'Sheet' as const;
  constructor(
    private readonly emulator: Emulator,
    readonly _ssId: string,
    readonly _sheetId: number,
  ) {}

  private get ss(): SpreadsheetState {
    return spreadsheetState(this.emulator, this._ssId);
  }
  private get sheet(): SheetState {
    return sheetState(this.ss, this._sheetId);
  }
  private _range(row: number, column: number, numRows: number, numColumns: number): unknown {
    return makeRange(this.emulator, this._ssId, this._sheetId, { row, column, numRows, numColumns });
  }
  /** Structural edits need the whole sheet editable. */
  private _editAll(): { ss: SpreadsheetState; sheet: SheetState } {
    const ss = this.ss;
    const sheet = sheetState(ss, this._sheetId);
    assertEditable(this.emulator, ss, sheet, wholeSheet(sheet));
    return { ss, sheet };
  }

  getName(): string {
    return this.sheet.name;
  }
  setName(name: unknown): unknown {
    checkArgs('Sheet', 'setName', [name], ['string']);
    const ss = this.ss;
    const sheet = sheetState(ss, this._sheetId);
    if (sheet.name !== name) assertSheetName(ss, name as string);
    sheet.name = name as string;
    return this._self;
  }
  getSheetId(): number {
    return this._sheetId;
  }
  getSheetName(): string {
    return this.sheet.name;
  }
  /**
   * sheet#getformurl: "the URL for the form that sends its responses to this sheet, or null".
   * The URL's exact form is unverified (the emulator gives the form's /d/<id>/viewform address);
   * code should match the form's id in it. A tab that has not appeared yet has none.
   */
  getFormUrl(): string | null {
    const forms = this.emulator.state.extra.forms?.forms ?? {};
    const form = Object.values(forms).find((f) => f.destination?.spreadsheetId === this._ssId && f.destination.sheetId === this._sheetId);
    return form ? `https://docs.google.com/forms/d/${form.id}/viewform` : null;
  }
  addDeveloperMetadata(...args: unknown[]): unknown {
    addMetadata(this.emulator, 'Sheet', this._ssId, this._sheetId, args);
    return this._self;
  }
  getDeveloperMetadata(): unknown[] {
    return metadataViews(this.emulator, this._ssId, (m) => m.sheetId === this._sheetId);
  }
  createDeveloperMetadataFinder(): unknown {
    return metadataFinder(this.emulator, this._ssId, this._sheetId);
  }
  /** 1-based position among the tabs. */
  getIndex(): number {
    const ss = this.ss;
    return ss.sheets.findIndex((s) => s.sheetId === this._sheetId) + 1;
  }
  getParent(): unknown {
    return makeSpreadsheet(this.emulator, this._ssId);
  }
  activate(): unknown {
    const ss = this.ss;
    const sheet = sheetState(ss, this._sheetId);
    // An activated hidden sheet becomes visible (reference/spreadsheet/sheet#activate).
    sheet.hidden = false;
    ss.selection[this.emulator.user] = { sheetId: this._sheetId, rect: null };
    return this._self;
  }

  getRange(a: unknown, b?: unknown, c?: unknown, d?: unknown): unknown {
    checkArgs('Sheet', 'getRange', [a, b, c, d], ['string'], ['number', 'number'], ['number', 'number', 'number'], ['number', 'number', 'number', 'number']);
    const sheet = this.sheet;
    if (typeof a === 'string') {
      const parsed = parseA1(a);
      if (!parsed || (parsed.sheetName !== null && parsed.sheetName !== sheet.name)) throw new ServiceError('Range not found');
      const rect = toRect(parsed, sheet.maxRows, sheet.maxColumns);
      if (rect.row + rect.numRows - 1 > sheet.maxRows || rect.column + rect.numColumns - 1 > sheet.maxColumns) throw new ServiceError('Range not found');
      return makeRange(this.emulator, this._ssId, this._sheetId, rect);
    }
    const rect = checkCoordinates(sheet, a as number, b as number, (c as number | undefined) ?? 1, (d as number | undefined) ?? 1);
    return this._range(rect.row, rect.column, rect.numRows, rect.numColumns);
  }
  getDataRange(): unknown {
    const sheet = this.sheet;
    return this._range(1, 1, Math.max(1, lastRow(sheet)), Math.max(1, lastColumn(sheet)));
  }
  getLastRow(): number {
    return lastRow(this.sheet);
  }
  getLastColumn(): number {
    return lastColumn(this.sheet);
  }
  getMaxRows(): number {
    return this.sheet.maxRows;
  }
  getMaxColumns(): number {
    return this.sheet.maxColumns;
  }
  getSheetValues(row: unknown, column: unknown, numRows: unknown, numColumns: unknown): unknown[][] {
    checkArgs('Sheet', 'getSheetValues', [row, column, numRows, numColumns], ['number', 'number', 'number', 'number']);
    const range = this.getRange(row, column, numRows, numColumns) as { getValues(): unknown[][] };
    return range.getValues();
  }

  appendRow(rowContents: unknown): unknown {
    checkArgs('Sheet', 'appendRow', [rowContents], ['array']);
    appendRowTo(this.emulator, this.ss, this.sheet, rowContents as unknown[]);
    return this._self;
  }

  // ---- rows and columns -------------------------------------------------------------------

  private _insert(method: string, axis: 'row' | 'column', at: number, count: number): unknown {
    const { ss, sheet } = this._editAll();
    const max = axis === 'row' ? sheet.maxRows : sheet.maxColumns;
    if (!(count >= 1)) throw new ServiceError(`The number of ${axis === 'row' ? 'rows' : 'columns'} must be at least 1.`);
    if (!(at >= 1) || at > max + 1) throw new ServiceError(`Those ${axis === 'row' ? 'rows' : 'columns'} are out of bounds.`);
    if (axis === 'column' && sheet.maxColumns + count > MAX_COLUMNS) throw new ServiceError(`This action would increase the number of columns in the sheet above the limit of ${MAX_COLUMNS}.`);
    checkCellLimit(ss, count * (axis === 'row' ? sheet.maxColumns : sheet.maxRows));
    void method;
    shiftSheet(ss, sheet, axis, Math.trunc(at), Math.trunc(count));
    return this._self;
  }
  private _remove(axis: 'row' | 'column', at: number, count: number): void {
    const { ss, sheet } = this._editAll();
    const max = axis === 'row' ? sheet.maxRows : sheet.maxColumns;
    if (!(at >= 1) || !(count >= 1) || at + count - 1 > max) throw new ServiceError(`Those ${axis === 'row' ? 'rows' : 'columns'} are out of bounds.`);
    const frozen = axis === 'row' ? sheet.frozenRows : sheet.frozenColumns;
    // Sheets keeps at least one non-frozen row and column.
    if (max - count <= frozen) {
      throw new ServiceError(`Sorry, it is not possible to delete all non-frozen ${axis === 'row' ? 'rows' : 'columns'}.`);
    }
    shiftSheet(ss, sheet, axis, Math.trunc(at), -Math.trunc(count));
  }
  private _num(method: string, args: unknown[], n: number): void {
    checkArgs('Sheet', method, args, new Array(n).fill('number'));
  }

  insertRowBefore(before: unknown): unknown {
    this._num('insertRowBefore', [before], 1);
    return this._insert('insertRowBefore', 'row', before as number, 1);
  }
  insertRowAfter(after: unknown): unknown {
    this._num('insertRowAfter', [after], 1);
    return this._insert('insertRowAfter', 'row', (after as number) + 1, 1);
  }
  insertRowsBefore(before: unknown, howMany: unknown): unknown {
    this._num('insertRowsBefore', [before, howMany], 2);
    return this._insert('insertRowsBefore', 'row', before as number, howMany as number);
  }
  insertRowsAfter(after: unknown, howMany: unknown): unknown {
    this._num('insertRowsAfter', [after, howMany], 2);
    return this._insert('insertRowsAfter', 'row', (after as number) + 1, howMany as number);
  }
  insertRows(rowIndex: unknown, numRows?: unknown): void {
    checkArgs('Sheet', 'insertRows', [rowIndex, numRows], ['number'], ['number', 'number']);
    this._insert('insertRows', 'row', rowIndex as number, (numRows as number | undefined) ?? 1);
  }
  deleteRow(position: unknown): unknown {
    this._num('deleteRow', [position], 1);
    this._remove('row', position as number, 1);
    return this._self;
  }
  deleteRows(position: unknown, howMany: unknown): void {
    this._num('deleteRows', [position, howMany], 2);
    this._remove('row', position as number, howMany as number);
  }
  insertColumnBefore(before: unknown): unknown {
    this._num('insertColumnBefore', [before], 1);
    return this._insert('insertColumnBefore', 'column', before as number, 1);
  }
  insertColumnAfter(after: unknown): unknown {
    this._num('insertColumnAfter', [after], 1);
    return this._insert('insertColumnAfter', 'column', (after as number) + 1, 1);
  }
  insertColumnsBefore(before: unknown, howMany: unknown): unknown {
    this._num('insertColumnsBefore', [before, howMany], 2);
    return this._insert('insertColumnsBefore', 'column', before as number, howMany as number);
  }
  insertColumnsAfter(after: unknown, howMany: unknown): unknown {
    this._num('insertColumnsAfter', [after, howMany], 2);
    return this._insert('insertColumnsAfter', 'column', (after as number) + 1, howMany as number);
  }
  insertColumns(columnIndex: unknown, numColumns?: unknown): void {
    checkArgs('Sheet', 'insertColumns', [columnIndex, numColumns], ['number'], ['number', 'number']);
    this._insert('insertColumns', 'column', columnIndex as number, (numColumns as number | undefined) ?? 1);
  }
  deleteColumn(position: unknown): unknown {
    this._num('deleteColumn', [position], 1);
    this._remove('column', position as number, 1);
    return this._self;
  }
  deleteColumns(position: unknown, howMany: unknown): void {
    this._num('deleteColumns', [position, howMany], 2);
    this._remove('column', position as number, howMany as number);
  }

  // ---- frozen panes, visibility, widths ---------------------------------------------------

  setFrozenRows(rows: unknown): void {
    this._num('setFrozenRows', [rows], 1);
    const sheet = this.sheet;
    const n = rows as number;
    if (!(n >= 0) || n >= sheet.maxRows) throw new ServiceError("You can't freeze all visible rows on the sheet.");
    sheet.frozenRows = Math.trunc(n);
  }
  getFrozenRows(): number {
    return this.sheet.frozenRows;
  }
  setFrozenColumns(columns: unknown): void {
    this._num('setFrozenColumns', [columns], 1);
    const sheet = this.sheet;
    const n = columns as number;
    if (!(n >= 0) || n >= sheet.maxColumns) throw new ServiceError("You can't freeze all visible columns on the sheet.");
    sheet.frozenColumns = Math.trunc(n);
  }
  getFrozenColumns(): number {
    return this.sheet.frozenColumns;
  }
  hideSheet(): unknown {
    const ss = this.ss;
    const sheet = sheetState(ss, this._sheetId);
    if (!sheet.hidden && ss.sheets.filter((s) => !s.hidden).length === 1) throw new ServiceError("You can't hide all the sheets in a document.");
    sheet.hidden = true;
    return this._self;
  }
  showSheet(): unknown {
    this.sheet.hidden = false;
    return this._self;
  }
  isSheetHidden(): boolean {
    return this.sheet.hidden;
  }
  /** reference/spreadsheet/sheet#hidecolumnscolumnindex,-numcolumns */
  hideColumns(columnIndex: unknown, numColumns?: unknown): unknown {
    return this._setColumnsHidden('hideColumns', columnIndex, numColumns, true);
  }
  /** reference/spreadsheet/sheet#showcolumnscolumnindex,-numcolumns */
  showColumns(columnIndex: unknown, numColumns?: unknown): unknown {
    return this._setColumnsHidden('showColumns', columnIndex, numColumns, false);
  }
  /** reference/spreadsheet/sheet#iscolumnhiddenbyusercolumnposition */
  isColumnHiddenByUser(columnPosition: unknown): boolean {
    this._num('isColumnHiddenByUser', [columnPosition], 1);
    const sheet = this.sheet;
    const c = columnPosition as number;
    if (!(c >= 1) || c > sheet.maxColumns) throw new ServiceError('Those columns are out of bounds.');
    return !!sheet.hiddenColumns?.[String(c)];
  }
  private _setColumnsHidden(method: string, start: unknown, count: unknown, hidden: boolean): unknown {
    const args = count === undefined ? [start] : [start, count];
    this._num(method, args, args.length);
    const sheet = this.sheet;
    const first = start as number;
    const n = count === undefined ? 1 : (count as number);
    if (!(first >= 1) || !(n >= 1) || first + n - 1 > sheet.maxColumns) throw new ServiceError('Those columns are out of bounds.');
    const hiddenColumns = (sheet.hiddenColumns ??= {});
    for (let c = first; c < first + n; c++) {
      if (hidden) hiddenColumns[String(c)] = true;
      else delete hiddenColumns[String(c)];
    }
    return this._self;
  }
  setColumnWidth(column: unknown, width: unknown): unknown {
    this._num('setColumnWidth', [column, width], 2);
    return this.setColumnWidths(column, 1, width);
  }
  setColumnWidths(start: unknown, count: unknown, width: unknown): unknown {
    this._num('setColumnWidths', [start, count, width], 3);
    const sheet = this.sheet;
    const first = start as number;
    const n = count as number;
    if (!(first >= 1) || !(n >= 1) || first + n - 1 > sheet.maxColumns) throw new ServiceError('Those columns are out of bounds.');
    for (let c = first; c < first + n; c++) sheet.columnWidths[String(c)] = Math.max(0, Math.round(width as number));
    return this._self;
  }
  getColumnWidth(column: unknown): number {
    this._num('getColumnWidth', [column], 1);
    const sheet = this.sheet;
    const c = column as number;
    if (!(c >= 1) || c > sheet.maxColumns) throw new ServiceError('Those columns are out of bounds.');
    return sheet.columnWidths[String(c)] ?? DEFAULT_COLUMN_WIDTH;
  }
  /** Fits widths to content: an approximation (7 px a character plus padding), not Sheets' metrics. */
  autoResizeColumns(start: unknown, count: unknown): unknown {
    this._num('autoResizeColumns', [start, count], 2);
    const sheet = this.sheet;
    const first = start as number;
    const n = count as number;
    if (!(first >= 1) || !(n >= 1) || first + n - 1 > sheet.maxColumns) throw new ServiceError('Those columns are out of bounds.');
    for (let c = first; c < first + n; c++) {
      let longest = 0;
      for (const row of sheet.values) {
        const v = row?.[c - 1];
        if (v !== null && v !== undefined) longest = Math.max(longest, String(v).length);
      }
      sheet.columnWidths[String(c)] = longest === 0 ? DEFAULT_COLUMN_WIDTH : Math.max(20, longest * 7 + 10);
    }
    return this._self;
  }
  autoResizeColumn(column: unknown): unknown {
    this._num('autoResizeColumn', [column], 1);
    return this.autoResizeColumns(column, 1);
  }

  // ---- whole-sheet operations -------------------------------------------------------------

  clear(options?: unknown): unknown {
    const sheet = this.sheet;
    (this._range(1, 1, sheet.maxRows, sheet.maxColumns) as { clear(o?: unknown): unknown }).clear(options);
    return this._self;
  }
  clearContents(): unknown {
    return this.clear({ contentsOnly: true });
  }
  clearFormats(): unknown {
    return this.clear({ formatOnly: true });
  }
  /** sheet#clearnotes: notes only (gas-fakes test/testsheets.js «Sheet clearing methods»). */
  clearNotes(): unknown {
    this.sheet.notes = [];
    return this._self;
  }
  protect(): unknown {
    const ss = this.ss;
    const p = newProtection(this.emulator, ss, sheetState(ss, this._sheetId), null);
    return makeProtection(this.emulator, this._ssId, p.id);
  }
  getProtections(type: unknown): unknown[] {
    return protectionsOf(this.emulator, this.ss, type, this._sheetId);
  }
  getConditionalFormatRules(): unknown[] {
    return this.emulator.realm.Array.from(this.sheet.conditionalFormats, (r) => makeRule(this.emulator, r, this._ssId));
  }
  setConditionalFormatRules(rules: unknown): void {
    const state = rulesState(rules);
    this._editAll().sheet.conditionalFormats = state;
  }
  clearConditionalFormatRules(): void {
    this._editAll().sheet.conditionalFormats = [];
  }

  // ---- embedded charts (charts.ts) ----------------------------------------------------------

  /** reference/spreadsheet/sheet#newchart */
  newChart(): unknown {
    return makeChartBuilder(this.emulator, this._ssId, this._sheetId);
  }
  /** reference/spreadsheet/sheet#getcharts */
  getCharts(): unknown[] {
    return sheetCharts.get(this.emulator, this._ssId, this._sheetId);
  }
  /** reference/spreadsheet/sheet#insertchartchart */
  insertChart(chart: unknown): void {
    sheetCharts.insert(this.emulator, this._ssId, this._sheetId, chart);
  }
  /** reference/spreadsheet/sheet#updatechartchart */
  updateChart(chart: unknown): void {
    sheetCharts.update(this.emulator, this._ssId, this._sheetId, chart);
  }
  /** reference/spreadsheet/sheet#removechartchart */
  removeChart(chart: unknown): void {
    sheetCharts.remove(this.emulator, this._ssId, this._sheetId, chart);
  }
}

export function makeSheetView(emulator: Emulator, ssId: string, sheetId: number): SheetImpl {
  return view(emulator, new SheetImpl(emulator, ssId, sheetId));
}

factories.sheet = makeSheetView;
