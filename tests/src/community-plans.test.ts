/**
 * The communities' year plans and orders (003 §7, 004 §5.1) through the built bundle, on the busy
 * school (20.11.2026): the plan filled from the community's scheduled meetings, the monthly
 * minimum checked against it by «Проверить данные», the plan as a document, and the two orders
 * of 003 §7 made from the register «Приказы» with their own number, date and director.
 */
import { hostCreateFolder } from '@pds/emulator';
import type { Addon } from '../helpers/addon';
import { busySchool } from '../helpers/busy-school';
import { docOf, ok, selectRows, start } from '../helpers/documents';
import { T } from '../helpers/school';
import { asOk } from '../helpers/wire';

const FILL = 'Заполнить планы сообществ из запланированных встреч';
const PLAN = 'План работы сообществ';

interface Problem {
  tab: string;
  cell: string;
  message: string;
  severity: string;
}

function school(): Addon {
  const addon = busySchool();
  addon.setting('Папка на Google Диске', hostCreateFolder(addon.emulator, 'Школа №2'));
  addon.setting('Полное наименование образовательной организации', 'МБОУ «Средняя школа №2»');
  addon.setting('Директор (Фамилия И.О.)', 'Смирнова А.А.');
  // Beside the held meeting of 18.10 (S00004): one planned for December, one cancelled.
  const meeting = { 'Индивидуальная / групповая': 'групповая', 'Коуч-консультант / ведущий': T.petrov, 'Коуч-консультант / ведущий (ID)': 'T00002', Сообщество: 'Научи меня Чуду!', 'Сообщество (ID)': 'C00001', Вид: 'заседание ПОС' };
  addon.typeRow('Сессии и встречи', { ...meeting, ID: 'S00020', Дата: '15.12.2026', 'Форма работы': 'мастер-класс', Тема: 'Приёмы смыслового чтения', Статус: 'запланирована' });
  addon.typeRow('Сессии и встречи', { ...meeting, ID: 'S00021', Дата: '16.12.2026', Тема: 'Отменённая встреча', Статус: 'отменена' });
  return addon;
}

function planRows(addon: Addon): string[][] {
  const headers = addon.headers(PLAN);
  const wanted = ['Сообщество', 'Учебный год', 'Месяц', 'Тема', 'Форма работы', 'Ответственный'].map((h) => headers.indexOf(h));
  return addon.sheet(PLAN, (s) => s.getDataRange().getDisplayValues()).slice(1).map((r) => wanted.map((i) => r[i]!));
}

function planProblems(addon: Addon): Problem[] {
  const report = asOk(addon.call('runDataCheck')).response as { problems: Problem[] };
  return report.problems.filter((p) => p.tab === PLAN);
}

describe('a community year plan', () => {
  let addon: Addon;
  beforeAll(() => {
    addon = school();
    addon.click(FILL);
  });

  test('is filled from the scheduled meetings of the school year, cancelled ones left out', () => {
    expect(planRows(addon)).toEqual([
      ['Научи меня Чуду!', '2026/2027', 'октябрь', 'Формирующее оценивание', 'круглый стол', T.petrov],
      ['Научи меня Чуду!', '2026/2027', 'декабрь', 'Приёмы смыслового чтения', 'мастер-класс', T.petrov],
    ]);
    expect(addon.lastAlert()).toContain('Научи меня Чуду!: 2');
  });

  test('a second fill adds nothing; a meeting scheduled since is added', () => {
    addon.click(FILL);
    expect(addon.lastAlert()).toContain('добавлять нечего');
    expect(planRows(addon)).toHaveLength(2);
    addon.typeRow('Сессии и встречи', {
      ID: 'S00022',
      Дата: '12.01.2027',
      Вид: 'заседание ПОС',
      'Индивидуальная / групповая': 'групповая',
      Тема: 'Итоги полугодия',
      'Коуч-консультант / ведущий': T.petrov,
      'Коуч-консультант / ведущий (ID)': 'T00002',
      Сообщество: 'Научи меня Чуду!',
      'Сообщество (ID)': 'C00001',
      Статус: 'запланирована',
    });
    addon.click(FILL);
    expect(planRows(addon).map((r) => r[2])).toEqual(['октябрь', 'декабрь', 'январь']);
  });

  test('the data check reports minimum months the plan leaves empty and a planned month past without a meeting held', () => {
    // The deputy types a November item; no meeting of the community is held in November.
    addon.typeRow(PLAN, { ID: 'Y00010', Сообщество: 'Научи меня Чуду!', 'Сообщество (ID)': 'C00001', 'Учебный год': '2026/2027', Месяц: 'ноябрь', Тема: 'Взаимопосещение уроков' });
    addon.emulator.setClock('2026-12-03T07:00:00Z');
    const messages = planProblems(addon).map((p) => p.message);
    const empty = messages.filter((m) => m.includes('ничего не назначает'));
    // September to June by default: all but October, November, December, January.
    expect(empty.map((m) => /в ([а-я]+ \d{4})/.exec(m)![1])).toEqual(['сентябре 2026', 'феврале 2027', 'марте 2027', 'апреле 2027', 'мае 2027', 'июне 2027']);
    const notHeld = messages.filter((m) => m.includes('намечено заседание'));
    expect(notHeld).toEqual([expect.stringContaining('в ноябре 2026 намечено заседание')]);
    expect(planProblems(addon).map((p) => [p.cell, p.severity])).toEqual(messages.map(() => ['A2', 'warning']));
  });

  test('the months the minimum applies to come from «Настройки»', () => {
    addon.setting('Месяцы, в которые сообщества обязаны проводить заседания', 'октябрь–январь');
    expect(planProblems(addon).filter((p) => p.message.includes('ничего не назначает'))).toEqual([]);
  });

  test('is a document «План работы … на 2026/2027 учебный год» with its rows in month order', () => {
    selectRows(addon, 'Сообщества', 'A2');
    const text = docOf(addon, ok(start(addon, 'communityPlan', 'selected')));
    expect(text).toContain('ПЛАН РАБОТЫ');
    expect(text).toContain('ПОС «Научи меня Чуду!»');
    expect(text).toContain('на 2026/2027 учебный год');
    expect(text).toContain('УТВЕРЖДАЮ');
    expect(text).toContain('Смирнова');
    const order = ['Формирующее оценивание', 'Взаимопосещение уроков', 'Приёмы смыслового чтения', 'Итоги полугодия'].map((t) => text.indexOf(t));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(text).not.toContain('Отменённая встреча');
  });
});

describe('orders of 003 §7', () => {
  let addon: Addon;
  beforeAll(() => {
    addon = school();
    addon.click(FILL);
    addon.typeRow('Приказы', { ID: 'J00001', '№ приказа': '45-о', 'Дата приказа': '01.09.2026', 'Вид приказа': 'О назначении руководителей ПОС' });
    addon.typeRow('Приказы', {
      ID: 'J00002',
      '№ приказа': '46-о',
      'Дата приказа': '02.09.2026',
      'Вид приказа': 'Об утверждении плана работы ПОС на учебный год',
      Сообщество: 'Научи меня Чуду!',
      'Сообщество (ID)': 'C00001',
      'Директор (Фамилия И.О.)': 'Кузьмин Б.В.',
    });
  });

  test('the order appointing the leaders names each ПОС with its leader and secretary, signed by the director of the settings', () => {
    const job = ok(start(addon, 'leadersOrder'));
    expect(job.results[0]!.title).toContain('№ 45-о');
    const text = docOf(addon, job);
    expect(text).toContain('ПРИКАЗ');
    expect(text).toContain('01.09.2026 № 45-о');
    expect(text).toContain('О назначении руководителей ПОС');
    expect(text).toContain('ПРИКАЗЫВАЮ');
    expect(text).toMatch(new RegExp(`Научи меня Чуду!\\s*${T.petrov}\\s*${T.ivanova}`));
    expect(text).toContain('А.А.\u00a0Смирнова');
  });

  test('the order approving the plan has its own director and counts the plan; the plan then names it', () => {
    const text = docOf(addon, ok(start(addon, 'planOrder')));
    expect(text).toContain('02.09.2026 № 46-о');
    expect(text).toContain('Об утверждении плана работы ПОС на 2026/2027 учебный год');
    expect(text).toContain('Утвердить планы работы ПОС на 2026/2027 учебный год');
    expect(text).toContain('Б.В.\u00a0Кузьмин');
    expect(text).not.toContain('Смирнова');
    const plan = docOf(addon, ok(start(addon, 'communityPlan')));
    expect(plan).toContain('Утверждён приказом от 02.09.2026 № 46-о');
    // Its approval is the order's: its director and date.
    expect(plan).toMatch(/УТВЕРЖДАЮ[\s\S]*Кузьмин Б\.В\.\s*02\.09\.2026/);
  });

  test('each order row gets its document link; nothing is left to make', () => {
    const headers = addon.headers('Приказы');
    const links = addon.sheet('Приказы', (s) => s.getDataRange().getValues()).slice(1).map((r) => String(r[headers.indexOf('Документ (ссылка)')]));
    expect(links.every((l) => l.startsWith('https://'))).toBe(true);
    expect(asOk(addon.call('startDocuments', { kind: 'leadersOrder', scope: 'needed' })).response.job).toBeNull();
  });

  test('an order approving, or a plan document of, a plan with no rows is refused with the community named', () => {
    const row = addon.typeRow('Сообщества', { ID: 'C00009', Название: 'Молодые учителя', Вид: 'ПОС', Руководитель: T.petrov, 'Руководитель (ID)': 'T00002', 'Периодичность заседаний': 'ежемесячно' });
    addon.typeRow('Приказы', { ID: 'J00003', '№ приказа': '47-о', 'Дата приказа': '03.09.2026', 'Вид приказа': 'Об утверждении плана работы ПОС на учебный год', Сообщество: 'Молодые учителя', 'Сообщество (ID)': 'C00009' });
    const job = ok(start(addon, 'planOrder'));
    expect(job.failures).toEqual([expect.objectContaining({ reason: expect.stringContaining('нет строк «Молодые учителя» на 2026/2027') })]);
    // Its year plan, asked for by its row, is refused the same way rather than printed empty.
    selectRows(addon, 'Сообщества', `A${row}`);
    const plan = ok(start(addon, 'communityPlan', 'selected'));
    expect(plan.failures).toEqual([expect.objectContaining({ reason: expect.stringContaining('нет строк «Молодые учителя» на 2026/2027') })]);
  });
});
