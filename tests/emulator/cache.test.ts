/**
 * CacheService: reference/cache/cache-service, cache; guides/services/quotas (100 KB values,
 * 250-character keys).
 */
import { Emulator } from '../../emulator/core/emulator';
import { createCacheService } from '../../emulator/services/cache';

function setup() {
  const emulator = new Emulator();
  emulator.state.activeSpreadsheetId = 'sheet-1';
  const CacheService = createCacheService(emulator);
  const run = <T>(fn: () => T, user?: string) => emulator.run({ authMode: 'FULL', ...(user ? { user } : {}) }, fn);
  return { emulator, CacheService, run };
}

describe('Cache', () => {
  // cache#putkey,-value: "default expiration of 600 seconds (10 minutes)".
  test('put/get with the default ten-minute expiry on the emulator clock', () => {
    const { emulator, CacheService, run } = setup();
    run(() => CacheService.getScriptCache().put('k', 'v'));
    expect(run(() => CacheService.getScriptCache().get('k'))).toBe('v');
    emulator.advance(600 * 1000 - 1);
    expect(run(() => CacheService.getScriptCache().get('k'))).toBe('v');
    emulator.advance(1);
    expect(run(() => CacheService.getScriptCache().get('k'))).toBeNull();
    expect(emulator.state.cache.script).toEqual({});
  });

  // cache#putkey,-value,-expirationinseconds: 1 to 21600 seconds.
  test('a custom expiry, up to six hours', () => {
    const { emulator, CacheService, run } = setup();
    run(() => CacheService.getScriptCache().put('k', 'v', 21600));
    emulator.advance(21599 * 1000);
    expect(run(() => CacheService.getScriptCache().get('k'))).toBe('v');
    expect(() => run(() => CacheService.getScriptCache().put('k', 'v', 21601))).toThrow('expirationInSeconds');
  });

  // cache#getallkeys, #putallvalues, #removeallkeys
  test('getAll returns only the keys present; putAll and removeAll work in bulk', () => {
    const { CacheService, run } = setup();
    run(() => CacheService.getScriptCache().putAll({ a: '1', b: '2', c: '3' }));
    expect(run(() => CacheService.getScriptCache().getAll(['a', 'b', 'x']))).toEqual({ a: '1', b: '2' });
    run(() => CacheService.getScriptCache().removeAll(['a', 'b']));
    run(() => CacheService.getScriptCache().remove('c'));
    expect(run(() => CacheService.getScriptCache().getAll(['a', 'b', 'c']))).toEqual({});
  });

  test('values are stored as strings', () => {
    const { CacheService, run } = setup();
    run(() => CacheService.getScriptCache().put('n', 42 as unknown as string));
    expect(run(() => CacheService.getScriptCache().get('n'))).toBe('42');
  });

  // guides/services/quotas: 100 KB per value, keys of at most 250 characters.
  test('values over 100 KB and keys over 250 characters are refused', () => {
    const { CacheService, run } = setup();
    expect(() => run(() => CacheService.getScriptCache().put('k', 'x'.repeat(100 * 1024 + 1)))).toThrow('Argument too large: value');
    expect(() => run(() => CacheService.getScriptCache().put('k', 'x'.repeat(100 * 1024)))).not.toThrow();
    expect(() => run(() => CacheService.getScriptCache().put('k'.repeat(251), 'v'))).toThrow('Argument too large: key');
    expect(() => run(() => CacheService.getScriptCache().get('k'.repeat(251)))).toThrow('Argument too large: key');
  });

  // cache-service: user caches are private; document caches per document, null without one.
  test('user and document caches are separate; no document cache without a document', () => {
    const { emulator, CacheService, run } = setup();
    run(() => CacheService.getUserCache().put('k', 'mine'));
    expect(run(() => CacheService.getUserCache().get('k'), 'colleague@school.example')).toBeNull();
    run(() => CacheService.getDocumentCache()?.put('k', 'doc'));
    expect(emulator.state.cache.document['sheet-1']?.k?.value).toBe('doc');
    emulator.state.activeSpreadsheetId = null;
    expect(run(() => CacheService.getDocumentCache())).toBeNull();
  });

  test('not available in AuthMode.NONE', () => {
    const { emulator, CacheService } = setup();
    expect(() => emulator.run({ authMode: 'NONE' }, () => CacheService.getScriptCache())).toThrow('Authorization is required');
  });
});
