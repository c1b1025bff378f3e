/**
 * CacheService (reference/cache/cache-service, cache). Entries live in `state.cache` with their
 * expiry on the emulator's clock; an expired entry reads as null and is dropped.
 *
 * Access 'limited': no OAuth scope, and like PropertiesService it is not for AuthMode.NONE
 * (docs/platform.md: only the menu may be built there); the stricter choice where the docs are silent.
 */
import type { Emulator } from '../core/emulator';
import { expose, uniform } from '../core/expose';
import { badSignature, describeArgs, ServiceError } from '../core/errors';
import { isPlainObject } from '../core/realm';
import type { Emulates } from '../core/emulates';
import type { CacheEntry } from './cache-state';

/** guides/services/quotas and reference/cache/cache: 100 KB values, 250-character keys, 6 h. */
export const CACHE_VALUE_LIMIT = 100 * 1024;
export const CACHE_KEY_LIMIT = 250;
export const DEFAULT_TTL_SECONDS = 600;
export const MAX_TTL_SECONDS = 21600;

const LIMITED = { access: 'limited' as const };

function checkKey(key: string): void {
  if (key.length > CACHE_KEY_LIMIT) throw new ServiceError('Argument too large: key');
}

function checkValue(value: string): void {
  // Reported as "Argument too large: value" past 100 KB; bytes of UTF-8 is the stricter reading.
  if (Buffer.byteLength(value, 'utf8') > CACHE_VALUE_LIMIT) throw new ServiceError('Argument too large: value');
}

function ttlMs(seconds: unknown): number {
  if (seconds === undefined) return DEFAULT_TTL_SECONDS * 1000;
  if (typeof seconds !== 'number' || Number.isNaN(seconds)) badSignature(describeArgs([seconds]), 'CacheService.Cache.put');
  // cache#putkey,-value,-expirationinseconds: "The minimum is 1 second and the maximum is 21600
  // seconds". What happens outside that range is undocumented: the emulator refuses it.
  if (seconds < 1 || seconds > MAX_TTL_SECONDS) throw new ServiceError('Invalid argument: expirationInSeconds (1 to 21600)');
  return Math.floor(seconds) * 1000;
}

function cacheView(emulator: Emulator, resolve: () => Record<string, CacheEntry>): GoogleAppsScript.Cache.Cache {
  const live = (store: Record<string, CacheEntry>, key: string): string | null => {
    const entry = store[key];
    if (!entry) return null;
    if (entry.expires <= emulator.now()) {
      delete store[key];
      return null;
    }
    return entry.value;
  };
  const keyOf = (key: unknown, method: string): string => {
    if (typeof key !== 'string') badSignature(describeArgs([key]), `CacheService.Cache.${method}`);
    checkKey(key);
    return key;
  };
  const impl = {
    get(key: unknown) {
      return live(resolve(), keyOf(key, 'get'));
    },
    getAll(keys: unknown) {
      if (!Array.isArray(keys)) badSignature(describeArgs([keys]), 'CacheService.Cache.getAll');
      const store = resolve();
      const out = new emulator.realm.Object() as Record<string, string>;
      for (const k of keys as unknown[]) {
        const value = live(store, keyOf(k, 'getAll'));
        if (value !== null) out[k as string] = value;
      }
      return out;
    },
    put(key: unknown, value: unknown, expirationInSeconds?: unknown) {
      const k = keyOf(key, 'put');
      if (value === undefined || value === null) badSignature(describeArgs([key, value]), 'CacheService.Cache.put');
      const v = String(value);
      checkValue(v);
      const ms = ttlMs(expirationInSeconds);
      resolve()[k] = { value: v, expires: emulator.now() + ms };
    },
    putAll(values: unknown, expirationInSeconds?: unknown) {
      if (!isPlainObject(values)) badSignature(describeArgs([values]), 'CacheService.Cache.putAll');
      const ms = ttlMs(expirationInSeconds);
      const entries = Object.entries(values).map(([k, v]) => {
        checkKey(k);
        const text = String(v);
        checkValue(text);
        return [k, text] as const;
      });
      const store = resolve();
      for (const [k, v] of entries) store[k] = { value: v, expires: emulator.now() + ms };
    },
    remove(key: unknown) {
      delete resolve()[keyOf(key, 'remove')];
    },
    removeAll(keys: unknown) {
      if (!Array.isArray(keys)) badSignature(describeArgs([keys]), 'CacheService.Cache.removeAll');
      const store = resolve();
      for (const k of keys as unknown[]) delete store[keyOf(k, 'removeAll')];
    },
  };
  return expose(emulator, 'CacheService', 'Cache', impl satisfies Emulates<GoogleAppsScript.Cache.Cache, 'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll'>, uniform(LIMITED)) as unknown as GoogleAppsScript.Cache.Cache;
}

export function createCacheService(emulator: Emulator): GoogleAppsScript.Cache.CacheService {
  const cache = () => emulator.state.cache;
  const service = {
    getScriptCache: () => cacheView(emulator, () => cache().script),
    getUserCache: () => {
      const user = emulator.user;
      return cacheView(emulator, () => (cache().user[user] ??= {}));
    },
    // cache-service#getdocumentcache: null outside a containing document.
    getDocumentCache: () => {
      const id = emulator.container;
      if (!id) return null;
      return cacheView(emulator, () => (cache().document[id] ??= {}));
    },
  };
  return expose(emulator, 'CacheService', 'CacheService', service satisfies Emulates<GoogleAppsScript.Cache.CacheService, 'getDocumentCache' | 'getScriptCache' | 'getUserCache'>, uniform(LIMITED)) as unknown as GoogleAppsScript.Cache.CacheService;
}
