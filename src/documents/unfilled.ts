/**
 * What a filled document still shows of its template's placeholders: the last guard before a
 * document is called done. A placeholder the Docs layer could not reach (split by formatting in a
 * way no call matched) must fail the document by name, never pass as «Готово».
 */
import type { FieldValues } from './dictionary';
import { parsePlaceholders } from './placeholders';

/** An item placeholder tagged with its item's number (`{{Пункты_плана#3.Срок}}`) and never filled. */
const TAGGED = /\{\{[^{}]*#\d+[^{}]*\}\}/g;

function valueTexts(values: FieldValues): string[] {
  const out: string[] = [];
  for (const value of Object.values(values)) {
    if (typeof value === 'string') out.push(value);
    else for (const v of value) out.push(...(typeof v === 'string' ? [v] : Object.values(v)));
  }
  return out;
}

/**
 * The template's placeholders (raw, as written) still in the filled texts, plus any tagged item
 * placeholder left; text that a value itself brought in (a name holding `{{…}}`) is not counted.
 */
export function unfilledPlaceholders(templateTexts: readonly string[], filledTexts: readonly string[], values: FieldValues): string[] {
  const fromValues = valueTexts(values);
  const byValue = (raw: string) => fromValues.some((v) => v.includes(raw));
  const raws = new Set(templateTexts.flatMap((t) => parsePlaceholders(t).filter((p) => p.kind !== 'malformed').map((p) => p.raw)));
  const out = new Set<string>();
  for (const text of filledTexts) {
    for (const raw of raws) if (text.includes(raw) && !byValue(raw)) out.add(raw);
    for (const m of text.matchAll(TAGGED)) if (!byValue(m[0])) out.add(m[0].replace(/#\d+/, ''));
  }
  return [...out];
}
