/**
 * The sessions sidebar in Chromium, served from dist/sessions.html with google.script.run bridged
 * to the emulator running dist/Code.js.
 */
import type { Browser, Page } from 'playwright-core';
import { openSidebar, screenshot, useSidebars, type Harness } from './browser';
import { T } from '../helpers/school';
import { settings } from '../helpers/payloads';

jest.setTimeout(60_000);

const S = 'Сессии и встречи';
const XSS = '<img src=x onerror=alert(1)>';

let browser: Browser;
let harness: Harness;

useSidebars((b) => (browser = b), (h) => (harness = h));

/** The whole page in one frame (the sticky save bar otherwise covers the last field). */
async function shot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 300, height: Number(await page.evaluate('document.documentElement.scrollHeight')) });
  await screenshot(page, name);
}

function rows(): Array<Record<string, string>> {
  const headers = harness.addon.headers(S);
  return harness.addon.sheet(S, (s) => s.getDataRange().getDisplayValues().slice(1)).map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i] ?? ''])));
}

async function fillCoaching(page: Page): Promise<void> {
  await page.getByLabel('Вид', { exact: true }).selectOption({ label: 'коучинг-сессия' });
  await page.getByLabel('Коуч-консультант / ведущий').selectOption({ label: T.petrov });
  await page.locator('#f-participantsIds').getByLabel(T.sidorova).check();
  await page.getByLabel('Форма работы', { exact: true }).selectOption({ label: 'коучинг-консалтинг' });
  await page.getByLabel('Тема').fill('Работа с мотивацией учащихся');
  await page.getByLabel('Этап работы над проблемой').fill('поиск решений');
  await page.getByLabel('Место').fill('каб. 12');
  await page.getByLabel('Дата').fill('2027-01-31');
  await page.getByLabel('Начало').fill('14:00');
  await page.getByLabel('Окончание').fill('15:00');
}

test('schedule a monthly series: three rows, the programme linked', async () => {
  const page = await openSidebar(browser, harness, 'sessions');
  await fillCoaching(page);
  // The supported teacher's active programme is picked for a coaching session.
  await expect(page.getByLabel('Программа').inputValue()).resolves.toBe('P00001');
  await page.getByLabel('Повторять ежемесячно, раз').fill('3');
  await shot(page, 'sessions');
  await page.getByRole('button', { name: 'Запланировать' }).click();
  await page.getByText('Запланирована серия из 3: 31.01.2027, 28.02.2027, 31.03.2027.').waitFor();
  const added = rows().slice(1);
  expect(added.map((r) => r.Дата)).toEqual(['31.01.2027', '28.02.2027', '31.03.2027']);
  expect(added.every((r) => r.Статус === 'запланирована' && r['Программа (ID)'] === 'P00001' && r.Участники === T.sidorova)).toBe(true);
});

test('a community meeting takes the community\'s leader and members', async () => {
  const page = await openSidebar(browser, harness, 'sessions');
  await expect(page.locator('#f-communityId').isVisible()).resolves.toBe(false);
  await page.getByLabel('Вид', { exact: true }).selectOption({ label: 'заседание ПОС' });
  await page.locator('#f-communityId').selectOption({ label: 'Научи меня Чуду!' });
  await expect(page.getByLabel('Коуч-консультант / ведущий').inputValue()).resolves.toBe('T00002');
  await expect(page.locator('#f-participantsIds').getByLabel(T.sidorova).isChecked()).resolves.toBe(true);
  await expect(page.getByLabel('Индивидуальная / групповая').inputValue()).resolves.toBe('group');
  await page.getByLabel('Тема').fill('Круглый стол');
  await page.getByLabel('Дата').fill('2026-09-25');
  await page.getByRole('button', { name: 'Запланировать' }).click();
  await page.getByText('Запланировано на 25.09.2026.').waitFor();
  // Due this month, it is ready to be marked.
  await page.getByRole('tab', { name: 'Отметить проведение' }).click();
  await page.getByRole('radio', { name: /25\.09\.2026 · заседание ПОС: Круглый стол/ }).waitFor();
  expect(rows().at(-1)).toMatchObject({ Вид: 'заседание ПОС', Сообщество: 'Научи меня Чуду!', Участники: T.sidorova, 'Коуч-консультант / ведущий': T.petrov });
});

test('mark a session held with results', async () => {
  // On its day: a session cannot be held before it.
  harness.addon.emulator.setClock('2026-09-15T12:00:00Z');
  const page = await openSidebar(browser, harness, 'sessions');
  await page.getByRole('tab', { name: 'Отметить проведение' }).click();
  await page.getByRole('radio', { name: /15\.09\.2026 14:00/ }).check();
  await page.getByLabel('Статус', { exact: true }).selectOption({ label: 'проведена' });
  await page.getByLabel('аттестация педагога').check();
  await page.getByLabel('публикация в СМИ').check();
  await page.getByLabel('Комментарий к результату').fill('Пакет к аттестации готов');
  await shot(page, 'sessions-mark');
  await page.getByRole('button', { name: 'Сохранить отметку' }).click();
  await page.getByText('Отмечено: проведена.').waitFor();
  expect(rows()[0]).toMatchObject({ Статус: 'проведена', Результат: 'аттестация педагога; публикация в СМИ', 'Комментарий к результату': 'Пакет к аттестации готов' });
  await page.getByText('Нет запланированных сессий на этот месяц и просроченных.').waitFor();
});

test('«другое» in the form of work and in the results: a field for the deputy\'s own text, saved as «другое: …»', async () => {
  harness.addon.emulator.setClock('2026-09-15T12:00:00Z');
  const page = await openSidebar(browser, harness, 'sessions');
  await fillCoaching(page);
  const ownForm = page.getByLabel('Свой вариант: Форма работы');
  await expect(ownForm.isHidden()).resolves.toBe(true);
  await page.getByLabel('Форма работы', { exact: true }).selectOption({ label: 'другое:' });
  await ownForm.fill('педагогический квест');
  await page.getByRole('button', { name: 'Запланировать' }).click();
  await page.getByText('Запланировано', { exact: false }).waitFor();
  expect(rows().at(-1)!['Форма работы']).toBe('другое: педагогический квест');

  await page.getByRole('tab', { name: 'Отметить проведение' }).click();
  await page.getByRole('radio', { name: /15\.09\.2026 14:00/ }).check();
  await page.getByLabel('Статус', { exact: true }).selectOption({ label: 'проведена' });
  await page.locator('#f-results').getByLabel('другое:', { exact: true }).check();
  await page.getByRole('button', { name: 'Сохранить отметку' }).click();
  // The answer is awaited by its text: the click returns before the server has answered.
  await page.locator('[data-error-for="results"]').filter({ hasText: '«Результат»: отмечено «другое», а свой вариант не вписан — впишите его или снимите отметку' }).waitFor();
  await page.getByLabel('Свой вариант: Результат').fill('грант на проект');
  await page.getByRole('button', { name: 'Сохранить отметку' }).click();
  await page.getByText('Отмечено: проведена.').waitFor();
  expect(rows()[0]).toMatchObject({ Статус: 'проведена', Результат: 'другое: грант на проект' });
  // The next mark starts clean: the field hidden and empty again.
  await expect(page.getByLabel('Свой вариант: Результат').isHidden()).resolves.toBe(true);
});

test('an error is shown by its field and nothing is written', async () => {
  const page = await openSidebar(browser, harness, 'sessions');
  await fillCoaching(page);
  await page.getByLabel('Окончание').fill('13:00');
  await page.getByRole('button', { name: 'Запланировать' }).click();
  await page.getByText('Исправьте отмеченные поля.').waitFor();
  await expect(page.locator('[data-error-for="endTime"]').textContent()).resolves.toBe('Окончание должно быть позже начала');
  await expect(page.getByLabel('Окончание').getAttribute('aria-invalid')).resolves.toBe('true');
  await shot(page, 'sessions-errors');
  expect(rows()).toHaveLength(1);
});

test('a server failure is shown and the typed values stay', async () => {
  const page = await openSidebar(browser, harness, 'sessions');
  await fillCoaching(page);
  harness.addon.emulator.faults.add({ match: 'Range.setValues', error: 'Service Spreadsheets failed while accessing document' });
  await page.getByRole('button', { name: 'Запланировать' }).click();
  await page.getByText('Service Spreadsheets failed while accessing document', { exact: false }).waitFor();
  await expect(page.getByLabel('Тема').inputValue()).resolves.toBe('Работа с мотивацией учащихся');
  await expect(page.locator('#f-participantsIds').getByLabel(T.sidorova).isChecked()).resolves.toBe(true);
  await expect(page.getByRole('button', { name: 'Запланировать' }).isEnabled()).resolves.toBe(true);
  expect(rows()).toHaveLength(1);
  await page.getByRole('button', { name: 'Запланировать' }).click();
  await page.getByText('Запланировано на 31.01.2027.').waitFor();
  expect(rows()).toHaveLength(2);
});

test('a teacher named like markup is shown as text', async () => {
  harness.addon.typeCell('Педагоги', 3, 'ФИО', XSS);
  harness.addon.typeCell(S, 2, 'Коуч-консультант / ведущий', XSS);
  const page = await openSidebar(browser, harness, 'sessions');
  await page.locator('#f-participantsIds').getByText(XSS, { exact: true }).waitFor();
  await page.getByRole('tab', { name: 'Отметить проведение' }).click();
  await expect(page.locator('#session-list').getByText(XSS, { exact: false }).isVisible()).resolves.toBe(true);
  await expect(page.locator('img').count()).resolves.toBe(0);
});

test('the confirmation is beside the button, which shows it saved until the form changes; the same series again is refused', async () => {
  const page = await openSidebar(browser, harness, 'sessions');
  await fillCoaching(page);
  await page.getByLabel('Повторять ежемесячно, раз').fill('2');
  const button = page.locator('#schedule-save');
  await button.click();
  const beside = page.locator('#schedule-save-outcome');
  await beside.filter({ hasText: 'Запланирована серия из 2: 31.01.2027, 28.02.2027.' }).waitFor();
  await expect(button.textContent()).resolves.toBe('Сохранено ✓');
  await expect(button.isDisabled()).resolves.toBe(true);
  // The message sits right under the button, in the bar the deputy is looking at.
  const [buttonBox, messageBox] = await Promise.all([button.boundingBox(), beside.boundingBox()]);
  expect(messageBox!.y).toBeGreaterThanOrEqual(buttonBox!.y + buttonBox!.height - 1);
  expect(messageBox!.y - (buttonBox!.y + buttonBox!.height)).toBeLessThan(40);
  await shot(page, 'sessions-saved');
  // A change opens the button again; the very same series is refused, naming the rows.
  await page.getByLabel('Место').fill('каб. 14');
  await expect(button.textContent()).resolves.toBe('Запланировать');
  await button.click();
  await page.locator('[data-error-for="date"]').filter({ hasText: 'уже запланирована: 31.01.2027 (S00002), 28.02.2027 (S00003)' }).waitFor();
  await shot(page, 'sessions-duplicate');
  expect(rows()).toHaveLength(3);
});

test('changing «Вид» resets what no longer applies; forms of work follow the kind; the leader follows the community', async () => {
  const page = await openSidebar(browser, harness, 'sessions');
  await fillCoaching(page);
  const forms = async () => page.locator('#f-workForm option').allTextContents();
  expect(await forms()).toEqual(['—', 'коучинг-консалтинг', 'технология открытого пространства', 'семинар-практикум', 'тренинг', 'деловая игра', 'мастер-класс', 'методическая выставка', 'другое:']);
  await page.getByLabel('Вид', { exact: true }).selectOption({ label: 'заседание ПОС' });
  await expect(page.getByLabel('Тема').inputValue()).resolves.toBe('');
  await expect(page.locator('#f-programmeId').isVisible()).resolves.toBe(false);
  await expect(page.locator('#f-programmeId').inputValue()).resolves.toBe('');
  await expect(page.locator('#f-stage').isVisible()).resolves.toBe(false);
  await expect(page.locator('#f-participantsIds').getByLabel(T.sidorova).isChecked()).resolves.toBe(false);
  expect(await forms()).not.toContain('митап');
  expect(await forms()).toContain('круглый стол');
  await expect(page.getByLabel('Форма работы', { exact: true }).inputValue()).resolves.toBe('');
  // With no leader chosen by hand, the leader follows the community.
  await page.getByLabel('Коуч-консультант / ведущий').selectOption('');
  await page.locator('#f-communityId').selectOption({ label: 'Научи меня Чуду!' });
  await expect(page.getByLabel('Коуч-консультант / ведущий').inputValue()).resolves.toBe('T00002');
  await page.getByLabel('Вид', { exact: true }).selectOption({ label: 'мероприятие SkillsClub' });
  expect(await forms()).toContain('митап');
  await shot(page, 'sessions-kind');
  await page.getByLabel('Вид', { exact: true }).selectOption({ label: 'коучинг-сессия' });
  await expect(page.getByLabel('Коуч-консультант / ведущий').inputValue()).resolves.toBe('');
  await expect(page.locator('#f-communityId').inputValue()).resolves.toBe('');
});

test('a coaching session offers only the marked coaches; a leader picked before stays, named as not marked, and is refused beside the field', async () => {
  const page = await openSidebar(browser, harness, 'sessions');
  await page.getByLabel('Вид', { exact: true }).selectOption({ label: 'коучинг-сессия' });
  const leaders = async () => page.locator('#f-leaderId option').allTextContents();
  expect(await leaders()).toEqual(['—', T.petrov]);
  // A community meeting's leader is anyone; picked there, she stays when the kind turns to coaching.
  await page.getByLabel('Вид', { exact: true }).selectOption({ label: 'мероприятие SkillsClub' });
  expect(await leaders()).toEqual(['—', T.ivanova, T.petrov, T.sidorova]);
  await page.getByLabel('Коуч-консультант / ведущий').selectOption({ label: T.ivanova });
  await page.getByLabel('Вид', { exact: true }).selectOption({ label: 'коучинг-сессия' });
  expect(await leaders()).toEqual(['—', `${T.ivanova} (не отмечен(а) как коуч-консультант)`, T.petrov]);
  await expect(page.getByLabel('Коуч-консультант / ведущий').inputValue()).resolves.toBe('T00001');
  await page.locator('#f-participantsIds').getByLabel(T.sidorova).check();
  await page.getByLabel('Тема').fill('Работа с мотивацией учащихся');
  await page.getByRole('button', { name: 'Запланировать' }).click();
  await page.locator('[data-error-for="leaderId"]').filter({ hasText: `${T.ivanova} не отмечен(а) как коуч-консультант на листе «Педагоги»` }).waitFor();
  await shot(page, 'sessions-not-coach');
  expect(rows()).toHaveLength(1);
});

test('a session after today cannot be marked held: the reason is beside the field', async () => {
  const page = await openSidebar(browser, harness, 'sessions');
  await page.getByRole('tab', { name: 'Отметить проведение' }).click();
  await page.getByRole('radio', { name: /15\.09\.2026 14:00/ }).check();
  await page.getByLabel('Статус', { exact: true }).selectOption({ label: 'проведена' });
  await page.getByRole('button', { name: 'Сохранить отметку' }).click();
  await page.locator('[data-error-for="status"]').filter({ hasText: 'Сессия назначена на 15.09.2026' }).waitFor();
  await shot(page, 'sessions-held-early');
  expect(rows()[0]!.Статус).toBe('запланирована');
});

test('a series on a Saturday: warned before saving, the nearest working day offered and saved when ticked', async () => {
  harness.addon.call('saveSettings', settings(harness.addon, { holidays: '23.11.2026' }));
  const page = await openSidebar(browser, harness, 'sessions');
  await fillCoaching(page);
  await page.getByLabel('Дата').fill('2026-10-24');
  await page.getByLabel('Повторять ежемесячно, раз').fill('2');
  const warning = page.locator('#workdays');
  await warning.getByText('Выпадает на выходной или каникулы: 24.10.2026 (сб).').waitFor();
  await page.getByLabel(/Перенести на ближайший рабочий день того же месяца: 24\.10\.2026 \(сб\) → 23\.10\.2026 \(пт\)/).check();
  await shot(page, 'sessions-weekend');
  await page.getByRole('button', { name: 'Запланировать' }).click();
  await page.getByText('Запланирована серия из 2: 23.10.2026, 24.11.2026.').waitFor();
  expect(rows().slice(1).map((r) => r.Дата)).toEqual(['23.10.2026', '24.11.2026']);
  // A holiday from «Настройки» counts too.
  await page.getByLabel('Дата').fill('2026-11-23');
  await page.getByLabel('Повторять ежемесячно, раз').fill('1');
  await warning.getByText('Выпадает на выходной или каникулы: 23.11.2026 (пн).').waitFor();
});

test('a session whose row has a bad cell is listed under the ones to mark, read-only, with its cell', async () => {
  harness.addon.emulator.setClock('2026-09-15T12:00:00Z');
  const cell = harness.addon.typeCell(S, 2, 'Вид', 'коучинг');
  const page = await openSidebar(browser, harness, 'sessions');
  await page.getByRole('tab', { name: 'Отметить проведение' }).click();
  const section = page.locator('#unreadable');
  await section.getByText('15.09.2026 коучинг: Приёмы удержания внимания').waitFor();
  await section.getByRole('button', { name: `${S}!${cell}` }).waitFor();
  await expect(section.textContent()).resolves.toContain('«коучинг»');
  await shot(page, 'sessions-unreadable');
});

test('the programme offered is a participant\'s: another teacher\'s cannot be picked', async () => {
  const page = await openSidebar(browser, harness, 'sessions');
  await page.getByLabel('Вид', { exact: true }).selectOption({ label: 'коучинг-сессия' });
  const offered = async () => page.locator('#f-programmeId option:not([disabled])').evaluateAll((options) => options.map((o) => (o as { value: string }).value));
  // No participant yet: no programme; Ivanova has none of her own; Sidorova's is P00001.
  expect(await offered()).toEqual(['']);
  await page.locator('#f-participantsIds').getByLabel(T.ivanova).check();
  expect(await offered()).toEqual(['']);
  await page.locator('#f-participantsIds').getByLabel(T.sidorova).check();
  expect(await offered()).toEqual(['', 'P00001']);
  await page.getByLabel('Программа').selectOption('P00001');
  // Sidorova unticked: her programme leaves the session.
  await page.locator('#f-participantsIds').getByLabel(T.sidorova).uncheck();
  await expect(page.getByLabel('Программа').inputValue()).resolves.toBe('');
});
