/**
 * «Сводка» in parts, as its sidebar runs it: a school-size book cut into many blocks of sessions
 * (a small maxCells) gives the same tab as the one-call rebuild, a part that fails is repeated
 * and the run goes on, a row added while the parts run is counted, and the menu sends a book too
 * large for one call to the sidebar.
 */
import { buildBook, dayText } from '../../bench/fixtures';
import type { Book } from '../../bench/driver';
import { EMPTY_TALLY, mergeTallies, type SessionTally } from '../../src/domain/session-tally';
import { DIST } from '../helpers/addon';
import type { ResponseOf } from '../../src/wire';

const SESSIONS = 'Сессии и встречи';

function setCell(book: Book, tab: string, row: number, header: string, value: string): void {
  const column = book.headers(tab).indexOf(header);
  if (column < 0) throw new Error(`${tab}: no column ${header}`);
  book.sheet(tab, (s) => s.getRange(row, column + 1).setValue(value));
}

function dashboardGrid(book: Book): unknown[][] {
  return book.sheet('Сводка', (s) => s.getDataRange().getValues());
}

function figure(grid: unknown[][], label: string): unknown {
  return grid.find((r) => r[0] === label)?.[1];
}

/** The parts one by one; `fail` makes the part at that index fail once, then it is repeated. */
function inParts(book: Book, plan: ResponseOf<'planDashboardRebuild'>, fail?: number): { failed: string | null } {
  let sessions: SessionTally = EMPTY_TALLY;
  let failed: string | null = null;
  plan.steps.forEach((step, i) => {
    if (i === fail) {
      // The block's header row reads, its columns do not.
      book.emulator.faults.add({ match: 'Values.batchGet', error: 'Service Spreadsheets failed while accessing document', skip: 1 });
      try {
        book.call('runDashboardRebuildStep', { today: plan.today, step });
      } catch (e) {
        failed = e instanceof Error ? e.message : String(e);
      }
    }
    sessions = mergeTallies(sessions, book.response('runDashboardRebuildStep', { today: plan.today, step }));
  });
  book.call('finishDashboardRebuild', { today: plan.today, sessions });
  return { failed };
}

let book: Book;
let rows: number;

beforeAll(() => {
  book = buildBook(DIST, { name: 'parts', teachers: 60, programmes: 20, sessions: 600, communities: 3 });
  rows = book.sheet(SESSIONS, (s) => s.getLastRow());
  // Protocol R00001 (community 1) written for the held meeting S00031 of community 1: the meeting
  // and its protocol count once, wherever the parts split the sessions.
  setCell(book, 'Протоколы', 2, 'Заседание (ID)', 'S00031');
  setCell(book, 'Протоколы', 2, 'Дата заседания', dayText(30));
}, 120_000);

test('a small maxCells cuts the sessions into blocks that cover every row once, the last to the end', () => {
  const plan = book.response('planDashboardRebuild', { maxCells: 1_000 });
  expect(plan.steps.length).toBeGreaterThan(3);
  expect(plan.steps[0]!.from).toBe(2);
  plan.steps.slice(1).forEach((s, i) => expect(s.from).toBe(plan.steps[i]!.to! + 1));
  expect(plan.steps.at(-1)!.to).toBeNull();
  expect(plan.steps.at(-1)!.from).toBeLessThanOrEqual(rows);
  // The default part holds a school's sessions whole: the menu rebuilds it at once.
  expect(book.response('planDashboardRebuild', {}).steps).toHaveLength(1);
});

test('the parts, one failing midway and repeated, give the tab one call gives', () => {
  book.click('Сводка и отчёты → Обновить сводку');
  const once = dashboardGrid(book);
  expect(figure(once, 'Проведено сессий и встреч')).toBeGreaterThan(0);
  book.sheet('Сводка', (s) => s.clearContents());
  const plan = book.response('planDashboardRebuild', { maxCells: 1_000 });
  const { failed } = inParts(book, plan, 2);
  expect(failed).toContain('Service Spreadsheets failed');
  expect(dashboardGrid(book)).toEqual(once);
});

test('a held session added while the parts run is counted by the last part', () => {
  const plan = book.response('planDashboardRebuild', { maxCells: 1_000 });
  // A copy of a held coaching session of the year (row 3: S00002), appended after the plan.
  book.sheet(SESSIONS, (s) => {
    const row = s.getRange(3, 1, 1, s.getLastColumn()).getValues()[0]!;
    s.getRange(s.getLastRow() + 1, 1, 1, row.length).setValues([['S09999', ...row.slice(1)]]);
  });
  inParts(book, plan);
  const parts = dashboardGrid(book);
  book.click('Сводка и отчёты → Обновить сводку');
  const once = dashboardGrid(book);
  expect(parts).toEqual(once);
});

test('the menu opens the progress sidebar for a book too large for one call', () => {
  const large = buildBook(DIST, { name: 'large', teachers: 60, programmes: 20, sessions: 10_500, communities: 3 });
  large.click('Сводка и отчёты → Обновить сводку');
  const sidebar = [...large.emulator.state.ui].reverse().find((e) => e.kind === 'sidebar');
  expect(String(sidebar?.data.title)).toContain('Сводка');
  expect(String(sidebar?.data.html)).toContain('progress');
  // Nothing is written until the sidebar's parts are done.
  expect(large.sheet(SESSIONS, (s) => s.getParent().getSheetByName('Сводка'))).toBeNull();
  const plan = large.response('planDashboardRebuild', {});
  expect(plan.steps.length).toBe(2);
  inParts(large, plan);
  expect(figure(dashboardGrid(large), 'Проведено сессий и встреч')).toBeGreaterThan(0);
}, 120_000);
