/**
 * Saving a teacher's card reads that teacher's rows, not «Педагоги» and «Классы педагогов» whole:
 * the same spreadsheet calls in a small and a large book, and far fewer cells than the tabs hold.
 */
import { buildBook, type Size } from '../../bench/fixtures';
import { DIST } from '../helpers/addon';
import { asOk } from '../helpers/wire';

const SMALL: Size = { name: 'small', teachers: 60, programmes: 20, sessions: 600, communities: 3 };
const LARGE: Size = { name: 'large', teachers: 2000, programmes: 200, sessions: 600, communities: 3 };

function save(size: Size) {
  const book = buildBook(DIST, size);
  const page = asOk(book.call('getTeacherPage', { teacherId: 'T00001' })).response;
  const t = page.teacher;
  if (!t) throw new Error('teacher T00001 not on its page');
  const classes = page.classes.map((c) => ({ id: c.id, schoolYear: c.schoolYear, className: c.className, programme: c.programme ?? '', planning: c.planning ?? '', textbooks: c.textbooks ?? '' }));
  book.emulator.calls.reset();
  book.emulator.cells.read = 0;
  const result = asOk(book.call('saveTeacher', { teacher: { id: t.id, fullName: t.fullName, email: t.email ?? '', subject: 'астрономия', role: t.role }, classes, removedClassIds: [], version: page.version }));
  const subject = book.sheet('Педагоги', (s) => s.getRange(2, book.headers('Педагоги').indexOf('Преподаваемый предмет') + 1).getValue());
  return { result, subject, calls: book.emulator.calls.total('SpreadsheetApp'), cells: book.emulator.cells.read, width: book.headers('Педагоги').length };
}

test('a teacher save: the same calls at both sizes, and not the teachers tab read whole', () => {
  const small = save(SMALL);
  const large = save(LARGE);
  expect(small.result.response.id).toBe('T00001');
  expect(large.subject).toBe('астрономия');
  expect(large.calls).toBe(small.calls);
  // Whole, «Педагоги» alone would be 2,000 rows × its columns.
  expect(large.cells).toBeLessThan(LARGE.teachers * large.width);
});
