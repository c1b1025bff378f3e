/**
 * One execution at a time changes the workbook: a deputy's save, a form submission, the daily
 * tick. The document lock cannot be the whole answer: it is null in a trigger with no containing
 * document (reference/lock/lock-service#getdocumentlock; docs/platform.md, «Triggers without a
 * document»), and running unlocked then would let the tick and a save interleave. So the lock is
 * a lease every execution can see — a script property named after the workbook's id (the script's
 * store is shared by all its executions, a trigger's included, and costs no spreadsheet call) —
 * taken and given back under the script lock, which exists everywhere. The script lock is held
 * only for those few calls: held for the whole work it would serialise every school using the
 * add-on (docs/platform.md, «Concurrency»). A lease outlives no execution: it lapses after the
 * longest one (6 min) and a margin, so a run the time limit ended never blocks the workbook for
 * longer; a given-back lease leaves nothing behind in the store.
 *
 * Where the execution has a document, it also holds the document lock for the whole work, and
 * marks its lease so: a lease so marked is dead once someone else holds the document lock.
 *
 * Re-entrant: work already under the lease (the tick calling a stage that locks) just runs.
 */
import { RU } from '../text/ru';
import { currentSpreadsheet } from './workbook-ref';

export const LOCK_WAIT_MS = 30_000;
/** An execution lasts at most 6 minutes (guides/services/quotas); the margin covers clock skew. */
export const LEASE_MS = 6 * 60 * 1000 + 30 * 1000;
const LEASE_PREFIX = 'lock.lease.';
/** How long one attempt may wait for the script lock, and the pause between attempts. */
const GUARD_WAIT_MS = 10_000;
const RETRY_MS = 500;

export class BusyError extends Error {}

interface Lease {
  holder: string;
  until: number;
  /** The holder also holds the document lock, which Apps Script releases when its execution ends. */
  document?: boolean;
}

let depth = 0;
let leaseKey: string | null = null;

function readLease(raw: string | null): Lease | null {
  if (!raw) return null;
  try {
    const lease = JSON.parse(raw) as Partial<Lease>;
    return typeof lease.holder === 'string' && typeof lease.until === 'number' ? { holder: lease.holder, until: lease.until, document: lease.document === true } : null;
  } catch {
    return null;
  }
}

/**
 * Takes the lease under the script lock; false while another execution holds it. `document`: this
 * execution holds the document lock, so a lease marked as held with it belongs to an execution
 * that has ended (it could not hold the document lock otherwise) and is taken over at once — a
 * save the time limit cut does not block the deputy's retry.
 */
function tryTake(key: string, me: string, waitMs: number, document: boolean): boolean {
  const guard = LockService.getScriptLock();
  if (!guard.tryLock(Math.max(1, Math.min(GUARD_WAIT_MS, waitMs)))) return false;
  try {
    const store = PropertiesService.getScriptProperties();
    const lease = readLease(store.getProperty(key));
    const live = lease && lease.holder !== me && lease.until > Date.now() && !(document && lease.document);
    if (live) return false;
    store.setProperty(key, JSON.stringify({ holder: me, until: Date.now() + LEASE_MS, document } satisfies Lease));
    return true;
  } finally {
    guard.releaseLock();
  }
}

function giveBack(key: string, me: string): void {
  const guard = LockService.getScriptLock();
  // Not getting the guard leaves the lease to lapse: never worse than a run cut short.
  if (!guard.tryLock(GUARD_WAIT_MS)) return;
  try {
    const store = PropertiesService.getScriptProperties();
    if (readLease(store.getProperty(key))?.holder === me) store.deleteProperty(key);
  } finally {
    guard.releaseLock();
  }
}

export function withDocumentLock<T>(work: () => T): T {
  if (depth > 0) {
    depth += 1;
    try {
      return work();
    } finally {
      depth -= 1;
    }
  }
  // An execution works on one workbook; Apps Script starts every execution afresh.
  const key = (leaseKey ??= LEASE_PREFIX + currentSpreadsheet().getId());
  const me = Utilities.getUuid();
  const deadline = Date.now() + LOCK_WAIT_MS;
  // Where there is a document, its lock comes first: it serialises the deputies' executions as
  // before and dies with its execution; the lease then keeps out executions without one.
  const documentLock = LockService.getDocumentLock();
  if (documentLock && !documentLock.tryLock(LOCK_WAIT_MS)) throw new BusyError(RU.errors.busy);
  try {
    while (!tryTake(key, me, deadline - Date.now(), documentLock !== null)) {
      if (Date.now() + RETRY_MS >= deadline) throw new BusyError(RU.errors.busy);
      Utilities.sleep(RETRY_MS);
    }
    depth = 1;
    try {
      const result = work();
      // Pending writes must land before another execution can read (reference/lock).
      SpreadsheetApp.flush();
      return result;
    } finally {
      depth = 0;
      giveBack(key, me);
    }
  } finally {
    documentLock?.releaseLock();
  }
}
