/**
 * The fill plan as the few `replaceText(pattern, replacement)` calls Apps Script can apply.
 * replaceText takes an RE2 pattern and a Java-style replacement (`$` and `\` are special), so both
 * sides are escaped here, once, and nowhere else.
 *
 * Order of application, which keeps values verbatim:
 * 1. `pairs` over the whole document (body, header, footer): every scalar and option mark,
 *    one call per DISTINCT placeholder, however often it occurs.
 * 2. For each template row, per item: a copy of the row, then that item's `itemPairs` on the copy;
 *    then the template row is removed.
 * 3. If `restore` is set, one last document-wide call turns the guard back into `{{` (set whenever
 *    a scalar or any collection item holds `{{`).
 * A value holding `{{` would otherwise become a placeholder for a later call: it is written with
 * GUARD instead and restored last, so no value is ever matched by another pattern.
 */
import type { Dictionary, FieldSpec, FieldValues, TemplateShape } from './dictionary';
import { fieldByName, resolveItem, resolvePlaceholder } from './fill-values';
import { rowCollection } from './fill-plan';
import type { Placeholder } from './placeholders';
import { parsePlaceholders } from './placeholders';

/** A private-use character: never typed in a template, so it can stand in for `{{` meanwhile. */
export const GUARD = '\uE000';

export interface ReplacementPair {
  /** The placeholder exactly as written in the template. */
  placeholder: string;
  /** The text it becomes (guarded, not yet escaped). */
  value: string;
  /** For replaceText: RE2 pattern matching the placeholder literally. */
  pattern: string;
  /** For replaceText: the value escaped for Java-style replacement syntax. */
  replacement: string;
}

export interface ReplacementPlan {
  pairs: ReplacementPair[];
  /** The final guard-restoring call, or null when no value held `{{`. */
  restore: ReplacementPair | null;
}

/** Escapes every RE2 metacharacter so the pattern matches `literal` and nothing else. */
export function escapeRe2(literal: string): string {
  return literal.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}

/** Escapes `\` and `$` so a Java-style replacement inserts `value` unchanged. */
export function escapeReplacement(value: string): string {
  return value.replace(/[\\$]/g, (c) => `\\${c}`);
}

function guard(value: string): string {
  return value.split('{{').join(GUARD);
}

function pair(placeholder: string, value: string): ReplacementPair {
  const guarded = guard(value);
  return { placeholder, value: guarded, pattern: escapeRe2(placeholder), replacement: escapeReplacement(guarded) };
}

/** Distinct pairs in first-seen order; a placeholder filled twice gets one call. */
function collect(texts: Iterable<string>, resolve: (ph: Placeholder) => string | null): ReplacementPair[] {
  const byRaw = new Map<string, ReplacementPair>();
  for (const text of texts) {
    for (const ph of parsePlaceholders(text)) {
      if (byRaw.has(ph.raw)) continue;
      const value = resolve(ph);
      if (value !== null) byRaw.set(ph.raw, pair(ph.raw, value));
    }
  }
  return [...byRaw.values()];
}

function* allTexts(shape: TemplateShape): Generator<string> {
  for (const section of shape.sections) {
    for (const block of section.blocks) {
      if (block.type === 'paragraph') yield block.text;
      else for (const row of block.rows) yield* row;
    }
  }
}

/** The document-wide calls: scalars and option marks, deduplicated, template rows included. */
export function replacementPairs(shape: TemplateShape, dictionary: Dictionary, values: FieldValues): ReplacementPlan {
  const fields = fieldByName(dictionary);
  const pairs = collect(allTexts(shape), (ph) => resolvePlaceholder(ph, fields, values));
  return { pairs, restore: needsRestore(pairs) || itemsHoldBraces(values) ? restorePair() : null };
}

/** The calls on one copy of a template row for one item: its item placeholders only. */
export function itemPairs(cells: readonly string[], collection: FieldSpec, item: Record<string, string>): ReplacementPair[] {
  return collect(cells, (ph) => resolveItem(ph, collection, item));
}

function needsRestore(pairs: readonly ReplacementPair[]): boolean {
  return pairs.some((p) => p.value.includes(GUARD));
}

/** Conservative: an item holding `{{` anywhere costs one extra call, never a wrong document. */
function itemsHoldBraces(values: FieldValues): boolean {
  return Object.values(values).some(
    (v) => Array.isArray(v) && v.some((item) => typeof item === 'object' && Object.values(item).some((t) => t.includes('{{'))),
  );
}

/** The final call turning the guard back into `{{`. */
export function restorePair(): ReplacementPair {
  return { placeholder: GUARD, value: '{{', pattern: escapeRe2(GUARD), replacement: escapeReplacement('{{') };
}

/** The collection of a template row, for the Docs layer to pick the items (null: not a template row). */
export function templateRowCollection(cells: readonly string[], dictionary: Dictionary): FieldSpec | null {
  return rowCollection(cells, fieldByName(dictionary));
}
