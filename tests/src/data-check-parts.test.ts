/**
 * «Проверить данные» in parts, as the sidebar runs it: on a book big enough to cut its tabs into
 * several parts, with problems planted where parts split, the parts merged report exactly what
 * the one-call check reports.
 */
import { buildBook } from '../../bench/fixtures';
import type { Book } from '../../bench/driver';
import { CheckTally, type CheckReport } from '../../src/domain/check-merge';
import type { CheckPlan } from '../../src/workbook/data-check-steps';
import { DIST } from '../helpers/addon';
import { asOk } from '../helpers/wire';


function typeCell(book: Book, tab: string, row: number, header: string, value: string): void {
  const column = book.headers(tab).indexOf(header);
  if (column < 0) throw new Error(`${tab}: no column ${header}`);
  book.sheet(tab, (s) => s.getRange(row, column + 1).setValue(value));
}

function copyRow(book: Book, tab: string, from: number, to: number): void {
  book.sheet(tab, (s) => {
    const width = s.getLastColumn();
    s.getRange(to, 1, 1, width).setValues(s.getRange(from, 1, 1, width).getValues());
  });
}

let book: Book;
let one: CheckReport;
let plan: CheckPlan;
let parts: CheckReport;
let sessionsRows: number;

beforeAll(() => {
  book = buildBook(DIST, { name: 'parts', teachers: 60, programmes: 20, sessions: 600, communities: 3 });
  sessionsRows = book.sheet('Сессии и встречи', (s) => s.getLastRow());
  // The last session repeats the first: the same id and the same slot, many parts apart.
  copyRow(book, 'Сессии и встречи', 2, sessionsRows);
  // A date typed into a text column, in a middle part.
  typeCell(book, 'Сессии и встречи', 300, 'Тема', '01.08.2026');
  // A leader given by a name alone that no teacher has: matched by name, not by id.
  typeCell(book, 'Сессии и встречи', 400, 'Коуч-консультант / ведущий', 'Никто Никтович');
  typeCell(book, 'Сессии и встречи', 400, 'Коуч-консультант / ведущий (ID)', '');
  // Two teachers with one e-mail.
  copyRow(book, 'Педагоги', 3, 50);
  one = asOk(book.call('runDataCheck', {})).response;
  plan = asOk(book.call('planDataCheck', { maxCells: 2_000 })).response;
  const tally = new CheckTally().add({ problems: plan.problems, unique: [], rows: {} });
  for (const step of plan.steps) tally.add(asOk(book.call('runDataCheckStep', { step })).response);
  parts = tally.report(plan.tabs);
}, 120_000);

test('the book is cut into many parts, the sessions tab into several', () => {
  const sessions = plan.steps.filter((s) => s.tab === 'sessions');
  expect(sessions.length).toBeGreaterThan(3);
  // The parts cover every row once, in order.
  expect(sessions[0]!.from).toBe(2);
  sessions.slice(1).forEach((s, i) => expect(s.from).toBe(sessions[i]!.to + 1));
  expect(sessions.at(-1)!.to).toBe(sessionsRows);
});

test('the planted problems are found, across parts', () => {
  const text = one.problems.map((p) => `${p.tab}!${p.cell}: ${p.message}`);
  expect(text.some((t) => t.startsWith(`Сессии и встречи!A${sessionsRows}: ID `) && t.includes('(также в A2)'))).toBe(true);
  expect(text.some((t) => t.startsWith('Сессии и встречи!') && t.includes(`${sessionsRows}`) && /повтор|уже/i.test(t))).toBe(true);
  expect(text.filter((t) => /!\w+300: /.test(t)).length).toBeGreaterThan(0);
  expect(text.some((t) => /!\w+400: .*Никто Никтович/.test(t))).toBe(true);
  expect(text.some((t) => t.startsWith('Педагоги!') && t.includes('уже указан'))).toBe(true);
});

test('the parts merged report exactly what one pass reports', () => {
  expect(parts).toEqual(one);
});
