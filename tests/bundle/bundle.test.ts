/**
 * The built bundle, loaded as Apps Script loads it: dist/Code.js evaluated in a bare V8 context
 * (emulator/bundle.ts). Catches what source-level tests cannot: a global missing from the bundle,
 * or present only as gas-webpack-plugin's empty stub.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { loadBundle, Emulator, createSpreadsheet } from '@pds/emulator';
import { DIST, entryGlobals, topLevelFunctions } from './entry';

const codePath = path.join(DIST, 'Code.js');
const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'appsscript.json'), 'utf8')) as {
  oauthScopes: string[];
  runtimeVersion: string;
  timeZone: string;
};

function load() {
  const emulator = new Emulator({ scopes: manifest.oauthScopes, scriptTimeZone: manifest.timeZone });
  createSpreadsheet(emulator, { name: 'Школа', timeZone: 'Asia/Krasnoyarsk', locale: 'ru_RU' });
  return loadBundle(codePath, emulator);
}

describe('dist/Code.js', () => {
  const source = fs.readFileSync(codePath, 'utf8');
  const names = entryGlobals();

  test('the entry file lists the add-on surface', () => {
    expect(names).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'showHelp', 'getHelpInfo']));
    expect(new Set(names).size).toBe(names.length);
  });

  test('every entry global is a top-level function declaration', () => {
    const declared = topLevelFunctions(source);
    for (const name of names) expect(declared.has(name)).toBe(true);
  });

  test('after loading, no global is left as the empty stub', () => {
    const { functions } = load();
    for (const name of names) {
      const fn = functions[name];
      expect(typeof fn).toBe('function');
      // The stub is `function name() {}`; the bundle must have replaced it with the real one.
      expect(fn!.toString().replace(/\s+/g, '')).not.toMatch(new RegExp(`^function${name}\\(\\)\\{\\}$`));
    }
  });

  test('the context holds no Node globals, as Apps Script has none', () => {
    const { context } = load();
    for (const name of ['require', 'process', 'module', 'exports', 'setTimeout', 'setInterval', 'fetch', 'Buffer']) {
      expect(vm.runInContext(`typeof ${name}`, context)).toBe('undefined');
    }
    expect(vm.runInContext('typeof SpreadsheetApp', context)).toBe('object');
  });

  test('onOpen in AuthMode.NONE builds the add-on menu and touches nothing else', () => {
    const { emulator, functions } = load();
    emulator.calls.reset();
    emulator.run({ authMode: 'NONE', kind: 'simple', name: 'onOpen' }, () => functions.onOpen!({ authMode: 'NONE' }));
    const menus = emulator.state.ui.filter((e) => e.kind === 'menu');
    expect(menus).toHaveLength(1);
    expect(JSON.stringify(menus[0]!.data)).toContain('showHelp');
    // Only the Ui and its menu were called: no document, no Properties.
    for (const key of Object.keys(emulator.calls.snapshot())) expect(key).toMatch(/^(SpreadsheetApp\.getUi|Ui\.|Menu\.)/);
  });

  test('onInstall works in FULL', () => {
    const { emulator, functions } = load();
    emulator.run({ authMode: 'FULL', kind: 'simple', name: 'onInstall' }, () => functions.onInstall!({ authMode: 'FULL' }));
    expect(emulator.state.ui.filter((e) => e.kind === 'menu')).toHaveLength(1);
  });

  test('the help endpoint answers with plain data through the bundle', () => {
    const { emulator, functions } = load();
    const result = emulator.run({ kind: 'sidebar', name: 'getHelpInfo' }, () => functions.getHelpInfo!({})) as {
      status: string;
      response: Record<string, unknown>;
    };
    expect(result.status).toBe('success');
    expect(result.response).toMatchObject({ spreadsheetName: 'Школа', timeZone: 'Asia/Krasnoyarsk' });
    const bad = emulator.run({ kind: 'sidebar' }, () => functions.getHelpInfo!('junk')) as { status: string };
    expect(bad.status).toBe('error');
  });
});

describe('dist/appsscript.json', () => {
  test('V8, a time zone and explicit scopes', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Europe/Moscow');
    expect(manifest.oauthScopes.length).toBeGreaterThan(0);
  });

  test('every scope is justified in the README, and the README names no other', () => {
    const readme = fs.readFileSync(path.join(DIST, '..', 'README.md'), 'utf8');
    const mentioned = new Set([...readme.matchAll(/`(https:\/\/www\.googleapis\.com\/auth\/[\w.]+)`/g)].map((m) => m[1]));
    expect([...mentioned].sort()).toEqual([...manifest.oauthScopes].sort());
  });
});

describe('dist/*.html sidebar pages', () => {
  const pages = fs.readdirSync(DIST).filter((f) => f.endsWith('.html'));

  test.each(pages)('%s is self-contained and safe for HtmlService', (page) => {
    const html = fs.readFileSync(path.join(DIST, page), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    expect(html).not.toMatch(/https?:\/\//i);
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script).not.toMatch(/<\/script/i);
      expect(script).not.toContain('://');
      expect(() => new vm.Script(script)).not.toThrow();
    }
  });
});
