/**
 * Record ids: the tab's prefix and a number that is never reused, even after the last row is
 * deleted (a counter in the workbook's store), and never collides with ids already in the tab
 * (a copied workbook loses the counter but keeps its rows).
 */
import type { TabSpec } from './columns';

const NUMBER = /^[A-Z](\d+)$/;

export function idCounterKey(spec: TabSpec): string {
  return `ids.${spec.key}`;
}

export function highestNumber(ids: Iterable<unknown>): number {
  let max = 0;
  for (const id of ids) {
    const match = typeof id === 'string' ? NUMBER.exec(id.trim()) : null;
    if (match) max = Math.max(max, Number(match[1]));
  }
  return max;
}

/** `count` fresh ids after both the stored counter and every id present. */
export function nextIds(spec: TabSpec, counter: number, present: Iterable<unknown>, count: number): { ids: string[]; counter: number } {
  let n = Math.max(counter, highestNumber(present));
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    n += 1;
    ids.push(`${spec.idPrefix}${String(n).padStart(5, '0')}`);
  }
  return { ids, counter: n };
}
