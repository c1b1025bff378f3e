/**
 * A page reloaded after a refused save keeps what the deputy typed: for each field, her value
 * where she changed it since the page opened, the fresh value from the sheet where she did not.
 * Used in the browser by the save pages.
 */

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? '') === JSON.stringify(b ?? '');

/** Field by field: typed (`mine`) where it differs from what the page opened with (`base`), else `theirs`. */
export function mergeFields<T extends Record<string, unknown>>(base: T, mine: T, theirs: T): T {
  const out = { ...theirs };
  for (const key of Object.keys(mine) as Array<keyof T>) {
    if (!same(mine[key], base[key])) out[key] = mine[key];
  }
  return out;
}

type Keyed = { id: string | null };

/**
 * Rows in the deputy's order: rows she added stay new; rows she kept are merged field by field;
 * a row gone from the sheet stays (as a new row) only if she had changed it, so her text is not
 * lost; rows added in the sheet meanwhile come after hers. Rows she removed stay removed.
 */
export function mergeRows<R extends Keyed>(base: readonly R[], mine: readonly R[], theirs: readonly R[], removedByMe: readonly string[] = []): R[] {
  const baseById = new Map(base.filter((r) => r.id).map((r) => [r.id!, r]));
  const theirsById = new Map(theirs.filter((r) => r.id).map((r) => [r.id!, r]));
  const out: R[] = [];
  for (const row of mine) {
    if (!row.id) {
      out.push(row);
      continue;
    }
    const fresh = theirsById.get(row.id);
    const opened = baseById.get(row.id);
    if (fresh) out.push(mergeFields(opened ?? fresh, row, fresh));
    else if (!opened || !same(row, opened)) out.push({ ...row, id: null });
  }
  const kept = new Set([...mine.map((r) => r.id), ...removedByMe, ...base.map((r) => r.id)]);
  for (const row of theirs) if (row.id && !kept.has(row.id)) out.push(row);
  return out;
}
