/**
 * Columns whose headers now carry 002 §5.4's own words: a book made with the earlier, shortened
 * headers is still read under them, and «Настроить книгу» writes the regulation's header over
 * the old one in place, keeping everything typed below.
 */
import { validSchool } from '../helpers/school';
import type { Addon } from '../helpers/addon';
import { asOk } from '../helpers/wire';

const P = 'Программы';
const RENAMED: Array<[old: string, current: string]> = [
  ['Сопровождение можно считать', 'Индивидуальное сопровождение можно считать'],
  ['Выявленные при диагностике проблемы', 'Выявленные в результате предварительной диагностики проблемы'],
  ['Причины, по которым не состоялось сопровождение и/или не были сняты проблемы', 'Причины, по которым не состоялось индивидуальное сопровождение и/или не были сняты проблемы'],
];

/** The book as an earlier version left it: the three headers shortened, a conclusion typed. */
function oldBook(): Addon {
  const addon = validSchool();
  const headers = addon.headers(P);
  for (const [old, current] of RENAMED) addon.sheet(P, (s) => s.getRange(1, headers.indexOf(current) + 1).setValue(old));
  addon.typeCell(P, 2, 'Сопровождение можно считать', 'не вполне успешным, недостаточно эффективным');
  addon.typeCell(P, 2, 'Выявленные при диагностике проблемы', 'не сняты (указать проблемы)');
  addon.typeCell(P, 2, 'Причины, по которым не состоялось сопровождение и/или не были сняты проблемы', 'Мало времени на взаимопосещения');
  return addon;
}

test('the regulation headers are the ones set-up writes in a new book', () => {
  const headers = validSchool().headers(P);
  for (const [old, current] of RENAMED) {
    expect(headers).toContain(current);
    expect(headers).not.toContain(old);
  }
});

test('a book with the earlier headers is read under them: no column is reported missing', () => {
  const addon = oldBook();
  const problems = asOk(addon.call('runDataCheck')).response.problems.map((p) => p.message);
  for (const [, current] of RENAMED) expect(problems.join('\n')).not.toContain(current);
  expect(problems.join('\n')).not.toContain('нет столбца');
});

test('set-up renames them in place, says so, and keeps what was typed; a second set-up changes nothing', () => {
  const addon = oldBook();
  const before = addon.headers(P);
  addon.click('Настроить книгу');
  expect(addon.lastAlert()).toContain('Заголовки приведены к формулировкам положения: Программы: Индивидуальное сопровождение можно считать;');
  const after = addon.headers(P);
  expect(after).toHaveLength(before.length);
  for (const [old, current] of RENAMED) expect(after.indexOf(current)).toBe(before.indexOf(old));
  const row = addon.sheet(P, (s) => s.getRange(2, 1, 1, s.getLastColumn()).getValues()[0]!);
  expect(row[after.indexOf(RENAMED[0]![1])]).toBe('не вполне успешным, недостаточно эффективным');
  expect(row[after.indexOf(RENAMED[1]![1])]).toBe('не сняты (указать проблемы)');
  expect(row[after.indexOf(RENAMED[2]![1])]).toBe('Мало времени на взаимопосещения');
  addon.click('Настроить книгу');
  expect(addon.lastAlert()).not.toContain('Заголовки приведены');
});

test('an earlier header beside the current one is the deputy\'s own column, left alone', () => {
  const addon = validSchool();
  addon.sheet(P, (s) => {
    s.insertColumnAfter(s.getLastColumn());
    s.getRange(1, s.getLastColumn() + 1).setValue('Сопровождение можно считать');
  });
  addon.click('Настроить книгу');
  const headers = addon.headers(P);
  expect(headers).toContain('Сопровождение можно считать');
  expect(headers.filter((h) => h === 'Индивидуальное сопровождение можно считать')).toHaveLength(1);
});
