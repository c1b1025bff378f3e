/**
 * The «Педагог» sidebar in Chromium, served from dist/teacher.html with google.script.run bridged
 * to the emulator running dist/Code.js: a deputy adds and edits teachers with their classes.
 */
import type { Browser, Page } from 'playwright-core';
import { selectRange } from '@pds/emulator';
import { openSidebar, screenshot, useSidebars, type Harness } from './browser';
import { T } from '../helpers/school';

jest.setTimeout(60_000);

const P = 'Педагоги';
const K = 'Классы педагогов';
const XSS = '<img src=x onerror=alert(1)>';

let browser: Browser;
let harness: Harness;

useSidebars((b) => (browser = b), (h) => (harness = h));

function rowsOf(tab: string): Array<Record<string, string>> {
  const [headers, ...rows] = harness.addon.sheet(tab, (s) => s.getDataRange().getDisplayValues());
  return rows.map((r) => Object.fromEntries(headers!.map((h, i) => [h, r[i]!])));
}

function select(sheet: string, a1: string): void {
  selectRange(harness.addon.emulator, harness.addon.emulator.state.activeSpreadsheetId!, sheet, a1);
}

/** The sidebar, loaded; any alert() (an XSS firing) fails the test. */
async function open(): Promise<Page> {
  const page = await openSidebar(browser, harness, 'teacher');
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  await page.locator('#form:not([hidden])').waitFor();
  return page;
}

/** Picks a teacher in the picker and waits until their card is in the form. */
async function pick(page: Page, id: string, fullName: string): Promise<void> {
  await page.getByLabel('Открыть педагога').selectOption(id);
  // A string runs in the page (this file is compiled without the DOM's types).
  await page.waitForFunction(`document.getElementById('t-fullName')?.value === ${JSON.stringify(fullName)}`);
}

const classRow = (page: Page, n: number) => page.getByRole('group', { name: `Строка ${n}` });

test('the selected teacher opens with card, classes and the lists at a glance (screenshot)', async () => {
  select(P, 'B4');
  const page = await open();
  await expect(page.getByLabel('Открыть педагога').inputValue()).resolves.toBe('T00003');
  await expect(page.getByLabel('ФИО').inputValue()).resolves.toBe(T.sidorova);
  await expect(page.getByLabel('Роль').inputValue()).resolves.toBe('earlyCareer');
  await expect(page.getByLabel('Наставник').inputValue()).resolves.toBe('T00002');
  await expect(classRow(page, 1).getByLabel('Класс').inputValue()).resolves.toBe('5А');
  await page.getByText(`ведёт ${T.petrov}`).waitFor();
  await page.getByText('15.09.2026 коучинг-сессия: Приёмы удержания внимания').waitFor();
  await screenshot(page, 'teacher');
});

test('a new teacher: fill, add a class by keyboard, save; the page goes on editing them', async () => {
  const page = await open();
  await expect(page.getByLabel('Открыть педагога').inputValue()).resolves.toBe('');
  await page.getByLabel('ФИО').fill('Новикова Ольга Сергеевна');
  await page.getByLabel('Эл. почта').fill('novikova@school.example');
  await page.getByLabel('Роль').selectOption({ label: 'наставник' });
  await page.getByLabel('Общий педагогический стаж, лет').fill('7');
  await page.getByLabel('Дата аттестации').fill('2025-03-14');
  await page.getByLabel('Наставник').selectOption({ label: T.petrov });
  // Keyboard: the add button by Enter puts the cursor in the new row's class.
  await page.getByRole('button', { name: 'Добавить класс' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('7Б');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Физика 7');
  await expect(classRow(page, 1).getByLabel('Учебный год').inputValue()).resolves.toMatch(/^\d{4}\/\d{4}$/);
  await classRow(page, 1).getByLabel('Учебный год').fill('2026/2027');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await page.getByText('Педагог добавлен.', { exact: false }).waitFor();

  const teacher = rowsOf(P).find((r) => r.ФИО === 'Новикова Ольга Сергеевна')!;
  expect(teacher).toMatchObject({ ID: 'T00004', 'Эл. почта': 'novikova@school.example', Роль: 'наставник', 'Общий педагогический стаж, лет': '7', 'Дата аттестации': '14.03.2025', Наставник: T.petrov });
  expect(rowsOf(K).filter((r) => r['Педагог (ID)'] === 'T00004').map((r) => [r['Учебный год'], r.Класс, r.Программа])).toEqual([['2026/2027', '7Б', 'Физика 7']]);

  // Still editing the same teacher: saving again updates, never adds a second row.
  await expect(page.getByLabel('Открыть педагога').inputValue()).resolves.toBe('T00004');
  await expect(page.locator('#card-title').textContent()).resolves.toBe('Карта педагога');
  await page.getByLabel('Преподаваемый предмет').fill('физика');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await page.getByText('Сохранено.').waitFor();
  expect(rowsOf(P).filter((r) => r.ФИО === 'Новикова Ольга Сергеевна').map((r) => r['Преподаваемый предмет'])).toEqual(['физика']);
  expect(rowsOf(K).filter((r) => r['Педагог (ID)'] === 'T00004')).toHaveLength(1);
});

test('edit: a class removed by keyboard and another added are saved in place', async () => {
  harness.addon.typeRow(K, { ID: 'K00002', Педагог: T.sidorova, 'Педагог (ID)': 'T00003', 'Учебный год': '2026/2027', Класс: '6Б' });
  const page = await open();
  await pick(page, 'T00003', T.sidorova);
  await expect(classRow(page, 2).getByLabel('Класс').inputValue()).resolves.toBe('6Б');
  await classRow(page, 1).getByRole('button', { name: 'Удалить строку 1' }).focus();
  await page.keyboard.press('Enter');
  // The former second row is now the first, and holds the focus.
  await expect(classRow(page, 1).getByLabel('Класс').inputValue()).resolves.toBe('6Б');
  await expect(page.evaluate('document.activeElement.value')).resolves.toBe('2026/2027');
  await page.getByRole('button', { name: 'Добавить класс' }).click();
  await classRow(page, 2).getByLabel('Класс').fill('7В');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await page.getByText('Сохранено.').waitFor();
  expect(rowsOf(K).map((r) => [r.ID, r['Педагог (ID)'], r.Класс])).toEqual([
    ['K00002', 'T00003', '6Б'],
    ['K00003', 'T00003', '7В'],
  ]);
});

test('a duplicate email and a class without its name are shown by their fields; nothing is lost', async () => {
  const page = await open();
  await page.getByLabel('ФИО').fill('Новикова Ольга Сергеевна');
  await page.getByLabel('Эл. почта').fill('Ivanova@School.example');
  await page.getByRole('button', { name: 'Добавить класс' }).click();
  await classRow(page, 1).getByLabel('Программа').fill('Физика 7');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await page.locator('#save-outcome.error', { hasText: 'Исправьте отмеченные поля.' }).waitFor();
  await expect(page.locator('[data-error-for="teacher.email"]').textContent()).resolves.toBe(`Этот адрес уже указан у педагога: ${T.ivanova}`);
  await expect(page.getByLabel('Эл. почта').getAttribute('aria-invalid')).resolves.toBe('true');
  await expect(page.locator('[data-error-for="classes.0.className"]').textContent()).resolves.toBe('Укажите класс');
  await expect(page.getByLabel('ФИО').inputValue()).resolves.toBe('Новикова Ольга Сергеевна');
  await expect(classRow(page, 1).getByLabel('Программа').inputValue()).resolves.toBe('Физика 7');
  await screenshot(page, 'teacher-errors');
  expect(rowsOf(P)).toHaveLength(3);
});

test('a server failure is shown and the typed values stay; saving again works', async () => {
  const page = await open();
  await pick(page, 'T00001', T.ivanova);
  await page.getByLabel('Должность').fill('учитель русского языка');
  harness.addon.emulator.faults.add({ match: 'Range.setValues', error: 'Service Spreadsheets failed while accessing document' });
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await page.locator('#save-outcome.error', { hasText: 'Service Spreadsheets failed while accessing document' }).waitFor();
  await expect(page.getByLabel('Должность').inputValue()).resolves.toBe('учитель русского языка');
  await expect(page.getByRole('button', { name: 'Сохранить' }).isEnabled()).resolves.toBe(true);
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await page.getByText('Сохранено.').waitFor();
  expect(rowsOf(P).find((r) => r.ID === 'T00001')?.Должность).toBe('учитель русского языка');
});

test('a teacher named like markup is shown as text in the picker and at a glance', async () => {
  harness.addon.typeRow(P, { ID: 'T00004', ФИО: XSS, Роль: 'коуч-консультант' });
  // The XSS teacher leads Sidorova's programme; an achievement is titled with markup too.
  harness.addon.typeCell('Программы', 2, 'Индивидуальное сопровождение ведёт', XSS);
  harness.addon.typeCell('Программы', 2, 'Индивидуальное сопровождение ведёт (ID)', 'T00004');
  harness.addon.typeRow('Достижения', { ID: 'V00002', Педагог: T.sidorova, 'Педагог (ID)': 'T00003', Дата: '01.12.2026', Вид: 'публикация', Название: '<b>Статья</b><script>alert(2)</script>' });
  select(P, 'B4');
  const page = await open();
  await expect(page.locator('#picker option', { hasText: XSS }).textContent()).resolves.toBe(XSS);
  await expect(page.locator('#t-mentorId option', { hasText: XSS }).textContent()).resolves.toBe(XSS);
  await expect(page.getByText(`ведёт ${XSS}`).isVisible()).resolves.toBe(true);
  await expect(page.getByText('01.12.2026 публикация: <b>Статья</b><script>alert(2)</script>').isVisible()).resolves.toBe(true);
  expect(await page.locator('img').count()).toBe(0);
  expect(await page.locator('b').count()).toBe(0);
  // Opening the XSS teacher shows the name as the field's value.
  await pick(page, 'T00004', XSS);
  expect(await page.locator('img').count()).toBe(0);
  await screenshot(page, 'teacher-xss');
});

test('years at the school over the whole experience, and the year\'s load over the whole: refused beside each field; saved, the button says so', async () => {
  const page = await open();
  await page.getByLabel('ФИО').fill('Новикова Ольга Сергеевна');
  await page.getByLabel('Роль').selectOption({ label: 'педагог' });
  await page.getByLabel('Общий педагогический стаж, лет').fill('2');
  await page.getByLabel('Стаж работы в ОУ, лет').fill('30');
  await page.getByLabel('Нагрузка в учебном году, ч/нед').fill('18');
  await page.getByLabel('Всего учебной нагрузки, ч/нед').fill('12');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await page.locator('[data-error-for="teacher.schoolExperience"]').filter({ hasText: 'не может быть больше общего педагогического стажа (2)' }).waitFor();
  await expect(page.locator('[data-error-for="teacher.load"]').textContent()).resolves.toContain('не может быть больше всей учебной нагрузки (12 ч/нед)');
  await screenshot(page, 'teacher-experience');
  expect(rowsOf(P).map((r) => r.ФИО)).not.toContain('Новикова Ольга Сергеевна');
  await page.getByLabel('Стаж работы в ОУ, лет').fill('2');
  await page.getByLabel('Всего учебной нагрузки, ч/нед').fill('20');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await page.locator('#save[data-saved="true"]:disabled').waitFor();
  await expect(page.locator('#save').textContent()).resolves.toBe('Сохранено ✓');
  expect(rowsOf(P).find((r) => r.ФИО === 'Новикова Ольга Сергеевна')).toMatchObject({ 'Стаж работы в ОУ, лет': '2', 'Всего учебной нагрузки, ч/нед': '20' });
  await page.getByLabel('Предмет').fill('физика');
  await expect(page.locator('#save').isEnabled()).resolves.toBe(true);
});

test('marked as a coach by 000 I.3\'s list: saved as its label; a student is refused beside the field', async () => {
  const page = await open();
  await pick(page, 'T00001', T.ivanova);
  const mark = page.getByLabel('Может быть коуч-консультантом');
  await expect(mark.locator('option').allTextContents()).resolves.toEqual(['—', 'зам.директора по УВР', 'ст.воспитатель', 'руководитель ШМО', 'приглашенный специалист', 'опытный педагог']);
  await mark.selectOption({ label: 'опытный педагог' });
  await page.getByLabel('Роль').selectOption({ label: 'студент' });
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await page.locator('[data-error-for="teacher.coachBasis"]').filter({ hasText: 'Студент не может быть коуч-консультантом' }).waitFor();
  await page.getByLabel('Роль').selectOption({ label: 'педагог' });
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await page.getByText('Сохранено.').waitFor();
  expect(rowsOf(P).find((r) => r.ID === 'T00001')).toMatchObject({ 'Может быть коуч-консультантом': 'опытный педагог', Роль: 'педагог' });
});

test('a programme with a bad cell is still on the card, read-only, with the problem and a link to the cell', async () => {
  const cell = harness.addon.typeCell('Программы', 2, 'Характер затруднений', 'сложные');
  const sessionCell = harness.addon.typeCell('Сессии и встречи', 2, 'Вид', 'коучинг');
  select(P, 'B4');
  const page = await open();
  // A session whose «Вид» is not in the list stays too, with its own cell.
  const sessions = page.locator('[data-list="sessions"]');
  await sessions.getByRole('button', { name: `Сессии и встречи!${sessionCell}`, includeHidden: true }).waitFor({ state: 'attached' });
  await expect(sessions.textContent()).resolves.toContain('коучинг: Приёмы удержания внимания');
  const programmes = page.locator('[data-list="programmes"]');
  await programmes.locator('summary', { hasText: 'Программы сопровождения (1)' }).waitFor();
  await programmes.getByText('ошибка в таблице').waitFor();
  const link = programmes.getByRole('button', { name: `Программы!${cell}` });
  await link.click();
  // The click's call reaches the sheet after the click returns: wait for the selection to move.
  const selected = () => harness.addon.asPerson((app) => app.getActiveSpreadsheet().getActiveRange()?.getA1Notation());
  for (let i = 0; i < 100 && selected() !== cell; i++) await page.waitForTimeout(50);
  expect(selected()).toBe(cell);
  await screenshot(page, 'teacher-unreadable-programme');
});
