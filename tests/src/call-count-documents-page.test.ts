/**
 * «Документы» opens counting, for every kind, the records that still need a document. It reads
 * only the columns deciding that (ids, links, outcome, teacher, a session's kind and status, the
 * register's kind, record and date), never whole rows: so the cells it reads grow by those
 * columns alone, and its spreadsheet calls do not grow with the book.
 */
import { BENCH_START, buildBook, rowsFor, type Size } from '../../bench/fixtures';
import type { Book } from '../../bench/driver';
import { DIST } from '../helpers/addon';
import { asOk } from '../helpers/wire';

const BASE: Size = { name: 'base', teachers: 60, programmes: 20, sessions: 600, communities: 3 };
/**
 * More teachers, programmes, communities and protocols; the same sessions. Programmes past the
 * rows a new sheet has: a whole read costs the sheet's grid, blank rows too.
 */
const MORE_RECORDS: Size = { name: 'more records', teachers: 600, programmes: 1500, sessions: 600, communities: 6 };
/** More sessions only. */
const MORE_SESSIONS: Size = { ...BASE, name: 'more sessions', sessions: 6000 };

/** The fixture makes two protocols a community. */
const protocolsOf = (s: Size) => 2 * s.communities;

function openPage(size: Size) {
  const book = buildBook(DIST, size);
  book.emulator.calls.reset();
  book.emulator.cells.read = 0;
  const page = asOk(book.call('getDocumentsPage', {})).response;
  return { page, calls: book.emulator.calls.total('SpreadsheetApp') + book.emulator.calls.total('Sheets'), cells: book.emulator.cells.read };
}

test('more programmes, communities and protocols: the same calls; cells read grow by their deciding columns only', () => {
  const base = openPage(BASE);
  const more = openPage(MORE_RECORDS);
  expect(more.calls).toBe(base.calls);
  // A programme's id, teacher, outcome and three links; a protocol's id and link; a community's id.
  const scanned = (s: Size) => 6 * s.programmes + 2 * protocolsOf(s) + s.communities;
  expect(more.cells - base.cells).toBeLessThanOrEqual(scanned(MORE_RECORDS) - scanned(BASE));
  expect(more.page.kinds.find((k) => k.key === 'passport')?.needed).toBe(MORE_RECORDS.programmes);
});

test('more sessions: the same calls; cells read grow by a session\u2019s id, kind, status and link only', () => {
  const base = openPage(BASE);
  const more = openPage(MORE_SESSIONS);
  expect(more.calls).toBe(base.calls);
  expect(more.cells - base.cells).toBeLessThanOrEqual(4 * (MORE_SESSIONS.sessions - BASE.sessions));
});

/** Writes cells of the row whose ID is `id`, by header, as the deputy would type them. */
function edit(book: Book, tab: string, id: string, values: Record<string, string>): void {
  book.sheet(tab, (s) => {
    const grid = s.getDataRange().getValues();
    const headers = grid[0]!.map(String);
    const row = grid.findIndex((r) => r[headers.indexOf('ID')] === id);
    if (row < 1) throw new Error(`${tab}: no row ${id}`);
    for (const [header, value] of Object.entries(values)) {
      const column = headers.indexOf(header);
      if (column < 0) throw new Error(`${tab}: no column ${header}`);
      s.getRange(row + 1, column + 1).setValue(value);
    }
  });
}

/** Rows typed by header into a tab, as a block. */
function appendByHeader(book: Book, tab: string, rows: Array<Record<string, string>>): void {
  book.sheet(tab, (s) => {
    const headers = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0]!.map(String);
    s.getRange(s.getLastRow() + 1, 1, rows.length, headers.length).setValues(rows.map((r) => headers.map((h) => r[h] ?? '')));
  });
}

/** Rows of the document register (kind as its label, the record, the day it was made). */
function registerDocuments(book: Book, rows: Array<{ kind: string; recordId: string; created: string }>): void {
  book.sheet('Реестр документов', (s) => {
    const headers = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0]!.map(String);
    const grid = rows.map((r, i) => {
      const cells: Record<string, string> = {
        ID: `F${String(i + 1).padStart(5, '0')}`,
        'Вид документа': r.kind,
        Название: `Документ ${i + 1}`,
        Запись: r.recordId,
        Ссылка: `https://docs.google.com/document/d/registered-${i + 1}/edit`,
        Создан: r.created,
        'Хранить до': '31.12.2032',
      };
      return headers.map((h) => cells[h] ?? '');
    });
    s.getRange(s.getLastRow() + 1, 1, grid.length, headers.length).setValues(grid);
  });
}

test('what each kind still needs: a link on the row or a register entry of that kind takes a record out', () => {
  const book = buildBook(DIST, BASE);
  const link = (n: number) => `https://docs.google.com/document/d/linked-${n}/edit`;
  // Held events of the fixture, by id, in sheet order.
  const events = rowsFor(BASE)['Сессии и встречи']!.filter((s) => (s['Вид'] === 'заседание ПОС' || s['Вид'] === 'мероприятие SkillsClub') && s['Статус'] === 'проведена').map((s) => String(s['ID']));
  expect(events.length).toBeGreaterThan(2);
  edit(book, 'Программы', 'P00001', { 'Паспорт (ссылка)': link(1) });
  edit(book, 'Программы', 'P00003', { 'Карта (ссылка)': link(3) });
  edit(book, 'Программы', 'P00004', { 'Индивидуальное сопровождение можно считать': 'успешным, эффективным' });
  edit(book, 'Программы', 'P00005', { 'Индивидуальное сопровождение можно считать': 'неэффективным', 'Заключение (ссылка)': link(5) });
  edit(book, 'Программы', 'P00006', { 'Индивидуальное сопровождение можно считать': 'успешным, эффективным' });
  edit(book, 'Протоколы', 'R00001', { 'Документ (ссылка)': link(7) });
  edit(book, 'Сессии и встречи', events[0]!, { 'Пост-релиз (ссылка)': link(8) });
  registerDocuments(book, [
    { kind: 'паспорт программы', recordId: 'P00002', created: '01.10.2026' },
    { kind: 'анализ итогов и заключение', recordId: 'P00006', created: '01.06.2027' },
    { kind: 'протокол заседания', recordId: 'R00002', created: '01.10.2026' },
    { kind: 'пост-релиз', recordId: events[1]!, created: '01.10.2026' },
    // The year's final report counts; one made while the year ran was interim and does not.
    { kind: 'отчёт сообщества за учебный год', recordId: 'C00001:2026/2027', created: '10.06.2027' },
    { kind: 'отчёт сообщества за учебный год', recordId: 'C00002:2026/2027', created: '01.03.2027' },
  ]);
  // A year plan of C00001 and C00002 (C00002's already made); two orders, the second linked.
  appendByHeader(book, 'План работы сообществ', [
    { ID: 'Y00001', 'Сообщество (ID)': 'C00001', Сообщество: 'x', 'Учебный год': '2026/2027', Месяц: 'сентябрь', Тема: 'Установочное заседание' },
    { ID: 'Y00002', 'Сообщество (ID)': 'C00001', Сообщество: 'x', 'Учебный год': '2026/2027', Месяц: 'октябрь', Тема: 'Семинар' },
    { ID: 'Y00003', 'Сообщество (ID)': 'C00002', Сообщество: 'x', 'Учебный год': '2026/2027', Месяц: 'сентябрь', Тема: 'Митап' },
    { ID: 'Y00004', 'Сообщество (ID)': 'C00003', Сообщество: 'x', 'Учебный год': '2025/2026', Месяц: 'сентябрь', Тема: 'Прошлый год' },
  ]);
  appendByHeader(book, 'Приказы', [
    { ID: 'J00001', '№ приказа': '1', 'Дата приказа': '01.09.2026', 'Вид приказа': 'О назначении руководителей ПОС' },
    { ID: 'J00002', '№ приказа': '2', 'Дата приказа': '02.09.2026', 'Вид приказа': 'Об утверждении плана работы ПОС на учебный год', 'Документ (ссылка)': link(9) },
    { ID: 'J00003', '№ приказа': '3', 'Дата приказа': '03.09.2026', 'Вид приказа': 'другой' },
  ]);
  registerDocuments(book, [{ kind: 'план работы сообщества на учебный год', recordId: 'C00002:2026/2027', created: '01.09.2026' }]);
  // Coaching schedules agreed this year by two teachers (one already made) and one last year.
  appendByHeader(book, 'Согласование расписаний сессий', [
    { ID: 'H00001', 'Педагог (ID)': 'T00001', Педагог: 'x', 'Учебный год': '2026/2027', 'Коуч-консультант (ID)': 'T00002', 'Коуч-консультант': 'x', 'Дата согласования': '05.09.2026' },
    { ID: 'H00002', 'Педагог (ID)': 'T00003', Педагог: 'x', 'Учебный год': '2026/2027', 'Коуч-консультант (ID)': 'T00002', 'Коуч-консультант': 'x', 'Дата согласования': '06.09.2026' },
    { ID: 'H00003', 'Педагог (ID)': 'T00004', Педагог: 'x', 'Учебный год': '2025/2026', 'Коуч-консультант (ID)': 'T00002', 'Коуч-консультант': 'x', 'Дата согласования': '06.09.2025' },
  ]);
  registerDocuments(book, [{ kind: 'расписание коучинг-сессий', recordId: 'T00003:2026/2027', created: '07.09.2026' }]);
  // After the school year: the annual report is due, and June's plan.
  expect(Date.parse(BENCH_START)).toBeLessThan(Date.parse('2027-06-15T07:00:00Z'));
  book.emulator.setClock('2027-06-15T10:00:00+03:00');
  const needed = Object.fromEntries(asOk(book.call('getDocumentsPage', {})).response.kinds.map((k) => [k.key, k.needed]));
  expect(needed).toEqual({
    passport: BASE.programmes - 2,
    card: BASE.programmes - 1,
    conclusion: 1,
    protocol: protocolsOf(BASE) - 2,
    postRelease: events.length - 2,
    annualReport: BASE.communities - 1,
    monthlyPlan: 1,
    communityPlan: 1,
    leadersOrder: 1,
    planOrder: 0,
    coachingSchedule: 1,
  });
});
