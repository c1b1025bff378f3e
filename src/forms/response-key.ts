/**
 * A response's key is made of what the response itself carries — its questionnaire, its timestamp
 * (to the second: an .xlsx round-trip may drop milliseconds) and a hash of its answers — so
 * sorting, deleting or renaming the responses tab neither re-records nor drops it. Identical
 * responses sent in the same second get `#2`, `#3`… in the order met (they are indistinguishable,
 * so any order is the same). Keys of older versions (tab name, timestamp, row number) are still
 * recognised (`legacyMatcher`). Pure: no Apps Script here.
 */
import type { RawCell } from '../workbook/cells';
import { isDate } from './process-parse';

/** The timestamp as the key holds it: ISO to the second, or the cell's text. */
export function stampOf(timestamp: RawCell): string {
  if (isDate(timestamp)) return new Date(Math.round(timestamp.getTime() / 1000) * 1000).toISOString();
  return String(timestamp).trim();
}

function cellText(cell: RawCell | null | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (isDate(cell)) return stampOf(cell);
  return String(cell).trim();
}

/** FNV-1a (32 bits) of the answers by question title, empty ones left out; order-independent. */
export function answersHash(headers: readonly RawCell[], cells: readonly RawCell[], skip: number): string {
  const pairs: string[] = [];
  cells.forEach((cell, i) => {
    const text = cellText(cell);
    if (i !== skip && text !== '') pairs.push(`${cellText(headers[i])}\u0001${text}`);
  });
  const text = pairs.sort().join('\u0002');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `h${hash.toString(36)}`;
}

/** Hands out the keys of one responses tab's rows: `kind|stamp|hash`, `#n` for a repeat. */
export function keyMaker(kind: string): (stamp: string, hash: string) => string {
  const seen = new Map<string, number>();
  return (stamp, hash) => {
    const base = `${kind}|${stamp}|${hash}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  };
}

/** An older key: `<responses tab name>|<ISO timestamp>|<row>`. */
const LEGACY = /^(.*)\|([^|]*)\|(\d+)$/;

/**
 * Whether a response was recorded under an older key: at the same row with the same timestamp,
 * or — the tab sorted since — by its timestamp alone when no other response of the tab has it.
 */
export function legacyMatcher(sheetName: string, storedKeys: Iterable<string>, stampCounts: ReadonlyMap<string, number>): (stamp: string, row: number) => boolean {
  const rowsByStamp = new Map<string, Set<number>>();
  for (const key of storedKeys) {
    const m = LEGACY.exec(key);
    if (!m || m[1] !== sheetName) continue;
    const parsed = Date.parse(m[2]!);
    const stamp = Number.isNaN(parsed) ? m[2]!.trim() : stampOf(new Date(parsed));
    rowsByStamp.set(stamp, (rowsByStamp.get(stamp) ?? new Set()).add(Number(m[3])));
  }
  return (stamp, row) => {
    const rows = rowsByStamp.get(stamp);
    if (!rows) return false;
    return rows.has(row) || (stampCounts.get(stamp) === 1 && rows.size === 1);
  };
}
