/**
 * What filling a template with one document's values must produce, computed without DocumentApp:
 * the final text of every paragraph and cell, and for each template row the rows that replace it.
 * The Docs layer applies it with batched replaceText (replacement-pairs.ts); tests and the
 * emulator compare a generated document against it.
 *
 * Substitution is positional (the text is rebuilt around parsed placeholders), so a value is never
 * read as a pattern, a replacement string or a placeholder: `$1`, `\`, `{{x}}` come out verbatim.
 */
import type { Dictionary, FieldSpec, FieldValues, SectionWhere, TemplateShape } from './dictionary';
import { collectionItems, fieldByName, resolveItem, resolvePlaceholder } from './fill-values';
import type { Placeholder } from './placeholders';
import { parsePlaceholders } from './placeholders';

/** A template row (index in the template table) and the rows rendered from it, one per item. */
export interface RowRepeat {
  row: number;
  collection: string;
  /** Empty: the template row is removed. */
  rendered: string[][];
}

export type PlannedBlock =
  | { type: 'paragraph'; text: string }
  | {
      type: 'table';
      /** The table as it must read when filled: template rows replaced by their rendered rows. */
      rows: string[][];
      /** Template rows, in ascending row order. */
      repeats: RowRepeat[];
    };

export interface FillPlan {
  sections: Array<{ where: SectionWhere; blocks: PlannedBlock[] }>;
}

type Resolve = (ph: Placeholder) => string | null;

/** Rebuilds `text` with each placeholder that `resolve` knows replaced; others stay as written. */
export function substitute(text: string, resolve: Resolve): string {
  let out = '';
  let last = 0;
  for (const ph of parsePlaceholders(text)) {
    const value = resolve(ph);
    if (value === null) continue;
    out += text.slice(last, ph.start) + value;
    last = ph.end;
  }
  return out + text.slice(last);
}

/** The collection whose template row this is (the first one named, if a broken row names two). */
export function rowCollection(cells: readonly string[], fields: Map<string, FieldSpec>): FieldSpec | null {
  for (const cell of cells) {
    for (const ph of parsePlaceholders(cell)) {
      if (ph.kind !== 'item') continue;
      const spec = fields.get(ph.collection);
      if (spec?.kind === 'collection') return spec;
    }
  }
  return null;
}

export function planFill(shape: TemplateShape, dictionary: Dictionary, values: FieldValues): FillPlan {
  const fields = fieldByName(dictionary);
  const scalar: Resolve = (ph) => resolvePlaceholder(ph, fields, values);
  return {
    sections: shape.sections.map((section) => ({
      where: section.where,
      blocks: section.blocks.map((block): PlannedBlock => {
        if (block.type === 'paragraph') return { type: 'paragraph', text: substitute(block.text, scalar) };
        const rows: string[][] = [];
        const repeats: RowRepeat[] = [];
        block.rows.forEach((cells, row) => {
          const collection = rowCollection(cells, fields);
          if (!collection) {
            rows.push(cells.map((cell) => substitute(cell, scalar)));
            return;
          }
          const rendered = collectionItems(values[collection.name]).map((item) =>
            cells.map((cell) => substitute(cell, (ph) => resolveItem(ph, collection, item) ?? scalar(ph))),
          );
          repeats.push({ row, collection: collection.name, rendered });
          rows.push(...rendered);
        });
        return { type: 'table', rows, repeats };
      }),
    })),
  };
}
