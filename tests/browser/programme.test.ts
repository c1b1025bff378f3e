/**
 * «Новая программа сопровождения» in Chromium, served from dist/programme.html with
 * google.script.run bridged to the emulator running dist/Code.js: a deputy walks the three steps,
 * reorders the plan with the keyboard, and meets errors, a failing service and a hostile name.
 */
import type { Browser, Page } from 'playwright-core';
import { openSidebar, screenshot, useSidebars, type Harness } from './browser';
import { T } from '../helpers/school';
import { expectReopened, expectSavedBeside } from './saved';

jest.setTimeout(90_000);

let browser: Browser;
let harness: Harness;

useSidebars((b) => (browser = b), (h) => (harness = h));

function rows(tab: string): Array<Record<string, string>> {
  const [headers, ...data] = harness.addon.sheet(tab, (s) => s.getDataRange().getDisplayValues());
  return data.map((r) => Object.fromEntries(headers!.map((h, i) => [h, r[i]!])));
}

async function open(): Promise<Page> {
  const page = await openSidebar(browser, harness, 'programme');
  await page.locator('#form:not([hidden])').waitFor();
  return page;
}

/** Steps 1 and 2 filled as a deputy would; leaves the page on step 3. */
async function fillPassport(page: Page): Promise<void> {
  await page.getByLabel('методические', { exact: true }).check();
  await page.getByLabel('анализ уроков', { exact: true }).check();
  await page.getByLabel('Выявленные проблемы/трудности').fill('Не владеет формирующим оцениванием\nЗатрудняется в планировании');
  await page.getByRole('button', { name: 'Далее' }).click();
  await page.getByLabel('Индивидуальное сопровождение ведёт').selectOption({ label: T.petrov });
  await page.getByRole('group', { name: 'В организации сопровождения принимают участие' }).getByLabel(T.sidorova).check();
  await page.getByLabel('Решение о сопровождении принято').fill('2026-09-01');
  await page.getByLabel('коучинг-сессии', { exact: true }).check();
  await page.getByLabel('практическая').check();
  await page.getByLabel('в рамках школы').check();
  await page.getByLabel('Начало').fill('2026-09-07');
  await page.getByLabel('Окончание').fill('2027-05-31');
  await page.getByRole('button', { name: 'Далее' }).click();
}

async function addItem(page: Page, content: string, deadline: string): Promise<void> {
  await page.getByRole('button', { name: 'Добавить пункт' }).click();
  const index = (await page.locator('fieldset.row').count()) - 1;
  // Focus lands in the new item's content, ready to type.
  await expect(page.locator(':focus').getAttribute('id')).resolves.toBe(`i${index}-content`);
  await page.keyboard.type(content);
  await page.locator(`#i${index}-deadline`).fill(deadline);
}

const planOf = (programmeId: string) =>
  rows('План программ')
    .filter((r) => r['Программа (ID)'] === programmeId)
    .map((r) => [r['№'], r['Содержание пункта']]);

test('walk the steps, reorder with the keyboard, save: one programme and its numbered plan', async () => {
  harness.addon.sheet('Педагоги', (s) => s.getRange(2, 2).activate());
  const page = await open();
  // The selected teacher's row gave the context.
  await expect(page.getByLabel('ФИО учителя').inputValue()).resolves.toBe('T00001');
  await screenshot(page, 'programme');
  await fillPassport(page);
  await addItem(page, 'Посещение уроков', '2026-10-15');
  await page.locator('#i0-checkpoint').selectOption({ label: 'проведение открытого урока' });
  await addItem(page, 'Технологическая карта', '2026-12-20');
  await addItem(page, 'Открытый урок', '2027-03-01');
  // Item 3 up twice with the keyboard; focus follows the item, then takes «Ниже» at the top.
  await page.locator('#i2-up').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus').getAttribute('id')).resolves.toBe('i1-up');
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus').getAttribute('id')).resolves.toBe('i0-down');
  await expect(page.getByRole('status').filter({ hasText: 'Пункт перемещён на место 1.' }).count()).resolves.toBe(1);
  await expect(page.locator('fieldset.row legend').allTextContents()).resolves.toEqual(['Пункт 1', 'Пункт 2', 'Пункт 3']);
  await expect(page.locator('#i1-checkpoint').inputValue()).resolves.toBe('openLesson');
  await screenshot(page, 'programme-plan');
  await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
  await expectSavedBeside(page, 'save', 'Программа сохранена: статус «действует», пунктов плана: 3.');
  await screenshot(page, 'programme-saved');

  const programme = rows('Программы').find((r) => r.ID === 'P00002')!;
  expect(programme).toMatchObject({ 'ФИО учителя': T.ivanova, 'Индивидуальное сопровождение ведёт': T.petrov, 'В организации сопровождения принимают участие': T.sidorova, Статус: 'действует', 'Характер затруднений': 'методические', Начало: '07.09.2026' });
  expect(planOf('P00002')).toEqual([
    ['1', 'Открытый урок'],
    ['2', 'Посещение уроков'],
    ['3', 'Технологическая карта'],
  ]);
  // Now an edit: the heading says so, and a reorder saved again renumbers the same rows.
  await expect(page.locator('#title').textContent()).resolves.toBe('Программа сопровождения');
  await expect(page.getByRole('button', { name: 'Сохранить черновик' }).isHidden()).resolves.toBe(true);
  await page.locator('#i0-down').click();
  await expectReopened(page, 'save', 'Сохранить');
  await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
  await page.getByText('Программа сохранена', { exact: false }).waitFor();
  // Saved: the button shows it, disabled until the form changes.
  await page.locator('#save[data-saved="true"]:disabled').waitFor();
  expect(planOf('P00002')).toEqual([
    ['2', 'Открытый урок'],
    ['1', 'Посещение уроков'],
    ['3', 'Технологическая карта'],
  ]);
  expect(rows('Программы').filter((r) => r['ФИО учителя (ID)'] === 'T00001')).toHaveLength(1);
});

test('«другое» reveals a field for the deputy\'s own text; a bare one is refused by its field, then saved and reopened', async () => {
  harness.addon.sheet('Педагоги', (s) => s.getRange(2, 2).activate());
  const page = await open();
  const ownSource = page.getByLabel('Свой вариант: Диагностика проведена по результатам');
  await expect(ownSource.isHidden()).resolves.toBe(true);
  await page.getByRole('group', { name: 'Диагностика проведена по результатам' }).getByLabel('другое:', { exact: true }).check();
  await expect(ownSource.isVisible()).resolves.toBe(true);
  await fillPassport(page);
  await addItem(page, 'Доклад на конференции', '2026-12-10');
  await page.locator('#i0-checkpoint').selectOption({ label: 'другое:' });
  await page.getByLabel('Свой вариант: Контрольный срез').fill('доклад на городской конференции');
  await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
  await page.getByText('Исправьте отмеченные поля.').waitFor();
  await expect(page.locator('[data-error-for="sources"]').textContent()).resolves.toBe('«Диагностика проведена по результатам»: отмечено «другое», а свой вариант не вписан — впишите его или снимите отметку');
  await ownSource.fill('беседа с родителями');
  await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
  await expectSavedBeside(page, 'save', 'Программа сохранена: статус «действует», пунктов плана: 1.');
  expect(rows('Программы').find((r) => r.ID === 'P00002')!['Диагностика проведена по результатам']).toBe('анализ уроков; другое: беседа с родителями');
  expect(rows('План программ').find((r) => r['Программа (ID)'] === 'P00002')!['Контрольный срез']).toBe('другое: доклад на городской конференции');

  // Reopened: the stored «другое: …» is a ticked choice of its own, the checkpoint's text in its field.
  harness.addon.sheet('Программы', (s) => s.getRange(3, 2).activate());
  const again = await open();
  await expect(again.getByLabel('другое: беседа с родителями', { exact: true }).isChecked()).resolves.toBe(true);
  await again.getByRole('button', { name: 'Далее' }).click();
  await again.getByRole('button', { name: 'Далее' }).click();
  await expect(again.locator('#i0-checkpoint').inputValue()).resolves.toBe('другое');
  await expect(again.getByLabel('Свой вариант: Контрольный срез').inputValue()).resolves.toBe('доклад на городской конференции');
});

test('a draft, then errors by their fields on the step they belong to', async () => {
  const page = await open();
  await page.getByRole('button', { name: 'Далее' }).click();
  await page.getByRole('button', { name: 'Далее' }).click();
  await addItem(page, '', '2030-01-01');
  await page.getByRole('button', { name: 'Сохранить черновик' }).click();
  await page.getByText('Исправьте отмеченные поля.').waitFor();
  // Back on step 1, the first field in error focused, each message beside its field.
  await expect(page.locator('#step-1').isVisible()).resolves.toBe(true);
  await expect(page.locator(':focus').getAttribute('id')).resolves.toBe('f-teacher');
  await expect(page.locator('[data-error-for="teacherId"]').textContent()).resolves.toBe('Выберите педагога');
  await expect(page.locator('[data-error-for="categories"]').textContent()).resolves.toBe('Выберите хотя бы один вариант');
  await expect(page.getByLabel('ФИО учителя').getAttribute('aria-invalid')).resolves.toBe('true');
  await screenshot(page, 'programme-errors');
  await page.getByLabel('ФИО учителя').selectOption({ label: T.ivanova });
  await fillPassport(page);
  await page.getByRole('button', { name: 'Сохранить черновик' }).click();
  await page.getByText('Исправьте отмеченные поля.').waitFor();
  await expect(page.locator('#step-3').isVisible()).resolves.toBe(true);
  await expect(page.locator('[data-error-for="items.0.content"]').textContent()).resolves.toBe('Заполните это поле');
  await expect(page.locator('[data-error-for="items.0.deadline"]').textContent()).resolves.toBe('Срок должен быть в пределах программы: с 07.09.2026 по 31.05.2027');
  expect(rows('Программы')).toHaveLength(1);
  await page.locator('#i0-content').fill('Дневник маршрута');
  await page.locator('#i0-deadline').fill('2026-11-30');
  await page.getByRole('button', { name: 'Сохранить черновик' }).click();
  // The answer is beside the draft button that was pressed.
  await expectSavedBeside(page, 'save-draft', 'Программа сохранена: статус «черновик», пунктов плана: 1.');
  expect(rows('Программы').find((r) => r.ID === 'P00002')!.Статус).toBe('черновик');
});

test('a server failure is shown and everything typed stays', async () => {
  harness.addon.sheet('Педагоги', (s) => s.getRange(2, 2).activate());
  const page = await open();
  await fillPassport(page);
  await addItem(page, 'Посещение уроков', '2026-10-15');
  harness.addon.emulator.faults.add({ match: 'Range.setValues', error: 'Service Spreadsheets failed while accessing document' });
  await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
  await page.getByText('Service Spreadsheets failed while accessing document', { exact: false }).waitFor();
  await expect(page.locator('#i0-content').inputValue()).resolves.toBe('Посещение уроков');
  await expect(page.locator('#i0-deadline').inputValue()).resolves.toBe('2026-10-15');
  await expect(page.getByLabel('Выявленные проблемы/трудности').inputValue()).resolves.toBe('Не владеет формирующим оцениванием\nЗатрудняется в планировании');
  await expect(page.getByLabel('методические', { exact: true }).isChecked()).resolves.toBe(true);
  await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
  await page.getByText('Программа сохранена', { exact: false }).waitFor();
  expect(planOf('P00002')).toEqual([['1', 'Посещение уроков']]);
});

test('a teacher named like markup is shown as text', async () => {
  const name = '<img src=x onerror=alert(1)>';
  harness.addon.typeRow('Педагоги', { ID: 'T00009', ФИО: name, Роль: 'педагог' });
  const page = await open();
  await page.getByRole('button', { name: 'Далее' }).click();
  const participants = page.getByRole('group', { name: 'В организации сопровождения принимают участие' });
  await expect(participants.getByText(name, { exact: true }).isVisible()).resolves.toBe(true);
  await expect(page.getByLabel('ФИО учителя').locator('option', { hasText: name }).count()).resolves.toBe(1);
  await expect(page.locator('img').count()).resolves.toBe(0);
});

test('a preselected teacher\'s latest self-diagnosis ticks the difficulties and is noted', async () => {
  harness.addon.typeRow('Самодиагностика', { Педагог: T.sidorova, 'Педагог (ID)': 'T00003', 'Ключ ответа': 'k1', ID: 'G00001', Дата: '10.09.2026', методические: 4.5, организационные: 2 });
  harness.addon.sheet('Педагоги', (s) => s.getRange(4, 2).activate());
  const page = await open();
  await expect(page.locator('#diagnosis-note').innerText()).resolves.toContain('По самодиагностике от 10.09.2026');
  await expect(page.getByLabel('методические', { exact: true }).isChecked()).resolves.toBe(true);
  await expect(page.getByLabel('организационные', { exact: true }).isChecked()).resolves.toBe(false);
});
