/**
 * Cell values: types, dates in the spreadsheet's zone, what written strings become, shapes and
 * signatures. Docs: reference/spreadsheet/range#getvalues, #setvaluesvalues, #setvaluevalue.
 */
import vm from 'node:vm';
import { realmOf } from '../../emulator/core/realm';
import { readSheet } from '../../emulator/spreadsheet';
import { errorOf, fixture } from './spreadsheet-fixture';

describe('value types', () => {
  // range#getvalues: "values may be of type Number, Boolean, Date, or String"; empty cells are ''.
  test('numbers, booleans and strings keep their types; blanks are empty strings', () => {
    const f = fixture();
    const values = f.run(() => {
      const range = f.sheet().getRange('A1:D1');
      range.setValues([[42, true, 'text', null]]);
      return f.sheet().getRange('A1:E1').getValues();
    });
    expect(values).toEqual([[42, true, 'text', '', '']]);
  });

  // range#setvaluevalue: one value fills every cell of the range.
  test('setValue fills the whole range; getValue reads the top-left cell', () => {
    const f = fixture();
    f.run(() => f.sheet().getRange('B2:C3').setValue(7));
    expect(f.run(() => f.sheet().getRange('B2:C3').getValues())).toEqual([[7, 7], [7, 7]]);
    expect(f.run(() => f.sheet().getRange('B2:C3').getValue())).toBe(7);
  });
});

describe('dates', () => {
  // docs/platform.md (Sheets): a date comes back as a Date for midnight in the SPREADSHEET's zone.
  test('a date written is a serial in the spreadsheet zone and reads back as that instant', () => {
    const f = fixture({ timeZone: 'Asia/Yekaterinburg' });
    const written = new Date(Date.UTC(2026, 8, 30, 19, 0)); // 1 Oct 2026 00:00 in UTC+5
    const read = f.run(() => {
      f.sheet().getRange('A1').setValue(written);
      return f.sheet().getRange('A1').getValue() as Date;
    });
    expect(read).toBeInstanceOf(Date);
    expect(read.getTime()).toBe(written.getTime());
    expect(f.run(() => f.sheet().getRange('A1').getDisplayValue())).toBe('01.10.2026');
    // sheets/api/guides/formats#about_date_time_values: serial days since 1899-12-30.
    f.run(() => f.sheet().getRange('A1').setNumberFormat('0'));
    expect(f.run(() => f.sheet().getRange('A1').getValue())).toBe(46296);
  });

  test('a date-time gets a date-time format; the time is kept', () => {
    const f = fixture({ timeZone: 'Europe/Moscow' });
    const at = new Date(Date.UTC(2026, 0, 15, 7, 30)); // 10:30 Moscow
    f.run(() => f.sheet().getRange('A1').setValue(at));
    expect(f.run(() => f.sheet().getRange('A1').getDisplayValue())).toBe('15.01.2026 10:30:00');
    expect(f.run(() => f.sheet().getRange('A1').getNumberFormat())).toBe('dd.MM.yyyy H:mm:ss');
    expect((f.run(() => f.sheet().getRange('A1').getValue()) as Date).getTime()).toBe(at.getTime());
  });

  // DST: a zone with daylight saving time maps midnight on both sides of the change correctly.
  test('DST is respected (Europe/Berlin, before and after the March change)', () => {
    const f = fixture({ timeZone: 'Europe/Berlin', locale: 'de_DE' });
    const winter = new Date(Date.UTC(2026, 2, 28, 23, 0)); // 29 Mar 00:00 CET (+1)
    const summer = new Date(Date.UTC(2026, 2, 29, 22, 0)); // 30 Mar 00:00 CEST (+2)
    f.run(() => f.sheet().getRange('A1:B1').setValues([[winter, summer]]));
    expect(f.run(() => f.sheet().getRange('A1:B1').getDisplayValues())).toEqual([['29.03.2026', '30.03.2026']]);
    f.run(() => f.sheet().getRange('A1:B1').setNumberFormat('0'));
    expect(f.run(() => f.sheet().getRange('A1:B1').getValues())).toEqual([[46110, 46111]]);
  });

  test('changing the spreadsheet zone keeps the wall-clock date (the serial), not the instant', () => {
    const f = fixture({ timeZone: 'Europe/Moscow' });
    f.run(() => f.sheet().getRange('A1').setValue('01.09.2026'));
    f.run(() => f.app.openById(f.id).setSpreadsheetTimeZone('Asia/Vladivostok'));
    const d = f.run(() => f.sheet().getRange('A1').getValue()) as Date;
    expect(d.toISOString()).toBe('2026-08-31T14:00:00.000Z'); // midnight in UTC+10
  });

  // guides/v8-runtime: values handed to the script are of its own realm.
  test('dates and arrays come from the add-on realm', () => {
    const f = fixture();
    const context = vm.createContext({});
    f.emulator.realm = realmOf(context);
    const [values, isDate, isArray] = f.run(() => {
      f.sheet().getRange('A1').setValue('2026-09-01');
      const v = f.sheet().getRange('A1:A1').getValues();
      return [v, v[0]![0] instanceof f.emulator.realm.Date, v instanceof f.emulator.realm.Array];
    });
    expect(isDate).toBe(true);
    expect(isArray).toBe(true);
    expect(Array.isArray(values)).toBe(true);
  });
});

describe('what a written string becomes', () => {
  // sheets/api/reference/rest/v4/ValueInputOption (USER_ENTERED): strings are parsed as typed text.
  test('numbers, booleans, percentages and ru_RU dates are parsed', () => {
    const f = fixture({ locale: 'ru_RU' });
    const values = f.run(() => {
      f.sheet().getRange('A1:F1').setValues([['123', '1,5', 'TRUE', '50%', '01.02.2026', '2026-03-04']]);
      return f.sheet().getRange('A1:F1').getValues();
    });
    expect(values[0]!.slice(0, 4)).toEqual([123, 1.5, true, 0.5]);
    expect(values[0]![4]).toBeInstanceOf(Date);
    expect(f.run(() => f.sheet().getRange('A1:F1').getDisplayValues())).toEqual([['123', '1,5', 'TRUE', '50%', '01.02.2026', '2026-03-04']]);
  });

  test('en_US reads "1.5" as a number and m/d/yyyy as a date', () => {
    const f = fixture({ locale: 'en_US', timeZone: 'America/New_York' });
    f.run(() => f.sheet().getRange('A1:B1').setValues([['1.5', '2/1/2026']]));
    expect(f.run(() => f.sheet().getRange('A1:B1').getDisplayValues())).toEqual([['1.5', '2/1/2026']]);
  });

  // A leading apostrophe forces text and is not part of the value (getodk/docs#1095).
  test('an apostrophe forces text and is dropped', () => {
    const f = fixture();
    f.run(() => f.sheet().getRange('A1:B1').setValues([["'0123", "'=1+1"]]));
    expect(f.run(() => f.sheet().getRange('A1:B1').getValues())).toEqual([['0123', '=1+1']]);
    expect(f.run(() => f.sheet().getRange('A1:B1').getFormulas())).toEqual([['', '']]);
  });

  // docs/platform.md: a string starting with "=" becomes a formula; "+"/"-" are risky too.
  test('"=" makes a formula; "+7 999…" and "- item" become formula errors', () => {
    const f = fixture();
    f.run(() => f.sheet().getRange('A1:D1').setValues([['=2+3', '+7 999 123-45-67', '- первый пункт', '- пункт']]));
    // "- пункт" parses (minus an unknown name): #NAME?; the others do not parse: #ERROR!.
    expect(f.run(() => f.sheet().getRange('A1:D1').getValues())).toEqual([[5, '#ERROR!', '#ERROR!', '#NAME?']]);
    expect(f.run(() => f.sheet().getRange('A1').getFormula())).toBe('=2+3');
  });

  test('a plain-text cell ("@") keeps strings as they are', () => {
    const f = fixture();
    f.run(() => {
      const r = f.sheet().getRange('A1:B1');
      r.setNumberFormat('@');
      r.setValues([['=1+1', '007']]);
    });
    expect(f.run(() => f.sheet().getRange('A1:B1').getValues())).toEqual([['=1+1', '007']]);
  });

  test('an empty string clears the cell', () => {
    const f = fixture();
    f.run(() => f.sheet().getRange('A1').setValue('x'));
    f.run(() => f.sheet().getRange('A1').setValue(''));
    expect(f.run(() => f.sheet().getLastRow())).toBe(0);
  });

  test('a cell holds at most 50,000 characters', () => {
    const f = fixture();
    expect(errorOf(() => f.run(() => f.sheet().getRange('A1').setValue('x'.repeat(50_001))))).toBe(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
  });
});

describe('shapes and signatures', () => {
  // range#setvaluesvalues: "The number of rows in the data does not match ..." (docs/platform.md).
  test('a row-count mismatch throws Apps Script\'s message', () => {
    const f = fixture();
    expect(errorOf(() => f.run(() => f.sheet().getRange(2, 1, 526, 1).setValues([[1]])))).toBe(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 526.',
    );
  });

  test('a column-count mismatch throws the columns variant', () => {
    const f = fixture();
    expect(errorOf(() => f.run(() => f.sheet().getRange('A1:C1').setValues([[1, 2]])))).toBe(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
  });

  test('a 1-D array is not a 2-D one', () => {
    const f = fixture();
    expect(errorOf(() => f.run(() => f.sheet().getRange('A1:B1').setValues(['a', 'b'] as never)))).toBe(
      "The parameters (String[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  test('errors reach the add-on as Exceptions', () => {
    const f = fixture();
    let error: unknown;
    try {
      f.run(() => f.sheet().getRange('A1:B1').setValues([[1]]));
    } catch (e) {
      error = e;
    }
    expect((error as Error).name).toBe('Exception');
  });
});

describe('cell counting (benchmarks)', () => {
  test('reads and writes count rows × columns', () => {
    const f = fixture();
    f.run(() => {
      f.sheet().getRange('A1:C4').setValues(Array.from({ length: 4 }, () => [1, 2, 3]));
      f.sheet().getRange('A1:C4').getValues();
      f.sheet().getRange('A1:B2').getDisplayValues();
    });
    expect(f.emulator.cells).toEqual({ written: 12, read: 16 });
  });
});

test('readSheet gives the data range as the add-on sees it', () => {
  const f = fixture();
  f.run(() => f.sheet().getRange('A1:B2').setValues([['Имя', 'Дата'], ['Иванова', '01.09.2026']]));
  expect(readSheet(f.emulator, f.id, 'Лист1', { display: true })).toEqual([['Имя', 'Дата'], ['Иванова', '01.09.2026']]);
  expect(readSheet(f.emulator, f.id, 'Лист1')[1]![1]).toBeInstanceOf(Date);
});
