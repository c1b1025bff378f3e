/**
 * Host: a saved document rendered as .docx bytes with the `docx` package, for people to open in
 * Word or LibreOffice as Google's own .docx download would give it: the page size and margins,
 * column widths, borderless tables, merged cells and repeated header rows the document carries;
 * Russian as the text's language; the author and dates of the Drive file (on the emulator's clock).
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ITableBordersOptions,
} from 'docx';
import type { BlockNode, DocTree, ParagraphNode, TableNode } from './model';
import { pageOf } from './page';
import { tableColumnWidths } from './table-widths';

/** Who made the file and when: the Drive item's owner and times. */
export interface DocxMeta {
  title: string;
  creator: string;
  created: Date;
  modified: Date;
}

const HEADINGS = {
  HEADING1: HeadingLevel.HEADING_1,
  HEADING2: HeadingLevel.HEADING_2,
  HEADING3: HeadingLevel.HEADING_3,
  HEADING4: HeadingLevel.HEADING_4,
  HEADING5: HeadingLevel.HEADING_5,
  HEADING6: HeadingLevel.HEADING_6,
  TITLE: HeadingLevel.TITLE,
  SUBTITLE: HeadingLevel.HEADING_2,
} as const;

const ALIGN = { LEFT: AlignmentType.LEFT, CENTER: AlignmentType.CENTER, RIGHT: AlignmentType.RIGHT, JUSTIFY: AlignmentType.JUSTIFIED } as const;
const ORDERED = new Set(['NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER']);
/** Twentieths of a point, the unit of .docx lengths. */
const twips = (points: number): number => Math.round(points * 20);
/** Docs' default cell padding (Table properties: 0.069 in, 5 pt on every side). */
const CELL_PADDING = twips(5);
const NO_BORDER = { style: 'none', size: 0, color: 'auto' } as const;
const NO_BORDERS: ITableBordersOptions = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };

function paragraph(p: ParagraphNode): Paragraph {
  const children: Array<TextRun | PageBreak> = [];
  for (const c of p.children) {
    if (c.type === 'PAGE_BREAK') {
      children.push(new PageBreak());
      continue;
    }
    for (const run of c.runs) {
      const a = run.attrs;
      children.push(
        new TextRun({
          text: run.text,
          ...(a.bold ? { bold: true } : {}),
          ...(a.italic ? { italics: true } : {}),
          ...(a.underline ? { underline: {} } : {}),
          ...(a.strikethrough ? { strike: true } : {}),
          ...(a.fontSize ? { size: a.fontSize * 2 } : {}),
          ...(a.fontFamily ? { font: a.fontFamily } : {}),
          ...(a.foregroundColor ? { color: a.foregroundColor.replace('#', '') } : {}),
        }),
      );
    }
  }
  const heading = HEADINGS[p.heading as keyof typeof HEADINGS];
  const alignment = p.alignment ? ALIGN[p.alignment as keyof typeof ALIGN] : undefined;
  const list =
    p.type === 'LIST_ITEM'
      ? ORDERED.has(p.glyph ?? '')
        ? { numbering: { reference: 'numbered', level: p.nesting ?? 0 } }
        : { bullet: { level: p.nesting ?? 0 } }
      : {};
  return new Paragraph({ children, ...(heading ? { heading } : {}), ...(alignment ? { alignment } : {}), ...(p.keepWithNext ? { keepNext: true } : {}), ...list });
}

function table(t: TableNode, available: number): Table {
  const widths = tableColumnWidths(t, available);
  const pinned = t.pinnedHeaderRows ?? 0;
  const border = t.borderWidth === undefined ? {} : t.borderWidth === 0 ? { borders: NO_BORDERS } : { borders: borders(t.borderWidth) };
  return new Table({
    width: { size: twips(widths.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: widths.map(twips),
    layout: TableLayoutType.FIXED,
    margins: { top: CELL_PADDING, bottom: CELL_PADDING, left: CELL_PADDING, right: CELL_PADDING },
    ...border,
    rows: t.children.map(
      (r, i) =>
        new TableRow({
          ...(i < pinned ? { tableHeader: true } : {}),
          ...(r.preventOverflow ? { cantSplit: true } : {}),
          children: r.children.flatMap((c, column) => {
            if (c.merged) return [];
            const span = c.columnSpan ?? 1;
            const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
            const blocks = blocksOf(c.children, width - 10);
            const pad = c.padding ?? {};
            const margins = { top: twips(pad.top ?? 5), bottom: twips(pad.bottom ?? 5), left: twips(pad.left ?? 5), right: twips(pad.right ?? 5) };
            return [
              new TableCell({
                children: blocks.length > 0 ? blocks : [new Paragraph('')],
                width: { size: twips(width), type: WidthType.DXA },
                ...(c.padding ? { margins } : {}),
                ...(span > 1 ? { columnSpan: span } : {}),
                ...((c.rowSpan ?? 1) > 1 ? { rowSpan: c.rowSpan } : {}),
              }),
            ];
          }),
        }),
    ),
  });
}

function borders(width: number): ITableBordersOptions {
  const side = { style: 'single', size: Math.max(2, Math.round(width * 8)), color: '000000' } as const;
  return { top: side, bottom: side, left: side, right: side, insideHorizontal: side, insideVertical: side };
}

function blocksOf(blocks: BlockNode[], available: number): Array<Paragraph | Table> {
  return blocks.map((b) => (b.type === 'TABLE' ? table(b, available) : paragraph(b)));
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const w3cdtf = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** docProps/core.xml with the file's own author and dates (the package would stamp the host's clock). */
function coreXml(meta: DocxMeta): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(meta.title)}</dc:title><dc:creator>${escapeXml(meta.creator)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(meta.creator)}</cp:lastModifiedBy><dc:language>ru-RU</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${w3cdtf(meta.created)}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${w3cdtf(meta.modified)}</dcterms:modified></cp:coreProperties>`
  );
}

export async function treeDocx(tree: DocTree, meta: DocxMeta): Promise<Uint8Array> {
  const page = pageOf(tree.body);
  const text = page.width - page.marginLeft - page.marginRight;
  const doc = new Document({
    title: meta.title,
    creator: meta.creator,
    styles: {
      default: {
        // Docs' «Normal text»: line spacing 1.15, no space between paragraphs; Russian text.
        document: { run: { font: 'Times New Roman', size: 24, language: { value: 'ru-RU' } }, paragraph: { spacing: { line: 276, before: 0, after: 0 } } },
      },
    },
    numbering: {
      config: [
        {
          reference: 'numbered',
          levels: Array.from({ length: 9 }, (_, level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, alignment: AlignmentType.START })),
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(page.width), height: twips(page.height) },
            margin: { top: twips(page.marginTop), bottom: twips(page.marginBottom), left: twips(page.marginLeft), right: twips(page.marginRight) },
          },
        },
        ...(tree.header ? { headers: { default: new Header({ children: blocksOf(tree.header.children, text) }) } } : {}),
        ...(tree.footer ? { footers: { default: new Footer({ children: blocksOf(tree.footer.children, text) }) } } : {}),
        children: blocksOf(tree.body.children, text),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreXml(meta) }]));
}
