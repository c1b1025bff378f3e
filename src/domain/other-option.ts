/**
 * «другое: …»: the deputy's own entry in a list the regulations leave open («и др.», «и т. д.»).
 * Stored in the cell as it reads in a document, «другое: <текст>», beside the list's labels; in a
 * cell of several options it is one of the «; »-separated parts, so its text holds no «;» and no
 * line break (either would split it into two parts when read back).
 */
import type { OptionSet } from './option-set';

/** The word that starts such an entry; a page offers it as the last choice of an open list. */
export const OTHER = 'другое';

/** A stored entry: «другое: » and the deputy's text. */
export type OtherValue = `${typeof OTHER}: ${string}`;

export type OtherParse =
  /** Not an «другое» entry: a label of the list (or a mistake) to be looked up as usual. */
  | { kind: 'none' }
  | { kind: 'other'; value: OtherValue; text: string }
  /** «другое» without its text: refused, the reader would not know what was meant. */
  | { kind: 'empty' }
  /** Its text holds «;» or a line break, which would split a cell of several options. */
  | { kind: 'separator' };

const PATTERN = /^\s*другое\s*(?::|$)([\s\S]*)$/i;

/** What a typed or stored text is: an «другое» entry (canonical form), a bare one, or neither. */
export function parseOther(input: string): OtherParse {
  const match = PATTERN.exec(input);
  if (!match) return { kind: 'none' };
  const text = match[1]!.trim();
  if (text === '') return { kind: 'empty' };
  if (/[;\r\n]/.test(text)) return { kind: 'separator' };
  return { kind: 'other', value: otherValue(text), text };
}

/** The stored form of the deputy's text. */
export function otherValue(text: string): OtherValue {
  return `${OTHER}: ${text.trim()}`;
}

/** A well-formed stored entry (as parsing would give it back). */
export function isOtherValue(value: unknown): value is OtherValue {
  if (typeof value !== 'string') return false;
  const parsed = parseOther(value);
  return parsed.kind === 'other' && parsed.value === value;
}

/** The deputy's text of a stored entry, or null for a label's key. */
export function otherText(value: string): string | null {
  const parsed = parseOther(value);
  return parsed.kind === 'other' ? parsed.text : null;
}

/** One value a page sent for a list: a key, an open list's «другое: …», or why it is neither. */
export type Choice<V> = { ok: true; value: V } | { ok: false; problem: 'otherEmpty' | 'otherSeparator' | 'unknown' };

export function readChoice<K extends string>(set: OptionSet<K>, input: string): Choice<K> {
  if ((set.keys as readonly string[]).includes(input)) return { ok: true, value: input as K };
  const parsed = set.open ? parseOther(input) : { kind: 'none' as const };
  switch (parsed.kind) {
    case 'other':
      return { ok: true, value: parsed.value as K };
    case 'empty':
      return { ok: false, problem: 'otherEmpty' };
    case 'separator':
      return { ok: false, problem: 'otherSeparator' };
    default:
      return { ok: false, problem: 'unknown' };
  }
}
