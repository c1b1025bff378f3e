/**
 * A TemplateShape written into a new Google Doc, and any Doc read back into a TemplateShape.
 * Only templates are built here (once per school, at set-up), so per-paragraph style calls are
 * acceptable: copies made from a template keep its page, fonts, column widths, merged cells and
 * pinned head rows, and the replacements of generation inherit the style of the placeholder.
 * DocumentApp sets the page, the text and the widths; what it cannot do (merge cells, repeat a
 * table's head on every page) is one Docs API batchUpdate at the end.
 */
import type { ParagraphStyle, SectionWhere, TableLayout, TemplateBlock, TemplateShape } from './dictionary';
import { PAGE } from './layouts/common';
import { RU } from '../text/ru';

type Container = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type Table = GoogleAppsScript.Document.Table;
type Request = GoogleAppsScript.Docs.Schema.Request;

/** Formal Russian office style (ГОСТ Р 7.0.97-2016 practice): Times New Roman 12 pt, titles 14 pt. */
const FONT = 'Times New Roman';
const TEXT_SIZE = 12;
const TITLE_SIZE = 14;
const SMALL_SIZE = 10;

function paragraphStyle(style: ParagraphStyle | undefined, size = TEXT_SIZE): Record<string, unknown> {
  const A = DocumentApp.Attribute;
  const H = DocumentApp.HorizontalAlignment;
  const base: Record<string, unknown> = { [A.FONT_FAMILY]: FONT, [A.FONT_SIZE]: size, [A.BOLD]: false };
  switch (style) {
    case 'title':
      return { ...base, [A.FONT_SIZE]: TITLE_SIZE, [A.BOLD]: true, [A.HORIZONTAL_ALIGNMENT]: H.CENTER };
    case 'org':
      return { ...base, [A.BOLD]: true, [A.HORIZONTAL_ALIGNMENT]: H.CENTER };
    case 'heading':
      return { ...base, [A.BOLD]: true };
    case 'center':
      return { ...base, [A.HORIZONTAL_ALIGNMENT]: H.CENTER };
    case 'right':
      return { ...base, [A.HORIZONTAL_ALIGNMENT]: H.RIGHT };
    case 'small':
      return { ...base, [A.FONT_SIZE]: SMALL_SIZE, [A.HORIZONTAL_ALIGNMENT]: H.CENTER };
    default:
      return base;
  }
}

/** The style of a cell's paragraphs: head rows bold and centred, others by the column's alignment. */
function cellStyle(layout: TableLayout | undefined, row: number, column: number): ParagraphStyle | undefined {
  if (row < (layout?.headerRows ?? 0)) return 'heading';
  const align = layout?.align?.[column];
  return align === 'center' ? 'center' : align === 'right' ? 'right' : undefined;
}

/** A table whose cells' lines (`\n`) become separate paragraphs of the cell, laid out as its layout says. */
function writeTable(section: Container, rows: readonly string[][], layout: TableLayout | undefined, index: number | null): Table {
  const lines = rows.map((cells) => cells.map((cell) => cell.split('\n')));
  const firstLines = lines.map((cells) => cells.map((cell) => cell[0] ?? ''));
  const table = index === null ? section.appendTable(firstLines) : section.insertTable(index, firstLines);
  const size = layout?.fontSize ?? TEXT_SIZE;
  lines.forEach((cells, r) => {
    const row = table.getRow(r);
    cells.forEach((cellLines, c) => {
      const cell = row.getCell(c);
      const style = paragraphStyle(cellStyle(layout, r, c), size);
      if (r < (layout?.headerRows ?? 0)) style[DocumentApp.Attribute.HORIZONTAL_ALIGNMENT] = DocumentApp.HorizontalAlignment.CENTER;
      cell.getChild(0).asParagraph().setAttributes(style);
      for (const line of cellLines.slice(1)) cell.appendParagraph(line).setAttributes(style);
      if (layout?.padding !== undefined) cell.setPaddingLeft(layout.padding).setPaddingRight(layout.padding);
    });
  });
  layout?.widths.forEach((width, c) => table.setColumnWidth(c, width));
  if (layout?.borderless) table.setBorderWidth(0);
  return table;
}

/**
 * Writes blocks into a new section, which holds one empty paragraph: a leading paragraph takes it
 * over; a leading table goes before it, and it stays as the space between the table and the text.
 */
function writeBlocks(section: Container, blocks: readonly TemplateBlock[]): void {
  blocks.forEach((block, i) => {
    const spare = i === 0 && section.getNumChildren() > 0 ? section.getChild(0) : null;
    if (block.type === 'table') {
      writeTable(section, block.rows, block.layout, spare ? 0 : null);
      return;
    }
    let paragraph: Paragraph;
    if (spare && spare.getType() === DocumentApp.ElementType.PARAGRAPH) {
      paragraph = spare.asParagraph();
      paragraph.setText(block.text);
    } else paragraph = section.appendParagraph(block.text);
    paragraph.setAttributes(paragraphStyle(block.style));
  });
}

function sectionOf(doc: GoogleAppsScript.Document.Document, where: SectionWhere): Container {
  if (where === 'body') return doc.getBody();
  const existing = where === 'header' ? doc.getHeader() : doc.getFooter();
  const section = existing ?? (where === 'header' ? doc.addHeader() : doc.addFooter());
  return section as unknown as Container;
}

/** The advanced service, or a Russian explanation of what the administrator must switch on. */
export function docsService(): GoogleAppsScript.Docs {
  if (typeof Docs === 'undefined' || !Docs) throw new Error(RU.documentsIo.docsServiceMissing);
  return Docs;
}

/** A4 with ГОСТ Р 7.0.97's margins, turned for a landscape layout. */
function setPage(body: Container, landscape: boolean): void {
  body.setPageWidth(landscape ? PAGE.height : PAGE.width).setPageHeight(landscape ? PAGE.width : PAGE.height);
  body.setMarginTop(PAGE.marginTop).setMarginBottom(PAGE.marginBottom).setMarginLeft(PAGE.marginLeft).setMarginRight(PAGE.marginRight);
}

/**
 * The Docs API requests the body's tables need (reference/rest/v1/documents/request:
 * mergeTableCells, pinTableHeaderRows, updateTableRowStyle so a row never splits across pages,
 * updateParagraphStyle keepWithNext so a heading never ends a page without its table),
 * each table found by its start index in the document as Documents.get lists it: the layout's
 * body tables are the document's top-level tables, in order. Copies of a row keep its style.
 */
function tableRequests(docId: string, layouts: ReadonlyArray<TableLayout | undefined>): Request[] {
  if (!layouts.some((l) => l !== undefined)) return [];
  const content = docsService().Documents!.get(docId).body?.content ?? [];
  const starts = content.filter((e) => e.table).map((e) => e.startIndex!);
  const requests: object[] = [];
  // A table's heading (the paragraphs right before it, up to a blank line) stays on its page; a
  // table that asks for it keeps its given number of paragraphs before it, blank ones too.
  let tableNo = 0;
  content.forEach((element, k) => {
    if (!element.table) return;
    const keep = layouts[tableNo++]?.keepWithPrevious;
    for (let j = k - 1; j >= Math.max(0, k - (keep ?? 2)); j--) {
      const before = content[j]!;
      const text = (before.paragraph?.elements ?? []).map((e) => e.textRun?.content ?? '').join('');
      if (!before.paragraph || (keep === undefined && text.trim() === '')) break;
      requests.push({ updateParagraphStyle: { range: { startIndex: before.startIndex, endIndex: before.endIndex }, paragraphStyle: { keepWithNext: true }, fields: 'keepWithNext' } });
    }
  });
  layouts.forEach((layout, i) => {
    const index = starts[i];
    if (!layout || index === undefined) return;
    const tableStartLocation = { index };
    for (const m of layout.merges ?? []) {
      requests.push({ mergeTableCells: { tableRange: { tableCellLocation: { tableStartLocation, rowIndex: m.row, columnIndex: m.column }, rowSpan: m.rowSpan, columnSpan: m.columnSpan } } });
    }
    if (layout.headerRows) requests.push({ pinTableHeaderRows: { tableStartLocation, pinnedHeaderRowsCount: layout.headerRows } });
    requests.push({ updateTableRowStyle: { tableStartLocation, rowIndices: [], tableRowStyle: { preventOverflow: true }, fields: 'preventOverflow' } });
  });
  // Request kinds newer than @types/google-apps-script's schema.
  return requests as Request[];
}

/** Builds a Google Doc from a shape in `folder`; returns its file id. */
export function createTemplateDoc(name: string, shape: TemplateShape, folder: GoogleAppsScript.Drive.Folder): string {
  const doc = DocumentApp.create(name);
  const id = doc.getId();
  // DocumentApp creates in My Drive's root; moveTo keeps one parent, as a person's move does.
  // Moved first: a cut while it is built leaves it in «Шаблоны», where the retry finds it (docs-templates.ts).
  DriveApp.getFileById(id).moveTo(folder);
  setPage(doc.getBody(), shape.page?.landscape === true);
  for (const section of shape.sections) writeBlocks(sectionOf(doc, section.where), section.blocks);
  doc.saveAndClose();
  const bodyTables = shape.sections.filter((s) => s.where === 'body').flatMap((s) => s.blocks.flatMap((b) => (b.type === 'table' ? [b.layout] : [])));
  const requests = tableRequests(id, bodyTables);
  if (requests.length > 0) docsService().Documents!.batchUpdate({ requests }, id);
  return id;
}

function readBlocks(section: Container): TemplateBlock[] {
  const blocks: TemplateBlock[] = [];
  const T = DocumentApp.ElementType;
  for (let i = 0; i < section.getNumChildren(); i++) {
    const child = section.getChild(i);
    const type = child.getType();
    if (type === T.PARAGRAPH) blocks.push({ type: 'paragraph', text: child.asParagraph().getText() });
    else if (type === T.LIST_ITEM) blocks.push({ type: 'paragraph', text: child.asListItem().getText() });
    else if (type === T.TABLE) {
      const table = child.asTable();
      const rows: string[][] = [];
      for (let r = 0; r < table.getNumRows(); r++) {
        const row = table.getRow(r);
        const cells: string[] = [];
        for (let c = 0; c < row.getNumCells(); c++) cells.push(row.getCell(c).getText());
        rows.push(cells);
      }
      blocks.push({ type: 'table', rows });
    }
    // Anything else (a table of contents, a page break's paragraph is a PARAGRAPH) holds no placeholders we fill.
  }
  return blocks;
}

/** A Doc's header, body and footer as the pure shape `checkTemplate` and `planFill` take. */
export function readTemplateShape(docId: string): TemplateShape {
  const doc = DocumentApp.openById(docId);
  const shape: TemplateShape = { sections: [] };
  const header = doc.getHeader();
  if (header) shape.sections.push({ where: 'header', blocks: readBlocks(header as unknown as Container) });
  shape.sections.push({ where: 'body', blocks: readBlocks(doc.getBody()) });
  const footer = doc.getFooter();
  if (footer) shape.sections.push({ where: 'footer', blocks: readBlocks(footer as unknown as Container) });
  return shape;
}
