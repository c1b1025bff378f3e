/**
 * One document reads its own record: the programme's row, its teachers' rows and its plan items,
 * found by scanning id columns, never the tabs whole. So a passport costs the same spreadsheet
 * calls in a small and a large book, and the cells it reads grow only by the id cells scanned.
 */
import { buildBook, type Size } from '../../bench/fixtures';
import type { Book } from '../../bench/driver';
import { DIST } from '../helpers/addon';
import { asOk } from '../helpers/wire';

const SMALL: Size = { name: 'small', teachers: 60, programmes: 20, sessions: 600, communities: 3 };
const LARGE: Size = { name: 'large', teachers: 600, programmes: 200, sessions: 6000, communities: 6 };

function passport(size: Size) {
  const book: Book = buildBook(DIST, size);
  book.select('Программы', 'A2');
  book.emulator.calls.reset();
  book.emulator.cells.read = 0;
  const result = asOk(book.call('startDocuments', { kind: 'passport', scope: 'selected' }));
  const calls = book.emulator.calls.total('SpreadsheetApp');
  const cells = book.emulator.cells.read;
  const drive = book.emulator.calls.total('DriveApp');
  return { book, result, calls, cells, drive };
}

test('a passport: the same calls at both sizes; cells read grow by the id cells scanned only', () => {
  const small = passport(SMALL);
  const large = passport(LARGE);
  expect(small.result.response.job).toMatchObject({ status: 'done', done: 1 });
  expect(large.result.response.job).toMatchObject({ status: 'done', done: 1 });
  expect(large.calls).toBe(small.calls);
  expect(large.drive).toBe(small.drive);
  // Scanned: the teachers' and programmes' ids and the plan items' programme (3 per programme).
  const scanned = (s: Size) => s.teachers + s.programmes + 3 * s.programmes;
  expect(large.cells - small.cells).toBeLessThanOrEqual(scanned(LARGE) - scanned(SMALL));
  // The link is on the programme's row, and nowhere else.
  const links = large.book.sheet('Программы', (s) => s.getDataRange().getValues()).filter((r) => r.some((c) => String(c).startsWith('https://docs.google.com/document/')));
  expect(links).toHaveLength(1);
  console.log(`passport: ${small.calls} spreadsheet calls, ${small.drive} Drive calls; cells read ${small.cells} (small) and ${large.cells} (large)`);
});
