/**
 * Formulas: stored as text, evaluated on read. Docs: reference/spreadsheet/range#getformulas,
 * #setformulaformula; the functions' pages in support.google.com/docs/table/25273; Sheets error
 * values (support.google.com/docs/answer/3093340 lists #DIV/0!, #REF!, #NAME?, #VALUE!).
 */
import { errorOf, fixture } from './spreadsheet-fixture';

function evaluate(formula: string, data: unknown[][] = [], options = {}) {
  const f = fixture(options);
  return f.run(() => {
    const sheet = f.sheet();
    if (data.length) sheet.getRange(1, 1, data.length, data[0]!.length).setValues(data);
    const cell = sheet.getRange('Z1');
    cell.setFormula(formula);
    return cell.getValue();
  });
}

describe('operators and references', () => {
  test.each([
    ['=1+2*3', 7],
    ['=(1+2)*3', 9],
    ['=2^3', 8],
    ['=-2^2', 4],
    ['=50%', 0.5],
    ['="a"&"b"&1', 'ab1'],
    ['=1<2', true],
    ['="abc"="ABC"', true],
    ['=A1+B1', 3],
    ['=A1&" "&C1', '1 x'],
    ['=A2', ''],
  ])('%s', (formula, expected) => {
    expect(evaluate(formula, [[1, 2, 'x']])).toEqual(expected);
  });

  test('a reference to another sheet, quoted or not', () => {
    const f = fixture();
    const value = f.run(() => {
      const ss = f.app.openById(f.id);
      ss.insertSheet('Лист 2').getRange('B2').setValue(40);
      ss.insertSheet('Данные').getRange('A1').setValue(2);
      const cell = f.sheet().getRange('A1');
      cell.setFormula("='Лист 2'!B2+Данные!A1");
      return cell.getValue();
    });
    expect(value).toBe(42);
  });

  test('formulas see values written after them (evaluated on read)', () => {
    const f = fixture();
    f.run(() => f.sheet().getRange('B1').setFormula('=A1*10'));
    f.run(() => f.sheet().getRange('A1').setValue(4));
    expect(f.run(() => f.sheet().getRange('B1').getValue())).toBe(40);
    expect(f.run(() => f.sheet().getRange('A1:B1').getFormulas())).toEqual([['', '=A1*10']]);
  });
});

describe('functions', () => {
  const data = [
    [1, 'a', true],
    [2, '', 'b'],
    [3, 'a', ''],
  ];
  test.each([
    ['=SUM(A1:A3)', 6],
    ['=SUM(A1:C3)', 6],
    ['=SUM(A:A)', 6],
    ['=COUNT(A1:C3)', 3],
    ['=COUNTA(A1:C3)', 7],
    ['=COUNTIF(B1:B3,"a")', 2],
    ['=COUNTIF(A1:A3,">1")', 2],
    ['=AVERAGE(A1:A3)', 2],
    ['=MIN(A1:A3)', 1],
    ['=MAX(A1:A3)', 3],
    ['=IF(A1>0,"да","нет")', 'да'],
    ['=IF(A1>5,"да")', false],
    ['=AND(A1>0,A2>0)', true],
    ['=OR(A1>5,A2>5)', false],
    ['=NOT(A1>5)', true],
    ['=CONCATENATE(B1,"-",A2)', 'a-2'],
    ['=HYPERLINK("https://example.org","Ссылка")', 'Ссылка'],
    ['=ROW()', 1],
    ['=ROW(C7)', 7],
    ['=LEN("привет")', 6],
    ['=TRIM("  a   b ")', 'a b'],
    ['=UPPER("ab")&LOWER("CD")', 'ABcd'],
  ])('%s', (formula, expected) => {
    expect(evaluate(formula, data)).toEqual(expected);
  });

  test('TODAY and NOW follow the emulator clock in the spreadsheet zone', () => {
    const f = fixture({ timeZone: 'Asia/Vladivostok' });
    f.emulator.setClock('2026-09-01T15:30:00Z'); // 2 Sep 01:30 in UTC+10
    const [today, display] = f.run(() => {
      const cell = f.sheet().getRange('A1');
      cell.setFormula('=TODAY()');
      return [cell.getValue() as Date, cell.getDisplayValue()];
    });
    expect(display).toBe('02.09.2026');
    expect(today.toISOString()).toBe('2026-09-01T14:00:00.000Z');
    f.run(() => f.sheet().getRange('A2').setFormula('=NOW()'));
    expect(f.run(() => f.sheet().getRange('A2').getDisplayValue())).toBe('02.09.2026 1:30:00');
  });

  test('date arithmetic keeps the date format; a difference of dates is a number', () => {
    const f = fixture();
    f.run(() => {
      f.sheet().getRange('A1:B1').setValues([['01.09.2026', '15.09.2026']]);
      f.sheet().getRange('C1:D1').setFormulas([['=A1+7', '=B1-A1']]);
    });
    expect(f.run(() => f.sheet().getRange('C1:D1').getDisplayValues())).toEqual([['08.09.2026', '14']]);
  });
});

describe('errors', () => {
  test.each([
    ['=1/0', '#DIV/0!'],
    ['=AVERAGE(B5:B6)', '#DIV/0!'],
    ['=НЕТТАКОЙ(1)', '#NAME?'],
    ['=неизвестное_имя+1', '#NAME?'],
    ['="a"+1', '#VALUE!'],
    ['=Нет!A1', '#REF!'],
    ['=SUM(1,', '#ERROR!'],
    ['=1/0+1', '#DIV/0!'],
  ])('%s gives %s', (formula, expected) => {
    expect(evaluate(formula)).toBe(expected);
  });

  test('a circular reference is #REF!', () => {
    const f = fixture();
    f.run(() => f.sheet().getRange('A1:B1').setFormulas([['=B1+1', '=A1+1']]));
    expect(f.run(() => f.sheet().getRange('A1:B1').getValues())).toEqual([['#REF!', '#REF!']]);
  });

  test('a Sheets function outside the emulated set throws rather than guess', () => {
    expect(errorOf(() => evaluate('=VLOOKUP(1,A1:B2,2,FALSE)'))).toBe('VLOOKUP formula evaluation is not emulated');
  });

  test('named ranges resolve in formulas', () => {
    const f = fixture();
    const v = f.run(() => {
      const ss = f.app.openById(f.id);
      f.sheet().getRange('A1:A2').setValues([[5], [6]]);
      ss.setNamedRange('Баллы', f.sheet().getRange('A1:A2'));
      f.sheet().getRange('B1').setFormula('=SUM(Баллы)');
      return f.sheet().getRange('B1').getValue();
    });
    expect(v).toBe(11);
  });
});
