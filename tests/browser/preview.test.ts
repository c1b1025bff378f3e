/**
 * `npm start`'s page driven like a deputy: set up an empty book, add a teacher in the sidebar,
 * type into the grid; then, on the demo school, open a generated passport, fill a questionnaire
 * as a teacher, and move the clock with the triggers and the outbox in view. Screenshots of each
 * step go to test-output/preview/; PREVIEW_SCREENSHOT=1 also writes docs/preview.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Preview } from '../../tools/preview/app-server';
import { closePages, launchBrowser } from './browser';
import { menu, openPreview, press, settled, sidebar, tab } from './preview-page';

jest.setTimeout(60_000);

const OUT = path.resolve(__dirname, '..', '..', 'test-output', 'preview');
const DOCS = path.resolve(__dirname, '..', '..', 'docs', 'preview.png');

let browser: Browser;
let preview: Preview | null = null;
let dir: string;
/** Script errors of the page: none may happen. */
let errors: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-'));
});
afterEach(async () => {
  // The page first, so nothing it still sends reaches a closed server.
  await closePages();
  await preview?.close();
  preview = null;
  fs.rmSync(dir, { recursive: true, force: true });
  const seen = errors;
  errors = [];
  expect(seen).toEqual([]);
});

async function open(options: { demo: boolean }): Promise<Page> {
  const opened = await openPreview(browser, dir, { ...options, errors });
  preview = opened.preview;
  return opened.page;
}

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
}

test('an empty book: set it up, add a teacher in the sidebar, type into the grid', async () => {
  const page = await open({ demo: false });
  await menu(page, 'Настроить книгу');
  // The set-up report waits for the deputy: nothing is written before OK.
  const alert = page.getByTestId('alert');
  await alert.waitFor();
  await shot(page, '01-setup-report');
  await press(page, alert.getByRole('button', { name: 'ОК' }));
  await tab(page, 'Педагоги');
  await expect(page.locator('[data-cell="B1"]').textContent()).resolves.toBe('ФИО');

  await menu(page, 'Педагог');
  const side = sidebar(page);
  await side.getByLabel('ФИО').fill('Новикова Ольга Сергеевна');
  await side.getByLabel('Эл. почта').fill('novikova@school.example');
  await side.getByLabel('Роль').selectOption({ label: 'наставник' });
  await side.getByLabel('Дата аттестации').fill('2025-03-14');
  await press(page, side.getByRole('button', { name: 'Сохранить' }));
  await side.getByText('Педагог добавлен.', { exact: false }).waitFor();
  await page.locator('[data-cell="B2"]', { hasText: 'Новикова Ольга Сергеевна' }).waitFor();
  await shot(page, '02-teacher-added');

  // A list cell offers its drop-down; a typed date is read as a date and shown dd.MM.yyyy.
  await press(page, page.locator('[data-cell="F2"]'));
  await page.getByTestId('cell-name').filter({ hasText: 'F2' }).waitFor();
  await expect(page.getByTestId('cell-select').locator('option').allTextContents()).resolves.toContain('молодой специалист');
  await page.getByTestId('cell-select').selectOption('молодой специалист');
  await settled(page);
  await page.locator('[data-cell="F2"]', { hasText: 'молодой специалист' }).waitFor();
  const attestation = await page.locator('thead th').allTextContents();
  expect(attestation.length).toBeGreaterThan(5);
  const cell = page.locator('td[data-cell^="L"][data-cell$="2"]').first();
  await press(page, cell);
  await page.getByTestId('cell-input').fill('1.9.2026');
  await page.getByTestId('cell-input').press('Enter');
  await settled(page);
  await cell.filter({ hasText: '01.09.2026' }).waitFor();
  // Enter moved the selection down, and the arrows move it as in Sheets.
  await page.getByTestId('cell-name').filter({ hasText: 'L3' }).waitFor();
  await page.locator('body').click({ position: { x: 5, y: 790 } });
  await page.keyboard.press('ArrowUp');
  await settled(page);
  await page.getByTestId('cell-name').filter({ hasText: 'L2' }).waitFor();
  await expect(page.getByTestId('cell-input').inputValue()).resolves.toBe('01.09.2026');
  await shot(page, '03-grid-typed');
});

test('the demo school: a passport opened, a form filled as a teacher, the clock moved', async () => {
  const page = await open({ demo: true });
  await expect(page.getByTestId('clock').textContent()).resolves.toContain('15.10.2026 09:00');
  await tab(page, 'Программы');
  await page.locator('tr.frozen').first().waitFor();
  await shot(page, '10-demo');
  await tab(page, 'Сводка');
  await expect(page.getByTestId('chart').first().evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).resolves.toBeGreaterThan(0);
  await shot(page, '10-dashboard');

  // Drive: the passports the demo generated open as pages.
  await page.locator('[data-panel="drive"]').click();
  const link = page.getByTestId('drive-file').filter({ hasText: 'Паспорт программы — ' }).first().getByTestId('open-doc');
  // Opened in this tab: the bundled Chromium runs single-process, where a second window is fragile.
  const href = await link.getAttribute('href');
  await page.goto(`${preview!.url}${href!}`);
  await expect(page.locator('body').textContent()).resolves.toContain('СОШ №7');
  await shot(page, '11-passport');
  await page.goto(`${preview!.url}/`);
  await settled(page);
  await page.getByTestId('clock').waitFor();

  // A questionnaire filled as a chosen teacher: the submit trigger writes the answer.
  await page.locator('[data-panel="forms"]').click();
  const request = page.getByTestId('form').filter({ hasText: 'Запрос' }).first();
  await press(page, request.getByRole('button', { name: 'Заполнить' }));
  const form = page.getByTestId('form-fill');
  await form.getByTestId('respondent').selectOption('belova@school7.example');
  for (const question of await form.locator('.question').all()) {
    const select = question.locator('select');
    if ((await select.count()) > 0) await select.first().selectOption({ index: 1 });
    const text = question.locator('input[type=text], textarea');
    if ((await text.count()) > 0) await text.first().fill('Белова Ирина Николаевна');
    const box = question.locator('input[type=checkbox]');
    if ((await box.count()) > 0) await box.first().check();
  }
  await shot(page, '12-form');
  await press(page, form.getByRole('button', { name: 'Отправить' }));
  await request.locator('td').nth(2).filter({ hasText: '1' }).waitFor();
  await page.locator('[data-panel="console"]').click();
  await page.getByTestId('execution').filter({ hasText: 'onFormSubmitEvent' }).filter({ hasText: 'выполнено' }).first().waitFor();

  // Time passes to the 1st: the daily run has sent November's reminders, read in the outbox.
  await page.locator('[data-panel="outbox"]').click();
  const sent = await page.getByTestId('mail').count();
  // While the fortnight of daily runs goes, the page says so, as Sheets shows «Running script».
  const running = page.getByTestId('running').waitFor({ state: 'visible' });
  await press(page, page.getByTestId('clock-first'));
  await running;
  await expect(page.getByTestId('running').isVisible()).resolves.toBe(false);
  await page.getByTestId('clock').filter({ hasText: '01.11.2026 12:00' }).waitFor();
  await expect(page.getByTestId('mail').count()).resolves.toBeGreaterThan(sent);
  const reminder = page.getByTestId('mail').filter({ hasText: 'belova@school7.example' }).filter({ hasText: /ноябр/i }).first();
  await reminder.locator('summary').click();
  await expect(reminder.locator('pre').textContent()).resolves.toContain('Белова');
  await shot(page, '13-reminders');
  await page.locator('[data-panel="triggers"]').click();
  await page.getByTestId('trigger').filter({ hasText: 'dailyTick' }).waitFor();
  await page.getByTestId('trigger').filter({ hasText: 'onFormSubmitEvent' }).waitFor();
  await shot(page, '14-triggers');
});

/** The grid cell under `header` in `row` (1-based), found by the header row's text. */
async function cellOf(page: Page, header: string, row: number) {
  const head = page.locator('tbody tr').first().locator('td', { hasText: new RegExp(`^${header}$`) }).first();
  const column = (await head.getAttribute('data-cell'))!.replace(/\d+$/, '');
  return page.locator(`[data-cell="${column}${row}"]`);
}

test("the deputy's week on the demo school: programme, meeting, protocol, passport", async () => {
  const page = await open({ demo: true });
  const side = sidebar(page);

  // A programme for the selected teacher (row 17: Харитонова, T00016), with two plan items.
  await tab(page, 'Педагоги');
  await press(page, page.locator('[data-cell="B17"]'));
  await page.getByTestId('cell-name').filter({ hasText: 'B17' }).waitFor();
  await menu(page, 'Новая программа сопровождения');
  await expect(side.getByLabel('ФИО учителя').inputValue()).resolves.toBe('T00016');
  await side.getByLabel('методические', { exact: true }).check();
  await side.getByLabel('анализ уроков', { exact: true }).check();
  await side.getByLabel('Выявленные проблемы/трудности').fill('Не использует групповую работу');
  await press(page, side.getByRole('button', { name: 'Далее' }));
  await side.getByLabel('Индивидуальное сопровождение ведёт').selectOption({ label: 'Громов Андрей Павлович' });
  await side.getByLabel('Решение о сопровождении принято').fill('2026-10-14');
  await side.getByLabel('коучинг-сессии', { exact: true }).check();
  await side.getByLabel('Начало').fill('2026-10-19');
  await side.getByLabel('Окончание').fill('2027-05-28');
  await press(page, side.getByRole('button', { name: 'Далее' }));
  for (const [content, deadline] of [['Посещение уроков', '2026-11-20'], ['Открытый урок', '2027-02-19']] as const) {
    await side.getByRole('button', { name: 'Добавить пункт' }).click();
    const index = (await side.locator('fieldset.row').count()) - 1;
    await side.locator(`#i${index}-content`).fill(content);
    await side.locator(`#i${index}-deadline`).fill(deadline);
  }
  await press(page, side.getByRole('button', { name: 'Сохранить', exact: true }));
  await side.getByText(/Программа сохранена: статус «действует»/).waitFor();
  await tab(page, 'Программы');
  await page.locator('td', { hasText: 'Харитонова Юлия Петровна' }).first().waitFor();
  await shot(page, '20-programme');

  // A community meeting today, marked held in its row, then its protocol.
  await menu(page, 'Сессии и встречи');
  await side.getByLabel('Вид', { exact: true }).selectOption({ label: 'заседание ПОС' });
  await side.locator('#f-communityId').selectOption({ label: 'Формирующее оценивание' });
  await settled(page);
  await side.getByLabel('Тема').fill('Взаимопосещения: первые итоги');
  await side.getByLabel('Дата').fill('2026-10-15');
  await press(page, side.getByRole('button', { name: 'Запланировать' }));
  await side.getByText('Запланировано на 15.10.2026.').waitFor();
  await tab(page, 'Сессии и встречи');
  const last = (await page.locator('tbody tr').filter({ has: page.locator('td', { hasText: 'Взаимопосещения: первые итоги' }) }).locator('th').first().textContent())!;
  const status = await cellOf(page, 'Статус', Number(last));
  await press(page, status);
  await page.getByTestId('cell-select').selectOption('проведена');
  await settled(page);
  await status.filter({ hasText: 'проведена' }).waitFor();
  await menu(page, 'Протокол заседания');
  await side.getByText(/Протокол № 2 \(2026\/2027 учебный год\)/).waitFor();
  const question = side.getByRole('group', { name: 'Вопрос 1', exact: true });
  await question.getByLabel('Вопрос повестки').fill('Итоги взаимопосещений');
  await question.getByLabel('Решили').fill('Продолжить взаимопосещения');
  await press(page, side.getByRole('button', { name: 'Сохранить протокол' }));
  await side.getByText(/Сохранён протокол № 2 \(2026\/2027\), решений: 1\./).waitFor();
  await tab(page, 'Протоколы');
  await shot(page, '21-protocol');

  // The new programme's passport: generated from the Documents sidebar, opened from Drive.
  await menu(page, 'Документы', 'Создать документы…');
  await side.getByLabel('Вид документа').selectOption('passport');
  await press(page, side.getByRole('button', { name: 'Создать' }));
  await side.getByText('Готово 1 из 1').first().waitFor();
  await page.locator('[data-panel="drive"]').click();
  const link = page.getByTestId('drive-file').filter({ hasText: 'Паспорт программы — Харитонова' }).getByTestId('open-doc');
  const href = await link.getAttribute('href');
  await shot(page, '22-documents');
  if (process.env.PREVIEW_SCREENSHOT === '1') await page.screenshot({ path: DOCS });
  await page.goto(`${preview!.url}${href!}`);
  await expect(page.locator('body').textContent()).resolves.toContain('Не использует групповую работу');
  await shot(page, '23-passport');
});

test('an alert and an error from menu items show as dialogs; reset starts over and keeps a backup', async () => {
  const page = await open({ demo: false });
  await menu(page, 'Документы', 'Продолжить');
  const alert = page.getByTestId('alert');
  await alert.waitFor();
  await press(page, alert.getByRole('button', { name: 'ОК' }));
  await expect(alert.count()).resolves.toBe(0);

  // An error the add-on throws: its message in a dialog, and the failed execution in the console.
  await menu(page, 'Анкеты', 'Обработать ответы');
  const error = page.getByTestId('error-dialog');
  await error.getByText('нет листа «Педагоги»: запустите «Настроить книгу»').waitFor();
  await shot(page, '30-error');
  await press(page, error.getByRole('button', { name: 'ОК' }));
  await page.locator('[data-panel="console"]').click();
  await page.getByTestId('execution').filter({ hasText: 'processFormResponses' }).filter({ hasText: 'нет листа «Педагоги»' }).waitFor();
  await page.getByTestId('log').filter({ hasText: 'processFormResponses (menu, deputy@school.example, FULL) failed' }).waitFor();

  await menu(page, 'Настроить книгу');
  await press(page, page.getByTestId('alert').getByRole('button', { name: 'ОК' }));
  await page.getByTestId('tabs').getByRole('button', { name: 'Педагоги' }).waitFor();
  page.once('dialog', (dialog) => void dialog.accept());
  await press(page, page.getByTestId('reset'));
  await page.getByTestId('tabs').getByRole('button', { name: 'Педагоги' }).waitFor({ state: 'detached' });
  expect(fs.existsSync(preview!.session.backupFile())).toBe(true);
});
