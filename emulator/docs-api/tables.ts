/**
 * Table requests of a batchUpdate on the saved tree: PinTableHeaderRowsRequest,
 * MergeTableCellsRequest and UpdateTableRowStyleRequest (reference/rest/v1/documents/request). The table is the one that starts
 * at tableStartLocation.index in the body as Documents.get lists it (structure.ts); any other index
 * is refused. The wording of the refusals is the emulator's (Google's is not published).
 */
import type { Emulator } from '../core/emulator';
import { paragraphNode, type DocTree, type TableCellNode, type TableNode } from '../docs/model';
import { apiError } from './errors';
import type { Parsed } from './requests';
import { bodyContent, bodyParagraphs } from './structure';

function tableAt(emulator: Emulator, tree: DocTree, at: string, start: number): TableNode {
  const table = bodyContent(tree).tables.get(start);
  if (!table) return apiError(emulator, 'batchUpdate', 400, `Invalid ${at}: The table start location ${start} is not the start of a table.`);
  return table;
}

/** "The number of table rows to pin, where 0 implies that all rows are unpinned." */
export function pinHeaderRows(emulator: Emulator, tree: DocTree, request: Extract<Parsed, { kind: 'pinTableHeaderRows' }>): void {
  const table = tableAt(emulator, tree, request.at, request.tableStart);
  if (request.count < 0 || request.count > table.children.length) {
    apiError(emulator, 'batchUpdate', 400, `Invalid ${request.at}: pinnedHeaderRowsCount ${request.count} is outside 0..${table.children.length}.`);
  }
  if (request.count === 0) delete table.pinnedHeaderRows;
  else table.pinnedHeaderRows = request.count;
}

function textOf(cell: TableCellNode): string {
  return cell.children.map((b) => (b.type === 'TABLE' ? 'table' : b.children.map((c) => (c.type === 'TEXT' ? c.runs.map((r) => r.text).join('') : '')).join(''))).join('');
}

/**
 * "Any text in the cells being merged will be concatenated and stored in the 'head' cell of the
 * range ... If the range is non-rectangular (which can occur in some cases where the range covers
 * cells that are already merged ...), a 400 bad request error is returned." The covered cells keep
 * their place in the grid, as the API's tableCells lists do.
 */
export function mergeCells(emulator: Emulator, tree: DocTree, request: Extract<Parsed, { kind: 'mergeTableCells' }>): void {
  const table = tableAt(emulator, tree, request.at, request.tableStart);
  const { row, column, rowSpan, columnSpan, at } = request;
  const rows = table.children;
  const fits = rowSpan >= 1 && columnSpan >= 1 && row >= 0 && column >= 0 && row + rowSpan <= rows.length && rows.slice(row, row + rowSpan).every((r) => column + columnSpan <= r.children.length);
  if (!fits) apiError(emulator, 'batchUpdate', 400, `Invalid ${at}: the table range is outside the table.`);
  const cells: TableCellNode[] = [];
  for (let r = row; r < row + rowSpan; r++) for (let c = column; c < column + columnSpan; c++) cells.push(rows[r]!.children[c]!);
  // A range that cuts an existing merge, or starts on a covered cell, is not rectangular.
  const spansOut = (cell: TableCellNode, r: number, c: number) => r + (cell.rowSpan ?? 1) > row + rowSpan || c + (cell.columnSpan ?? 1) > column + columnSpan;
  const broken = cells.some((cell, i) => spansOut(cell, row + Math.floor(i / columnSpan), column + (i % columnSpan))) || cells[0]!.merged === true;
  if (broken) apiError(emulator, 'batchUpdate', 400, `Invalid ${at}: the table range is not rectangular.`);
  const [head, ...rest] = cells;
  if (rest.length === 0) return;
  for (const cell of rest) {
    if (textOf(cell) !== '') head!.children.push(...cell.children);
    cell.children = [paragraphNode('')];
    delete cell.columnSpan;
    delete cell.rowSpan;
    cell.merged = true;
  }
  if (textOf(head!) !== '' && head!.children.length > 1 && textOf({ ...head!, children: [head!.children[0]!] }) === '') head!.children.shift();
  head!.columnSpan = columnSpan;
  head!.rowSpan = rowSpan;
}

/** TableRowStyle.preventOverflow on the rows given, or on every row when none is. */
export function styleRows(emulator: Emulator, tree: DocTree, request: Extract<Parsed, { kind: 'updateTableRowStyle' }>): void {
  const table = tableAt(emulator, tree, request.at, request.tableStart);
  const rows = request.rows.length ? request.rows : table.children.map((_, i) => i);
  for (const r of rows) if (r < 0 || r >= table.children.length) apiError(emulator, 'batchUpdate', 400, `Invalid ${request.at}: row index ${r} is outside the table.`);
  for (const r of rows) {
    if (request.preventOverflow) table.children[r]!.preventOverflow = true;
    else delete table.children[r]!.preventOverflow;
  }
}

/** ParagraphStyle.keepWithNext on every body paragraph the range touches; an empty range is a 400. */
export function styleParagraphs(emulator: Emulator, tree: DocTree, request: Extract<Parsed, { kind: 'updateParagraphStyle' }>): void {
  if (request.start < 1 || request.end <= request.start) apiError(emulator, 'batchUpdate', 400, `Invalid ${request.at}: the range ${request.start}..${request.end} is empty or outside the body.`);
  for (const { paragraph, start, end } of bodyParagraphs(tree)) {
    if (end <= request.start || start >= request.end) continue;
    if (request.keepWithNext) paragraph.keepWithNext = true;
    else delete paragraph.keepWithNext;
  }
}
