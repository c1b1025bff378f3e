/**
 * A template checked against its document kind's dictionary before anything is generated: every
 * problem names the placeholder as the deputy wrote it, in a Russian sentence saying what to fix.
 */
import { sameOptionLabel } from '../domain/regulation';
import { RU } from '../text/ru';
import type { Dictionary, FieldSpec, TemplateShape } from './dictionary';
import { fieldByName } from './fill-values';
import type { Placeholder } from './placeholders';
import { parsePlaceholders } from './placeholders';
import { nearestName } from './suggest';

export interface TemplateProblem {
  placeholder: string;
  message: string;
}

const T = RU.documents;

class Problems {
  readonly list: TemplateProblem[] = [];
  private readonly seen = new Set<string>();
  /** One report per placeholder and message: a field used ten times is one problem. */
  add(placeholder: string, message: string): void {
    const key = `${placeholder}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push({ placeholder, message });
  }
}

/** The placeholder as it would read with the nearest valid names, or null when nothing is near. */
function suggestion(ph: Placeholder, fields: Map<string, FieldSpec>): string | null {
  const names = [...fields.keys()];
  const scalars = [...fields.values()].filter((f) => f.kind !== 'collection').map((f) => f.name);
  const collections = [...fields.values()].filter((f) => f.kind === 'collection');
  if (ph.kind === 'scalar') {
    const name = nearestName(ph.name, scalars);
    return name ? `{{${name}}}` : null;
  }
  if (ph.kind === 'item') {
    const collection = fields.get(ph.collection)?.kind === 'collection' ? ph.collection : nearestName(ph.collection, collections.map((c) => c.name));
    const spec = collection ? fields.get(collection) : undefined;
    if (!spec) return null;
    const itemNames = (spec.fields ?? []).map((f) => f.name);
    const field = itemNames.includes(ph.field) ? ph.field : nearestName(ph.field, itemNames);
    return field ? `{{${spec.name}.${field}}}` : null;
  }
  if (ph.kind === 'option') {
    const choosable = names.filter((n) => fields.get(n)?.kind === 'option' || fields.get(n)?.kind === 'options');
    const field = nearestName(ph.field, choosable);
    return field ? `{{?${field}=${ph.label}}}` : null;
  }
  return null;
}

/** Problems of one placeholder on its own; `inTable` says whether it sits in a table cell. */
function checkOne(ph: Placeholder, inTable: boolean, fields: Map<string, FieldSpec>, problems: Problems): void {
  const at = ph.raw;
  switch (ph.kind) {
    case 'malformed':
      problems.add(at, ph.reason === 'unclosed' ? T.unclosed(at) : ph.reason === 'stray' ? T.stray : T.malformed(at));
      return;
    case 'scalar': {
      const spec = fields.get(ph.name);
      if (!spec) problems.add(at, T.unknown(at, suggestion(ph, fields)));
      else if (spec.kind === 'collection') problems.add(at, T.collectionAsScalar(at, spec.name));
      return;
    }
    case 'item': {
      const spec = fields.get(ph.collection);
      if (!spec) problems.add(at, T.unknown(at, suggestion(ph, fields)));
      else if (spec.kind !== 'collection') problems.add(at, T.notCollection(at, spec.name));
      else if (!(spec.fields ?? []).some((f) => f.name === ph.field)) {
        problems.add(at, T.unknownItemField(at, spec.name, (spec.fields ?? []).map((f) => f.name), suggestion(ph, fields)));
      } else if (!inTable) problems.add(at, T.itemOutsideTable(at));
      return;
    }
    case 'option': {
      const spec = fields.get(ph.field);
      if (!spec) problems.add(at, T.unknown(at, suggestion(ph, fields)));
      else if (spec.kind !== 'option' && spec.kind !== 'options') problems.add(at, T.optionOnPlainField(at, spec.name));
      else {
        const labels = spec.options ?? [];
        if (!labels.some((l) => sameOptionLabel(l, ph.label))) {
          const near = nearestName(ph.label, labels);
          problems.add(at, T.unknownOption(at, spec.name, labels, near ? `{{?${spec.name}=${near}}}` : null));
        }
      }
      return;
    }
  }
}

/** The field a placeholder refers to, for the required-field check (valid use or not). */
function referencedName(ph: Placeholder): string | null {
  if (ph.kind === 'scalar') return ph.name;
  if (ph.kind === 'item') return ph.collection;
  if (ph.kind === 'option') return ph.field;
  return null;
}

/** The rules of template rows in one table: one collection per row, one row per collection. */
function checkTableRows(rows: readonly string[][], fields: Map<string, FieldSpec>, problems: Problems): void {
  const rowOf = new Set<string>();
  for (const cells of rows) {
    const first = new Map<string, string>(); // collection → its first placeholder in the row
    for (const ph of cells.flatMap((cell) => parsePlaceholders(cell))) {
      if (ph.kind !== 'item' || fields.get(ph.collection)?.kind !== 'collection') continue;
      if (!first.has(ph.collection)) first.set(ph.collection, ph.raw);
    }
    const [head, ...others] = [...first.entries()];
    for (const [collection, raw] of others) problems.add(raw, T.mixedRow(raw, head?.[0] ?? '', collection));
    if (!head) continue;
    const [collection, raw] = head;
    if (rowOf.has(collection)) problems.add(raw, T.rowTwice(raw, collection));
    rowOf.add(collection);
  }
}

export function checkTemplate(shape: TemplateShape, dictionary: Dictionary): TemplateProblem[] {
  const fields = fieldByName(dictionary);
  const problems = new Problems();
  const used = new Set<string>();
  const visit = (text: string, inTable: boolean): void => {
    for (const ph of parsePlaceholders(text)) {
      checkOne(ph, inTable, fields, problems);
      const name = referencedName(ph);
      if (name) used.add(name);
    }
  };
  for (const section of shape.sections) {
    for (const block of section.blocks) {
      if (block.type === 'paragraph') {
        visit(block.text, false);
        continue;
      }
      for (const cells of block.rows) for (const cell of cells) visit(cell, true);
      checkTableRows(block.rows, fields, problems);
    }
  }
  for (const spec of dictionary.fields) {
    if (!spec.required || used.has(spec.name)) continue;
    const shown = spec.kind === 'collection' ? `{{${spec.name}.…}}` : `{{${spec.name}}}`;
    problems.add(shown, T.missingRequired(shown, dictionary.title));
  }
  return problems.list;
}
