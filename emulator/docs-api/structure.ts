/**
 * The body as the Docs REST API returns it (reference/rest/v1/documents#body: `content`, a list of
 * StructuralElement with startIndex and endIndex), and the tables that requests address by their
 * start index (tableStartLocation.index).
 *
 * Indexes: concepts/structure says they count UTF-16 code units from the start of the segment and
 * that a body starts with a section break ending at 1; a paragraph ends with its newline, and a
 * page break is one unit (reference: PageBreak "is represented as a single character"). Inside a
 * table, one unit opens the table, each row and each cell, and the table's last unit closes it:
 * the arithmetic of Google's "work with tables" guide and of published scripts that write into a
 * new table's cells (insertTable at 1, then cell text at 5, 7, 10, 12); the closing unit is the
 * emulator's reading. An add-on takes the indexes from this listing, never computes its own.
 */
import type { BlockNode, DocTree, ParagraphNode, TableNode } from '../docs/model';

export interface Located {
  start: number;
  end: number;
}

type Json = Record<string, unknown>;

/** Lengths, in index units, of each kind of element. */
function paragraphText(p: ParagraphNode): string {
  return p.children.map((c) => (c.type === 'TEXT' ? c.runs.map((r) => r.text).join('') : '\u000c')).join('');
}

function paragraphJson(p: ParagraphNode, start: number): { json: Json; end: number } {
  const content = `${paragraphText(p)}\n`;
  const end = start + content.length;
  return {
    json: { startIndex: start, endIndex: end, paragraph: { elements: [{ startIndex: start, endIndex: end, textRun: { content } }] } },
    end,
  };
}

function blocksJson(blocks: readonly BlockNode[], start: number, tables: Map<number, TableNode>): { json: Json[]; end: number } {
  const json: Json[] = [];
  let at = start;
  for (const block of blocks) {
    const done = block.type === 'TABLE' ? tableJson(block, at, tables) : paragraphJson(block, at);
    json.push(done.json);
    at = done.end;
  }
  return { json, end: at };
}

function tableJson(table: TableNode, start: number, tables: Map<number, TableNode>): { json: Json; end: number } {
  tables.set(start, table);
  let at = start + 1;
  const tableRows = table.children.map((row) => {
    const rowStart = at;
    at += 1;
    const tableCells = row.children.map((cell) => {
      const cellStart = at;
      const inner = blocksJson(cell.children, cellStart + 1, new Map());
      at = inner.end;
      return { startIndex: cellStart, endIndex: at, content: inner.json };
    });
    return { startIndex: rowStart, endIndex: at, tableCells };
  });
  at += 1;
  const columns = Math.max(0, ...table.children.map((r) => r.children.length));
  return { json: { startIndex: start, endIndex: at, table: { rows: table.children.length, columns, tableRows } }, end: at };
}

/** `body.content` of a document, and its top-level tables by start index. */
export function bodyContent(tree: DocTree): { content: Json[]; tables: Map<number, TableNode> } {
  const tables = new Map<number, TableNode>();
  const blocks = blocksJson(tree.body.children, 1, tables);
  return { content: [{ endIndex: 1, sectionBreak: {} }, ...blocks.json], tables };
}

/** The body's top-level paragraphs with their [start, end) indexes, as bodyContent counts them. */
export function bodyParagraphs(tree: DocTree): Array<{ paragraph: ParagraphNode; start: number; end: number }> {
  const out: Array<{ paragraph: ParagraphNode; start: number; end: number }> = [];
  let at = 1;
  for (const block of tree.body.children) {
    const done = block.type === 'TABLE' ? tableJson(block, at, new Map()) : paragraphJson(block, at);
    if (block.type !== 'TABLE') out.push({ paragraph: block, start: at, end: done.end });
    at = done.end;
  }
  return out;
}
