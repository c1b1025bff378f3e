/**
 * The year-close and retention sidebars, and the monitoring section of «Педагог», in Chromium over
 * the built bundle on the busy school closed in June 2027.
 */
import type { Browser } from 'playwright-core';
import type { Addon } from '../helpers/addon';
import { busySchool } from '../helpers/busy-school';
import { sheetChartsSvg } from '@pds/emulator';
import { newPage, openSidebar, screenshot, useSidebars, type Harness } from './browser';

jest.setTimeout(60_000);

const XSS = '<img src=x onerror=alert(1)>';

let browser: Browser;
let harness: Harness;

function closedYear(): Addon {
  const addon = busySchool();
  // P00003's teacher name as typed by hand: markup must show as text.
  addon.typeCell('Программы', 4, 'ФИО учителя', XSS);
  addon.typeRow('Реестр документов', { ID: 'F00002', 'Вид документа': 'протокол заседания', Название: 'Протокол № 3 <b>старый</b>', Ссылка: 'https://docs.google.com/document/d/old/edit', Создан: '15.10.2020', 'Хранить до': '15.10.2025' });
  addon.emulator.setClock('2027-06-20T07:00:00Z');
  addon.click('Закрыть учебный год');
  return addon;
}

useSidebars((b) => (browser = b), (h) => (harness = h), closedYear);

function cell(tab: string, id: string, header: string): string {
  const grid = harness.addon.sheet(tab, (s) => s.getDataRange().getDisplayValues());
  return grid.find((r) => r[0] === id)![grid[0]!.indexOf(header)]!;
}

test('year close: a bad date is shown by its field, then the programme is extended and leaves the list', async () => {
  const page = await openSidebar(browser, harness, 'year-close');
  const card = page.locator('[data-programme="P00001"]');
  await card.waitFor();
  await expect(page.getByText(XSS).isVisible()).resolves.toBe(true);
  expect(await page.locator('img').count()).toBe(0);
  await screenshot(page, 'year-close');
  await card.getByLabel('Продлить до').fill('2027-07-01');
  await card.getByRole('button', { name: 'Продлить' }).click();
  await card.getByText('Продлить можно только за пределы 2026/2027 учебного года.').waitFor();
  await expect(card.getByLabel('Продлить до').inputValue()).resolves.toBe('2027-07-01');
  await card.getByLabel('Продлить до').fill('2027-12-31');
  await card.getByRole('button', { name: 'Продлить' }).click();
  // The answer takes the place of the card that left the list, where the deputy is looking.
  await page.locator('#list > .outcome.ok', { hasText: 'продлена до 31.12.2027' }).waitFor();
  await expect(page.locator('#status').textContent()).resolves.toBe('');
  expect(await page.locator('[data-programme="P00001"]').count()).toBe(0);
  expect(cell('Программы', 'P00001', 'Окончание')).toBe('31.12.2027');
  await page.locator('[data-programme="P00003"]').getByRole('button', { name: 'Завершить' }).click();
  await page.getByText('Незавершённых программ нет.').waitFor();
  expect(cell('Программы', 'P00003', 'Статус')).toBe('завершена');
});

test('retention: a server failure keeps the typed years; then kept longer', async () => {
  const page = await openSidebar(browser, harness, 'retention');
  const card = page.locator('[data-document="F00002"]');
  await card.waitFor();
  await expect(page.getByText('Протокол № 3 <b>старый</b>').isVisible()).resolves.toBe(true);
  expect(await page.locator('b').count()).toBe(0);
  await screenshot(page, 'retention');
  await card.getByLabel('Хранить ещё, лет').fill('2');
  harness.addon.emulator.faults.add({ match: 'Range.setValues', error: 'Service Spreadsheets failed while accessing document' });
  await card.getByRole('button', { name: 'Продлить хранение' }).click();
  await card.locator('.outcome.error').getByText('Service Spreadsheets failed', { exact: false }).waitFor();
  await expect(card.getByLabel('Хранить ещё, лет').inputValue()).resolves.toBe('2');
  harness.addon.emulator.faults.clear();
  await card.getByRole('button', { name: 'Продлить хранение' }).click();
  await page.locator('#list .outcome.ok', { hasText: 'хранить до 20.06.2029' }).waitFor();
  await screenshot(page, 'retention-kept');
  expect(cell('Реестр документов', 'F00002', 'Хранить до')).toBe('20.06.2029');
});

test('the teacher page shows the monitoring of individual achievements', async () => {
  const page = await openSidebar(browser, harness, 'teacher');
  await page.getByLabel('Открыть педагога').selectOption({ label: 'Сидорова Анна Ивановна' });
  const section = page.locator('#monitoring');
  await section.getByText('Контрольный срез: проведение открытого урока').waitFor();
  await expect(section.locator('[data-monitoring="totals"]').textContent()).resolves.toBe('Программ: 1; контрольных срезов пройдено: 1; сессий и встреч: 3; достижений: 2.');
  await expect(section.locator('tr[data-source="selfDiagnosis"] td').last().textContent()).resolves.toBe('4,25');
  await screenshot(page, 'teacher-monitoring');
});

test('the dashboard charts drawn by the preview renderer', async () => {
  harness.addon.click('Обновить сводку');
  const charts = sheetChartsSvg(harness.addon.emulator, harness.addon.emulator.state.activeSpreadsheetId!, 'Сводка');
  expect(charts).toHaveLength(3);
  const page = await newPage(browser, { viewport: { width: 620, height: 1200 } });
  await page.setContent(`<body style="margin:0">${charts.map((c) => c.svg).join('')}</body>`);
  expect(await page.locator('svg').count()).toBe(3);
  await expect(page.locator('svg').first().getByText('Сессии и встречи по месяцам').isVisible()).resolves.toBe(true);
  await screenshot(page, 'dashboard-charts');
});
