/**
 * `npm start`: one loopback server for the preview page, the add-on's sidebars and dialogs (with
 * google.script.run bridged to the emulator), and the page's small JSON API. Everything it
 * changes goes through the session (tools/preview/session.ts) and is saved to the state file.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { documentDocx, documentHtml, documentPdf, formsState, LAYOUT_TYPES, DOC_MIME, readSheet, sheetChartsSvg, Host, readBody, readBytes, send, withShim } from '@pds/emulator';
import { PreviewSession } from './session';
import { buildView } from './view';
import type { FormView } from './api';
import { exportXlsx, importXlsx, readXlsx } from './xlsx';

export interface StartOptions {
  stateFile: string;
  /** 0 = any free port; a taken port falls back to a free one. */
  port?: number;
  distDir?: string;
  /** Build the demo school when the state file does not exist (default true). */
  demo?: boolean;
}

export interface Preview {
  url: string;
  session: PreviewSession;
  close(): Promise<void>;
}

/** The project folder: found upwards, as this file also runs bundled from node_modules/.cache. */
const ROOT = (() => {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'tools', 'preview', 'app', 'main.ts'))) return dir;
  }
  return process.cwd();
})();
const MAX_UPLOAD = 30 * 1024 * 1024;

let built: Promise<string> | null = null;

/** The page's script and styles, bundled from tools/preview/app/ (once per process). */
function pageHtml(): Promise<string> {
  built ??= bundlePage();
  return built;
}

async function bundlePage(): Promise<string> {
  const appDir = path.join(ROOT, 'tools', 'preview', 'app');
  const result = await build({
    entryPoints: [path.join(appDir, 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    outdir: 'out',
    charset: 'utf8',
    logLevel: 'error',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
  return fs
    .readFileSync(path.join(appDir, 'index.html'), 'utf8')
    .replace('<!-- inline:css -->', () => `<style>${css}</style>`)
    .replace('<!-- inline:js -->', () => `<script>${js.replace(/<\/script/gi, '<\\/script')}</script>`);
}

export async function startPreview(options: StartOptions): Promise<Preview> {
  const distDir = options.distDir ?? path.join(ROOT, 'dist');
  const session = new PreviewSession({ distDir, stateFile: options.stateFile, demo: options.demo });
  const page = await pageHtml();
  // One request at a time, as the session's state is one workbook: moving the clock hands the event
  // loop back between trigger runs, and no other request may change the state in between.
  let queue: Promise<void> = Promise.resolve();
  const server = http.createServer((request, response) => {
    queue = queue.then(() =>
      handle(session, page, request, response).catch((error: unknown) => send(response, 500, 'text/plain; charset=utf-8', error instanceof Error ? error.message : String(error))),
    );
  });
  const port = await listen(server, options.port ?? 0);
  return {
    url: `http://127.0.0.1:${port}`,
    session,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' && port !== 0) {
        server.listen(0, '127.0.0.1');
      } else reject(error);
    };
    server.on('error', onError);
    server.on('listening', () => resolve((server.address() as AddressInfo).port));
    server.listen(port, '127.0.0.1');
  });
}

function json(response: http.ServerResponse, value: unknown): void {
  send(response, 200, 'application/json; charset=utf-8', JSON.stringify(value));
}

function download(response: http.ServerResponse, type: string, name: string, bytes: Uint8Array): void {
  response.writeHead(200, { 'Content-Type': type, 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`, 'Cache-Control': 'no-store' });
  response.end(Buffer.from(bytes));
}

async function handle(session: PreviewSession, page: string, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const host = session.host;
  const body = async <T>() => JSON.parse(await readBody(request)) as T;
  const route = `${request.method} ${url.pathname}`;
  if (route === 'GET /') {
    // Opening the document in a browser runs onOpen, as in Sheets.
    session.open();
    return send(response, 200, 'text/html; charset=utf-8', page);
  }
  if (route === 'GET /api/view') {
    return json(response, { ...buildView(host, url.searchParams.get('tab')), notices: session.drain(), pending: session.pending });
  }
  if (route === 'POST /api/click') return json(response, session.click((await body<{ path: string }>()).path));
  if (route === 'POST /api/answer') {
    const b = await body<{ button: string; text?: string }>();
    return json(response, session.answer(b.button, b.text ?? ''));
  }
  if (route === 'POST /api/edit') {
    const b = await body<{ tab: string; a1: string; text: string }>();
    return json(response, session.edit(b.tab, b.a1, b.text));
  }
  if (route === 'POST /api/select') {
    const b = await body<{ tab: string; a1?: string | null }>();
    session.select(b.tab, b.a1 ?? null);
    return json(response, { ok: true });
  }
  if (route === 'POST /api/clock') return json(response, await session.advance((await body<{ step: string }>()).step));
  if (route === 'POST /api/reset') {
    session.reset();
    return json(response, { ok: true });
  }
  if (route === 'GET /api/form') return json(response, formFor(session, url.searchParams.get('id') ?? ''));
  if (route === 'POST /api/form') {
    const b = await body<{ formId: string; respondent: string; answers: Record<string, unknown> }>();
    return json(response, session.submitForm(b.formId, b.respondent, b.answers));
  }
  if (route === 'GET /export.xlsx') {
    const name = host.state.spreadsheets[host.state.activeSpreadsheetId ?? '']?.name ?? 'workbook';
    return download(response, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', `${name}.xlsx`, await exportXlsx(host));
  }
  if (route === 'POST /import') {
    const sheets = await uploadedSheets(request);
    if ('refusal' in sheets) return send(response, sheets.status, 'text/plain; charset=utf-8', sheets.refusal);
    // The import works on a copy: a file it cannot take leaves the workbook as it was.
    const copy = Host.load({ distDir: session.options.distDir, state: structuredClone(host.state) });
    try {
      importXlsx(copy, sheets);
    } catch (error) {
      return send(response, 400, 'text/plain; charset=utf-8', `Книгу не удалось открыть: ${error instanceof Error ? error.message : String(error)}`);
    }
    session.replace(copy.state);
    return json(response, { ok: true, backup: session.backupFile() });
  }
  const doc = /^\/doc\/([-\w]+)(?:\.(docx|pdf))?$/.exec(url.pathname);
  if (request.method === 'GET' && doc) {
    const [, id, kind] = doc as unknown as [string, string, string | undefined];
    if (!isDocument(session, id)) return send(response, 404, 'text/html; charset=utf-8', NO_DOCUMENT);
    const name = listName(session, id);
    if (kind === 'docx') return download(response, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', `${name}.docx`, await documentDocx(host.emulator, id));
    if (kind === 'pdf') return download(response, 'application/pdf', `${name}.pdf`, await documentPdf(host.emulator, id));
    return send(response, 200, 'text/html; charset=utf-8', documentHtml(host.emulator, id));
  }
  const chart = /^\/chart\/(\d+)\/(\d+)\.svg$/.exec(url.pathname);
  if (request.method === 'GET' && chart) {
    const id = host.state.activeSpreadsheetId ?? '';
    const sheet = host.state.spreadsheets[id]?.sheets.find((s) => s.sheetId === Number(chart[1]));
    const drawn = sheet ? sheetChartsSvg(host.emulator, id, sheet.name).find((c) => c.chartId === Number(chart[2])) : undefined;
    if (!drawn) return send(response, 404, 'text/plain', 'No such chart');
    return send(response, 200, 'image/svg+xml; charset=utf-8', drawn.svg);
  }
  const ui = /^\/ui\/(\d+)$/.exec(url.pathname);
  if (request.method === 'GET' && ui) {
    const event = host.state.ui[Number(ui[1])];
    const html = event?.data['html'];
    if (typeof html !== 'string') return send(response, 404, 'text/plain', 'No such sidebar or dialog');
    return send(response, 200, 'text/html; charset=utf-8', withShim(host, html, null));
  }
  const pageMatch = /^\/page\/([\w-]+)$/.exec(url.pathname);
  if (request.method === 'GET' && pageMatch) {
    const file = path.join(session.options.distDir, `${pageMatch[1]}.html`);
    if (!fs.existsSync(file)) return send(response, 404, 'text/plain', `No page ${pageMatch[1]}`);
    return send(response, 200, 'text/html; charset=utf-8', withShim(host, fs.readFileSync(file, 'utf8'), url.searchParams.get('user')));
  }
  if (route === 'POST /run') {
    const b = await body<{ fn: string; args: unknown[]; user?: string | null }>();
    return json(response, session.run(b.fn, b.args, b.user));
  }
  // google.script.host requests: the page hears them through postMessage from the frame.
  if (route === 'POST /host') return send(response, 204, 'text/plain', '');
  send(response, 404, 'text/plain', 'Not found');
}

const NO_DOCUMENT = '<!doctype html><html lang="ru"><meta charset="utf-8"><title>Документ не найден</title><body style="font:14px Arial,sans-serif;margin:40px"><h1>Документ не найден</h1><p>Такого документа нет на Диске предпросмотра: его удалили или ссылка неверна.</p></body></html>';

/** Is this a Google Doc on the preview's Drive (not a folder, a PDF or a deleted id)? */
function isDocument(session: PreviewSession, id: string): boolean {
  const drive = session.host.state.extra.drive;
  return drive?.items?.[id]?.mimeType === DOC_MIME;
}

/** The uploaded workbook's sheets, or a refusal in Russian for a file that is not one. */
async function uploadedSheets(request: http.IncomingMessage): Promise<Awaited<ReturnType<typeof readXlsx>> | { status: number; refusal: string }> {
  let bytes: Buffer;
  try {
    bytes = await readBytes(request, MAX_UPLOAD);
  } catch {
    return { status: 413, refusal: `Файл больше ${MAX_UPLOAD / 1024 / 1024} МБ: книгу такого размера предпросмотр не открывает.` };
  }
  const notXlsx = 'Это не книга .xlsx. Скачайте таблицу из Google Таблиц (Файл → Скачать → Microsoft Excel (.xlsx)) и откройте этот файл.';
  // An .xlsx is a zip archive: anything else is refused before the reader sees it.
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) return { status: 400, refusal: notXlsx };
  try {
    return await readXlsx(bytes);
  } catch {
    return { status: 400, refusal: notXlsx };
  }
}

function listName(session: PreviewSession, id: string): string {
  const drive = session.host.state.extra.drive;
  return drive?.items?.[id]?.name ?? id;
}

/** A form's questions for the page, and the teachers (name, e-mail) who can answer it. */
function formFor(session: PreviewSession, id: string): FormView | { error: string } {
  const form = formsState(session.host.emulator).forms[id];
  if (!form) return { error: `Нет формы ${id}` };
  const items = form.items
    .filter((i) => !LAYOUT_TYPES.includes(i.type))
    .map((i) => ({ id: i.id, type: i.type, title: i.title, help: i.helpText, required: i.required, choices: i.choices ?? [], lower: i.lower ?? 1, upper: i.upper ?? 5, rows: i.rows ?? [], columns: i.columns ?? [] }));
  return { id: form.id, title: form.title, description: form.description, items, people: teachersOf(session) };
}

function teachersOf(session: PreviewSession): Array<{ name: string; email: string }> {
  const host = session.host;
  const id = host.state.activeSpreadsheetId;
  const book = id ? host.state.spreadsheets[id] : undefined;
  if (!id || !book?.sheets.some((s) => s.name === 'Педагоги')) return [];
  const [headers, ...rows] = readSheet(host.emulator, id, 'Педагоги', { display: true }) as string[][];
  const name = headers?.indexOf('ФИО') ?? -1;
  const email = headers?.indexOf('Эл. почта') ?? -1;
  if (name < 0 || email < 0) return [];
  return rows.filter((r) => r[name] && r[email]).map((r) => ({ name: r[name]!, email: r[email]! }));
}
