import { parseOther, type OtherValue } from './other-option';

/**
 * A closed list of options: English keys in code, the seeds' Russian wording in cells, drop-downs
 * and documents. A cell holds the label; parsing turns it back into the key.
 */
export interface OptionSet<K extends string> {
  readonly keys: readonly K[];
  readonly labels: readonly string[];
  /** A list the regulation leaves open («и др.»): it also takes «другое: …» (other-option.ts). */
  readonly open: boolean;
  label(key: K): string;
  /** The key for a label typed or chosen by a person (case and spacing forgiven), or null. */
  fromLabel(text: string): K | null;
}

export function defineOptions<K extends string>(entries: Record<K, string>): OptionSet<K> {
  const keys = Object.keys(entries) as K[];
  const byNormalLabel = new Map<string, K>();
  for (const key of keys) byNormalLabel.set(normalizeLabel(entries[key]), key);
  return {
    keys,
    labels: keys.map((k) => entries[k]),
    open: false,
    label: (key) => entries[key],
    fromLabel: (text) => byNormalLabel.get(normalizeLabel(text)) ?? null,
  };
}

/**
 * An open list: its values are its keys or «другое: <текст>», which is its own label (so cells,
 * pages and documents show the deputy's text as stored).
 */
export function defineOpenOptions<K extends string>(entries: Record<K, string>): OptionSet<K | OtherValue> {
  const closed = defineOptions(entries);
  const isKey = (value: string): value is K => Object.prototype.hasOwnProperty.call(entries, value);
  return {
    ...closed,
    open: true,
    label: (key) => (isKey(key) ? entries[key] : key),
    fromLabel: (text) => {
      const parsed = parseOther(text);
      return parsed.kind === 'other' ? parsed.value : closed.fromLabel(text);
    },
  };
}

/** Lower case, ё→е, one kind of dash and quote, single spaces: how two spellings are compared. */
export function normalizeLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/[«»“”„"]/g, '"')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
