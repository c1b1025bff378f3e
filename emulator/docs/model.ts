/**
 * The document tree as plain JSON (`emulator.state.extra.docs.documents[fileId]`). Every element
 * is a node with an id and a type named as DocumentApp.ElementType names it. A Text element holds
 * runs of uniformly formatted text; Apps Script reports run starts via getTextAttributeIndices.
 */
import type { Emulator } from '../core/emulator';

export interface TextAttrs {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  fontSize?: number;
  fontFamily?: string;
  foregroundColor?: string;
  linkUrl?: string;
}

export const ATTR_KEYS = ['bold', 'italic', 'underline', 'strikethrough', 'fontSize', 'fontFamily', 'foregroundColor', 'linkUrl'] as const;

export interface Run {
  text: string;
  attrs: TextAttrs;
}

export interface TextNode {
  type: 'TEXT';
  id: string;
  runs: Run[];
}
export interface PageBreakNode {
  type: 'PAGE_BREAK';
  id: string;
}
export interface ParagraphNode {
  type: 'PARAGRAPH' | 'LIST_ITEM';
  id: string;
  children: Array<TextNode | PageBreakNode>;
  heading: string;
  alignment: string | null;
  /** Kept on the page of what follows it (Docs API paragraphStyle.keepWithNext). */
  keepWithNext?: boolean;
  /** List items only. */
  listId?: string;
  glyph?: string;
  nesting?: number;
  /** Spacing, indents and direction set by the script (unset: null, Docs' inherited value). */
  layout?: Partial<Record<ParagraphLayoutKey, number | boolean>>;
}

export type ParagraphLayoutKey = 'indentStart' | 'indentEnd' | 'indentFirstLine' | 'lineSpacing' | 'spacingBefore' | 'spacingAfter' | 'leftToRight';
export interface TableCellNode {
  type: 'TABLE_CELL';
  id: string;
  children: BlockNode[];
  /** A merged range's head cell: how many columns and rows it covers (absent: 1). */
  columnSpan?: number;
  rowSpan?: number;
  /** A cell covered by another cell's merged range: it keeps its place in the grid, not drawn. */
  merged?: boolean;
  /** Padding set on the cell, in points (absent sides: Docs' default, 5 pt). */
  padding?: { top?: number; bottom?: number; left?: number; right?: number };
}
export interface TableRowNode {
  type: 'TABLE_ROW';
  id: string;
  children: TableCellNode[];
  /** The row stays whole on one page (Docs API tableRowStyle.preventOverflow). */
  preventOverflow?: boolean;
}
export interface TableNode {
  type: 'TABLE';
  id: string;
  children: TableRowNode[];
  /** Column widths in points; null (or absent) leaves a column's width to the table. */
  columnWidths?: Array<number | null>;
  /** Border width in points (absent: the default thin border). */
  borderWidth?: number;
  /** Rows repeated at the top of every page the table runs onto (Docs API pinTableHeaderRows). */
  pinnedHeaderRows?: number;
}
/** Page size and margins in points (the body's; absent: Docs' defaults, page.ts). */
export interface PageStyle {
  width: number;
  height: number;
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
}
export interface SectionNode {
  type: 'BODY_SECTION' | 'HEADER_SECTION' | 'FOOTER_SECTION';
  id: string;
  children: BlockNode[];
  /** Body only. */
  page?: PageStyle;
}

export type BlockNode = ParagraphNode | TableNode;
export type ParentNode = SectionNode | TableCellNode | TableRowNode | TableNode | ParagraphNode;
export type DocNode = ParentNode | TextNode | PageBreakNode;

export interface DocTree {
  body: SectionNode;
  header: SectionNode | null;
  footer: SectionNode | null;
}

export interface DocsState {
  documents: Record<string, DocTree>;
}

export function docsState(emulator: Emulator): DocsState {
  const extra = emulator.state.extra;
  extra.docs ??= { documents: {} };
  return extra.docs;
}

let counter = 0;
/** Element ids only need to be unique within a document; `seenTree` keeps them so across reloads. */
export function newId(): string {
  counter += 1;
  return `e${counter.toString(36)}`;
}

/** Moves the id counter past every id in a tree loaded from a saved state. */
export function seenTree(tree: DocTree): void {
  const visit = (node: DocNode): void => {
    const n = parseInt(node.id.slice(1), 36);
    if (n > counter) counter = n;
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree.body);
  if (tree.header) visit(tree.header);
  if (tree.footer) visit(tree.footer);
}

export function textNode(text: string, attrs: TextAttrs = {}): TextNode {
  return { type: 'TEXT', id: newId(), runs: text === '' ? [] : [{ text, attrs: { ...attrs } }] };
}

export function paragraphNode(text: string, type: 'PARAGRAPH' | 'LIST_ITEM' = 'PARAGRAPH'): ParagraphNode {
  const p: ParagraphNode = { type, id: newId(), children: text === '' ? [] : [textNode(text)], heading: 'NORMAL', alignment: null };
  // A new list item numbers by default (gas-fakes test/testdocslistitems.js, live: GlyphType.NUMBER).
  if (type === 'LIST_ITEM') Object.assign(p, { listId: 'kix.list0', glyph: 'NUMBER', nesting: 0 });
  return p;
}

export function cellNode(text = ''): TableCellNode {
  return { type: 'TABLE_CELL', id: newId(), children: [paragraphNode(text)] };
}

export function tableNode(cells: string[][]): TableNode {
  const width = Math.max(0, ...cells.map((r) => r.length));
  return {
    type: 'TABLE',
    id: newId(),
    children: cells.map((row) => ({ type: 'TABLE_ROW', id: newId(), children: Array.from({ length: width }, (_, i) => cellNode(row[i] ?? '')) })),
  };
}

export function sectionNode(type: SectionNode['type']): SectionNode {
  return { type, id: newId(), children: [paragraphNode('')] };
}

/** A new document: a body holding one empty paragraph, no header or footer. */
export function emptyTree(): DocTree {
  return { body: sectionNode('BODY_SECTION'), header: null, footer: null };
}

/** A deep copy; `freshIds` gives every node a new id (Element.copy, inserting copies). */
export function cloneNode<T extends DocNode>(node: T, freshIds: boolean): T {
  const copy = JSON.parse(JSON.stringify(node)) as T;
  if (freshIds) reId(copy);
  return copy;
}

function reId(node: DocNode): void {
  node.id = newId();
  if ('children' in node) for (const child of node.children) reId(child);
}

export function cloneTree(tree: DocTree): DocTree {
  return JSON.parse(JSON.stringify(tree)) as DocTree;
}

export function textOfRuns(node: TextNode): string {
  return node.runs.map((r) => r.text).join('');
}

/**
 * getText of an element: a paragraph's text; a container's children joined by newlines; a table
 * row's cells joined by tabs (the emulator's choice: Apps Script does not document the separators
 * for tables).
 */
export function nodeText(node: DocNode): string {
  switch (node.type) {
    case 'TEXT':
      return textOfRuns(node);
    case 'PAGE_BREAK':
      return '';
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      return node.children.map(nodeText).join('');
    // Cells and rows alike are joined by newlines (live runs, docs/platform.md «Docs and Drive»).
    case 'TABLE_ROW':
      return node.children.map(nodeText).join('\n');
    default:
      return (node.children as DocNode[]).map(nodeText).join('\n');
  }
}

export function treeText(tree: DocTree): string {
  return nodeText(tree.body);
}
