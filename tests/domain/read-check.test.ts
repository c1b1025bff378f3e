import { readTab } from '../../src/workbook/read';
import { checkBook, type Book } from '../../src/workbook/check';
import { TABS } from '../../src/workbook/tabs';
import type { RawCell } from '../../src/workbook/cells';
import { fixedZone } from '../helpers/zone';

const zone = fixedZone(3);
const headers = (key: keyof typeof TABS) => TABS[key].columns.map((c) => c.header);

function grid(key: keyof typeof TABS, rows: Record<string, RawCell>[], order = headers(key)): RawCell[][] {
  const byHeader = new Map(TABS[key].columns.map((c) => [c.key, c.header]));
  return [order, ...rows.map((row) => order.map((h) => {
    const entry = Object.entries(row).find(([k]) => byHeader.get(k) === h);
    return entry ? entry[1] : '';
  }))];
}

describe('readTab', () => {
  test('reads by header name whatever the column order, keeping unknown columns out', () => {
    const order = [...headers('teachers')].reverse().concat('Моя заметка');
    const values = grid('teachers', [{ id: 'T00001', fullName: 'Иванова Мария Петровна', role: 'педагог', email: 'IVANOVA@school.ru' }], order);
    const read = readTab(TABS.teachers, values, null, zone);
    expect(read.problems).toEqual([]);
    expect(read.records[0]!.values).toMatchObject({ id: 'T00001', fullName: 'Иванова Мария Петровна', role: 'teacher', email: 'ivanova@school.ru' });
  });

  test('names each bad cell by A1 with a Russian message', () => {
    const values = grid('teachers', [{ id: 'T00001', fullName: '', role: 'директор', attestationDate: '31.02.2026' }]);
    const read = readTab(TABS.teachers, values, null, zone);
    const cells = Object.fromEntries(read.problems.map((p) => [p.cell, p.message]));
    expect(cells.B2).toBe('«ФИО»: не заполнено обязательное поле');
    expect(cells.F2).toContain('«директор» нет в списке');
    expect(cells.L2).toContain('«31.02.2026» — не дата');
  });

  test('a formula where a value is expected is reported', () => {
    const values = grid('teachers', [{ id: 'T00001', fullName: 'x', role: 'педагог' }]);
    const formulas = values.map((row) => row.map(() => ''));
    formulas[1]![1] = '=A1';
    const read = readTab(TABS.teachers, values, formulas, zone);
    expect(read.problems.map((p) => [p.cell, p.message])).toEqual([['B2', 'в ячейке формула, а ожидается значение; замените формулу значением']]);
  });

  test('a missing required column is reported for the tab', () => {
    const values = [headers('teachers').filter((h) => h !== 'ФИО')];
    const read = readTab(TABS.teachers, values, null, zone);
    expect(read.problems).toEqual([{ tab: 'Педагоги', cell: '', message: 'нет столбца «ФИО»: верните его или переименуйте обратно', severity: 'error' }]);
  });
});

describe('checkBook', () => {
  const teachers = grid('teachers', [
    { id: 'T00001', fullName: 'Иванова Мария Петровна', role: 'педагог', email: 'a@s.ru' },
    { id: 'T00002', fullName: 'Петров Пётр', role: 'коуч-консультант', email: 'a@s.ru' },
    { id: 'T00002', fullName: 'Сидорова Анна', role: 'педагог' },
  ]);
  const programmes = grid('programmes', [
    {
      id: 'P00001', teacherName: 'Иванова Мария Петровна', teacherId: 'T00001', leadName: 'Петров Пётр', leadId: 'T00009',
      decisionDate: '01.09.2026', categories: 'методические', problems: 'x', helpForms: 'коучинг-сессии',
      start: '01.09.2026', end: '01.08.2026', status: 'действует',
    },
    {
      id: 'P00002', teacherName: 'Неизвестный', leadName: 'Петров Пётр',
      decisionDate: '01.09.2026', categories: 'методические', problems: 'x', helpForms: 'коучинг-сессии',
      start: '01.09.2026', end: '01.12.2026', status: 'действует',
    },
  ]);
  const book: Book = {
    teachers: readTab(TABS.teachers, teachers, null, zone),
    programmes: readTab(TABS.programmes, programmes, null, zone),
  };
  const problems = checkBook(book).map((p) => `${p.tab}!${p.cell}: ${p.message}`);

  test('duplicated ids and emails', () => {
    expect(problems).toContain('Педагоги!A4: ID T00002 повторяется (также в A3); скопированная строка?');
    expect(problems).toContain('Педагоги!C3: адрес a@s.ru уже указан у другого педагога (C2)');
  });

  test('a reference to a deleted record, an unknown name, end before start', () => {
    expect(problems).toContain('Программы!E2: «Индивидуальное сопровождение ведёт»: запись T00009 удалена или не найдена');
    expect(problems).toContain('Программы!B3: «ФИО учителя»: «Неизвестный» не найден(а) в списке');
    expect(problems.some((p) => p.startsWith('Программы!') && p.includes('«Окончание» раньше, чем «Начало»'))).toBe(true);
  });

  test('a name typed by hand that matches one record is accepted', () => {
    expect(problems.some((p) => p.startsWith('Программы!E3'))).toBe(false);
  });
});
