/**
 * The settings sidebar in Chromium, served from dist/settings.html with google.script.run bridged
 * to the emulator running dist/Code.js.
 */
import type { Browser } from 'playwright-core';
import { hostCreateFolder } from '@pds/emulator';
import { DEPUTY_EMAIL } from '../../tools/school';
import { openSidebar, screenshot, useSidebars, type Harness } from './browser';
import { expectReopened, expectSavedBeside } from './saved';

jest.setTimeout(60_000);

let browser: Browser;
let harness: Harness;

useSidebars((b) => (browser = b), (h) => (harness = h));

function settingValue(key: string): unknown {
  const rows = harness.addon.sheet('Настройки', (s) => s.getDataRange().getValues());
  return rows.find((r) => r[0] === key)?.[2];
}

test('fill and save: the values land in the settings tab, typed', async () => {
  const page = await openSidebar(browser, harness, 'settings');
  await page.getByLabel('Полное наименование образовательной организации').fill('МБОУ «СОШ №2» <b>г. Лесосибирска</b>');
  await page.getByLabel('УТВЕРЖДАЮ: дата').fill('2024-09-27');
  await page.getByLabel('Час рассылки').fill('7');
  await page.getByLabel('Открывать документы педагогу для просмотра').selectOption('да');
  await screenshot(page, 'settings');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expectSavedBeside(page, 'save', 'Сохранено.');
  await screenshot(page, 'settings-saved');
  await page.getByLabel('Час рассылки').fill('8');
  await expectReopened(page, 'save', 'Сохранить');
  await page.getByLabel('Час рассылки').fill('7');
  expect(settingValue('schoolName')).toBe('МБОУ «СОШ №2» <b>г. Лесосибирска</b>');
  expect(settingValue('reminderHour')).toBe(7);
  expect(harness.addon.sheet('Настройки', (s) => s.getDataRange().getDisplayValues()).find((r) => r[0] === 'approvalDate')?.[2]).toBe('27.09.2024');
  expect(settingValue('shareWithTeacher')).toBe('да');
  // Shown again as saved, the markup as text.
  const again = await openSidebar(browser, harness, 'settings');
  await expect(again.getByLabel('Полное наименование образовательной организации').inputValue()).resolves.toBe('МБОУ «СОШ №2» <b>г. Лесосибирска</b>');
  await expect(again.getByLabel('УТВЕРЖДАЮ: дата').inputValue()).resolves.toBe('2024-09-27');
});

test('a bad value is shown by its field and nothing is saved', async () => {
  const page = await openSidebar(browser, harness, 'settings');
  await page.getByLabel('Эл. почта заместителя директора').fill('zam@');
  await page.getByLabel('Час рассылки').fill('25');
  await page.getByLabel('Директор (Фамилия И.О.)').fill('Власова Л.Ю.');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await page.getByText('Исправьте отмеченные поля.').waitFor();
  await expect(page.locator('[data-error-for="deputyEmail"]').textContent()).resolves.toContain('Введите адрес электронной почты');
  await expect(page.locator('[data-error-for="reminderHour"]').textContent()).resolves.toBe('Не больше 23');
  await expect(page.getByLabel('Час рассылки').getAttribute('aria-invalid')).resolves.toBe('true');
  await screenshot(page, 'settings-errors');
  expect(settingValue('directorName')).toBe('');
});

test('a server failure is shown and the typed values stay', async () => {
  const page = await openSidebar(browser, harness, 'settings');
  await page.getByLabel('Директор (Фамилия И.О.)').fill('Власова Л.Ю.');
  harness.addon.emulator.faults.add({ match: 'Range.setValues', error: 'Service Spreadsheets failed while accessing document' });
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await page.getByText('Service Spreadsheets failed while accessing document', { exact: false }).waitFor();
  await expect(page.getByLabel('Директор (Фамилия И.О.)').inputValue()).resolves.toBe('Власова Л.Ю.');
  // Saving again works once the service is back.
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await page.getByText('Сохранено.').waitFor();
  expect(settingValue('directorName')).toBe('Власова Л.Ю.');
});

test('an editor who is not an administrator sees the settings read-only, with the reason', async () => {
  harness.addon.emulator.state.activeUser = 'ivanova@school.example';
  const page = await openSidebar(browser, harness, 'settings');
  await page.getByText('Эту страницу вы можете только просматривать', { exact: false }).waitFor();
  await expect(page.getByLabel('Эл. почта заместителя директора').isDisabled()).resolves.toBe(true);
  await expect(page.getByRole('button', { name: 'Сохранить' }).isDisabled()).resolves.toBe(true);
  await screenshot(page, 'settings-read-only');
});

test('a folder not an administrator\'s is saved only after the deputy confirms it', async () => {
  const folder = hostCreateFolder(harness.addon.emulator, 'Папка учителя', undefined, 'ivanova@school.example');
  harness.addon.emulator.state.extra.drive!.items[folder]!.editors.push(DEPUTY_EMAIL);
  const page = await openSidebar(browser, harness, 'settings');
  await page.getByLabel('Папка на Google Диске').fill(folder);
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await page.locator('[data-error-for="driveFolder"]').getByText('принадлежит ivanova@school.example', { exact: false }).waitFor();
  expect(settingValue('driveFolder')).toBe('');
  await page.getByRole('button', { name: 'Подтвердить и сохранить' }).click();
  await page.getByText('Сохранено.').waitFor();
  expect(settingValue('driveFolder')).toBe(folder);
});
