/**
 * Host-side readers of a saved document: plain text (also what the emulated PDF carries) and a
 * simple HTML rendering for people and the local preview.
 */
import type { BlockNode, DocTree, ParagraphNode, Run, SectionNode, TableNode } from './model';
import { nodeText } from './model';

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
  const style = p.alignment ? ` style="text-align:${p.alignment === 'JUSTIFY' ? 'justify' : p.alignment.toLowerCase()}"` : '';
  const inner = inlineHtml(p);
  return `<${tag}${cls}${style}>${inner === '' ? '<br>' : inner}</${tag}>`;
}

function tableHtml(t: TableNode): string {
  const rows = t.children.map((r) => `<tr>${r.children.map((c) => `<td>${blocksHtml(c.children)}</td>`).join('')}</tr>`);
  return `<table>${rows.join('')}</table>`;
}

function blocksHtml(blocks: BlockNode[]): string {
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
    out.push(block.type === 'TABLE' ? tableHtml(block) : paragraphHtml(block));
  }
  closeList();
  return out.join('\n');
}

const STYLE = `body{font-family:"Times New Roman",serif;font-size:12pt;max-width:21cm;margin:1cm auto;padding:0 1cm}
table{border-collapse:collapse;width:100%}td{border:1px solid #444;padding:2px 6px;vertical-align:top}
td p{margin:0}header,footer{color:#444;border-bottom:1px dashed #aaa;margin-bottom:1em}footer{border-top:1px dashed #aaa;border-bottom:0;margin-top:1em}
hr.page-break{border:0;border-top:2px dotted #999;margin:2em 0}.title{text-align:center}`;

export function treeHtml(tree: DocTree, title: string): string {
  const parts = [`<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>`];
  if (tree.header) parts.push(`<header>${blocksHtml(tree.header.children)}</header>`);
  parts.push(`<main>${blocksHtml(tree.body.children)}</main>`);
  if (tree.footer) parts.push(`<footer>${blocksHtml(tree.footer.children)}</footer>`);
  parts.push('</body></html>');
  return parts.join('\n');
}
