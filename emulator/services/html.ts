/**
 * HtmlService (reference/html/html-service, html-output, html-template). HtmlOutput objects
 * expose `_snapshot()` to the host so Ui.showSidebar / showModalDialog can record what was shown.
 * Access 'limited': no scope, but not for AuthMode.NONE (only the menu there).
 */
import type { Emulator } from '../core/emulator';
import { expose, uniform } from '../core/expose';
import { badSignature, describeArgs, ServiceError } from '../core/errors';
import type { Emulates } from '../core/emulates';
import { escapeHtml, evaluateTemplate, templateCode } from './html-template';

const LIMITED = { access: 'limited' as const };

export const SandboxMode = Object.freeze({ EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' });
export const XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });

/** html-output#addmetatagname,-content: the only meta tags Apps Script accepts. */
const META_NAMES = ['apple-mobile-web-app-capable', 'google-site-verification', 'mobile-web-app-capable', 'viewport'];

export interface HtmlSnapshot {
  html: string;
  title: string;
  width?: number;
  height?: number;
}

export interface HtmlOutputHost {
  _snapshot(): HtmlSnapshot;
}

/** html-service#createhtmloutputfromfilefilename; the wording seen in Apps Script errors. */
export function noFileMessage(name: string): string {
  return `No HTML file named ${name} was found.`;
}

export function htmlOutput(emulator: Emulator, initial: string): GoogleAppsScript.HTML.HtmlOutput & HtmlOutputHost {
  const data = {
    content: initial,
    title: '',
    width: undefined as number | undefined,
    height: undefined as number | undefined,
    favicon: null as string | null,
    xFrame: 'DEFAULT',
    meta: [] as Array<{ name: string; content: string }>,
  };
  const size = (value: unknown, method: string): number => {
    if (typeof value !== 'number' || !Number.isInteger(value)) badSignature(describeArgs([value]), `HtmlService.HtmlOutput.${method}`);
    return value;
  };
  const impl = {
    _snapshot: (): HtmlSnapshot => ({
      html: data.content,
      title: data.title,
      ...(data.width !== undefined ? { width: data.width } : {}),
      ...(data.height !== undefined ? { height: data.height } : {}),
    }),
    getContent: () => data.content,
    setContent(content: unknown) {
      data.content = String(content);
      return self;
    },
    append(addedContent: unknown) {
      data.content += String(addedContent);
      return self;
    },
    // html-output#appenduntrustedaddedcontent: "The content is escaped".
    appendUntrusted(addedContent: unknown) {
      data.content += escapeHtml(String(addedContent));
      return self;
    },
    clear() {
      data.content = '';
      return self;
    },
    setTitle(title: unknown) {
      if (typeof title !== 'string') badSignature(describeArgs([title]), 'HtmlService.HtmlOutput.setTitle');
      data.title = title;
      return self;
    },
    getTitle: () => data.title,
    setWidth(width: unknown) {
      data.width = size(width, 'setWidth');
      return self;
    },
    // Unset sizes and favicon: html-output is silent on what the getters give; null is the strict reading.
    getWidth: () => data.width ?? null,
    setHeight(height: unknown) {
      data.height = size(height, 'setHeight');
      return self;
    },
    getHeight: () => data.height ?? null,
    // html-output#setsandboxmodemode: "This method now has no effect"; IFRAME is the only mode.
    setSandboxMode(mode: unknown) {
      if (!Object.values(SandboxMode).includes(String(mode) as never)) badSignature(describeArgs([mode]), 'HtmlService.HtmlOutput.setSandboxMode');
      return self;
    },
    getSandboxMode: () => SandboxMode.IFRAME,
    setXFrameOptionsMode(mode: unknown) {
      if (!Object.values(XFrameOptionsMode).includes(String(mode) as never)) badSignature(describeArgs([mode]), 'HtmlService.HtmlOutput.setXFrameOptionsMode');
      data.xFrame = String(mode);
      return self;
    },
    addMetaTag(name: unknown, content: unknown) {
      if (typeof name !== 'string' || typeof content !== 'string') badSignature(describeArgs([name, content]), 'HtmlService.HtmlOutput.addMetaTag');
      if (!META_NAMES.includes(name)) throw new ServiceError(`Invalid argument: name. Meta tag "${name}" is not allowed.`);
      data.meta.push({ name, content });
      return self;
    },
    setFaviconUrl(url: unknown) {
      if (typeof url !== 'string') badSignature(describeArgs([url]), 'HtmlService.HtmlOutput.setFaviconUrl');
      data.favicon = url;
      return self;
    },
    getFaviconUrl: () => data.favicon,
  };
  const self: GoogleAppsScript.HTML.HtmlOutput & HtmlOutputHost = expose(emulator, 'HtmlService', 'HtmlOutput', impl satisfies Emulates<GoogleAppsScript.HTML.HtmlOutput, 'addMetaTag' | 'append' | 'appendUntrusted' | 'clear' | 'getContent' | 'getFaviconUrl' | 'getHeight' | 'getTitle' | 'getWidth' | 'setContent' | 'setFaviconUrl' | 'setHeight' | 'setSandboxMode' | 'setTitle' | 'setWidth' | 'setXFrameOptionsMode', 'getFaviconUrl' | 'getHeight' | 'getWidth'>, uniform(LIMITED)) as unknown as GoogleAppsScript.HTML.HtmlOutput & HtmlOutputHost;
  return self;
}

/**
 * An HtmlTemplate. Not wrapped by `expose`: the add-on assigns template variables as properties
 * (`t.data = rows`), which the read-only proxy would refuse. Its methods still go through
 * `Emulator.call`; they are non-enumerable so that only the variables are enumerable.
 */
export function htmlTemplate(emulator: Emulator, source: string): GoogleAppsScript.HTML.HtmlTemplate {
  const template = new emulator.realm.Object() as Record<string, unknown>;
  const methods = {
    evaluate() {
      const vars: Record<string, unknown> = {};
      for (const key of Object.keys(template)) vars[key] = template[key];
      return htmlOutput(emulator, evaluateTemplate(source, vars, emulator.realm.Function));
    },
    getCode: () => templateCode(source),
    getCodeWithComments: () => templateCode(source),
    getRawContent: () => source,
  } satisfies Emulates<GoogleAppsScript.HTML.HtmlTemplate, 'evaluate' | 'getCode' | 'getCodeWithComments' | 'getRawContent'>;
  // Not enumerable: the template's own enumerable properties are its variables.
  for (const [name, fn] of Object.entries<() => unknown>(methods)) {
    Object.defineProperty(template, name, {
      value: () => emulator.call('HtmlService', 'HtmlTemplate', name, LIMITED, fn),
      enumerable: false,
      writable: false,
    });
  }
  Object.defineProperty(template, 'toString', { value: () => 'HtmlTemplate', enumerable: false });
  return template as unknown as GoogleAppsScript.HTML.HtmlTemplate;
}

export function createHtmlService(emulator: Emulator): GoogleAppsScript.HTML.HtmlService {
  const fileContent = (name: unknown, key: string): string => {
    if (typeof name !== 'string') badSignature(describeArgs([name]), key);
    const content = emulator.projectFiles(name);
    if (content === undefined) throw new ServiceError(noFileMessage(name));
    return content;
  };
  const service = {
    SandboxMode,
    XFrameOptionsMode,
    createHtmlOutput(html?: unknown) {
      if (html !== undefined && typeof html !== 'string') badSignature(describeArgs([html]), 'HtmlService.createHtmlOutput');
      return htmlOutput(emulator, html ?? '');
    },
    createHtmlOutputFromFile: (filename: unknown) => htmlOutput(emulator, fileContent(filename, 'HtmlService.createHtmlOutputFromFile')),
    createTemplate(html: unknown) {
      if (typeof html !== 'string') badSignature(describeArgs([html]), 'HtmlService.createTemplate');
      return htmlTemplate(emulator, html);
    },
    createTemplateFromFile: (filename: unknown) => htmlTemplate(emulator, fileContent(filename, 'HtmlService.createTemplateFromFile')),
  };
  return expose(emulator, 'HtmlService', 'HtmlService', service satisfies Emulates<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutput' | 'createHtmlOutputFromFile' | 'createTemplate' | 'createTemplateFromFile'>, uniform(LIMITED)) as unknown as GoogleAppsScript.HTML.HtmlService;
}
