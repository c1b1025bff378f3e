/**
 * ReplaceAllTextRequest on the saved tree (reference/rest/v1/documents/request#replacealltextrequest):
 * "Replaces all instances of text matching a criteria with replace text", literal text (not a
 * pattern), case-insensitive unless matchCase, in the body, table cells, headers and footers.
 * Unlike DocumentApp's replaceText (emulator/docs/runs.ts), the REST API sees a paragraph as one
 * string of characters whatever their formatting, so a placeholder split across formatting runs
 * (or across Text elements of one paragraph) matches; a page break is a character of its own and
 * ends a match. The replacement takes the style of the first matched character: the API's observed
 * behaviour (the reference page does not say).
 */
import { ATTR_KEYS, type DocTree, type ParagraphNode, type Run, type SectionNode, type TableNode, type TextAttrs, type TextNode } from '../docs/model';
import { normalize } from '../docs/runs';

export interface ReplaceAll {
  text: string;
  matchCase: boolean;
  replaceText: string;
}

/** A request with its pattern compiled once (a batch may carry thousands of requests). */
interface Compiled extends ReplaceAll {
  re: RegExp;
}

/** Applies one request to every paragraph of the tree; returns occurrencesChanged. */
export function replaceAllInTree(tree: DocTree, request: ReplaceAll): number {
  // `u` makes case-insensitive matching use simple case folding, which keeps lengths.
  const compiled: Compiled = { ...request, re: new RegExp(escapeRe(request.text), request.matchCase ? 'gu' : 'giu') };
  let count = 0;
  for (const section of [tree.body, tree.header, tree.footer]) if (section) count += replaceInBlocks(section.children, compiled);
  return count;
}

function replaceInBlocks(blocks: SectionNode['children'], request: Compiled): number {
  let count = 0;
  for (const block of blocks) {
    if (block.type === 'TABLE') count += replaceInTable(block, request);
    else count += replaceInParagraph(block, request);
  }
  return count;
}

function replaceInTable(table: TableNode, request: Compiled): number {
  let count = 0;
  for (const row of table.children) for (const cell of row.children) count += replaceInBlocks(cell.children, request);
  return count;
}

/** Runs of Text elements between page breaks: the stretches a match may cover. */
function stretches(paragraph: ParagraphNode): TextNode[][] {
  const out: TextNode[][] = [[]];
  for (const child of paragraph.children) {
    if (child.type === 'TEXT') out[out.length - 1]!.push(child);
    else out.push([]);
  }
  return out.filter((s) => s.length > 0);
}

function replaceInParagraph(paragraph: ParagraphNode, request: Compiled): number {
  let count = 0;
  for (const nodes of stretches(paragraph)) count += replaceInStretch(nodes, request);
  if (count > 0) {
    // Text elements emptied by a replacement leave the paragraph.
    paragraph.children = paragraph.children.filter((c) => c.type !== 'TEXT' || c.runs.length > 0);
  }
  return count;
}

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Non-overlapping matches, left to right, as [start, end) offsets in the stretch's text. */
function matches(text: string, request: Compiled): Array<[number, number]> {
  // Most stretches hold no match: one search before collecting.
  request.re.lastIndex = 0;
  if (!request.re.test(text)) return [];
  request.re.lastIndex = 0;
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(request.re)) out.push([m.index, m.index + m[0].length]);
  return out;
}

function replaceInStretch(nodes: TextNode[], request: Compiled): number {
  const text = nodes.map((n) => n.runs.map((r) => r.text).join('')).join('');
  const found = matches(text, request);
  if (found.length === 0) return 0;
  // From the last match back, so earlier offsets stay valid.
  for (let i = found.length - 1; i >= 0; i--) {
    const [start, end] = found[i]!;
    replaceRange(nodes, start, end, request.replaceText);
  }
  for (const node of nodes) normalize(node);
  return found.length;
}

/** Replaces [start, end) of the stretch, the new text styled as the first replaced character. */
function replaceRange(nodes: TextNode[], start: number, end: number, replacement: string): void {
  let pos = 0;
  let attrs: TextAttrs | null = null;
  for (const node of nodes) {
    const length = node.runs.reduce((n, r) => n + r.text.length, 0);
    const from = Math.max(start, pos) - pos;
    const to = Math.min(end, pos + length) - pos;
    if (from < to) {
      const cut = cutRuns(node.runs, from, to);
      if (attrs === null) {
        attrs = cut.firstAttrs;
        if (replacement !== '') cut.runs.splice(cut.at, 0, { text: replacement, attrs: copyAttrs(attrs) });
      }
      node.runs = cut.runs;
    }
    pos += length;
  }
}

function copyAttrs(attrs: TextAttrs): TextAttrs {
  const out: TextAttrs = {};
  for (const k of ATTR_KEYS) if (attrs[k] !== undefined) (out as Record<string, unknown>)[k] = attrs[k];
  return out;
}

/** Removes [from, to) of a node's runs; `at` is the run index where the removed text was. */
function cutRuns(runs: Run[], from: number, to: number): { runs: Run[]; at: number; firstAttrs: TextAttrs } {
  const out: Run[] = [];
  let at = -1;
  let firstAttrs: TextAttrs | null = null;
  let pos = 0;
  for (const run of runs) {
    const rs = pos;
    const re = pos + run.text.length;
    pos = re;
    if (re <= from || rs >= to) {
      out.push(run);
      continue;
    }
    firstAttrs ??= run.attrs;
    if (rs < from) out.push({ text: run.text.slice(0, from - rs), attrs: run.attrs });
    if (at < 0) at = out.length;
    if (re > to) out.push({ text: run.text.slice(to - rs), attrs: { ...run.attrs } });
  }
  return { runs: out, at: at < 0 ? out.length : at, firstAttrs: firstAttrs ?? {} };
}
