/**
 * The preview server's routes over HTTP (no browser): the page, the view, menu clicks with their
 * sidebar frames, documents as HTML/.docx/PDF, and the .xlsx export and import with a backup.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPreview, type Preview } from '../../tools/preview/app-server';
import { DIST } from '../helpers/addon';
import { demoStateFile } from '../helpers/demo';

// The demo school is built once per file (a few seconds).
jest.setTimeout(30_000);

let preview: Preview;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'server-'));
  fs.copyFileSync(demoStateFile(), path.join(dir, 'state.json'));
  preview = await startPreview({ stateFile: path.join(dir, 'state.json'), port: 0, distDir: DIST, demo: false });
});
afterAll(async () => {
  await preview.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const get = (p: string) => fetch(`${preview.url}${p}`);
const post = (p: string, body: unknown) => fetch(`${preview.url}${p}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

test('loopback only, the page and its view', async () => {
  expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const page = await (await get('/')).text();
  expect(page).toContain('<title>Сопровождение — локальный предпросмотр</title>');
  const view = (await (await get('/api/view?tab=' + encodeURIComponent('Педагоги'))).json()) as { grid: { rows: string[][] }; menus: Array<{ title: string }>; files: unknown[]; forms: unknown[] };
  expect(view.grid.rows[0]).toContain('ФИО');
  expect(view.menus.map((m) => m.title)).toEqual(['Сопровождение']);
  expect(view.files.length).toBeGreaterThan(5);
  expect(view.forms).toHaveLength(4);
  expect((await get('/nothing')).status).toBe(404);
});

test("the dashboard's charts are drawn at their anchors as SVG", async () => {
  const view = (await (await get('/api/view?tab=' + encodeURIComponent('Сводка'))).json()) as { grid: { charts: Array<{ sheetId: number; chartId: number; row: number }> } };
  expect(view.grid.charts.length).toBeGreaterThan(0);
  const { sheetId, chartId } = view.grid.charts[0]!;
  const svg = await get(`/chart/${sheetId}/${chartId}.svg`);
  expect(svg.headers.get('content-type')).toContain('image/svg+xml');
  expect(await svg.text()).toMatch(/^<svg/);
  expect((await get(`/chart/${sheetId}/999999.svg`)).status).toBe(404);
});

test('a menu item opens its sidebar, served with google.script.run bridged', async () => {
  const result = (await (await post('/api/click', { path: 'Сопровождение → Настройки' })).json()) as { notices: Array<{ kind: string; ui: number }> };
  const sidebar = result.notices.find((n) => n.kind === 'sidebar')!;
  expect(sidebar).toBeDefined();
  const html = await (await get(`/ui/${sidebar.ui}`)).text();
  expect(html).toContain('google = { script:');
  expect(html).toContain('getSettingsPage');
  const run = (await (await post('/run', { fn: 'getSettingsPage', args: [{}] })).json()) as { ok: boolean; value: { status: string } };
  expect(run).toMatchObject({ ok: true, value: { status: 'success' } });
});

test('a generated document opens as a page and downloads as .docx and PDF', async () => {
  const view = (await (await get('/api/view')).json()) as { files: Array<{ id: string; name: string; isDoc: boolean }> };
  const passport = view.files.find((f) => f.isDoc && f.name.startsWith('Паспорт программы — '))!;
  const html = await (await get(`/doc/${passport.id}`)).text();
  expect(html).toContain('МБОУ «СОШ №7»');
  const docx = Buffer.from(await (await get(`/doc/${passport.id}.docx`)).arrayBuffer());
  expect(docx.subarray(0, 2).toString()).toBe('PK');
  const pdf = await get(`/doc/${passport.id}.pdf`);
  expect(pdf.headers.get('content-disposition')).toContain('.pdf');
  expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('the workbook exported as .xlsx and imported back, the old state kept as a backup', async () => {
  const exported = Buffer.from(await (await get('/export.xlsx')).arrayBuffer());
  expect(exported.subarray(0, 2).toString()).toBe('PK');
  const before = (await (await get('/api/view?tab=' + encodeURIComponent('Сессии и встречи'))).json()) as { grid: { rows: string[][] } };
  const imported = await fetch(`${preview.url}/import`, { method: 'POST', body: exported });
  expect(imported.status).toBe(200);
  expect(fs.existsSync(preview.session.backupFile())).toBe(true);
  const after = (await (await get('/api/view?tab=' + encodeURIComponent('Сессии и встречи'))).json()) as { grid: { rows: string[][] } };
  expect(after.grid.rows.slice(0, 24)).toEqual(before.grid.rows.slice(0, 24));
  // Excel forbids ":" in a sheet name: the forms' answer tabs come back with "_".
  const tabs = ((await (await get('/api/view')).json()) as { tabs: Array<{ name: string }> }).tabs.map((t) => t.name);
  expect(tabs).toContain('Ответы_ запросы');
  // A file that is not .xlsx leaves the book as it was.
  const bad = await fetch(`${preview.url}/import`, { method: 'POST', body: 'not a workbook' });
  expect(bad.status).toBe(400);
  expect(await bad.text()).toContain('Это не книга .xlsx');
  const still = (await (await get('/api/view?tab=' + encodeURIComponent('Сессии и встречи'))).json()) as { grid: { rows: string[][] } };
  expect(still.grid.rows.slice(0, 24)).toEqual(before.grid.rows.slice(0, 24));
});
