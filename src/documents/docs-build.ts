/**
 * A TemplateShape written into a new Google Doc, and any Doc read back into a TemplateShape, with
 * DocumentApp. Only templates are built here (once per school, at set-up), so per-paragraph style
 * calls are acceptable: copies made from a template keep its formatting, and the replacements of
 * generation inherit the style of the placeholder they replace.
 */
import type { SectionWhere, TemplateBlock, TemplateShape } from './dictionary';

type Container = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;

/** Formal Russian office style (ГОСТ Р 7.0.97-2016 practice): Times New Roman 12 pt, titles 14 pt. */
const FONT = 'Times New Roman';
const TEXT_SIZE = 12;
const TITLE_SIZE = 14;

function textStyle(): Record<string, unknown> {
  const A = DocumentApp.Attribute;
  return { [A.FONT_FAMILY]: FONT, [A.FONT_SIZE]: TEXT_SIZE };
}

function titleStyle(): Record<string, unknown> {
  const A = DocumentApp.Attribute;
  return { [A.FONT_FAMILY]: FONT, [A.FONT_SIZE]: TITLE_SIZE, [A.BOLD]: true, [A.HORIZONTAL_ALIGNMENT]: DocumentApp.HorizontalAlignment.CENTER };
}

function styleParagraph(paragraph: Paragraph, title: boolean): void {
  paragraph.setAttributes(title ? titleStyle() : textStyle());
}

/** A table whose cells' lines (`\n`) become separate paragraphs of the cell. */
function writeTable(section: Container, rows: readonly string[][], index: number | null): void {
  const lines = rows.map((cells) => cells.map((cell) => cell.split('\n')));
  const firstLines = lines.map((cells) => cells.map((cell) => cell[0] ?? ''));
  const table = index === null ? section.appendTable(firstLines) : section.insertTable(index, firstLines);
  lines.forEach((cells, r) => {
    const row = table.getRow(r);
    cells.forEach((cellLines, c) => {
      const cell = row.getCell(c);
      styleParagraph(cell.getChild(0).asParagraph(), false);
      for (const line of cellLines.slice(1)) styleParagraph(cell.appendParagraph(line), false);
    });
  });
}

/**
 * Writes blocks into a new section, which holds one empty paragraph: a leading paragraph takes it
 * over; a leading table goes before it, and it stays as the space between the table and the text.
 */
function writeBlocks(section: Container, blocks: readonly TemplateBlock[]): void {
  blocks.forEach((block, i) => {
    const spare = i === 0 && section.getNumChildren() > 0 ? section.getChild(0) : null;
    if (block.type === 'table') {
      writeTable(section, block.rows, spare ? 0 : null);
      return;
    }
    let paragraph: Paragraph;
    if (spare && spare.getType() === DocumentApp.ElementType.PARAGRAPH) {
      paragraph = spare.asParagraph();
      paragraph.setText(block.text);
    } else paragraph = section.appendParagraph(block.text);
    styleParagraph(paragraph, block.title === true);
  });
}

function sectionOf(doc: GoogleAppsScript.Document.Document, where: SectionWhere): Container {
  if (where === 'body') return doc.getBody();
  const existing = where === 'header' ? doc.getHeader() : doc.getFooter();
  const section = existing ?? (where === 'header' ? doc.addHeader() : doc.addFooter());
  return section as unknown as Container;
}

/** Builds a Google Doc from a shape in `folder`; returns its file id. */
export function createTemplateDoc(name: string, shape: TemplateShape, folder: GoogleAppsScript.Drive.Folder): string {
  const doc = DocumentApp.create(name);
  for (const section of shape.sections) writeBlocks(sectionOf(doc, section.where), section.blocks);
  const id = doc.getId();
  doc.saveAndClose();
  // DocumentApp creates in My Drive's root; moveTo keeps one parent, as a person's move does.
  DriveApp.getFileById(id).moveTo(folder);
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
