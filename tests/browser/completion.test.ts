/**
 * «Завершение программы» in Chromium, served from dist/completion.html with google.script.run
 * bridged to the emulator running dist/Code.js: the analysis and the general conclusion filled
 * and saved, errors by their fields, a failing service, and a hostile name shown as text.
 */
import type { Browser, Page } from 'playwright-core';
import { openSidebar, screenshot, useSidebars, type Harness } from './browser';
import { expectReopened, expectSavedBeside } from './saved';
import { T } from '../helpers/school';

jest.setTimeout(90_000);

let browser: Browser;
let harness: Harness;

useSidebars((b) => (browser = b), (h) => (harness = h));

function rows(tab: string): Array<Record<string, string>> {
  const [headers, ...data] = harness.addon.sheet(tab, (s) => s.getDataRange().getDisplayValues());
  return data.map((r) => Object.fromEntries(headers!.map((h, i) => [h, r[i]!])));
}

/** Opens the page with the first programme's row selected. */
async function openOnProgramme(): Promise<Page> {
  harness.addon.sheet('Программы', (s) => s.getRange(2, 3).activate());
  const page = await openSidebar(browser, harness, 'completion');
  await page.locator('#form:not([hidden])').waitFor();
  return page;
}

async function fillConclusion(page: Page): Promise<void> {
  await page.getByLabel('успешным, эффективным', { exact: true }).check();
  await page.getByLabel('сняты полностью').check();
  await page.getByLabel('нуждается в повышении квалификации').check();
  await page.getByLabel('Дата заключения').fill('2027-05-30');
}

test('fill the analysis and the conclusion, save: rows written, programme «завершена»', async () => {
  const page = await openOnProgramme();
  // What the plan did, read-only; the existing analysis row.
  await expect(page.locator('#plan tbody tr').allInnerTexts()).resolves.toEqual([expect.stringContaining('Посещение уроков наставником')]);
  await expect(page.locator('#plan').textContent()).resolves.toContain('запланировано');
  await expect(page.locator('#r0-problem').inputValue()).resolves.toBe('Дисциплина на уроке');
  await expect(page.locator('#r0-before').inputValue()).resolves.toBe('шум на уроках');
  await page.locator('#r0-after').fill('рабочая тишина');
  await page.locator('#r0-method').fill('анализ уроков');
  await page.locator('#r0-conclusions').fill('проблема снята частично');
  await page.getByRole('button', { name: 'Добавить проблему' }).click();
  await expect(page.locator(':focus').getAttribute('id')).resolves.toBe('r1-problem');
  await page.keyboard.type('Мотивация учащихся');

  await page.getByLabel('не вполне успешным, недостаточно эффективным').check();
  // «не сняты (указать проблемы)» opens the field that names them.
  await expect(page.getByLabel('Не снятые проблемы').isHidden()).resolves.toBe(true);
  await page.getByLabel('не сняты (указать проблемы)').check();
  await page.getByLabel('Не снятые проблемы').fill('Мотивация учащихся');
  await page.getByLabel('3. Причины, по которым').fill('Болезнь педагога в ноябре');
  await page.getByLabel('нуждается в поддержке для решения наиболее сложных проблем').check();
  await page.getByLabel('нуждается в разработке другого индивидуального маршрута сопровождения (причина)').check();
  await page.getByLabel('Причина разработки другого маршрута').fill('Переход на другой предмет');
  await page.getByLabel('эффективные пути (способы) дальнейшего сопровождения').fill('Участие в ПОС «Научи меня Чуду!»');
  await page.getByLabel('Дата заключения').fill('2027-05-30');
  await screenshot(page, 'completion');
  await page.getByRole('button', { name: 'Сохранить и завершить' }).click();
  await expectSavedBeside(page, 'save', 'Программа завершена: анализ итогов и заключение сохранены.');
  await screenshot(page, 'completion-saved');
  await expect(page.locator('#programme-status').textContent()).resolves.toBe('завершена');
  // A correction opens the button again.
  await page.getByLabel('Дата заключения').fill('2027-05-31');
  await expectReopened(page, 'save', 'Сохранить и завершить');
  await page.getByLabel('Дата заключения').fill('2027-05-30');

  expect(rows('Анализ итогов').map((r) => [r.Проблема, r['Состояние после завершения сопровождения'], r.Выводы])).toEqual([
    ['Дисциплина на уроке', 'рабочая тишина', 'проблема снята частично'],
    ['Мотивация учащихся', '', ''],
  ]);
  expect(rows('Программы')[0]).toMatchObject({
    Статус: 'завершена',
    'Индивидуальное сопровождение можно считать': 'не вполне успешным, недостаточно эффективным',
    'Выявленные в результате предварительной диагностики проблемы': 'не сняты (указать проблемы)',
    'Не снятые проблемы': 'Мотивация учащихся',
    'Сопровождаемый педагог': 'нуждается в поддержке для решения наиболее сложных проблем; нуждается в разработке другого индивидуального маршрута сопровождения (причина)',
    'Причина разработки другого маршрута': 'Переход на другой предмет',
    'Дата заключения': '30.05.2027',
  });
  // Saved again from the same page: the rows are updated, not added twice.
  await page.locator('#r1-after').fill('интерес вырос');
  await page.getByRole('button', { name: 'Сохранить и завершить' }).click();
  // Saved: the button shows it, disabled until the form changes.
  await page.locator('#save[data-saved="true"]:disabled').waitFor();
  await page.getByText('Программа завершена', { exact: false }).waitFor();
  expect(rows('Анализ итогов').map((r) => r['Состояние после завершения сопровождения'])).toEqual(['рабочая тишина', 'интерес вырос']);
});

test('picked from the list: a programme without analysis is pre-filled with its problems', async () => {
  const saved = harness.addon.call('saveProgramme', {
    programmeId: null,
    draft: false,
    teacherId: 'T00001',
    categories: ['methodical'],
    sources: [],
    problems: 'Оценивание\nПланирование урока',
    leadId: 'T00002',
    participantsIds: [],
    decisionDate: '2026-09-01',
    helpForms: ['coaching'],
    emphasis: '',
    place: '',
    start: '2026-09-07',
    end: '2027-05-31',
    items: [],
  });
  expect(saved.status).toBe('success');
  const page = await openSidebar(browser, harness, 'completion');
  await page.getByText('Выберите программу или выделите её строку', { exact: false }).waitFor();
  await page.getByLabel('Программа', { exact: true }).selectOption({ label: `${T.ivanova}, с 07.09.2026` });
  await page.locator('#form:not([hidden])').waitFor();
  await expect(page.locator('#r0-problem').inputValue()).resolves.toBe('Оценивание');
  await expect(page.locator('#r1-problem').inputValue()).resolves.toBe('Планирование урока');
  await expect(page.getByText('В плане программы нет пунктов.').isVisible()).resolves.toBe(true);
  // One row removed with the keyboard; focus stays in the list.
  await page.getByRole('button', { name: 'Удалить проблему 1' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus').getAttribute('id')).resolves.toBe('r0-problem');
  await fillConclusion(page);
  await page.getByRole('button', { name: 'Сохранить и завершить' }).click();
  await page.getByText('Программа завершена', { exact: false }).waitFor();
  expect(rows('Анализ итогов').filter((r) => r['Программа (ID)'] === 'P00002').map((r) => r.Проблема)).toEqual(['Планирование урока']);
});

test('errors are shown by their fields and nothing is saved', async () => {
  const page = await openOnProgramme();
  await page.locator('#r0-problem').fill('');
  await page.getByLabel('не сняты (указать проблемы)').check();
  await page.getByLabel('нуждается в разработке другого индивидуального маршрута сопровождения (причина)').check();
  await page.getByRole('button', { name: 'Сохранить и завершить' }).click();
  await page.getByText('Исправьте отмеченные поля.').waitFor();
  await expect(page.locator('[data-error-for="rows.0.problem"]').textContent()).resolves.toBe('Заполните это поле');
  await expect(page.locator('[data-error-for="outcome"]').textContent()).resolves.toBe('Выберите один вариант');
  await expect(page.locator('[data-error-for="unresolvedProblems"]').textContent()).resolves.toBe('Укажите, какие проблемы не сняты');
  await expect(page.locator('[data-error-for="anotherRouteReason"]').textContent()).resolves.toBe('Укажите причину разработки другого маршрута');
  await expect(page.locator(':focus').getAttribute('id')).resolves.toBe('r0-problem');
  await screenshot(page, 'completion-errors');
  expect(rows('Программы')[0]!.Статус).toBe('действует');
});

test('a server failure is shown and everything typed stays', async () => {
  const page = await openOnProgramme();
  await page.locator('#r0-after').fill('рабочая тишина');
  await fillConclusion(page);
  await page.getByLabel('эффективные пути (способы) дальнейшего сопровождения').fill('наставничество');
  harness.addon.emulator.faults.add({ match: 'Range.setValues', error: 'Service Spreadsheets failed while accessing document' });
  await page.getByRole('button', { name: 'Сохранить и завершить' }).click();
  await page.getByText('Service Spreadsheets failed while accessing document', { exact: false }).waitFor();
  await expect(page.locator('#r0-after').inputValue()).resolves.toBe('рабочая тишина');
  await expect(page.getByLabel('эффективные пути (способы) дальнейшего сопровождения').inputValue()).resolves.toBe('наставничество');
  await expect(page.getByLabel('сняты полностью').isChecked()).resolves.toBe(true);
  await page.getByRole('button', { name: 'Сохранить и завершить' }).click();
  await page.getByText('Программа завершена', { exact: false }).waitFor();
  expect(rows('Программы')[0]!.Статус).toBe('завершена');
});

test('a teacher named like markup is shown as text', async () => {
  const name = '<img src=x onerror=alert(1)>';
  harness.addon.typeCell('Программы', 2, 'ФИО учителя', name);
  const page = await openOnProgramme();
  await expect(page.locator('dd').filter({ hasText: name }).isVisible()).resolves.toBe(true);
  await expect(page.getByLabel('Программа', { exact: true }).locator('option', { hasText: name }).count()).resolves.toBe(1);
  await expect(page.locator('img').count()).resolves.toBe(0);
});

test('the pupils\' questionnaires are shown as evidence above the analysis', async () => {
  const survey = (date: string, phase: string, s1: number) =>
    harness.addon.typeRow('Анкеты учеников', { Педагог: T.sidorova, 'Педагог (ID)': 'T00003', 'Ключ ответа': `k${date}`, ID: `U000${date.slice(0, 2)}`, Дата: date, Этап: phase, 'На уроке мне понятно, что объясняет учитель': s1 });
  survey('02.09.2026', 'до начала сопровождения', 2);
  survey('20.05.2027', 'после завершения сопровождения', 4);
  const page = await openOnProgramme();
  await expect(page.locator('#surveys').innerText()).resolves.toContain('+2');
});

test('a programme with a bad cell is listed read-only with its cell', async () => {
  const cell = harness.addon.typeCell('Программы', 2, 'Характер затруднений', 'сложные');
  const page = await openSidebar(browser, harness, 'completion');
  const section = page.locator('#unreadable');
  await section.getByText('Сидорова Анна Ивановна, с 01.09.2026').waitFor();
  await section.getByRole('button', { name: `Программы!${cell}` }).waitFor();
  await expect(section.textContent()).resolves.toContain('сложные');
  await screenshot(page, 'completion-unreadable');
});
