/**
 * What a page showed, so a save can tell whether someone changed it since the page opened. Each
 * record the page read is stamped with a short hash of every field the page compares, in a fixed
 * order: a refused save then names the record and the fields that changed, not just «something».
 * The version's keys are also the ids the page showed: a save deletes only rows among them.
 */

/** `kind:id` → the record's stamp (one short hash per compared field, joined by dots). */
export type Version = Record<string, string>;

/** The fields compared for each kind of record a page shows. */
export type VersionSpec = Record<string, readonly string[]>;

export type Shown = { kind: string; id: string; value: Readonly<Record<string, unknown>> };

export type Change = { kind: string; id: string; change: 'added' | 'removed' | 'changed'; fields: string[] };

/** FNV-1a over UTF-16 code units, base 36: short, stable across V8 and the browser, no crypto needed. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** A field's value as compared: blank, null and an empty list are the same «nothing». */
function canonical(value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  if (Array.isArray(value)) return value.length === 0 ? '' : JSON.stringify(value);
  if (value instanceof Date) return String(value.getTime());
  return JSON.stringify(value);
}

export function stampOf(value: Readonly<Record<string, unknown>>, fields: readonly string[]): string {
  return fields.map((f) => shortHash(canonical(value[f]))).join('.');
}

export const versionKey = (kind: string, id: string): string => `${kind}:${id}`;

export function versionOf(spec: VersionSpec, shown: readonly Shown[]): Version {
  const out: Version = {};
  for (const s of shown) out[versionKey(s.kind, s.id)] = stampOf(s.value, spec[s.kind] ?? []);
  return out;
}

/** The ids of one kind the page showed: the only rows of that kind a save may delete. */
export function shownIds(version: Version, kind: string): Set<string> {
  const prefix = `${kind}:`;
  return new Set(
    Object.keys(version)
      .filter((k) => k.startsWith(prefix))
      .map((k) => k.slice(prefix.length)),
  );
}

function splitKey(key: string): { kind: string; id: string } {
  const at = key.indexOf(':');
  return { kind: key.slice(0, at), id: key.slice(at + 1) };
}

/**
 * What differs between the version a page showed and the records now: records changed (with the
 * fields that differ), added to what the page covers, or gone from it. In the order of `now`, then
 * the removed ones in the order the page showed them.
 */
export function changesSince(spec: VersionSpec, shown: Version, now: Version): Change[] {
  const out: Change[] = [];
  for (const [key, stamp] of Object.entries(now)) {
    const { kind, id } = splitKey(key);
    const before = shown[key];
    if (before === undefined) out.push({ kind, id, change: 'added', fields: [] });
    else if (before !== stamp) {
      const fields = spec[kind] ?? [];
      const a = before.split('.');
      const b = stamp.split('.');
      // A stamp of another length was made by another version of the page: the record, not a field.
      const differing = a.length === fields.length && b.length === fields.length ? fields.filter((_, i) => a[i] !== b[i]) : [];
      out.push({ kind, id, change: 'changed', fields: differing });
    }
  }
  for (const key of Object.keys(shown)) {
    if (now[key] === undefined) out.push({ ...splitKey(key), change: 'removed', fields: [] });
  }
  return out;
}

/**
 * The changes a save would undo: a record changed or gone since the page showed it. A record
 * added meanwhile is no conflict: the save neither shows nor deletes it, so it stays as it is.
 */
export function conflicts(changes: readonly Change[]): Change[] {
  return changes.filter((c) => c.change !== 'added');
}
