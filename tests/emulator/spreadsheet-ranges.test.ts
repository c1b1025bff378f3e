/**
 * Ranges: A1 notation, coordinates and their checks, navigation, last row/column, appendRow.
 * Docs: reference/spreadsheet/sheet#getrangea1notation, #getrangerow,-column,-numrows,-numcolumns,
 * #appendrowrowcontents, #getlastrow; reference/spreadsheet/range.
 */
import { errorOf, fixture } from './spreadsheet-fixture';

describe('A1 notation', () => {
  test.each([
    ['A1:C3', [1, 1, 3, 3], 'A1:C3'],
    ['B2', [2, 2, 1, 1], 'B2'],
    ['A:B', [1, 1, 1000, 2], 'A:B'],
    ['2:5', [2, 1, 4, 26], '2:5'],
    ['C3:A1', [1, 1, 3, 3], 'A1:C3'],
    ['$A$1:$B$2', [1, 1, 2, 2], 'A1:B2'],
  ])('%s', (a1, [row, column, rows, columns], notation) => {
    const f = fixture();
    const r = f.run(() => f.sheet().getRange(a1));
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([row, column, rows, columns]);
    expect(r.getA1Notation()).toBe(notation);
  });

  test('Spreadsheet.getRange takes a quoted sheet name', () => {
    const f = fixture();
    f.run(() => f.app.openById(f.id).insertSheet('Лист 1'));
    const r = f.run(() => f.app.openById(f.id).getRange("'Лист 1'!A1:B2"));
    expect(r.getSheet().getName()).toBe('Лист 1');
    expect(r.getA1Notation()).toBe('A1:B2');
  });

  test('a bad reference or an unknown sheet is "Range not found"', () => {
    const f = fixture();
    expect(errorOf(() => f.run(() => f.sheet().getRange('A1:')))).toBe('Range not found');
    expect(errorOf(() => f.run(() => f.app.openById(f.id).getRange('Нет!A1')))).toBe('Range not found');
    expect(errorOf(() => f.run(() => f.sheet().getRange('A1001')))).toBe('Range not found');
  });
});

describe('coordinates', () => {
  test.each([
    [[0, 1], 'The starting row of the range is too small.'],
    [[-3, 1], 'The starting row of the range is too small.'],
    [[1, 0], 'The starting column of the range is too small.'],
    [[1, 1, 0, 1], 'The number of rows in the range must be at least 1.'],
    [[1, 1, 1, 0], 'The number of columns in the range must be at least 1.'],
    [[1000, 1, 2, 1], 'The coordinates of the range are outside the dimensions of the sheet.'],
    [[1, 27], 'The coordinates of the range are outside the dimensions of the sheet.'],
  ])('getRange(%j) throws', (args, message) => {
    const f = fixture();
    expect(errorOf(() => f.run(() => (f.sheet().getRange as (...a: number[]) => unknown)(...(args as number[]))))).toBe(message);
  });

  test('a string where a number is expected does not match the signature', () => {
    const f = fixture();
    expect(errorOf(() => f.run(() => f.sheet().getRange('1' as never, 1)))).toBe(
      "The parameters (String,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
    );
  });

  test('offset and getCell are relative and checked', () => {
    const f = fixture();
    const r = f.run(() => f.sheet().getRange('B2:C3'));
    expect(f.run(() => r.offset(1, 1).getA1Notation())).toBe('C3:D4');
    expect(f.run(() => r.offset(0, 0, 1, 1).getA1Notation())).toBe('B2');
    expect(f.run(() => r.getCell(2, 2).getA1Notation())).toBe('C3');
    expect(errorOf(() => f.run(() => r.getCell(3, 1)))).toBe('Cell reference out of range');
    expect(errorOf(() => f.run(() => r.offset(-2, 0)))).toBe('The starting row of the range is too small.');
  });

  test('range getters: last row/column of the range, its sheet', () => {
    const f = fixture();
    const r = f.run(() => f.sheet().getRange(3, 2, 4, 5));
    expect([r.getLastRow(), r.getLastColumn(), r.getSheet().getName()]).toEqual([6, 6, 'Лист1']);
  });
});

describe('content bounds', () => {
  // sheet#getlastrow: "the position of the last row that has content"; formats are not content.
  test('getLastRow/getLastColumn count values and formulas, not formats', () => {
    const f = fixture();
    f.run(() => {
      const sheet = f.sheet();
      sheet.getRange('B3').setValue('x');
      sheet.getRange('D5').setFormula('=1');
      sheet.getRange('F10').setBackground('#ff0000');
      sheet.getRange('A12').setNumberFormat('0.00');
    });
    expect(f.run(() => [f.sheet().getLastRow(), f.sheet().getLastColumn()])).toEqual([5, 4]);
    expect(f.run(() => f.sheet().getDataRange().getA1Notation())).toBe('A1:D5');
  });

  test('an empty sheet has last row 0 and a one-cell data range', () => {
    const f = fixture();
    expect(f.run(() => [f.sheet().getLastRow(), f.sheet().getDataRange().getA1Notation()])).toEqual([0, 'A1']);
  });

  // sheet#appendrowrowcontents: after the last row with content; the sheet grows as needed.
  test('appendRow writes after the last row and grows the sheet', () => {
    const f = fixture({ rows: 2, columns: 2 });
    f.run(() => {
      const sheet = f.sheet();
      sheet.appendRow(['a', 1]);
      sheet.appendRow(['b', 2]);
      sheet.appendRow(['c', 3, '=B3*2']);
    });
    expect(f.run(() => f.sheet().getDataRange().getValues())).toEqual([['a', 1, ''], ['b', 2, ''], ['c', 3, 6]]);
    expect(f.run(() => [f.sheet().getMaxRows(), f.sheet().getMaxColumns()])).toEqual([3, 3]);
  });

  test('isBlank looks at values and formulas', () => {
    const f = fixture();
    f.run(() => f.sheet().getRange('B2').setBackground('#eeeeee'));
    expect(f.run(() => f.sheet().getRange('A1:C3').isBlank())).toBe(true);
    f.run(() => f.sheet().getRange('C3').setValue(0));
    expect(f.run(() => f.sheet().getRange('A1:C3').isBlank())).toBe(false);
  });
});

describe('clearing', () => {
  // range#clear: contents and formats; clearContent keeps formats; clearFormat keeps values.
  test('clear, clearContent, clearFormat, clearDataValidations', () => {
    const f = fixture();
    f.run(() => {
      const r = f.sheet().getRange('A1:B1');
      r.setValues([[1, 2]]).setBackground('#ff0000').setNumberFormat('0.00');
      f.sheet().getRange('A1').clearContent();
      f.sheet().getRange('B1').clearFormat();
    });
    expect(f.run(() => f.sheet().getRange('A1:B1').getValues())).toEqual([['', 2]]);
    expect(f.run(() => f.sheet().getRange('A1:B1').getBackgrounds())).toEqual([['#ff0000', '#ffffff']]);
    expect(f.run(() => f.sheet().getRange('A1:B1').getNumberFormats())).toEqual([['0.00', '0.###############']]);
    f.run(() => f.sheet().getRange('A1:B1').clear());
    expect(f.run(() => f.sheet().getRange('A1:B1').getBackgrounds())).toEqual([['#ffffff', '#ffffff']]);
  });
});

describe('getNextDataCell (Ctrl+arrow)', () => {
  // Column A: a run at rows 1-3, a gap, one cell at row 6; the sheet is 1000 × 26.
  function column() {
    const f = fixture();
    f.run(() => {
      f.sheet().getRange('A1:A3').setValues([['ID'], ['T1'], ['T2']]);
      f.sheet().getRange('A6').setValue('T3');
    });
    const next = (a1: string, direction: 'UP' | 'DOWN' | 'PREVIOUS' | 'NEXT') =>
      f.run(() => f.sheet().getRange(a1).getNextDataCell(f.app.Direction[direction]).getA1Notation());
    return { f, next };
  }

  test('inside a run it stops at the run’s last cell', () => {
    const { next } = column();
    expect(next('A1', 'DOWN')).toBe('A3');
    expect(next('A3', 'UP')).toBe('A1');
    // From a range, its first cell counts.
    expect(next('A2:B5', 'DOWN')).toBe('A3');
  });

  test('at a run’s end or on a blank it goes to the next cell with data, else to the edge', () => {
    const { next } = column();
    expect(next('A3', 'DOWN')).toBe('A6');
    expect(next('A4', 'DOWN')).toBe('A6');
    expect(next('A6', 'DOWN')).toBe('A1000');
    expect(next('A6', 'UP')).toBe('A3');
    expect(next('C2', 'PREVIOUS')).toBe('A2');
    expect(next('A2', 'NEXT')).toBe('Z2');
    expect(next('A1000', 'DOWN')).toBe('A1000');
  });

  test('a formula counts as data; a direction given as text is refused', () => {
    const { f, next } = column();
    f.run(() => f.sheet().getRange('A4:A5').setFormulas([['=""'], ['=""']]));
    expect(next('A1', 'DOWN')).toBe('A6');
    expect(errorOf(() => f.run(() => f.sheet().getRange('A1').getNextDataCell('DOWN' as unknown as GoogleAppsScript.Spreadsheet.Direction)))).toMatch(/don't match the method signature/);
  });
});
