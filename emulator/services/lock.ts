/**
 * LockService (reference/lock/lock-service, lock). Held locks live in `emulator.transient`
 * (not saved): lock name → id of the running execution holding it. A lock is released by
 * releaseLock or when its execution ends (Emulator.onExecutionEnd), as Apps Script releases
 * locks when the script finishes.
 *
 * Executions are sequential in the emulator; two "run at once" only when a test starts one inside
 * another's call hook. The inner one cannot wait for the outer (the outer is suspended until the
 * inner returns), so waiting for a lock held by another running execution spends the whole
 * timeout on the clock and then fails.
 *
 * Access 'limited': the service needs no scope; not for AuthMode.NONE (only the menu there).
 */
import type { Emulator } from '../core/emulator';
import { expose, uniform } from '../core/expose';
import { badSignature, describeArgs, ServiceError } from '../core/errors';
import type { Emulates } from '../core/emulates';

/** reference/lock/lock#waitlocktimeoutinmillis throws this (docs/platform.md, as seen in logs). */
export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

const HELD = 'lock.held';
const LISTENING = 'lock.listening';
const LIMITED = { access: 'limited' as const };

function heldLocks(emulator: Emulator): Map<string, number> {
  let held = emulator.transient.get(HELD) as Map<string, number> | undefined;
  if (!held) {
    held = new Map();
    emulator.transient.set(HELD, held);
  }
  if (!emulator.transient.get(LISTENING)) {
    emulator.transient.set(LISTENING, true);
    emulator.onExecutionEnd((execution) => {
      const locks = emulator.transient.get(HELD) as Map<string, number> | undefined;
      if (!locks) return;
      for (const [name, holder] of [...locks]) if (holder === execution.id) locks.delete(name);
    });
  }
  return held;
}

/** Host view for tests and the preview: which execution holds which lock. */
export function lockHolders(emulator: Emulator): Record<string, number> {
  return Object.fromEntries(heldLocks(emulator));
}

function lockView(emulator: Emulator, name: string): GoogleAppsScript.Lock.Lock {
  const held = heldLocks(emulator);
  // Outside any execution (a test poking the service directly) the caller counts as id 0.
  const me = () => emulator.execution?.id ?? 0;
  const timeout = (value: unknown, method: string): number => {
    if (typeof value !== 'number' || Number.isNaN(value)) badSignature(describeArgs([value]), `LockService.Lock.${method}`);
    return value;
  };
  const acquire = (ms: number): boolean => {
    // A negative timeout never acquires: tryLock(-100) is false and waitLock(-100) throws the
    // timeout message (gas-fakes test/testlock.js, "Lock timeout failures", run in live Apps Script).
    if (ms < 0) return false;
    const holder = held.get(name);
    if (holder === undefined || holder === me()) {
      held.set(name, me());
      return true;
    }
    // Another running execution holds it and cannot progress while this one waits.
    emulator.advance(ms);
    emulator.checkBudget();
    return false;
  };
  const impl = {
    tryLock(timeoutInMillis: unknown) {
      return acquire(timeout(timeoutInMillis, 'tryLock'));
    },
    waitLock(timeoutInMillis: unknown) {
      if (!acquire(timeout(timeoutInMillis, 'waitLock'))) throw new ServiceError(LOCK_TIMEOUT_MESSAGE);
    },
    hasLock() {
      return held.get(name) === me();
    },
    releaseLock() {
      if (held.get(name) === me()) held.delete(name);
    },
  };
  return expose(emulator, 'LockService', 'Lock', impl satisfies Emulates<GoogleAppsScript.Lock.Lock, 'hasLock' | 'releaseLock' | 'tryLock' | 'waitLock'>, uniform(LIMITED)) as unknown as GoogleAppsScript.Lock.Lock;
}

export function createLockService(emulator: Emulator): GoogleAppsScript.Lock.LockService {
  const service = {
    getScriptLock: () => lockView(emulator, 'script'),
    getUserLock: () => lockView(emulator, `user:${emulator.user}`),
    // lock-service#getdocumentlock: null outside a containing document.
    getDocumentLock: () => {
      const id = emulator.container;
      return id ? lockView(emulator, `document:${id}`) : null;
    },
  };
  return expose(emulator, 'LockService', 'LockService', service satisfies Emulates<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'>, uniform(LIMITED)) as unknown as GoogleAppsScript.Lock.LockService;
}
