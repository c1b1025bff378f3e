/**
 * The protocol sidebar in Chromium, served from dist/protocol.html with google.script.run bridged
 * to the emulator running dist/Code.js.
 */
import type { Browser, Page } from 'playwright-core';
import { openSidebar, screenshot, useSidebars, type Harness } from './browser';
import { T } from '../helpers/school';
import { expectReopened, expectSavedBeside } from './saved';
import { asOk } from '../helpers/wire';
import { mark } from '../helpers/payloads';

jest.setTimeout(60_000);

const XSS = '<img src=x onerror=alert(1)>';

let browser: Browser;
let harness: Harness;

useSidebars((b) => (browser = b), (h) => (harness = h));
beforeEach(() => {
  // A community meeting held on 15 October 2026; the protocol is written the next day.
  harness.addon.emulator.setClock('2026-10-16T07:00:00Z');
  const scheduled = harness.addon.call('scheduleSessions', {
    kind: 'communityMeeting',
    format: 'group',
    leaderId: 'T00002',
    participantsIds: ['T00001', 'T00003'],
    communityId: 'C00001',
    topic: 'Формирующее оценивание',
    date: '2026-10-15',
  });
  harness.addon.call('recordSessionResult', mark(harness.addon, asOk(scheduled).response.ids[0]!, 'held'));
});

function rows(tab: string): Array<Record<string, string>> {
  const headers = harness.addon.headers(tab);
  return harness.addon.sheet(tab, (s) => s.getDataRange().getDisplayValues().slice(1)).map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i] ?? ''])));
}

async function shot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 300, height: Number(await page.evaluate('document.documentElement.scrollHeight')) });
  await screenshot(page, name);
}

const question = (page: Page, n: number) => page.getByRole('group', { name: `Вопрос ${n}`, exact: true });

async function fillQuestion(page: Page, n: number, text: string, decision: string): Promise<void> {
  const block = question(page, n);
  await block.getByLabel('Вопрос повестки').fill(text);
  await block.getByLabel('Слушали').fill('Иванову М.П.');
  await block.getByLabel('Решили').fill(decision);
}

test('fill and save: the protocol and its decisions land in their tabs', async () => {
  const page = await openSidebar(browser, harness, 'protocol');
  await page.getByText('Протокол № 2 (2026/2027 учебный год)').waitFor();
  await expect(page.getByLabel('Председатель').inputValue()).resolves.toBe('T00002');
  await expect(page.getByLabel('Секретарь').inputValue()).resolves.toBe('T00001');
  await page.locator('#f-presentIds').getByLabel(T.sidorova).uncheck();
  await page.getByLabel('Приглашённые').fill('Кузнецова О.В., педагог-психолог');
  await fillQuestion(page, 1, 'Итоги взаимопосещений', 'Продолжить взаимопосещения');
  await question(page, 1).getByLabel(T.ivanova).check();
  await question(page, 1).getByLabel('Срок').fill('2026-11-30');
  await page.getByRole('button', { name: 'Добавить вопрос' }).click();
  await fillQuestion(page, 2, 'Открытые уроки', 'Провести два открытых урока');
  await question(page, 2).getByLabel(T.sidorova).check();
  await shot(page, 'protocol');
  await page.getByRole('button', { name: 'Сохранить протокол' }).click();
  // The last meeting recorded: the form folds away and the answer stands above «nothing left».
  await page.locator('#status').filter({ hasText: 'Сохранён протокол № 2 (2026/2027), решений: 2.' }).waitFor();
  await shot(page, 'protocol-saved');
  expect(rows('Протоколы').at(-1)).toMatchObject({
    '№': '2',
    'Дата заседания': '15.10.2026',
    Сообщество: 'Научи меня Чуду!',
    Председатель: T.petrov,
    Секретарь: T.ivanova,
    Присутствовали: `${T.petrov}; ${T.ivanova}`,
    Отсутствовали: T.sidorova,
    Приглашённые: 'Кузнецова О.В., педагог-психолог',
  });
  expect(rows('Решения протоколов').slice(1).map((d) => [d['№ вопроса'], d['Вопрос повестки'], d.Решили, d.Ответственный, d.Срок, d.Исполнение])).toEqual([
    ['1', 'Итоги взаимопосещений', 'Продолжить взаимопосещения', T.ivanova, '30.11.2026', 'на исполнении'],
    ['2', 'Открытые уроки', 'Провести два открытых урока', T.sidorova, '', 'на исполнении'],
  ]);
  // Nothing left to record: the page says so.
  await page.getByText('Нет проведённых заседаний без протокола', { exact: false }).waitFor();
  await expect(page.locator('#form').isHidden()).resolves.toBe(true);
});

test('a removed question renumbers the rest; errors are shown by their field', async () => {
  const page = await openSidebar(browser, harness, 'protocol');
  await fillQuestion(page, 1, 'Лишний вопрос', 'Лишнее решение');
  await page.getByRole('button', { name: 'Добавить вопрос' }).click();
  await page.getByRole('button', { name: 'Добавить вопрос' }).click();
  await fillQuestion(page, 3, 'Итоги четверти', 'Принять к сведению');
  await question(page, 3).getByLabel('Срок').fill('2026-10-01');
  await page.getByRole('button', { name: 'Удалить вопрос 1' }).click();
  // Question 2 was left without a decision; the old question 3 is now question 2.
  await expect(question(page, 2).getByLabel('Вопрос повестки').inputValue()).resolves.toBe('Итоги четверти');
  await page.getByRole('button', { name: 'Сохранить протокол' }).click();
  await page.getByText('Исправьте отмеченные поля.').waitFor();
  await expect(question(page, 1).locator('[data-error-for="questions.0.decision"]').textContent()).resolves.toBe('Запишите решение по вопросу');
  await expect(question(page, 1).getByLabel('Решили').getAttribute('aria-invalid')).resolves.toBe('true');
  await question(page, 1).getByLabel('Вопрос повестки').fill('Планы');
  await question(page, 1).getByLabel('Решили').fill('Утвердить');
  await page.getByRole('button', { name: 'Сохранить протокол' }).click();
  await page.getByText('Исправьте отмеченные поля.').waitFor();
  await expect(question(page, 2).locator('[data-error-for="questions.1.deadline"]').textContent()).resolves.toBe('Срок не может быть раньше даты заседания');
  await shot(page, 'protocol-errors');
  expect(rows('Протоколы')).toHaveLength(1);
});

test('a server failure is shown and the typed values stay', async () => {
  const page = await openSidebar(browser, harness, 'protocol');
  await fillQuestion(page, 1, 'Итоги взаимопосещений', 'Продолжить взаимопосещения');
  harness.addon.emulator.faults.add({ match: 'Range.setValues', error: 'Service Spreadsheets failed while accessing document' });
  await page.getByRole('button', { name: 'Сохранить протокол' }).click();
  await page.getByText('Service Spreadsheets failed while accessing document', { exact: false }).waitFor();
  await expect(question(page, 1).getByLabel('Решили').inputValue()).resolves.toBe('Продолжить взаимопосещения');
  await page.getByRole('button', { name: 'Сохранить протокол' }).click();
  await page.getByText('Сохранён протокол № 2 (2026/2027), решений: 1.').waitFor();
  expect(rows('Решения протоколов')).toHaveLength(2);
});

test('a member named like markup is shown as text', async () => {
  harness.addon.typeCell('Педагоги', 4, 'ФИО', XSS);
  const page = await openSidebar(browser, harness, 'protocol');
  await expect(page.locator('#f-presentIds').getByText(XSS, { exact: true }).isVisible()).resolves.toBe(true);
  await expect(page.locator('img').count()).resolves.toBe(0);
});

test('the chair and the secretary unticked: the reason is beside each; picking a chair ticks them present', async () => {
  const page = await openSidebar(browser, harness, 'protocol');
  await page.getByText('Протокол № 2 (2026/2027 учебный год)').waitFor();
  await page.locator('#f-presentIds').getByLabel(T.petrov).uncheck();
  await page.locator('#f-presentIds').getByLabel(T.ivanova).uncheck();
  await fillQuestion(page, 1, 'Итоги взаимопосещений', 'Продолжить взаимопосещения');
  await page.getByRole('button', { name: 'Сохранить протокол' }).click();
  await page.locator('[data-error-for="chairId"]').filter({ hasText: 'Председатель подписывает протокол' }).waitFor();
  await expect(page.locator('[data-error-for="secretaryId"]').textContent()).resolves.toContain('Секретарь подписывает протокол');
  await expect(page.locator('#save-outcome').textContent()).resolves.toBe('Исправьте отмеченные поля.');
  await shot(page, 'protocol-absent-signers');
  expect(rows('Протоколы')).toHaveLength(1);
  await page.getByLabel('Председатель').selectOption({ label: T.sidorova });
  await page.getByLabel('Председатель').selectOption({ label: T.petrov });
  await expect(page.locator('#f-presentIds').getByLabel(T.petrov).isChecked()).resolves.toBe(true);
});

test('with a meeting left, the answer is beside the button, which stays «Сохранено» until the next protocol is typed', async () => {
  const second = harness.addon.call('scheduleSessions', {
    kind: 'communityMeeting',
    format: 'group',
    leaderId: 'T00002',
    participantsIds: ['T00001', 'T00003'],
    communityId: 'C00001',
    topic: 'Открытые уроки',
    date: '2026-10-14',
  });
  harness.addon.call('recordSessionResult', mark(harness.addon, asOk(second).response.ids[0]!, 'held'));
  const before = rows('Протоколы').length;
  const page = await openSidebar(browser, harness, 'protocol');
  await page.locator('#form:not([hidden])').waitFor();
  await fillQuestion(page, 1, 'Итоги взаимопосещений', 'Продолжить взаимопосещения');
  await page.getByRole('button', { name: 'Сохранить протокол' }).click();
  await expectSavedBeside(page, 'save', 'Сохранён протокол №');
  await shot(page, 'protocol-saved-beside');
  expect(rows('Протоколы')).toHaveLength(before + 1);
  // Pressed again unchanged, nothing happens; the next meeting's protocol opens it again.
  await expect(page.locator('#save').isDisabled()).resolves.toBe(true);
  await fillQuestion(page, 1, 'Открытые уроки', 'Провести два открытых урока');
  await expectReopened(page, 'save', 'Сохранить протокол');
  expect(rows('Протоколы')).toHaveLength(before + 1);
});

test('a held meeting whose row has a bad cell is named with a link to its cell, not left out', async () => {
  const cell = harness.addon.typeCell('Сессии и встречи', 3, 'Вид', 'заседание');
  const page = await openSidebar(browser, harness, 'protocol');
  const section = page.locator('#unreadable');
  await section.getByText('15.10.2026 заседание: Формирующее оценивание').waitFor();
  await section.getByRole('button', { name: `Сессии и встречи!${cell}` }).waitFor();
  await shot(page, 'protocol-unreadable');
});
