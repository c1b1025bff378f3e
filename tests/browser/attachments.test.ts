/**
 * «Приложения к карте» on the programme's page in Chromium: a file chosen on the computer is
 * uploaded with its kind and side, listed with its link, and taken off the card; the survey asks
 * who ran it; a link that does not open is refused beside the link.
 */
import type { Browser, Page } from 'playwright-core';
import { openSidebar, screenshot, useSidebars, type Harness } from './browser';
import { school } from '../helpers/documents';

jest.setTimeout(90_000);

let browser: Browser;
let harness: Harness;

useSidebars((b) => (browser = b), (h) => (harness = h), school);

function rows(): Array<Record<string, string>> {
  const [headers, ...data] = harness.addon.sheet('Приложения к карте', (s) => s.getDataRange().getDisplayValues());
  return data.map((r) => Object.fromEntries(headers!.map((h, i) => [h, r[i]!])));
}

async function openProgramme(): Promise<Page> {
  harness.addon.sheet('Программы', (s) => s.getRange(2, 2).activate());
  const page = await openSidebar(browser, harness, 'programme');
  await page.locator('#attachment-form').waitFor();
  return page;
}

test('upload a comparison’s «before» file, see it listed with its link, take it off the card', async () => {
  const page = await openProgramme();
  await page.getByText('Приложений пока нет.').waitFor();
  // The side is asked only for a comparison; who ran the survey only for a survey.
  await expect(page.locator('#a-stage').isVisible()).resolves.toBe(false);
  await page.getByLabel('Вид материала').selectOption({ label: 'сравнительный анализ срезовых работ, тестов до и после работы по сопровождению учителя' });
  await expect(page.locator('#a-surveyedBy').isVisible()).resolves.toBe(false);
  await page.getByLabel('До / после сопровождения').selectOption({ label: 'до начала сопровождения' });
  await page.getByLabel('Примечание').fill('входной срез 5А');
  await page.locator('#a-file').setInputFiles({ name: 'срез.txt', mimeType: 'text/plain', buffer: Buffer.from('результаты среза') });
  await page.getByRole('button', { name: 'Добавить приложение' }).click();
  await page.getByText(/Приложение добавлено: W\d+ — срез\.txt/).waitFor();
  const link = page.locator('#attachments-list a');
  await expect(link.textContent()).resolves.toMatch(/срез\.txt$/);
  expect(rows()).toEqual([expect.objectContaining({ 'До / после сопровождения': 'до начала сопровождения', Примечание: 'входной срез 5А', 'Файл (ссылка)': await link.getAttribute('href') })]);
  await screenshot(page, 'programme-attachments');

  await page.getByRole('button', { name: 'Убрать' }).click();
  await page.getByText('Приложение убрано из карты; сам файл остался на Google Диске.').waitFor();
  expect(rows()).toEqual([]);
});

test('a survey asks who ran it; a link that does not open is refused beside the link', async () => {
  const page = await openProgramme();
  await page.getByLabel('Вид материала').selectOption({ label: 'результаты анкетирования учащихся (администрацией, методистом, наставником, психологом, самим учителем и др.)' });
  await page.getByText('Ссылка на файл Google Диска').first().click();
  await page.locator('#a-link').fill('https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrStUvWxYz012345/view');
  await page.getByRole('button', { name: 'Добавить приложение' }).click();
  await page.getByText('Исправьте отмеченные поля.').waitFor();
  await expect(page.locator('[data-error-for="surveyedBy"]').textContent()).resolves.toBe('Укажите, кем проведено анкетирование учащихся.');
  await expect(page.locator('[data-error-for="link"]').textContent()).resolves.toContain('не открывается');
  expect(rows()).toEqual([]);
});
