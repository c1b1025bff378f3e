/**
 * The «Документы» sidebar in Chromium: choose a kind, generate, see progress, links and failures;
 * a broken template is shown with the placeholder's name; a failed call keeps the choice.
 */
import type { Browser, Page } from 'playwright-core';
import { hostCreateFolder } from '@pds/emulator';
import type { Addon } from '../helpers/addon';
import { validSchool } from '../helpers/school';
import { openSidebar, screenshot, useSidebars, type Harness } from './browser';

jest.setTimeout(60_000);

let browser: Browser;
let harness: Harness;


function withFolder(): Addon {
  const addon = validSchool();
  addon.setting('Папка на Google Диске', hostCreateFolder(addon.emulator, 'Школа'));
  return addon;
}

useSidebars((b) => (browser = b), (h) => (harness = h), withFolder);

async function shot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 300, height: Number(await page.evaluate('document.documentElement.scrollHeight')) });
  await screenshot(page, name);
}

test('generate passports for all that need them: progress and links shown', async () => {
  const page = await openSidebar(browser, harness, 'documents');
  await page.getByLabel('Вид документа').selectOption('passport');
  await expect(page.getByLabel('для всех, кому нужно').isChecked()).resolves.toBe(true);
  await page.getByRole('button', { name: 'Создать' }).click();
  // The answer stands under the pressed button, not at the top of the page.
  await page.locator('#start-outcome', { hasText: 'Готово 1 из 1' }).waitFor();
  await expect(page.locator('#status').textContent()).resolves.toBe('');
  const link = page.getByRole('link', { name: /^Паспорт программы — Сидорова Анна Ивановна/ });
  await expect(link.getAttribute('href')).resolves.toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
  await shot(page, 'documents');
});

test('«для выделенных строк» on the wrong sheet: the message sits by the choice, the choice kept', async () => {
  harness.addon.sheet('Педагоги', (s) => s.getRange('A2').activate());
  const page = await openSidebar(browser, harness, 'documents');
  await page.getByLabel('Вид документа').selectOption('card');
  await page.getByLabel('для выделенных строк').check();
  await page.getByRole('button', { name: 'Создать' }).click();
  await page.locator('[data-error-for="scope"]').getByText('Выделите строки на листе «Программы»').waitFor();
  await expect(page.getByLabel('Вид документа').inputValue()).resolves.toBe('card');
  await expect(page.getByLabel('для выделенных строк').isChecked()).resolves.toBe(true);
});

test('a Drive failure is listed with its reason and can be retried', async () => {
  harness.addon.emulator.faults.add({ match: 'File.makeCopy', error: 'Service Drive failed: <b>boom</b>', times: 1 });
  const page = await openSidebar(browser, harness, 'documents');
  await page.getByLabel('Вид документа').selectOption('passport');
  await page.getByRole('button', { name: 'Создать' }).click();
  await page.getByText('Не созданы').waitFor();
  await page.getByText('Service Drive failed: <b>boom</b>', { exact: false }).waitFor();
  await expect(page.locator('#failures b').count()).resolves.toBe(0);
  await page.locator('#start-outcome.error').waitFor();
  await page.getByRole('button', { name: 'Продолжить' }).click();
  await page.getByRole('link', { name: /^Паспорт программы/ }).waitFor();
  // «Продолжить» is gone once nothing is left: its answer goes under «Создать».
  await page.locator('#start-outcome.ok').waitFor();
  await expect(page.getByText('Не созданы').isVisible()).resolves.toBe(false);
});
