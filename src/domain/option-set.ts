/**
 * A closed list of options: English keys in code, the seeds' Russian wording in cells, drop-downs
 * and documents. A cell holds the label; parsing turns it back into the key.
 */
export interface OptionSet<K extends string> {
  readonly keys: readonly K[];
  readonly labels: readonly string[];
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
    label: (key) => entries[key],
    fromLabel: (text) => byNormalLabel.get(normalizeLabel(text)) ?? null,
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
