/**
 * Operations on a Text element's runs of uniformly formatted text. Runs are kept maximal (equal
 * neighbours merged, empty ones dropped), so run starts are getTextAttributeIndices.
 */
import { ServiceError } from '../core/errors';
import { ATTR_KEYS, textOfRuns, type Run, type TextAttrs, type TextNode } from './model';
import { literalReplacement } from './re2';

export function sameAttrs(a: TextAttrs, b: TextAttrs): boolean {
  return ATTR_KEYS.every((k) => a[k] === b[k]);
}

export function normalize(node: TextNode): void {
  const out: Run[] = [];
  for (const run of node.runs) {
    if (run.text === '') continue;
    const last = out[out.length - 1];
    if (last && sameAttrs(last.attrs, run.attrs)) last.text += run.text;
    else out.push(run);
  }
  node.runs = out;
}

/** Makes a run start at `offset`; returns the index of that run (runs.length at the end). */
function splitAt(node: TextNode, offset: number): number {
  let pos = 0;
  for (let i = 0; i < node.runs.length; i++) {
    const run = node.runs[i]!;
    if (offset === pos) return i;
    if (offset < pos + run.text.length) {
      const cut = offset - pos;
      node.runs.splice(i, 1, { text: run.text.slice(0, cut), attrs: run.attrs }, { text: run.text.slice(cut), attrs: { ...run.attrs } });
      return i + 1;
    }
    pos += run.text.length;
  }
  return node.runs.length;
}

/** Checks an inclusive offset range as Apps Script's Text methods take it (message unverified). */
export function checkRange(node: TextNode, start: number, endInclusive: number): void {
  const length = textOfRuns(node).length;
  if (!Number.isInteger(start) || !Number.isInteger(endInclusive) || start < 0 || endInclusive >= length || start > endInclusive) {
    throw new ServiceError(`Invalid argument: offset (${start}..${endInclusive} outside 0..${length - 1})`);
  }
}

export function setAttrs(node: TextNode, start: number, endInclusive: number, attrs: TextAttrs): void {
  checkRange(node, start, endInclusive);
  const from = splitAt(node, start);
  const to = splitAt(node, endInclusive + 1);
  for (let i = from; i < to; i++) {
    const run = node.runs[i]!;
    run.attrs = { ...run.attrs, ...attrs };
    for (const k of ATTR_KEYS) if (run.attrs[k] === undefined || run.attrs[k] === null) delete run.attrs[k];
  }
  normalize(node);
}

export function setAllAttrs(node: TextNode, attrs: TextAttrs): void {
  const length = textOfRuns(node).length;
  if (length > 0) setAttrs(node, 0, length - 1, attrs);
}

/** The attributes at an offset (the last character's at the end). */
export function attrsAt(node: TextNode, offset: number): TextAttrs {
  let pos = 0;
  for (const run of node.runs) {
    if (offset < pos + run.text.length) return run.attrs;
    pos += run.text.length;
  }
  return node.runs[node.runs.length - 1]?.attrs ?? {};
}

/** Inserted text takes the formatting of the character before it (or after, at offset 0). */
export function insertText(node: TextNode, offset: number, text: string): void {
  const length = textOfRuns(node).length;
  if (!Number.isInteger(offset) || offset < 0 || offset > length) throw new ServiceError(`Invalid argument: offset (${offset} outside 0..${length})`);
  const attrs = { ...attrsAt(node, offset > 0 ? offset - 1 : 0) };
  const at = splitAt(node, offset);
  node.runs.splice(at, 0, { text, attrs });
  normalize(node);
}

export function deleteText(node: TextNode, start: number, endInclusive: number): void {
  checkRange(node, start, endInclusive);
  const from = splitAt(node, start);
  const to = splitAt(node, endInclusive + 1);
  node.runs.splice(from, to - from);
  normalize(node);
}

export function setText(node: TextNode, text: string): void {
  const attrs = node.runs[0]?.attrs ?? {};
  node.runs = text === '' ? [] : [{ text, attrs: { ...attrs } }];
}

export function attributeIndices(node: TextNode): number[] {
  const out: number[] = [0];
  let pos = 0;
  for (const run of node.runs) {
    if (pos > 0) out.push(pos);
    pos += run.text.length;
  }
  return out;
}

/**
 * Replaces every match within each run separately: a placeholder whose characters are formatted
 * differently (or that spans two Text elements) is not matched. Apps Script documents matching
 * "against each text block"; whether a formatting change splits a block is not documented, and the
 * emulator takes the stricter reading. The replacement keeps the run's formatting. Linear in the
 * text length.
 */
export function replaceInNode(node: TextNode, re: RegExp, replacement: string): number {
  let count = 0;
  const literal = literalReplacement(replacement);
  for (const run of node.runs) {
    re.lastIndex = 0;
    let m = re.exec(run.text);
    if (!m) continue;
    let out = '';
    let last = 0;
    while (m) {
      out += run.text.slice(last, m.index) + literal;
      last = m.index + m[0].length;
      count++;
      if (m[0].length === 0) re.lastIndex++;
      m = re.exec(run.text);
    }
    run.text = out + run.text.slice(last);
  }
  if (count > 0) normalize(node);
  return count;
}

/** The first match at or after `from` within one run: [start, endInclusive]. */
export function findInNode(node: TextNode, re: RegExp, from: number): [number, number] | null {
  let pos = 0;
  for (const run of node.runs) {
    const end = pos + run.text.length;
    if (end > from) {
      re.lastIndex = Math.max(0, from - pos);
      const m = re.exec(run.text);
      if (m && m[0].length > 0) return [pos + m.index, pos + m.index + m[0].length - 1];
    }
    pos = end;
  }
  return null;
}
