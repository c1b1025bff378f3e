/**
 * LockService: reference/lock/lock-service, lock. Executions contend only when a test runs one
 * inside another's call hook (Emulator.run / onCall).
 */
import { Emulator } from '../../emulator/core/emulator';
import { createLockService, LOCK_TIMEOUT_MESSAGE, lockHolders } from '../../emulator/services/lock';

function setup() {
  const emulator = new Emulator();
  emulator.state.activeSpreadsheetId = 'sheet-1';
  const LockService = createLockService(emulator);
  return { emulator, LockService };
}

/** Runs `inner` as a second execution during the outer one’s next Lock.hasLock call. */
function interleave(emulator: Emulator, inner: () => void) {
  let done = false;
  const off = emulator.onCall((info) => {
    if (done || info.key !== 'Lock.hasLock') return;
    done = true;
    off();
    emulator.run({ authMode: 'FULL', user: 'colleague@school.example', name: 'inner' }, inner);
  });
}

describe('Lock', () => {
  // lock#trylocktimeoutinmillis / #haslock / #releaselock
  test('tryLock acquires a free lock; hasLock and releaseLock follow it', () => {
    const { emulator, LockService } = setup();
    emulator.run({ authMode: 'FULL' }, () => {
      const lock = LockService.getDocumentLock() as GoogleAppsScript.Lock.Lock;
      expect(lock.hasLock()).toBe(false);
      expect(lock.tryLock(1000)).toBe(true);
      expect(lock.hasLock()).toBe(true);
      lock.releaseLock();
      expect(lock.hasLock()).toBe(false);
    });
  });

  test('the same execution may acquire the lock again', () => {
    const { emulator, LockService } = setup();
    emulator.run({ authMode: 'FULL' }, () => {
      expect(LockService.getScriptLock().tryLock(0)).toBe(true);
      expect(LockService.getScriptLock().tryLock(0)).toBe(true);
      LockService.getScriptLock().waitLock(0);
    });
  });

  // Apps Script releases a script's locks when it finishes.
  test('locks are released when their execution ends', () => {
    const { emulator, LockService } = setup();
    emulator.run({ authMode: 'FULL' }, () => LockService.getScriptLock().waitLock(1000));
    expect(lockHolders(emulator)).toEqual({});
    expect(emulator.run({ authMode: 'FULL' }, () => LockService.getScriptLock().tryLock(0))).toBe(true);
  });

  // lock#waitlocktimeoutinmillis: throws when the lock cannot be had in time (docs/platform.md message).
  test('a lock held by another running execution: tryLock spends the timeout and returns false, waitLock throws', () => {
    const { emulator, LockService } = setup();
    const results: unknown[] = [];
    emulator.run({ authMode: 'FULL', name: 'outer' }, () => {
      const lock = LockService.getDocumentLock() as GoogleAppsScript.Lock.Lock;
      lock.waitLock(10000);
      interleave(emulator, () => {
        const before = emulator.now();
        results.push(LockService.getDocumentLock()?.tryLock(5000));
        results.push(emulator.now() - before);
        try {
          LockService.getDocumentLock()?.waitLock(2000);
        } catch (e) {
          results.push((e as Error).message);
        }
      });
      expect(lock.hasLock()).toBe(true);
    });
    expect(results).toEqual([false, 5000, LOCK_TIMEOUT_MESSAGE]);
  });

  test('different documents, users and the script lock are independent', () => {
    const { emulator, LockService } = setup();
    const results: unknown[] = [];
    emulator.run({ authMode: 'FULL', name: 'outer' }, () => {
      LockService.getUserLock().waitLock(1000);
      interleave(emulator, () => {
        results.push(LockService.getUserLock().tryLock(0)); // another user
        results.push(LockService.getScriptLock().tryLock(0));
      });
      LockService.getUserLock().hasLock();
    });
    expect(results).toEqual([true, true]);
  });

  // lock-service#getdocumentlock: null outside a document.
  test('getDocumentLock is null with no active document', () => {
    const { emulator, LockService } = setup();
    emulator.state.activeSpreadsheetId = null;
    expect(emulator.run({ authMode: 'FULL' }, () => LockService.getDocumentLock())).toBeNull();
  });

  test('waiting past the execution’s time limit ends it', () => {
    const { emulator, LockService } = setup();
    let inner: unknown;
    emulator.run({ authMode: 'FULL', name: 'outer' }, () => {
      LockService.getScriptLock().waitLock(1000);
      interleave(emulator, () => {
        try {
          LockService.getScriptLock().waitLock(7 * 60 * 1000);
        } catch (e) {
          inner = (e as Error).message;
        }
      });
      try {
        LockService.getScriptLock().hasLock();
      } catch {
        // the outer ran out of time too; that is fine here
      }
    });
    // The inner execution runs past its 6 minutes while waiting: the time limit ends it.
    expect(inner).toBe('Exceeded maximum execution time');
  });
});
