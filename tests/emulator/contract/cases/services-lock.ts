/** LockService: gas-fakes test/testlock.js (run in live Apps Script) and reference/lock. */
import { gasFakes, group, ref } from '../kit';

const SRC = 'test/testlock.js';

export default group('LockService', (c) => {
  c('getScriptLock and getUserLock give locks', gasFakes(SRC, 12), ['LockService.getScriptLock', 'LockService.getUserLock'], (s, _x, t) => {
    t.true(s.LockService.getScriptLock() !== null, 'script lock');
    t.true(s.LockService.getUserLock() !== null, 'user lock');
  });
  c('a standalone script has no document lock', ref('lock/lock-service#getdocumentlock'), ['LockService.getDocumentLock'], (s, _x, t) => {
    // The conformance script is standalone, and the emulator's contract run has no container.
    t.is(s.LockService.getDocumentLock(), null);
  });
  c('a fresh lock is not held', gasFakes(SRC, 23), ['Lock.hasLock'], (s, _x, t) => {
    t.is(s.LockService.getScriptLock().hasLock(), false);
  });
  c('tryLock with a positive timeout acquires; hasLock follows', gasFakes(SRC, 26), ['Lock.tryLock', 'Lock.hasLock', 'Lock.releaseLock'], (s, _x, t) => {
    const lock = s.LockService.getScriptLock();
    t.is(lock.tryLock(10000), true, 'tryLock');
    t.is(lock.hasLock(), true, 'hasLock');
    lock.releaseLock();
  });
  c('tryLock again while holding it is true', gasFakes(SRC, 31), ['Lock.tryLock'], (s, _x, t) => {
    const lock = s.LockService.getScriptLock();
    lock.tryLock(10000);
    t.is(lock.tryLock(10000), true, 'second tryLock');
    t.is(lock.hasLock(), true, 'hasLock');
    lock.releaseLock();
  });
  c('releaseLock lets it go', gasFakes(SRC, 36), ['Lock.releaseLock', 'Lock.hasLock'], (s, _x, t) => {
    const lock = s.LockService.getScriptLock();
    lock.tryLock(10000);
    lock.releaseLock();
    t.is(lock.hasLock(), false);
  });
  c('waitLock with a positive timeout does not throw and holds the lock', gasFakes(SRC, 44), ['Lock.waitLock', 'Lock.hasLock'], (s, _x, t) => {
    const lock = s.LockService.getScriptLock();
    t.notThrows(() => lock.waitLock(1000), 'waitLock');
    t.is(lock.hasLock(), true, 'hasLock');
    t.notThrows(() => lock.waitLock(1000), 'waitLock again');
    lock.releaseLock();
  });
  c('tryLock(0) takes a free lock at once', gasFakes(SRC, 59), ['Lock.tryLock'], (s, _x, t) => {
    const lock = s.LockService.getScriptLock();
    t.is(lock.tryLock(0), true);
    t.is(lock.hasLock(), true, 'hasLock');
    lock.releaseLock();
  });
  c('tryLock with a negative timeout fails', gasFakes(SRC, 64), ['Lock.tryLock'], (s, _x, t) => {
    const lock = s.LockService.getScriptLock();
    t.is(lock.tryLock(-100), false);
    t.is(lock.hasLock(), false, 'hasLock');
  });
  c('waitLock(0) takes a free lock', gasFakes(SRC, 68), ['Lock.waitLock'], (s, _x, t) => {
    const lock = s.LockService.getScriptLock();
    t.notThrows(() => lock.waitLock(0));
    t.is(lock.hasLock(), true, 'hasLock');
    lock.releaseLock();
  });
  c('waitLock with a negative timeout throws the lock timeout', gasFakes(SRC, 73), ['Lock.waitLock'], (s, _x, t) => {
    const lock = s.LockService.getScriptLock();
    t.throws(() => lock.waitLock(-100), /Lock timeout/);
    t.is(lock.hasLock(), false, 'hasLock');
  });
  c('the user lock works the same way', ref('lock/lock-service#getuserlock'), ['Lock.tryLock', 'Lock.releaseLock'], (s, _x, t) => {
    const lock = s.LockService.getUserLock();
    t.is(lock.tryLock(1000), true);
    lock.releaseLock();
    t.is(lock.hasLock(), false, 'released');
  });
});
