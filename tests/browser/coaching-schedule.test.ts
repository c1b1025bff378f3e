/**
 * The teacher's coaching schedule on «Педагог» in Chromium: her coaching sessions of the year and
 * «Отметить согласование» with her coach, recorded on «Согласование расписаний сессий».
 */
import type { Browser } from 'playwright-core';
import { openSidebar, screenshot, useSidebars, type Harness } from './browser';
import { T } from '../helpers/school';

jest.setTimeout(90_000);

let browser: Browser;
let harness: Harness;

useSidebars((b) => (browser = b), (h) => (harness = h));

test('her sessions listed; the agreement marked with her coach and the day, then shown', async () => {
  harness.addon.sheet('Педагоги', (s) => s.getRange(4, 2).activate());
  const page = await openSidebar(browser, harness, 'teacher');
  await page.locator('#coaching-form').waitFor();
  await expect(page.locator('[data-list="coaching"] li').allTextContents()).resolves.toEqual([expect.stringContaining('15.09.2026 — Приёмы удержания внимания')]);
  await expect(page.locator('#c-agreed').textContent()).resolves.toBe('Согласование с коуч-консультантом не отмечено.');
  // Her sessions have one coach: offered already chosen.
  await expect(page.getByLabel('Коуч-консультант, с которым согласовано').inputValue()).resolves.toBe('T00002');
  await page.getByLabel('Дата согласования').fill('2026-09-04');
  await page.getByRole('button', { name: 'Отметить согласование' }).click();
  await page.getByText('Согласование отмечено: 04.09.2026.').waitFor();
  await expect(page.locator('#c-agreed').textContent()).resolves.toBe(`Согласовано педагогом и коуч-консультантом ${T.petrov} 04.09.2026.`);
  await screenshot(page, 'teacher-coaching');
  const [headers, row] = harness.addon.sheet('Согласование расписаний сессий', (s) => s.getDataRange().getDisplayValues());
  expect(row![headers!.indexOf('Дата согласования')]).toBe('04.09.2026');
});

test('a teacher without coaching sessions is told where to plan them', async () => {
  harness.addon.sheet('Педагоги', (s) => s.getRange(2, 2).activate());
  const page = await openSidebar(browser, harness, 'teacher');
  await page.getByText('Коучинг-сессий педагога на 2026/2027 учебный год нет').waitFor();
  await expect(page.locator('#coaching-form').count()).resolves.toBe(0);
});
