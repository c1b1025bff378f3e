/** Host: a saved document rendered as .docx bytes with the `docx` package, for people to open. */
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
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { BlockNode, DocTree, ParagraphNode, TableNode } from './model';

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
  return new Paragraph({ children, ...(heading ? { heading } : {}), ...(alignment ? { alignment } : {}), ...list });
}

function table(t: TableNode): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: t.children.map(
      (r) =>
        new TableRow({
          children: r.children.map((c) => {
            const blocks = blocksOf(c.children);
            return new TableCell({ children: blocks.length > 0 ? blocks : [new Paragraph('')] });
          }),
        }),
    ),
  });
}

function blocksOf(blocks: BlockNode[]): Array<Paragraph | Table> {
  return blocks.map((b) => (b.type === 'TABLE' ? table(b) : paragraph(b)));
}

export async function treeDocx(tree: DocTree, title: string): Promise<Uint8Array> {
  const doc = new Document({
    title,
    creator: 'Apps Script emulator',
    styles: { default: { document: { run: { font: 'Times New Roman', size: 24 } } } },
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
        ...(tree.header ? { headers: { default: new Header({ children: blocksOf(tree.header.children) }) } } : {}),
        ...(tree.footer ? { footers: { default: new Footer({ children: blocksOf(tree.footer.children) }) } } : {}),
        children: blocksOf(tree.body.children),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
