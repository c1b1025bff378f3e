/**
 * The preview (`npm start`) where a new user tripped: a data-check link to a cell on another tab,
 * a sidebar's link to a generated document, a questionnaire sent with a required question blank,
 * the bottom panel collapsed, «Сводка» with its charts, a file that is not .xlsx, a document that is
 * not there. Screenshots go to test-output/screenshots/preview-*.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Preview } from '../../tools/preview/app-server';
import { closePages, launchBrowser, screenshot } from './browser';
import { menu, openPreview, press, settled, sidebar, tab } from './preview-page';

jest.setTimeout(60_000);

let browser: Browser;
let preview: Preview | null = null;
let dir: string;
let errors: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-fixes-'));
});
afterEach(async () => {
  await closePages();
  await preview?.close();
  preview = null;
  fs.rmSync(dir, { recursive: true, force: true });
  const seen = errors;
  errors = [];
  expect(seen).toEqual([]);
});

/** The demo school in the preview page, as after `npm start`. */
async function open(): Promise<Page> {
  const opened = await openPreview(browser, dir, { demo: true, errors });
  preview = opened.preview;
  return opened.page;
}

async function edit(page: Page, tabName: string, a1: string, text: string): Promise<void> {
  const answer = await page.request.post(`${preview!.url}/api/edit`, { data: { tab: tabName, a1, text } });
  expect(answer.ok()).toBe(true);
}

test('a data-check link to a cell on another tab switches to that tab and selects the cell', async () => {
  const page = await open();
  await tab(page, 'Педагоги');
  const header = await page.locator('tr.frozen').first().locator('td', { hasText: 'Эл. почта' }).getAttribute('data-cell');
  const email = header!.replace(/\d+$/, '');
  await edit(page, 'Педагоги', `${email}3`, 'не адрес');
  await tab(page, 'Программы');
  await menu(page, 'Проверить данные');
  const link = sidebar(page).getByRole('button', { name: `${email}3`, exact: true });
  await press(page, link);
  await page.locator('.tab.active', { hasText: 'Педагоги' }).waitFor();
  await page.getByTestId('cell-name').filter({ hasText: `${email}3` }).waitFor();
  await expect(page.locator(`td[data-cell="${email}3"]`).getAttribute('class')).resolves.toContain('selected');
  await expect(page.locator(`td[data-cell="${email}3"]`).isVisible()).resolves.toBe(true);
  await screenshot(page, 'preview-data-check-link');
});

test("a sidebar's link to a generated document opens the preview's own view of it", async () => {
  const page = await open();
  // Links from the sidebar frame open in a new window: record where, rather than open a second window.
  type Opened = { open: (url?: unknown) => null; top: { opened?: string } };
  await page.addInitScript(() => {
    const win = globalThis as unknown as Opened;
    win.open = (url?: unknown) => {
      win.top.opened = String(url);
      return null;
    };
  });
  await page.reload();
  await settled(page);
  await page.getByTestId('clock').waitFor();
  await tab(page, 'Педагоги');
  const passport = (await page.request.get(`${preview!.url}/api/view`).then((r) => r.json()) as { files: Array<{ name: string; isDoc: boolean }> }).files.find((f) => f.isDoc && f.name.startsWith('Паспорт программы — '))!;
  // «Паспорт программы — <ФИО> — <дата>»
  const teacher = passport.name.split(' — ')[1]!;
  const cell = page.locator('td', { hasText: teacher }).first();
  await press(page, cell);
  await page.getByTestId('cell-name').filter({ hasText: (await cell.getAttribute('data-cell'))! }).waitFor();
  await menu(page, 'Педагог');
  const link = sidebar(page).locator('a[href^="https://docs.google.com/document/d/"]').first();
  await link.waitFor();
  const id = /\/d\/([-\w]+)/.exec((await link.getAttribute('href'))!)![1]!;
  await link.click();
  await page.waitForFunction(() => (globalThis as unknown as Opened['top']).opened !== undefined);
  const opened = await page.evaluate(() => (globalThis as unknown as Opened['top']).opened!);
  expect(opened).toBe(`/doc/${id}`);
  await page.goto(`${preview!.url}${opened}`);
  await expect(page.locator('body').textContent()).resolves.toContain('СОШ №7');
  await screenshot(page, 'preview-document-from-sidebar');
});

test('a questionnaire sent with a required question blank says so in Russian by the question', async () => {
  const page = await open();
  await page.locator('[data-panel="forms"]').click();
  await press(page, page.getByTestId('form').filter({ hasText: 'принимает ответы' }).first().getByRole('button', { name: 'Заполнить' }));
  const form = page.getByTestId('form-fill');
  await form.waitFor();
  await press(page, form.getByRole('button', { name: 'Отправить' }));
  const shown = page.getByTestId('required-error');
  await shown.first().waitFor();
  const texts = await shown.allTextContents();
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) expect(text).toBe('Это обязательный вопрос.');
  await expect(page.getByTestId('error-dialog').count()).resolves.toBe(0);
  await screenshot(page, 'preview-form-required');
});

test('the bottom panel collapses to its tabs, giving the sidebar the height back, and opens again', async () => {
  const page = await open();
  await menu(page, 'Справка');
  const frame = page.getByTestId('sidebar-frame');
  await frame.waitFor();
  const before = (await frame.boundingBox())!.height;
  await page.getByTestId('panel-collapse').click();
  await expect(page.locator('.panel').count()).resolves.toBe(1);
  await expect(page.locator('.panel').isVisible()).resolves.toBe(false);
  const panels = (await page.locator('section.panels').boundingBox())!;
  expect(panels.height).toBeLessThan(50);
  const after = (await frame.boundingBox())!.height;
  expect(after).toBeGreaterThan(before + 150);
  await screenshot(page, 'preview-panel-collapsed');
  await page.locator('[data-panel="outbox"]').click();
  await expect(page.locator('.panel').isVisible()).resolves.toBe(true);
});

test('«Сводка» opens with column A readable and each chart whole at its anchor, over no figure', async () => {
  const page = await open();
  await tab(page, 'Сводка');
  const grid = page.getByTestId('grid');
  // Every label in column A is shown whole: it fits, or runs on over the empty cells beside it.
  const cut = await grid.locator('td[data-cell^="A"]').evaluateAll((cells) =>
    cells
      .filter((td) => td.textContent && td.scrollWidth > td.clientWidth && !td.classList.contains('spill'))
      .map((td) => td.textContent),
  );
  expect(cut).toEqual([]);
  const charts = page.getByTestId('chart');
  expect(await charts.count()).toBe(3);
  const filled = await grid.locator('td').evaluateAll((cells) =>
    cells.filter((td) => td.textContent).map((td) => {
      const r = td.getBoundingClientRect();
      // A spilling cell covers only its own column; what runs on lies over empty cells.
      return { cell: td.getAttribute('data-cell'), left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }),
  );
  for (const chart of await charts.all()) {
    const box = (await chart.boundingBox())!;
    await expect(chart.evaluate((img) => (img as unknown as { complete: boolean; naturalWidth: number }).naturalWidth)).resolves.toBeGreaterThan(0);
    const over = filled.filter((c) => c.left < box.x + box.width - 1 && c.right > box.x + 1 && c.top < box.y + box.height - 1 && c.bottom > box.y + 1);
    expect(over.map((c) => c.cell)).toEqual([]);
  }
  // Anchored at its cell, as Sheets places it: the first chart's left edge is its column's left edge.
  const view = (await page.request.get(`${preview!.url}/api/view?tab=${encodeURIComponent('Сводка')}`).then((r) => r.json())) as { grid: { charts: Array<{ column: number }>; widths: number[]; hiddenColumns: number[] } };
  const anchor = view.grid.charts[0]!.column;
  const before = Array.from({ length: anchor - 1 }, (_, i) => i + 1).filter((c) => !view.grid.hiddenColumns.includes(c));
  const columnA = (await page.locator('thead th', { hasText: /^A$/ }).boundingBox())!;
  const expected = columnA.x + before.reduce((sum, c) => sum + (view.grid.widths[c - 1] ?? 100), 0);
  expect(view.grid.widths[0]).toBeGreaterThan(100);
  expect(Math.abs((await charts.first().boundingBox())!.x - expected)).toBeLessThanOrEqual(1);
  await screenshot(page, 'preview-dashboard');
  await charts.first().scrollIntoViewIfNeeded();
  await screenshot(page, 'preview-dashboard-chart');
});

test('a file that is not .xlsx is refused with a Russian message, the book kept', async () => {
  const page = await open();
  await page.getByTestId('import').setInputFiles({ name: 'педагоги.csv', mimeType: 'text/csv', buffer: Buffer.from('ФИО;Почта\nИванов;ivanov@school.example') });
  await settled(page);
  const dialog = page.getByTestId('error-dialog');
  await dialog.waitFor();
  await expect(dialog.textContent()).resolves.toContain('Это не книга .xlsx');
  await expect(dialog.textContent()).resolves.not.toMatch(/Error|HTTP|500/);
  await screenshot(page, 'preview-import-refused');
  await dialog.getByRole('button', { name: 'ОК' }).click();
  await tab(page, 'Педагоги');
});

test('a document that is not there shows «Документ не найден»', async () => {
  const page = await open();
  const answer = await page.goto(`${preview!.url}/doc/no-such-document`);
  expect(answer!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Документ не найден');
  await screenshot(page, 'preview-document-missing');
});
