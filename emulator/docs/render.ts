/**
 * Host-side readers of a saved document: plain text (also what the emulated PDF carries) and an
 * HTML rendering of its layout for people, the local preview and its PDF (Chromium prints it):
 * the page size and margins, column widths, borderless tables, merged cells, and header rows
 * repeated on every printed page (a <thead>).
 */
import type { BlockNode, DocTree, PageStyle, ParagraphNode, Run, SectionNode, TableNode } from './model';
import { nodeText } from './model';
import { pageOf } from './page';
import { tableColumnWidths } from './table-widths';

/** Header, body and footer text, one paragraph a line; a table row's cells separated by tabs. */
export function treePlainText(tree: DocTree, sections: 'all' | 'body' = 'all'): string {
  if (sections === 'body') return nodeText(tree.body);
  return [tree.header, tree.body, tree.footer]
    .filter((s): s is SectionNode => s !== null)
    .map((s) => nodeText(s))
    .join('\n');
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function runHtml(run: Run): string {
  let html = escapeHtml(run.text).replace(/\r|\n/g, '<br>');
  const a = run.attrs;
  if (a.bold) html = `<b>${html}</b>`;
  if (a.italic) html = `<i>${html}</i>`;
  if (a.underline) html = `<u>${html}</u>`;
  if (a.strikethrough) html = `<s>${html}</s>`;
  const style = [a.fontSize ? `font-size:${a.fontSize}pt` : '', a.fontFamily ? `font-family:${escapeHtml(a.fontFamily)}` : '', a.foregroundColor ? `color:${escapeHtml(a.foregroundColor)}` : '']
    .filter(Boolean)
    .join(';');
  if (style) html = `<span style="${style}">${html}</span>`;
  if (a.linkUrl) html = `<a href="${escapeHtml(a.linkUrl)}">${html}</a>`;
  return html;
}

function inlineHtml(p: ParagraphNode): string {
  return p.children.map((c) => (c.type === 'TEXT' ? c.runs.map(runHtml).join('') : '<hr class="page-break">')).join('');
}

const HEADING_TAGS: Record<string, string> = { HEADING1: 'h1', HEADING2: 'h2', HEADING3: 'h3', HEADING4: 'h4', HEADING5: 'h5', HEADING6: 'h6', TITLE: 'h1', SUBTITLE: 'h2' };
const ORDERED = new Set(['NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER']);

function paragraphHtml(p: ParagraphNode): string {
  const tag = HEADING_TAGS[p.heading] ?? 'p';
  const cls = p.heading === 'TITLE' || p.heading === 'SUBTITLE' ? ` class="${p.heading.toLowerCase()}"` : '';
  const css = [p.alignment ? `text-align:${p.alignment === 'JUSTIFY' ? 'justify' : p.alignment.toLowerCase()}` : '', p.keepWithNext ? 'break-after:avoid' : ''].filter(Boolean).join(';');
  const style = css ? ` style="${css}"` : '';
  const inner = inlineHtml(p);
  return `<${tag}${cls}${style}>${inner === '' ? '<br>' : inner}</${tag}>`;
}

const pt = (n: number): string => `${Math.round(n * 100) / 100}pt`;

function tableHtml(t: TableNode, available: number): string {
  const widths = tableColumnWidths(t, available);
  const rows = t.children.map((r) => {
    const cells = r.children.flatMap((c, column) => {
      if (c.merged) return [];
      const span = c.columnSpan ?? 1;
      const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
      const pad = c.padding ? ` style="padding:${pt(c.padding.top ?? 5)} ${pt(c.padding.right ?? 5)} ${pt(c.padding.bottom ?? 5)} ${pt(c.padding.left ?? 5)}"` : '';
      const attrs = `${span > 1 ? ` colspan="${span}"` : ''}${(c.rowSpan ?? 1) > 1 ? ` rowspan="${c.rowSpan}"` : ''}${pad}`;
      return [`<td${attrs}>${blocksHtml(c.children, width - 10)}</td>`];
    });
    return `<tr${r.preventOverflow ? ' class="whole"' : ''}>${cells.join('')}</tr>`;
  });
  const pinned = t.pinnedHeaderRows ?? 0;
  const head = pinned > 0 ? `<thead>${rows.slice(0, pinned).join('')}</thead>` : '';
  const cls = t.borderWidth === 0 ? ' class="plain"' : '';
  const total = widths.reduce((a, b) => a + b, 0);
  // Shares of the table's width: a cell's padding and border stay inside its column, as in Docs.
  const cols = `<colgroup>${widths.map((w) => `<col style="width:${Math.round((w / total) * 10000) / 100}%">`).join('')}</colgroup>`;
  return `<table${cls} style="width:${pt(total)}">${cols}${head}<tbody>${rows.slice(pinned).join('')}</tbody></table>`;
}

function blocksHtml(blocks: BlockNode[], available: number): string {
  const out: string[] = [];
  let list: { tag: string; items: string[] } | null = null;
  const closeList = () => {
    if (list) out.push(`<${list.tag}>${list.items.join('')}</${list.tag}>`);
    list = null;
  };
  for (const block of blocks) {
    if (block.type === 'LIST_ITEM') {
      const tag = ORDERED.has(block.glyph ?? '') ? 'ol' : 'ul';
      if (list === null || (list as { tag: string }).tag !== tag) {
        closeList();
        list = { tag, items: [] };
      }
      const indent = block.nesting ? ` style="margin-left:${block.nesting * 2}em"` : '';
      (list as { items: string[] }).items.push(`<li${indent}>${inlineHtml(block)}</li>`);
      continue;
    }
    closeList();
    out.push(block.type === 'TABLE' ? tableHtml(block, available) : paragraphHtml(block));
  }
  closeList();
  return out.join('\n');
}

/** Docs' defaults: 1.15 line spacing, no space between paragraphs, 5 pt cell padding. */
function style(page: PageStyle, fontFaces: string): string {
  const margins = `${pt(page.marginTop)} ${pt(page.marginRight)} ${pt(page.marginBottom)} ${pt(page.marginLeft)}`;
  return `${fontFaces}@page{size:${pt(page.width)} ${pt(page.height)};margin:${margins}}
body{font-family:"Times New Roman",Tinos,"Liberation Serif",serif;font-size:12pt;line-height:1.15;margin:0}
.sheet{width:${pt(page.width - page.marginLeft - page.marginRight)};padding:${margins};margin:1em auto;background:#fff;box-shadow:0 0 4px #999}
@media print{.sheet{padding:0;margin:0;box-shadow:none}}
p,h1,h2,h3,h4,h5,h6{margin:0}table{border-collapse:collapse;table-layout:fixed}td{border:1px solid #000;padding:5pt;vertical-align:top;overflow-wrap:normal}
table.plain td{border:0}thead{display:table-header-group}tr.whole{break-inside:avoid}
header,footer{color:#444;border-bottom:1px dashed #aaa;margin-bottom:1em}footer{border-top:1px dashed #aaa;border-bottom:0;margin-top:1em}
hr.page-break{border:0;break-after:page;margin:0}@media screen{hr.page-break{border-top:2px dotted #999;margin:2em 0}}.title{text-align:center}`;
}

/**
 * The document as one HTML page. `fontFaces`: @font-face rules to put first (the PDF embeds a
 * font with Cyrillic so the print never depends on the machine's fonts).
 */
export function treeHtml(tree: DocTree, title: string, fontFaces = ''): string {
  const page = pageOf(tree.body);
  const text = page.width - page.marginLeft - page.marginRight;
  const parts = [`<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${style(page, fontFaces)}</style></head><body><div class="sheet">`];
  if (tree.header) parts.push(`<header>${blocksHtml(tree.header.children, text)}</header>`);
  parts.push(`<main>${blocksHtml(tree.body.children, text)}</main>`);
  if (tree.footer) parts.push(`<footer>${blocksHtml(tree.footer.children, text)}</footer>`);
  parts.push('</div></body></html>');
  return parts.join('\n');
}
