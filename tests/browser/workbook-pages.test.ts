/**
 * The data check and the teacher import sidebars in Chromium, on the built bundle.
 */
import type { Browser } from 'playwright-core';
import { openSidebar, screenshot, useSidebars, type Harness } from './browser';

jest.setTimeout(60_000);

let browser: Browser;
let harness: Harness;

useSidebars((b) => (browser = b), (h) => (harness = h));

const XSS = '<img src=x onerror=alert(1)>';

test('data check: problems listed by tab, as text; a click selects the cell', async () => {
  // After the school's protocol of 20.09.2026: a protocol of a day to come is a problem of its own.
  harness.addon.emulator.setClock('2026-10-11T06:00:00Z');
  harness.addon.typeCell('Педагоги', 2, 'Роль', XSS);
  harness.addon.typeCell('Программы', 2, 'Окончание', '01.08.2026');
  const page = await openSidebar(browser, harness, 'data-check');
  // The end date also puts the plan item's deadline outside the programme: one warning.
  await page.getByText('Ошибок: 2, предупреждений: 1.').waitFor();
  await expect(page.getByText(`«${XSS}» нет в списке`, { exact: false }).isVisible()).resolves.toBe(true);
  expect(await page.locator('img').count()).toBe(0);
  await screenshot(page, 'data-check');
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/run')),
    page.locator('section', { hasText: 'Педагоги' }).getByRole('button', { name: 'F2' }).click(),
  ]);
  const selected = harness.addon.asPerson((app) => `${app.getActiveSheet().getName()}!${app.getActiveRange()!.getA1Notation()}`);
  expect(selected).toBe('Педагоги!F2');
});

test('teacher import: preview, then add; the pasted list stays when the server fails', async () => {
  const page = await openSidebar(browser, harness, 'teacher-import');
  await page.getByLabel('Список').fill(`ФИО\tПочта\nНовикова Ольга\tnovikova@school.example\n${XSS}\t`);
  // The tab is read through the Sheets API (workbook/sheets.ts readGrids): its read fails once.
  harness.addon.emulator.faults.add({ match: 'Sheets', error: 'Service Spreadsheets timed out while accessing document', times: 1 });
  await page.getByRole('button', { name: 'Проверить список' }).click();
  await page.getByText('Service Spreadsheets timed out', { exact: false }).waitFor();
  await expect(page.getByLabel('Список').inputValue()).resolves.toContain('Новикова Ольга');
  await page.getByRole('button', { name: 'Проверить список' }).click();
  await page.getByText('Будут добавлены (2)').waitFor();
  expect(await page.locator('img').count()).toBe(0);
  await screenshot(page, 'teacher-import');
  harness.addon.emulator.faults.add({ match: 'Range.setValues', error: 'Service Spreadsheets failed while accessing document', times: 1 });
  await page.getByRole('button', { name: 'Добавить 2' }).click();
  // The refusal stands under the button, below the list just read; the list stays to try again.
  await page.locator('#apply-outcome.error', { hasText: 'Service Spreadsheets failed' }).waitFor();
  await page.getByRole('button', { name: 'Добавить 2' }).click();
  await page.getByText('Добавлено педагогов: 2.').waitFor();
  const names = harness.addon.sheet('Педагоги', (s) => s.getRange(5, 2, 2, 1).getValues().map((r) => r[0]));
  expect(names).toEqual(['Новикова Ольга', XSS]);
});
