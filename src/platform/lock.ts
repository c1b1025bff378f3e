/**
 * Writes that two executions could make at once (a deputy's save and a form submission) run under
 * the document lock; getScriptLock would serialise every school using the add-on (PLATFORM.md).
 */
import { RU } from '../text/ru';

export const LOCK_WAIT_MS = 30_000;

export class BusyError extends Error {}

export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock) return work();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new BusyError(RU.errors.busy);
  try {
    const result = work();
    // Pending writes must land before another execution can read (reference/lock).
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
