/**
 * What each placeholder turns into, given a dictionary and one document's values. Shared by the
 * fill plan and the replacement pairs so the two can never disagree.
 */
import { sameOptionLabel } from '../domain/regulation';
import type { Dictionary, FieldSpec, FieldValues } from './dictionary';
import type { Placeholder } from './placeholders';

export const CHECKED = '☑';
export const UNCHECKED = '☐';
/**
 * Every empty value, a scalar or a table cell, required or not, prints one way: a line to fill in
 * by hand, as on the paper form, so a reader sees the field exists and is empty. (A value that is
 * known to be none is written as such — «нет» — by the field's builder.)
 */
export const BLANK = '________';
/** Joins several chosen labels printed as one scalar; labels themselves may hold commas. */
export const LABEL_SEPARATOR = '; ';

export function fieldByName(dictionary: Dictionary): Map<string, FieldSpec> {
  return new Map(dictionary.fields.map((f) => [f.name, f]));
}

/** A scalar's display text; a list of labels is joined, a collection has no scalar form. */
export function displayValue(value: FieldValues[string] | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return value.every((v) => typeof v === 'string') ? (value as string[]).filter((v) => v !== '').join(LABEL_SEPARATOR) : '';
}

function chosenLabels(value: FieldValues[string] | undefined): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return value === '' ? [] : [value];
  return value.filter((v): v is string => typeof v === 'string' && v !== '');
}

/** The items of a collection value; anything else counts as no items. */
export function collectionItems(value: FieldValues[string] | undefined): Array<Record<string, string>> {
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is Record<string, string> => typeof v === 'object' && v !== null);
}

/**
 * The text for a scalar or option placeholder, or null when it is not one this dictionary can fill
 * (unknown, malformed, or an item placeholder): such text is left exactly as written.
 */
export function resolvePlaceholder(ph: Placeholder, fields: Map<string, FieldSpec>, values: FieldValues): string | null {
  if (ph.kind === 'scalar') {
    const spec = fields.get(ph.name);
    if (!spec || spec.kind === 'collection') return null;
    const text = displayValue(values[ph.name]);
    return text.trim() === '' ? (spec.emptyText ?? BLANK) : text;
  }
  if (ph.kind === 'option') {
    const spec = fields.get(ph.field);
    if (!spec || (spec.kind !== 'option' && spec.kind !== 'options')) return null;
    // Either regulation's words mark the option: a template may be worded by the other one.
    return chosenLabels(values[ph.field]).some((l) => sameOptionLabel(l, ph.label)) ? CHECKED : UNCHECKED;
  }
  return null;
}

/** The text for an item placeholder of `collection` in one item, or null for anything else. */
export function resolveItem(ph: Placeholder, collection: FieldSpec, item: Record<string, string>): string | null {
  if (ph.kind !== 'item' || ph.collection !== collection.name) return null;
  if (!(collection.fields ?? []).some((f) => f.name === ph.field)) return null;
  const text = item[ph.field] ?? '';
  return text.trim() === '' ? BLANK : text;
}
