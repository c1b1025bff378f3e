/**
 * PropertiesService (reference/properties/properties-service, properties; guides/properties).
 * Stores are plain string maps in `state.properties`; values are converted with String() as
 * guides/properties says ("Data types that are not already strings are automatically converted").
 *
 * Access 'limited': PropertiesService needs no OAuth scope, but is unavailable in AuthMode.NONE
 * (reference/script/auth-mode sample: "Add a menu item based on properties (doesn't work in
 * AuthMode.NONE)"), and usable in LIMITED (onOpen reads document properties there).
 */
import type { Emulator } from '../core/emulator';
import { expose, uniform } from '../core/expose';
import { badSignature, describeArgs, ServiceError } from '../core/errors';
import { isPlainObject } from '../core/realm';
import type { Emulates } from '../core/emulates';

/** guides/services/quotas: "Properties value size 9 KB / val", "Properties total storage 500 KB / property store". */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;
/** The message Apps Script gives past the per-value limit (the same family as CacheService's). */
export const VALUE_TOO_LARGE = 'Argument too large: value';
/** Seen in Apps Script logs (github.com/lucasvtiradentes/gcal-sync/issues/115). */
export const STORE_QUOTA_EXCEEDED = 'You have exceeded the property storage quota. Please remove some properties and try again.';

const LIMITED = { access: 'limited' as const };

/** Sizes count UTF-8 bytes (the quota is in KB; Cyrillic text takes 2 bytes a character): the stricter reading. */
function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function storeSize(store: Record<string, string>): number {
  let total = 0;
  for (const [k, v] of Object.entries(store)) total += bytes(k) + bytes(v);
  return total;
}

function checkValue(value: string): void {
  if (bytes(value) > PROPERTY_VALUE_LIMIT) throw new ServiceError(VALUE_TOO_LARGE);
}

function propertiesView(emulator: Emulator, resolve: () => Record<string, string>): GoogleAppsScript.Properties.Properties {
  const key = (method: string) => `PropertiesService.Properties.${method}`;
  /** Applies a change to a copy; commits only if the store stays within its quota. */
  const commit = (change: (draft: Record<string, string>) => void) => {
    const store = resolve();
    const draft = { ...store };
    change(draft);
    if (storeSize(draft) > PROPERTY_STORE_LIMIT) throw new ServiceError(STORE_QUOTA_EXCEEDED);
    for (const k of Object.keys(store)) delete store[k];
    Object.assign(store, draft);
  };
  const impl = {
    getProperty(name: unknown) {
      if (name === undefined || name === null) badSignature(describeArgs([name]), key('getProperty'));
      const store = resolve();
      const k = String(name);
      return Object.prototype.hasOwnProperty.call(store, k) ? (store[k] as string) : null;
    },
    setProperty(name: unknown, value: unknown) {
      if (name === undefined || name === null || value === undefined || value === null) badSignature(describeArgs([name, value]), key('setProperty'));
      const v = String(value);
      checkValue(v);
      commit((d) => {
        d[String(name)] = v;
      });
      return self;
    },
    // properties#setpropertiesproperties,-deleteallothers
    setProperties(properties: unknown, deleteAllOthers?: unknown) {
      if (!isPlainObject(properties)) badSignature(describeArgs([properties, deleteAllOthers].filter((a) => a !== undefined)), key('setProperties'));
      const entries = Object.entries(properties).map(([k, v]) => [k, String(v)] as const);
      for (const [, v] of entries) checkValue(v);
      commit((d) => {
        if (deleteAllOthers === true) for (const k of Object.keys(d)) delete d[k];
        for (const [k, v] of entries) d[k] = v;
      });
      return self;
    },
    // "return a copy of the stored data, not a live view" (guides/properties)
    getProperties() {
      return emulator.realm.Object.assign(new emulator.realm.Object(), resolve()) as Record<string, string>;
    },
    getKeys() {
      return emulator.realm.Array.from(Object.keys(resolve()));
    },
    deleteProperty(name: unknown) {
      if (name === undefined || name === null) badSignature(describeArgs([name]), key('deleteProperty'));
      delete resolve()[String(name)];
      return self;
    },
    deleteAllProperties() {
      const store = resolve();
      for (const k of Object.keys(store)) delete store[k];
      return self;
    },
  };
  const self: GoogleAppsScript.Properties.Properties = expose(emulator, 'PropertiesService', 'Properties', impl satisfies Emulates<GoogleAppsScript.Properties.Properties, 'deleteAllProperties' | 'deleteProperty' | 'getKeys' | 'getProperties' | 'getProperty' | 'setProperties' | 'setProperty'>, uniform(LIMITED)) as unknown as GoogleAppsScript.Properties.Properties;
  return self;
}

export function createPropertiesService(emulator: Emulator): GoogleAppsScript.Properties.PropertiesService {
  const props = () => emulator.state.properties;
  const service = {
    getScriptProperties: () => propertiesView(emulator, () => props().script),
    getUserProperties: () => {
      const user = emulator.user;
      return propertiesView(emulator, () => (props().user[user] ??= {}));
    },
    // properties-service#getdocumentproperties: null when there is no containing document.
    getDocumentProperties: () => {
      const id = emulator.container;
      if (!id) return null;
      return propertiesView(emulator, () => (props().document[id] ??= {}));
    },
  };
  return expose(emulator, 'PropertiesService', 'PropertiesService', service satisfies Emulates<GoogleAppsScript.Properties.PropertiesService, 'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties'>, uniform(LIMITED)) as unknown as GoogleAppsScript.Properties.PropertiesService;
}
