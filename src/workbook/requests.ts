/**
 * Creating a record must not make two when the page retries: a save can fail after some of its
 * writes landed (a service error, the time limit), or succeed with its answer lost. The page sends
 * a key it made for the new record; the record's id is claimed for that key BEFORE anything is
 * written, so a retry gets the same id and finishes or repeats the same record instead of
 * starting another.
 */
import type { TabKey } from './columns';
import { reserveIds, type LoadedTab } from './repo';

/** How long a claim is remembered: the document cache's maximum (reference/cache/cache#put). */
const CLAIM_SECONDS = 21600;

export const REQUEST_KEY = /^[\w-]{8,64}$/;

export interface Claim {
  id: string;
  /** The key was seen before: earlier attempts may have written part of this record. */
  retry: boolean;
}

/** The id already claimed for this request, if any (checks must treat that record as this one). */
export function claimedId(tab: Pick<LoadedTab<TabKey>, 'key'>, requestKey: string | null | undefined): string | null {
  return requestKey ? (CacheService.getDocumentCache()?.get(`claim.${tab.key}.${requestKey}`) ?? null) : null;
}

export function claimId(tab: LoadedTab<TabKey>, requestKey: string | null | undefined): Claim {
  const cache = requestKey ? CacheService.getDocumentCache() : null;
  const key = `claim.${tab.key}.${requestKey}`;
  const claimed = cache?.get(key);
  if (claimed) return { id: claimed, retry: true };
  const [id] = reserveIds(tab, 1);
  cache?.put(key, id!, CLAIM_SECONDS);
  return { id: id!, retry: false };
}

/**
 * Ids for several new rows, claimed for this request before any is written, with every id its
 * earlier attempts claimed: the rows those attempts may have written, the only ones a retry may
 * delete. Fresh ids each attempt (never reused), so a row kept by that guard never shares an id.
 */
export function claimRows(tab: LoadedTab<TabKey>, requestKey: string | null | undefined, count: number): { ids: string[]; earlier: Set<string> } {
  const cache = requestKey ? CacheService.getDocumentCache() : null;
  const key = `claim.${tab.key}.${requestKey}`;
  const earlier = (cache?.get(key) ?? '').split(',').filter((id) => id !== '');
  const ids = reserveIds(tab, count);
  cache?.put(key, [...earlier, ...ids].join(','), CLAIM_SECONDS);
  return { ids, earlier: new Set(earlier) };
}
