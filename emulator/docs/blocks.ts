/**
 * Containers of paragraphs and tables: Body, HeaderSection, FooterSection, TableCell
 * (reference/document/body, header-section, footer-section, table-cell), and Table, TableRow
 * (reference/document/table, table-row).
 */
import type { Emulates } from '../core/emulates';
import type { Emulator } from '../core/emulator';
import { badSignature, describeArgs, ServiceError } from '../core/errors';
import { checkArgs, kindOf } from '../drive/args';
import { childIndexError, ContainerBase, exposeElement, registerElement, type ElementRef } from './element';
import { cellNode, newId, paragraphNode, tableNode, type BlockNode, type DocNode, type PageStyle, type ParagraphNode, type SectionNode, type TableCellNode, type TableNode, type TableRowNode } from './model';
import { pageOf } from './page';
import { noteInserted, takeDetached, type Session } from './session';

/** The node of a detached element argument of the given kinds ("Element must be detached." otherwise). */
function detachedArg<T extends DocNode>(emulator: Emulator, value: unknown): T {
  const ref = value as ElementRef;
  return takeDetached(emulator, ref._session, ref._nodeId) as T;
}

function checkInsertIndex(index: number, length: number): void {
  if (!Number.isInteger(index) || index < 0 || index > length) throw new ServiceError(`Invalid argument: childIndex (${index} outside 0..${length})`);
}

function cellsArg(key: string, cells: unknown): string[][] {
  const grid = cells as unknown[];
  if (!grid.every((row) => Array.isArray(row) && row.every((c) => typeof c === 'string'))) badSignature(describeArgs([cells]), key);
  return grid as string[][];
}

export class BlockContainer extends ContainerBase implements Emulates<GoogleAppsScript.Document.Body, 'appendListItem' | 'appendParagraph' | 'appendTable' | 'clear' | 'getListItems' | 'getParagraphs' | 'getTables' | 'insertListItem' | 'insertParagraph' | 'insertTable' | 'setText'>, Emulates<GoogleAppsScript.Document.FooterSection, 'appendListItem' | 'appendParagraph' | 'appendTable' | 'clear' | 'getListItems' | 'getParagraphs' | 'getTables' | 'insertListItem' | 'insertParagraph' | 'insertTable' | 'setText'>, Emulates<GoogleAppsScript.Document.HeaderSection, 'appendListItem' | 'appendParagraph' | 'appendTable' | 'clear' | 'getListItems' | 'getParagraphs' | 'getTables' | 'insertListItem' | 'insertParagraph' | 'insertTable' | 'setText'>, Emulates<GoogleAppsScript.Document.TableCell, 'appendListItem' | 'appendParagraph' | 'appendTable' | 'clear' | 'insertListItem' | 'insertParagraph' | 'insertTable' | 'setText'> {
  readonly _kind: string = 'Body';
  /** String(body) in live Apps Script is "DocumentBodySection" (gas-fakes test/testdocs.js). */
  _toString(): string {
    return this._kind === 'Body' ? 'DocumentBodySection' : this._kind;
  }

  protected get _blocks(): BlockNode[] {
    return (this._node as { children: BlockNode[] }).children;
  }
  protected _insert(index: number | null, node: BlockNode): unknown {
    const blocks = this._blocks;
    if (index === null) blocks.push(node);
    else {
      checkInsertIndex(index, blocks.length);
      blocks.splice(index, 0, node);
    }
    noteInserted(this._session, this._node as never, node);
    return this._view(node);
  }
  private _paragraph(method: string, type: 'PARAGRAPH' | 'LIST_ITEM', index: unknown, value: unknown): unknown {
    const kind = type === 'PARAGRAPH' ? 'Paragraph' : 'ListItem';
    const args = index === null ? [value] : [index, value];
    checkArgs(this._key(method), args, index === null ? ['string'] : ['number', 'string'], index === null ? [`kind:${kind}`] : ['number', `kind:${kind}`]);
    const node = typeof value === 'string' ? paragraphNode(value, type) : detachedArg<ParagraphNode>(this._emulator, value);
    return this._insert(index as number | null, node);
  }
  appendParagraph(value: unknown): unknown {
    return this._paragraph('appendParagraph', 'PARAGRAPH', null, value);
  }
  insertParagraph(index: unknown, value: unknown): unknown {
    return this._paragraph('insertParagraph', 'PARAGRAPH', index, value);
  }
  appendListItem(value: unknown): unknown {
    return this._paragraph('appendListItem', 'LIST_ITEM', null, value);
  }
  insertListItem(index: unknown, value: unknown): unknown {
    return this._paragraph('insertListItem', 'LIST_ITEM', index, value);
  }
  private _table(method: string, index: number | null, value: unknown): unknown {
    let node: TableNode;
    if (value === undefined) node = tableNode([]);
    else if (kindOf(value) === 'Table') node = detachedArg<TableNode>(this._emulator, value);
    else if (Array.isArray(value)) node = tableNode(cellsArg(this._key(method), value));
    else return badSignature(describeArgs(index === null ? [value] : [index, value]), this._key(method));
    const view = this._insert(index, node);
    // A table never ends a section: Docs adds an empty paragraph after it (gas-fakes
    // test/testdocs.js, run in live Apps Script: "Appending a table … automatically adds an empty
    // paragraph after it").
    if (this._blocks[this._blocks.length - 1] === node) this._insert(null, paragraphNode(''));
    return view;
  }
  /** appendTable() | (cells: String[][]) | (table: detached Table). */
  appendTable(value?: unknown): unknown {
    return this._table('appendTable', null, value);
  }
  insertTable(index: unknown, value?: unknown): unknown {
    checkArgs(this._key('insertTable'), [index], ['number']);
    return this._table('insertTable', index as number, value);
  }
  /** Leaves one empty paragraph, as a section must hold one. */
  clear(): unknown {
    (this._node as { children: BlockNode[] }).children = [paragraphNode('')];
    return this._self;
  }
  setText(text: unknown): unknown {
    checkArgs(this._key('setText'), [text], ['string']);
    (this._node as { children: BlockNode[] }).children = [paragraphNode(text as string)];
    return this._self;
  }
  private _collect(types: string[]): unknown[] {
    const out: DocNode[] = [];
    const visit = (node: DocNode): void => {
      if (types.includes(node.type)) out.push(node);
      if ('children' in node && node.type !== 'PARAGRAPH' && node.type !== 'LIST_ITEM') for (const c of node.children) visit(c);
    };
    for (const child of this._blocks) visit(child);
    return this._emulator.realm.Array.from(out, (n) => this._view(n));
  }
  /** reference/document/body#getparagraphs: "including ListItems". */
  getParagraphs(): unknown[] {
    return this._collect(['PARAGRAPH', 'LIST_ITEM']);
  }
  getListItems(): unknown[] {
    return this._collect(['LIST_ITEM']);
  }
  getTables(): unknown[] {
    return this._collect(['TABLE']);
  }
}

export class BodyImpl extends BlockContainer implements Emulates<GoogleAppsScript.Document.Body, 'appendPageBreak' | 'getMarginBottom' | 'getMarginLeft' | 'getMarginRight' | 'getMarginTop' | 'getPageHeight' | 'getPageWidth' | 'insertPageBreak' | 'setMarginBottom' | 'setMarginLeft' | 'setMarginRight' | 'setMarginTop' | 'setPageHeight' | 'setPageWidth'> {
  override readonly _kind = 'Body';

  private _page(method: string, key: keyof PageStyle, value: unknown): unknown {
    const body = this._node as SectionNode;
    checkArgs(this._key(method), [value], ['number']);
    // A negative or non-finite size has no meaning; Google's wording for the refusal is unknown.
    if (!Number.isFinite(value as number) || (value as number) < 0) throw new ServiceError(`Invalid argument: ${key}`);
    body.page = { ...pageOf(body), [key]: value as number };
    return this._self;
  }
  /** reference/document/body: page size and margins, in points. */
  getPageWidth(): number {
    return pageOf(this._node as SectionNode).width;
  }
  getPageHeight(): number {
    return pageOf(this._node as SectionNode).height;
  }
  getMarginTop(): number {
    return pageOf(this._node as SectionNode).marginTop;
  }
  getMarginBottom(): number {
    return pageOf(this._node as SectionNode).marginBottom;
  }
  getMarginLeft(): number {
    return pageOf(this._node as SectionNode).marginLeft;
  }
  getMarginRight(): number {
    return pageOf(this._node as SectionNode).marginRight;
  }
  setPageWidth(width: unknown): unknown {
    return this._page('setPageWidth', 'width', width);
  }
  setPageHeight(height: unknown): unknown {
    return this._page('setPageHeight', 'height', height);
  }
  setMarginTop(margin: unknown): unknown {
    return this._page('setMarginTop', 'marginTop', margin);
  }
  setMarginBottom(margin: unknown): unknown {
    return this._page('setMarginBottom', 'marginBottom', margin);
  }
  setMarginLeft(margin: unknown): unknown {
    return this._page('setMarginLeft', 'marginLeft', margin);
  }
  setMarginRight(margin: unknown): unknown {
    return this._page('setMarginRight', 'marginRight', margin);
  }

  /** reference/document/body#appendpagebreak: a page break in a new paragraph at the end. */
  appendPageBreak(): unknown {
    const p = paragraphNode('');
    const pageBreak = { type: 'PAGE_BREAK' as const, id: newId() };
    p.children.push(pageBreak);
    this._blocks.push(p);
    return this._view(pageBreak);
  }
  insertPageBreak(index: unknown): unknown {
    checkArgs(this._key('insertPageBreak'), [index], ['number']);
    checkInsertIndex(index as number, this._blocks.length);
    const p = paragraphNode('');
    const pageBreak = { type: 'PAGE_BREAK' as const, id: newId() };
    p.children.push(pageBreak);
    this._blocks.splice(index as number, 0, p);
    noteInserted(this._session, this._node as never, p);
    return this._view(pageBreak);
  }
}

export class HeaderSectionImpl extends BlockContainer {
  override readonly _kind = 'HeaderSection';
}
export class FooterSectionImpl extends BlockContainer {
  override readonly _kind = 'FooterSection';
}

export class TableCellImpl extends BlockContainer implements Emulates<GoogleAppsScript.Document.TableCell, 'getPaddingBottom' | 'getPaddingLeft' | 'getPaddingRight' | 'getPaddingTop' | 'getParentRow' | 'getParentTable' | 'setPaddingBottom' | 'setPaddingLeft' | 'setPaddingRight' | 'setPaddingTop', 'getPaddingBottom' | 'getPaddingLeft' | 'getPaddingRight' | 'getPaddingTop'> {
  override readonly _kind = 'TableCell';

  /** reference/document/table-cell: padding per side, "in points"; null until set (strict). */
  private _padding(method: string, side: 'top' | 'bottom' | 'left' | 'right', value: unknown): unknown {
    const cell = this._node as TableCellNode;
    checkArgs(this._key(method), [value], ['number']);
    if (!Number.isFinite(value as number) || (value as number) < 0) throw new ServiceError(`Invalid argument: padding`);
    cell.padding = { ...cell.padding, [side]: value as number };
    return this._self;
  }
  // Google's types promise a number; reference/document/table-cell is silent about the default
  // padding, so an unset side reads null (the strict reading).
  getPaddingTop(): number | null {
    return (this._node as TableCellNode).padding?.top ?? null;
  }
  getPaddingBottom(): number | null {
    return (this._node as TableCellNode).padding?.bottom ?? null;
  }
  getPaddingLeft(): number | null {
    return (this._node as TableCellNode).padding?.left ?? null;
  }
  getPaddingRight(): number | null {
    return (this._node as TableCellNode).padding?.right ?? null;
  }
  setPaddingTop(padding: unknown): unknown {
    return this._padding('setPaddingTop', 'top', padding);
  }
  setPaddingBottom(padding: unknown): unknown {
    return this._padding('setPaddingBottom', 'bottom', padding);
  }
  setPaddingLeft(padding: unknown): unknown {
    return this._padding('setPaddingLeft', 'left', padding);
  }
  setPaddingRight(padding: unknown): unknown {
    return this._padding('setPaddingRight', 'right', padding);
  }

  getParentRow(): unknown {
    return this.getParent();
  }
  getParentTable(): unknown {
    const row = this._loc.parent;
    return row ? (this._view(row) as { getParent(): unknown }).getParent() : null;
  }
}

export class TableImpl extends ContainerBase implements Emulates<GoogleAppsScript.Document.Table, 'appendTableRow' | 'getBorderWidth' | 'getCell' | 'getColumnWidth' | 'getNumRows' | 'getRow' | 'insertTableRow' | 'removeRow' | 'setBorderWidth' | 'setColumnWidth', 'getBorderWidth' | 'getColumnWidth'> {
  readonly _kind = 'Table';

  private get _rows(): TableRowNode[] {
    return (this._node as TableNode).children;
  }
  private _rowAt(index: unknown, method: string): TableRowNode {
    checkArgs(this._key(method), [index], ['number']);
    const rows = this._rows;
    const i = index as number;
    if (!Number.isInteger(i) || i < 0 || i >= rows.length) childIndexError(i, rows.length);
    return rows[i]!;
  }
  getNumRows(): number {
    return this._rows.length;
  }
  getRow(rowIndex: unknown): unknown {
    return this._view(this._rowAt(rowIndex, 'getRow'));
  }
  getCell(rowIndex: unknown, cellIndex: unknown): unknown {
    checkArgs(this._key('getCell'), [rowIndex, cellIndex], ['number', 'number']);
    const cells = this._rowAt(rowIndex, 'getCell').children;
    const c = cellIndex as number;
    if (!Number.isInteger(c) || c < 0 || c >= cells.length) childIndexError(c, cells.length);
    return this._view(cells[c]!);
  }
  /** appendTableRow() | (tableRow: detached TableRow). */
  appendTableRow(row?: unknown): unknown {
    checkArgs(this._key('appendTableRow'), [row], [], ['kind:TableRow']);
    const node = row === undefined ? newRow() : detachedArg<TableRowNode>(this._emulator, row);
    this._rows.push(node);
    noteInserted(this._session, this._node as never, node);
    return this._view(node);
  }
  /** insertTableRow(index) | (index, tableRow: detached TableRow) (reference/document/table). */
  insertTableRow(index: unknown, row?: unknown): unknown {
    checkArgs(this._key('insertTableRow'), [index, row], ['number'], ['number', 'kind:TableRow']);
    checkInsertIndex(index as number, this._rows.length);
    const node = row === undefined ? newRow() : detachedArg<TableRowNode>(this._emulator, row);
    this._rows.splice(index as number, 0, node);
    noteInserted(this._session, this._node as never, node);
    return this._view(node);
  }
  private _columnIndex(columnIndex: unknown): number {
    const columns = Math.max(0, ...this._rows.map((r) => r.children.length));
    const c = columnIndex as number;
    if (!Number.isInteger(c) || c < 0 || c >= columns) childIndexError(c, columns);
    return c;
  }
  /** reference/document/table#setcolumnwidthcolumnindex,-width: "in points". */
  setColumnWidth(columnIndex: unknown, width: unknown): unknown {
    checkArgs(this._key('setColumnWidth'), [columnIndex, width], ['number', 'number']);
    const c = this._columnIndex(columnIndex);
    if (!Number.isFinite(width as number) || (width as number) <= 0) throw new ServiceError('Invalid argument: width');
    const table = this._node as TableNode;
    const widths = table.columnWidths ?? [];
    while (widths.length <= c) widths.push(null);
    widths[c] = width as number;
    table.columnWidths = widths;
    return this._self;
  }
  /**
   * reference/document/table#getcolumnwidthcolumnindex: the width set, in points. A column never
   * given one has no width of its own (Docs lays it out from the page): null, the strict reading.
   */
  getColumnWidth(columnIndex: unknown): number | null {
    checkArgs(this._key('getColumnWidth'), [columnIndex], ['number']);
    return (this._node as TableNode).columnWidths?.[this._columnIndex(columnIndex)] ?? null;
  }
  /** reference/document/table#setborderwidthwidth: "in points"; 0 draws no border. */
  setBorderWidth(width: unknown): unknown {
    checkArgs(this._key('setBorderWidth'), [width], ['number']);
    if (!Number.isFinite(width as number) || (width as number) < 0) throw new ServiceError('Invalid argument: width');
    (this._node as TableNode).borderWidth = width as number;
    return this._self;
  }
  /** The default border of a new table is not documented: null until one is set (strict). */
  getBorderWidth(): number | null {
    return (this._node as TableNode).borderWidth ?? null;
  }
  /** Returns the removed row (detached). */
  removeRow(rowIndex: unknown): unknown {
    const node = this._rowAt(rowIndex, 'removeRow');
    this.removeChild(this._view(node));
    return this._view(node);
  }
}

function newRow(): TableRowNode {
  return { type: 'TABLE_ROW', id: newId(), children: [] };
}

export class TableRowImpl extends ContainerBase implements Emulates<GoogleAppsScript.Document.TableRow, 'appendTableCell' | 'getCell' | 'getNumCells' | 'getParentTable' | 'insertTableCell' | 'removeCell'> {
  readonly _kind = 'TableRow';

  private get _cells(): TableCellNode[] {
    return (this._node as TableRowNode).children;
  }
  getNumCells(): number {
    return this._cells.length;
  }
  getCell(cellIndex: unknown): unknown {
    checkArgs(this._key('getCell'), [cellIndex], ['number']);
    const cells = this._cells;
    const c = cellIndex as number;
    if (!Number.isInteger(c) || c < 0 || c >= cells.length) childIndexError(c, cells.length);
    return this._view(cells[c]!);
  }
  private _cellArg(method: string, args: unknown[], value: unknown): TableCellNode {
    const prefix = args.length > (value === undefined ? 0 : 1) ? ['number' as const] : [];
    checkArgs(this._key(method), args, [...prefix], [...prefix, 'string'], [...prefix, 'kind:TableCell']);
    if (value === undefined || typeof value === 'string') return cellNode((value as string | undefined) ?? '');
    return detachedArg<TableCellNode>(this._emulator, value);
  }
  /** appendTableCell() | (text) | (tableCell: detached TableCell). */
  appendTableCell(value?: unknown): unknown {
    const node = this._cellArg('appendTableCell', value === undefined ? [] : [value], value);
    this._cells.push(node);
    noteInserted(this._session, this._node as never, node);
    return this._view(node);
  }
  insertTableCell(index: unknown, value?: unknown): unknown {
    const node = this._cellArg('insertTableCell', value === undefined ? [index] : [index, value], value);
    checkInsertIndex(index as number, this._cells.length);
    this._cells.splice(index as number, 0, node);
    noteInserted(this._session, this._node as never, node);
    return this._view(node);
  }
  removeCell(cellIndex: unknown): unknown {
    const cell = this.getCell(cellIndex) as ElementRef;
    const at = this._cells.findIndex((c) => c.id === cell._nodeId);
    this.removeChild(this._view(this._cells[at]!));
    return cell;
  }
  getParentTable(): unknown {
    return this.getParent();
  }
}

const register = (type: string, Impl: new (e: Emulator, s: Session, id: string) => ContainerBase): void =>
  registerElement(type, (e: Emulator, s: Session, id: string) => exposeElement(e, new Impl(e, s, id)));
register('BODY_SECTION', BodyImpl);
register('HEADER_SECTION', HeaderSectionImpl);
register('FOOTER_SECTION', FooterSectionImpl);
register('TABLE_CELL', TableCellImpl);
register('TABLE', TableImpl);
register('TABLE_ROW', TableRowImpl);
