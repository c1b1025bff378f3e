import { decodeCell, encodeCell, neutralize, type CellProblem } from '../../src/workbook/cells';
import type { ColumnKind } from '../../src/workbook/columns';
import { CONCLUSION_NEEDS, SESSION_FORMATS } from '../../src/domain/options';
import { fixedZone } from '../helpers/zone';

const zone = fixedZone(3);
const value = (kind: ColumnKind, raw: string | number | boolean | Date) => {
  const result = decodeCell(kind, raw, zone);
  if (!result.ok) throw new Error(`unexpected problem ${result.problem.code}`);
  return result.value;
};
const problem = (kind: ColumnKind, raw: string | number | boolean | Date): CellProblem['code'] => {
  const result = decodeCell(kind, raw, zone);
  if (result.ok) throw new Error(`expected a problem, got ${JSON.stringify(result.value)}`);
  return result.problem.code;
};

describe('decodeCell', () => {
  test('blank cells are null, or empty lists', () => {
    expect(value({ type: 'text' }, '  ')).toBeNull();
    expect(value({ type: 'options', options: SESSION_FORMATS }, '')).toEqual([]);
  });

  test('dates: a date cell, dd.MM.yyyy text and ISO text mean the same day', () => {
    const kind: ColumnKind = { type: 'date' };
    const midnightMoscow = new Date('2026-08-31T21:00:00Z');
    expect(value(kind, midnightMoscow)).toBe('2026-09-01');
    expect(value(kind, '01.09.2026')).toBe('2026-09-01');
    expect(value(kind, '2026-09-01')).toBe('2026-09-01');
    expect(problem(kind, '31.09.2026')).toBe('badDate');
    expect(problem(kind, 45900)).toBe('badDate');
  });

  test('numbers accept a decimal comma and check bounds', () => {
    const kind: ColumnKind = { type: 'number', min: 0, max: 60 };
    expect(value(kind, '1,5')).toBe(1.5);
    expect(value(kind, 12)).toBe(12);
    expect(problem(kind, 'двенадцать')).toBe('badNumber');
    // Text is read as a person typed it: no hex, no exponent.
    for (const typed of ['0x10', '1e1', 'Infinity']) expect(problem(kind, typed)).toBe('badNumber');
    expect(problem(kind, 61)).toBe('outOfRange');
    expect(problem({ type: 'number', integer: true }, 2.5)).toBe('notInteger');
  });

  test('options: labels in any case; several separated by ";" or new lines, never by commas', () => {
    const kind: ColumnKind = { type: 'options', options: CONCLUSION_NEEDS };
    expect(value(kind, 'Не нуждается в сопровождении; нуждается в повышении квалификации')).toEqual(['noSupport', 'training']);
    expect(problem(kind, 'нуждается в отдыхе')).toBe('unknownOption');
  });

  test('text columns refuse dates and booleans but take numbers as text', () => {
    expect(value({ type: 'text' }, 5)).toBe('5');
    expect(problem({ type: 'text' }, true)).toBe('notText');
    expect(problem({ type: 'text' }, new Date())).toBe('notText');
  });

  test('emails are lower-cased and checked', () => {
    expect(value({ type: 'email' }, 'Ivanova@School.RU')).toBe('ivanova@school.ru');
    expect(problem({ type: 'email' }, 'ivanova@')).toBe('badEmail');
  });

  test('times: "9:05", "09.05" and a time cell', () => {
    expect(value({ type: 'time' }, '9:05')).toBe('09:05');
    expect(value({ type: 'time' }, '09.05')).toBe('09:05');
    expect(value({ type: 'time' }, new Date('2026-09-01T07:30:00Z'))).toBe('10:30');
    expect(problem({ type: 'time' }, '25:00')).toBe('badTime');
  });

  test('ids and references', () => {
    expect(value({ type: 'id' }, 'T00012')).toBe('T00012');
    expect(problem({ type: 'id' }, '12')).toBe('badId');
    expect(value({ type: 'refs', tab: 'teachers', label: 'x' }, 'T00001; T00002')).toEqual(['T00001', 'T00002']);
  });
});

describe('neutralize: text stays text (formula injection, numbers, dates)', () => {
  test.each([
    ['=HYPERLINK("http://x","y")', "'=HYPERLINK(\"http://x\",\"y\")"],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@x', "'@x"],
    ['007', "'007"],
    ['01.02.2026', "'01.02.2026"],
    ['TRUE', "'TRUE"],
    ["'quoted", "''quoted"],
    ['5А', '5А'],
    ['Иванова Мария Петровна', 'Иванова Мария Петровна'],
  ])('%s', (text, stored) => expect(neutralize(text)).toBe(stored));
});

describe('encodeCell', () => {
  test('writes days as the instant of midnight in the zone, options as labels', () => {
    expect(encodeCell({ type: 'date' }, '2026-09-01', zone)).toEqual(new Date('2026-08-31T21:00:00Z'));
    expect(encodeCell({ type: 'options', options: SESSION_FORMATS }, ['individual', 'group'], zone)).toBe('индивидуальная; групповая');
    expect(encodeCell({ type: 'text' }, null, zone)).toBe('');
  });
});
