/**
 * A save refused because another deputy saved the same record since the page opened, in Chromium:
 * the message naming what changed stands beside the button, and «Обновить данные» brings the
 * other deputy's values in while everything this deputy typed stays; the next save keeps both.
 * The protocol's meeting is changed in the sheet itself, as a colleague edits it by hand.
 */
import type { Browser, Page } from 'playwright-core';
import { openSidebar, screenshot, useSidebars, type Harness } from './browser';
import { asOk } from '../helpers/wire';
import { scheduledMeeting, settings, type Payload } from '../helpers/payloads';

jest.setTimeout(90_000);

let browser: Browser;
let harness: Harness;

useSidebars((b) => (browser = b), (h) => (harness = h));


function rows(tab: string): Array<Record<string, string>> {
  const [headers, ...data] = harness.addon.sheet(tab, (s) => s.getDataRange().getDisplayValues());
  return data.map((r) => Object.fromEntries(headers!.map((h, i) => [h, r[i]!])));
}

async function openOnProgramme(sidebar: 'programme' | 'completion'): Promise<Page> {
  harness.addon.sheet('Программы', (s) => s.getRange(2, 3).activate());
  const page = await openSidebar(browser, harness, sidebar);
  await page.locator('#form:not([hidden])').waitFor();
  return page;
}

/** The other deputy, from her own page: moves the programme's end and renames its first item. */
function otherDeputyEditsProgramme(): void {
  const { form } = asOk(harness.addon.call('getProgrammePage', { programmeId: 'P00001' })).response;
  const { id, status: _s, statusLabel: _l, items, ...rest } = form;
  const saved = harness.addon.call('saveProgramme', {
    ...rest,
    programmeId: id,
    draft: false,
    end: '2027-06-15',
    items: items.map(({ statusLabel: _shown, ...item }, i) => (i === 0 ? { ...item, content: 'Посещение уроков (от коллеги)' } : item)),
  } as Payload<'saveProgramme'>);
  if (saved.status !== 'success') throw new Error(JSON.stringify(saved));
}

test('programme: the refused save says what changed beside the button; the reload keeps what was typed', async () => {
  const page = await openOnProgramme('programme');
  await page.getByLabel('Выявленные проблемы/трудности').fill('Дисциплина на уроке\nОбратная связь с родителями');
  await page.getByRole('button', { name: 'Далее' }).click();
  await page.getByRole('button', { name: 'Далее' }).click();
  await page.locator('#i0-deadline').fill('2026-10-20');
  otherDeputyEditsProgramme();

  await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
  const said = page.locator('#save-outcome');
  await said.filter({ hasText: 'Пока страница была открыта' }).waitFor();
  await expect(said.textContent()).resolves.toContain('программа — «Окончание»');
  await expect(said.textContent()).resolves.toContain('«Содержание пункта»');
  await screenshot(page, 'programme-stale');
  // Nothing of hers reached the sheet.
  expect(rows('Программы')[0]).toMatchObject({ 'Выявленные проблемы/трудности': 'Не удерживает дисциплину на уроке', Окончание: '15.06.2027' });

  await page.getByRole('button', { name: 'Обновить данные' }).click();
  await said.filter({ hasText: 'Данные обновлены' }).waitFor();
  // Still on the plan's step; her deadline kept, the colleague's item text in; her problems kept, the colleague's end in.
  await expect(page.locator('#step-3').isVisible()).resolves.toBe(true);
  await expect(page.locator('#i0-deadline').inputValue()).resolves.toBe('2026-10-20');
  await expect(page.locator('#i0-content').inputValue()).resolves.toBe('Посещение уроков (от коллеги)');
  await expect(page.getByLabel('Выявленные проблемы/трудности').inputValue()).resolves.toBe('Дисциплина на уроке\nОбратная связь с родителями');
  await expect(page.getByLabel('Окончание').inputValue()).resolves.toBe('2027-06-15');
  await expect(page.getByRole('button', { name: 'Обновить данные' }).count()).resolves.toBe(0);

  await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
  await said.filter({ hasText: 'Программа сохранена' }).waitFor();
  expect(rows('Программы')[0]).toMatchObject({ 'Выявленные проблемы/трудности': 'Дисциплина на уроке\nОбратная связь с родителями', Окончание: '15.06.2027' });
  expect(rows('План программ')[0]).toMatchObject({ 'Содержание пункта': 'Посещение уроков (от коллеги)', 'Срок выполнения': '20.10.2026' });
});

test('completion: the refused save says what changed beside the button; the reload keeps what was typed', async () => {
  const page = await openOnProgramme('completion');
  await page.locator('#r0-after').fill('рабочая тишина');
  await page.getByLabel('успешным, эффективным', { exact: true }).check();
  await page.getByLabel('сняты полностью').check();
  await page.getByLabel('нуждается в повышении квалификации').check();
  await page.getByLabel('Дата заключения').fill('2027-05-30');

  // The other deputy completes the same programme first, with her own method for the row.
  const opened = asOk(harness.addon.call('getCompletionPage', { programmeId: 'P00001' })).response;
  const other = harness.addon.call('saveCompletion', {
    programmeId: 'P00001',
    version: opened.version,
    rows: [{ ...opened.rows[0]!, method: 'анализ уроков' }],
    outcome: 'successful',
    problemsResult: 'allResolved',
    unresolvedProblems: '',
    reasons: '',
    needs: ['training'],
    anotherRouteReason: '',
    furtherWays: 'участие в ПОС',
    conclusionDate: '2027-05-29',
  });
  expect(other.status).toBe('success');

  await page.getByRole('button', { name: 'Сохранить' }).click();
  const said = page.locator('#save-outcome');
  await said.filter({ hasText: 'Пока страница была открыта' }).waitFor();
  await expect(said.textContent()).resolves.toContain('строка анализа «Дисциплина на уроке» — «Способ диагностики результатов»');
  expect(rows('Анализ итогов')[0]).toMatchObject({ 'Состояние после завершения сопровождения': '', 'Способ диагностики результатов': 'анализ уроков' });

  await page.getByRole('button', { name: 'Обновить данные' }).click();
  await said.filter({ hasText: 'Данные обновлены' }).waitFor();
  await expect(page.locator('#r0-after').inputValue()).resolves.toBe('рабочая тишина');
  await expect(page.locator('#r0-method').inputValue()).resolves.toBe('анализ уроков');
  await expect(page.getByLabel('Дата заключения').inputValue()).resolves.toBe('2027-05-30');
  await expect(page.getByLabel('эффективные пути (способы) дальнейшего сопровождения').inputValue()).resolves.toBe('участие в ПОС');
  await expect(page.locator('#rows fieldset').count()).resolves.toBe(1);

  await page.getByRole('button', { name: 'Сохранить' }).click();
  await said.filter({ hasText: 'сохранен' }).waitFor();
  expect(rows('Анализ итогов').filter((r) => r['Программа (ID)'] === 'P00001')).toEqual([
    expect.objectContaining({ ID: 'A00001', 'Состояние после завершения сопровождения': 'рабочая тишина', 'Способ диагностики результатов': 'анализ уроков' }),
  ]);
  expect(rows('Программы')[0]).toMatchObject({ 'Дата заключения': '30.05.2027', 'Наиболее эффективные пути (способы) дальнейшего сопровождения': 'участие в ПОС' });
});

test('settings: the refused save names the colleague\'s setting; the reload brings it in and keeps what was typed; the page saves twice', async () => {
  const page = await openSidebar(browser, harness, 'settings');
  await page.locator('#form:not([hidden])').waitFor();
  await page.locator('#f-reminderHour').fill('17');
  // The other deputy, from her own form, renames the school.
  asOk(harness.addon.call('saveSettings', settings(harness.addon, { schoolShortName: 'МБОУ «СОШ №7»' })));
  const setting = (label: string) => rows('Настройки').find((r) => r.Параметр === label)?.Значение;
  const hour = setting('Час рассылки');

  await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
  const said = page.locator('#save-outcome');
  await said.filter({ hasText: 'Пока страница была открыта' }).waitFor();
  await expect(said.textContent()).resolves.toContain('настройка «Сокращённое наименование» — «Значение»');
  expect(setting('Час рассылки')).toBe(hour);

  await page.getByRole('button', { name: 'Обновить данные' }).click();
  await said.filter({ hasText: 'Данные обновлены' }).waitFor();
  await expect(page.locator('#f-reminderHour').inputValue()).resolves.toBe('17');
  await expect(page.locator('#f-schoolShortName').inputValue()).resolves.toBe('МБОУ «СОШ №7»');

  await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
  await said.filter({ hasText: 'Сохранено.' }).waitFor();
  expect([setting('Сокращённое наименование'), setting('Час рассылки')]).toEqual(['МБОУ «СОШ №7»', '17']);
  // The same page saves again: it compares with what it saved, not with what it first opened.
  await page.locator('#f-reminderHour').fill('9');
  await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
  // The click shows «Сохраняю…» at once; the answer replaces it.
  await said.filter({ hasNotText: 'Сохраняю' }).waitFor();
  await expect(said.textContent()).resolves.toContain('Сохранено.');
  expect(setting('Час рассылки')).toBe('9');
});

test('protocol: the refused save names the meeting\'s changed date; the reload brings it in and keeps the typed agenda and decision', async () => {
  const id = scheduledMeeting(harness.addon, '2026-10-15');
  const page = await openSidebar(browser, harness, 'protocol');
  await page.locator('#form:not([hidden])').waitFor();
  const question = page.getByRole('group', { name: 'Вопрос 1', exact: true });
  await question.getByLabel('Вопрос повестки').fill('Итоги взаимопосещений');
  await question.getByLabel('Слушали').fill('Иванову М.П.');
  await question.getByLabel('Решили').fill('Продолжить взаимопосещения');
  await page.getByLabel('Приглашённые').fill('Кузнецова О.В., педагог-психолог');
  // The colleague moves the meeting a day earlier in the sheet while the page is open.
  const row = rows('Сессии и встречи').findIndex((r) => r.ID === id) + 2;
  harness.addon.sheet('Сессии и встречи', (s) => {
    const headers = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0]!;
    s.getRange(row, headers.indexOf('Дата') + 1).setValue(new Date('2026-10-14T00:00:00Z'));
  });
  const protocols = rows('Протоколы').length;
  const decisions = rows('Решения протоколов').length;

  await page.getByRole('button', { name: 'Сохранить протокол' }).click();
  const said = page.locator('#save-outcome');
  await said.filter({ hasText: 'Пока страница была открыта' }).waitFor();
  await expect(said.textContent()).resolves.toContain('заседание «');
  await expect(said.textContent()).resolves.toContain('— «Дата»');
  await screenshot(page, 'protocol-stale');
  expect([rows('Протоколы').length, rows('Решения протоколов').length]).toEqual([protocols, decisions]);

  await page.getByRole('button', { name: 'Обновить данные' }).click();
  await said.filter({ hasText: 'Данные обновлены' }).waitFor();
  // The colleague's day in; the agenda, the decision and the invited as she typed them.
  await expect(page.getByLabel('Дата заседания').inputValue()).resolves.toBe('2026-10-14');
  await expect(question.getByLabel('Вопрос повестки').inputValue()).resolves.toBe('Итоги взаимопосещений');
  await expect(question.getByLabel('Слушали').inputValue()).resolves.toBe('Иванову М.П.');
  await expect(question.getByLabel('Решили').inputValue()).resolves.toBe('Продолжить взаимопосещения');
  await expect(page.getByLabel('Приглашённые').inputValue()).resolves.toBe('Кузнецова О.В., педагог-психолог');
  await expect(page.getByRole('button', { name: 'Обновить данные' }).count()).resolves.toBe(0);

  await page.getByRole('button', { name: 'Сохранить протокол' }).click();
  // The last meeting recorded: the form folds away and the answer stands above «nothing left».
  await page.locator('#status').filter({ hasText: 'Сохранён протокол №' }).waitFor();
  expect(rows('Протоколы')).toHaveLength(protocols + 1);
  expect(rows('Протоколы').at(-1)).toMatchObject({ 'Дата заседания': '14.10.2026', Приглашённые: 'Кузнецова О.В., педагог-психолог' });
  expect(rows('Решения протоколов').slice(decisions).map((d) => [d['Вопрос повестки'], d.Слушали, d.Решили])).toEqual([
    ['Итоги взаимопосещений', 'Иванову М.П.', 'Продолжить взаимопосещения'],
  ]);
});
