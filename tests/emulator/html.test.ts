/**
 * HtmlService: reference/html/html-service, html-output, html-template; guides/html/templates.
 */
import vm from 'node:vm';
import { Emulator } from '../../emulator/core/emulator';
import type { Realm } from '../../emulator/core/realm';
import { createHtmlService, type HtmlOutputHost } from '../../emulator/services/html';

function setup(files: Record<string, string> = {}) {
  const emulator = new Emulator();
  emulator.projectFiles = (name) => files[name];
  const HtmlService = createHtmlService(emulator);
  const run = <T>(fn: () => T) => emulator.run({ authMode: 'FULL' }, fn);
  return { emulator, HtmlService, run };
}

describe('HtmlOutput', () => {
  // html-output: setters chain; getters return what was set.
  test('content, title and size', () => {
    const { HtmlService, run } = setup();
    run(() => {
      const out = HtmlService.createHtmlOutput('<p>a</p>').setTitle('Report').setWidth(400).setHeight(300);
      out.append('<p>b</p>').appendUntrusted('<script>x</script>');
      expect(out.getContent()).toBe('<p>a</p><p>b</p>&lt;script&gt;x&lt;/script&gt;');
      expect(out.getTitle()).toBe('Report');
      expect(out.getWidth()).toBe(400);
      expect(out.getHeight()).toBe(300);
      expect((out as unknown as HtmlOutputHost)._snapshot()).toEqual({ html: out.getContent(), title: 'Report', width: 400, height: 300 });
      out.setContent('<b>new</b>');
      expect(out.getContent()).toBe('<b>new</b>');
      expect(HtmlService.createHtmlOutput().getContent()).toBe('');
    });
  });

  // html-output#setsandboxmodemode: IFRAME is the only mode left; the enums exist.
  test('sandbox and X-Frame options modes are accepted', () => {
    const { HtmlService, run } = setup();
    run(() => {
      const out = HtmlService.createHtmlOutput('x').setSandboxMode(HtmlService.SandboxMode.IFRAME).setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL);
      expect(String((out as unknown as { getSandboxMode(): string }).getSandboxMode())).toBe('IFRAME');
      out.addMetaTag('viewport', 'width=device-width').setFaviconUrl('https://example.org/icon.png');
      expect(out.getFaviconUrl()).toBe('https://example.org/icon.png');
    });
  });

  // html-output#addmetatagname,-content: only a few names are allowed.
  test('addMetaTag refuses names Apps Script does not allow', () => {
    const { HtmlService, run } = setup();
    expect(() => run(() => HtmlService.createHtmlOutput('x').addMetaTag('description', 'x'))).toThrow('Invalid argument: name');
  });

  test('getAs is not emulated', () => {
    const { HtmlService, run } = setup();
    expect(() => run(() => HtmlService.createHtmlOutput('x').getAs('application/pdf'))).toThrow('HtmlService.HtmlOutput.getAs is not emulated');
  });
});

describe('files', () => {
  // html-service#createhtmloutputfromfilefilename
  test('createHtmlOutputFromFile reads a project file', () => {
    const { HtmlService, run } = setup({ sidebar: '<h1>Hi</h1>' });
    expect(run(() => HtmlService.createHtmlOutputFromFile('sidebar').getContent())).toBe('<h1>Hi</h1>');
  });

  test('a missing file gives Apps Script’s message', () => {
    const { HtmlService, run } = setup();
    expect(() => run(() => HtmlService.createHtmlOutputFromFile('nope'))).toThrow('No HTML file named nope was found.');
    expect(() => run(() => HtmlService.createTemplateFromFile('nope'))).toThrow('No HTML file named nope was found.');
  });
});

describe('templates', () => {
  // guides/html/templates: printing scriptlets escape; force-printing ones do not.
  test('<?= ?> escapes, <?!= ?> does not, <? ?> runs code, properties are variables', () => {
    const { HtmlService, run } = setup();
    const html = run(() => {
      const t = HtmlService.createTemplate('<h1><?= title ?></h1><? for (var i = 0; i < rows.length; i++) { ?><li><?= rows[i] ?></li><? } ?><?!= raw ?>');
      (t as unknown as Record<string, unknown>).title = 'A & B';
      (t as unknown as Record<string, unknown>).rows = ['<x>', 'y'];
      (t as unknown as Record<string, unknown>).raw = '<b>ok</b>';
      return t.evaluate().getContent();
    });
    expect(html).toBe('<h1>A &amp; B</h1><li>&lt;x&gt;</li><li>y</li><b>ok</b>');
  });

  test('createTemplateFromFile, getRawContent, getCode', () => {
    const { HtmlService, run } = setup({ page: '<p><?= name ?></p>' });
    run(() => {
      const t = HtmlService.createTemplateFromFile('page');
      expect(t.getRawContent()).toBe('<p><?= name ?></p>');
      expect(t.getCode()).toContain('name');
      (t as unknown as Record<string, unknown>).name = 'Ира';
      expect(t.evaluate().getContent()).toBe('<p>Ира</p>');
    });
  });

  test('the template’s only enumerable properties are its variables', () => {
    const { HtmlService, run } = setup();
    const t = run(() => HtmlService.createTemplate('x')) as unknown as Record<string, unknown>;
    t.data = 1;
    expect(Object.keys(t)).toEqual(['data']);
  });

  test('scriptlets run in the add-on’s realm, where its global functions are in scope', () => {
    const { emulator, HtmlService, run } = setup({ style: '<style>p{}</style>' });
    const context = vm.createContext({});
    emulator.realm = vm.runInContext('({ Date, Error, Array, Object, Function })', context) as Realm;
    context.HtmlService = HtmlService;
    vm.runInContext('function include(name) { return HtmlService.createHtmlOutputFromFile(name).getContent(); }', context);
    const html = run(() => {
      const t = HtmlService.createTemplate('<?!= include("style") ?><?= new Date(0) instanceof Date ?>');
      return t.evaluate().getContent();
    });
    expect(html).toBe('<style>p{}</style>true');
  });

  test('an unterminated scriptlet fails', () => {
    const { HtmlService, run } = setup();
    expect(() => run(() => HtmlService.createTemplate('<?= x').evaluate())).toThrow('Unterminated scriptlet');
  });
});

describe('authorization', () => {
  test('HtmlService is not for AuthMode.NONE', () => {
    const { emulator, HtmlService } = setup();
    expect(() => emulator.run({ authMode: 'NONE' }, () => HtmlService.createHtmlOutput('x'))).toThrow('Authorization is required');
    expect(emulator.run({ authMode: 'LIMITED' }, () => HtmlService.createHtmlOutput('x').getContent())).toBe('x');
  });
});
