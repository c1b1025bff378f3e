import { parsePasted, planImport, readLines } from '../../src/domain/teacher-import';

describe('reading pasted lists', () => {
  test('a header row says which column is which, in any order', () => {
    const { lines } = readLines(parsePasted('Предмет\tЭл. почта\tФИО\nхимия\tA@S.RU\tОрлов Игорь'));
    expect(lines).toEqual([{ line: 2, fullName: 'Орлов Игорь', email: 'a@s.ru', subject: 'химия' }]);
  });

  test('without headers the addresses are found by content; empty columns are skipped', () => {
    const { lines, rejected } = readLines(parsePasted('Орлов Игорь\t\tа@b.ru\nРябова Нина\t\tне почта\nЛисин Олег\t\tl@b.ru'));
    expect(lines.map((l) => [l.fullName, l.email])).toEqual([
      ['Орлов Игорь', 'а@b.ru'],
      ['Лисин Олег', 'l@b.ru'],
    ]);
    expect(rejected).toEqual([{ line: 2, text: 'Рябова Нина  не почта', reason: 'badEmail' }]);
  });

  test('semicolon-separated text works too', () => {
    expect(readLines(parsePasted('Орлов Игорь; химия')).lines[0]).toMatchObject({ fullName: 'Орлов Игорь', subject: 'химия' });
  });
});

describe('planImport', () => {
  const existing = [{ id: 'T00001', fullName: 'Иванова Мария Петровна', email: 'ivanova@s.ru' }];

  test('matches by email first, then by name (case and ё forgiven), and within the list', () => {
    const plan = planImport(existing, [
      { line: 1, fullName: 'Иванова М.П.', email: 'IVANOVA@s.ru'.toLowerCase(), subject: null },
      { line: 2, fullName: 'иванова мария петровна', email: null, subject: null },
      { line: 3, fullName: 'Семёнов Пётр', email: null, subject: null },
      { line: 4, fullName: 'Семенов Петр', email: null, subject: null },
    ]);
    expect(plan.add.map((a) => a.line)).toEqual([3]);
    expect(plan.duplicates.map((d) => [d.line, d.matchedBy])).toEqual([
      [1, 'email'],
      [2, 'name'],
      [4, 'name'],
    ]);
  });
});
