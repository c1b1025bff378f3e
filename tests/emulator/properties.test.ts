/**
 * PropertiesService: reference/properties/properties-service, properties; guides/properties;
 * guides/services/quotas (9 KB a value, 500 KB a store).
 */
import vm from 'node:vm';
import { Emulator } from '../../emulator/core/emulator';
import { createPropertiesService, STORE_QUOTA_EXCEEDED } from '../../emulator/services/properties';

function setup() {
  const emulator = new Emulator();
  emulator.state.activeSpreadsheetId = 'sheet-1';
  const PropertiesService = createPropertiesService(emulator);
  const run = <T>(fn: () => T, user?: string) => emulator.run({ authMode: 'FULL', ...(user ? { user } : {}) }, fn);
  return { emulator, PropertiesService, run };
}

describe('Properties', () => {
  // guides/properties: "stores all data as strings"; non-strings are converted.
  test('values are stored as strings', () => {
    const { emulator, PropertiesService, run } = setup();
    run(() => PropertiesService.getScriptProperties().setProperty('n', 5 as unknown as string).setProperty('b', true as unknown as string));
    expect(emulator.state.properties.script).toEqual({ n: '5', b: 'true' });
    expect(run(() => PropertiesService.getScriptProperties().getProperty('n'))).toBe('5');
  });

  // properties#getpropertykey: null when absent.
  test('getProperty of a missing key is null', () => {
    const { PropertiesService, run } = setup();
    expect(run(() => PropertiesService.getScriptProperties().getProperty('nope'))).toBeNull();
  });

  // properties#setpropertiesproperties,-deleteallothers
  test('setProperties merges, or replaces everything with deleteAllOthers', () => {
    const { emulator, PropertiesService, run } = setup();
    const store = () => PropertiesService.getScriptProperties();
    run(() => store().setProperties({ a: '1', b: '2' }));
    run(() => store().setProperties({ c: 3 } as never));
    expect(emulator.state.properties.script).toEqual({ a: '1', b: '2', c: '3' });
    run(() => store().setProperties({ d: '4' }, true));
    expect(emulator.state.properties.script).toEqual({ d: '4' });
  });

  // guides/properties: getProperties returns "a copy of the stored data, not a live view".
  test('getProperties is a copy, built in the add-on realm', () => {
    const { emulator, PropertiesService, run } = setup();
    const context = vm.createContext({});
    emulator.realm = vm.runInContext('({ Date, Error, Array, Object, Function })', context);
    run(() => PropertiesService.getScriptProperties().setProperty('a', '1'));
    const copy = run(() => PropertiesService.getScriptProperties().getProperties());
    copy.a = 'changed';
    expect(emulator.state.properties.script.a).toBe('1');
    expect(Object.getPrototypeOf(copy)).toBe(emulator.realm.Object.prototype);
    const keys = run(() => PropertiesService.getScriptProperties().getKeys());
    expect(keys).toBeInstanceOf(emulator.realm.Array);
  });

  test('deleteProperty and deleteAllProperties', () => {
    const { emulator, PropertiesService, run } = setup();
    run(() => PropertiesService.getScriptProperties().setProperties({ a: '1', b: '2' }).deleteProperty('a'));
    expect(emulator.state.properties.script).toEqual({ b: '2' });
    run(() => PropertiesService.getScriptProperties().deleteAllProperties());
    expect(emulator.state.properties.script).toEqual({});
  });

  test('setProperty with a null value does not match the signature', () => {
    const { PropertiesService, run } = setup();
    expect(() => run(() => PropertiesService.getScriptProperties().setProperty('a', null as unknown as string))).toThrow(
      "The parameters (String,null) don't match the method signature for PropertiesService.Properties.setProperty.",
    );
  });
});

describe('the three stores', () => {
  // guides/properties: user properties belong to the current user only.
  test('user properties are per user', () => {
    const { emulator, PropertiesService, run } = setup();
    run(() => PropertiesService.getUserProperties().setProperty('k', 'mine'));
    run(() => PropertiesService.getUserProperties().setProperty('k', 'theirs'), 'colleague@school.example');
    expect(emulator.state.properties.user).toEqual({
      [emulator.state.activeUser]: { k: 'mine' },
      'colleague@school.example': { k: 'theirs' },
    });
  });

  // properties-service#getdocumentproperties: per document; null without one.
  test('document properties are per spreadsheet, and null with no active document', () => {
    const { emulator, PropertiesService, run } = setup();
    run(() => PropertiesService.getDocumentProperties()?.setProperty('k', 'v'));
    expect(emulator.state.properties.document['sheet-1']).toEqual({ k: 'v' });
    emulator.state.activeSpreadsheetId = null;
    expect(run(() => PropertiesService.getDocumentProperties())).toBeNull();
  });
});

describe('limits', () => {
  // guides/services/quotas: "Properties value size 9 KB / val".
  test('a value over 9 KB is refused', () => {
    const { emulator, PropertiesService, run } = setup();
    expect(() => run(() => PropertiesService.getScriptProperties().setProperty('big', 'x'.repeat(9 * 1024 + 1)))).toThrow('Argument too large: value');
    expect(() => run(() => PropertiesService.getScriptProperties().setProperty('ok', 'x'.repeat(9 * 1024)))).not.toThrow();
    // Cyrillic takes two bytes a character in UTF-8.
    expect(() => run(() => PropertiesService.getScriptProperties().setProperty('ru', 'я'.repeat(5000)))).toThrow('Argument too large: value');
    expect(emulator.state.properties.script.big).toBeUndefined();
  });

  // guides/services/quotas: "Properties total storage 500 KB / property store"; message seen in
  // the wild (github.com/lucasvtiradentes/gcal-sync/issues/115).
  test('a store over 500 KB is refused and left unchanged', () => {
    const { emulator, PropertiesService, run } = setup();
    const chunk = 'x'.repeat(9000);
    const batch: Record<string, string> = {};
    for (let i = 0; i < 57; i++) batch[`k${i}`] = chunk; // 513,000+ bytes > 500 KiB
    expect(() => run(() => PropertiesService.getScriptProperties().setProperties(batch))).toThrow(STORE_QUOTA_EXCEEDED);
    expect(emulator.state.properties.script).toEqual({});
    // Other stores have their own quota.
    expect(() => run(() => PropertiesService.getUserProperties().setProperties({ a: chunk }))).not.toThrow();
  });
});

describe('authorization', () => {
  // reference/script/auth-mode: properties do not work in AuthMode.NONE; they do in LIMITED.
  test('unavailable in NONE, available in LIMITED', () => {
    const { emulator, PropertiesService } = setup();
    expect(() => emulator.run({ authMode: 'NONE' }, () => PropertiesService.getDocumentProperties())).toThrow('Authorization is required');
    expect(emulator.run({ authMode: 'LIMITED' }, () => PropertiesService.getDocumentProperties()?.getProperty('x'))).toBeNull();
  });
});
