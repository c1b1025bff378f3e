/**
 * Number formats and the header format model. Docs: reference/spreadsheet/range#setnumberformatnumberformat,
 * #getdisplayvalues, #setfontweightfontweight, #setbackgroundcolor, #setnotenote;
 * sheets/api/guides/formats (format syntax); ValueRenderOption ("based on the spreadsheet's locale").
 */
import { errorOf, fixture } from './spreadsheet-fixture';

function display(value: unknown, format: string, locale = 'ru_RU'): string {
  const f = fixture({ locale, timeZone: 'Europe/Moscow' });
  return f.run(() => {
    const cell = f.sheet().getRange('A1');
    cell.setValue(value);
    cell.setNumberFormat(format);
    return cell.getDisplayValue();
  });
}

describe('display formats', () => {
  const date = new Date(Date.UTC(2026, 8, 1, 6, 5, 9)); // 01.09.2026 09:05:09 Moscow
  test.each([
    [date, 'dd.MM.yyyy', '01.09.2026'],
    [date, 'dd.mm.yyyy', '01.09.2026'],
    [date, 'yyyy-mm-dd', '2026-09-01'],
    [date, 'HH:mm', '09:05'],
    [date, 'dd.MM.yyyy HH:mm:ss', '01.09.2026 09:05:09'],
    [1234.5, '0', '1235'],
    [1234.567, '0.00', '1234,57'],
    [1234567, '#,##0', '1\u00a0234\u00a0567'],
    [1234.5, '#,##0.00', '1\u00a0234,50'],
    [0.256, '0%', '26%'],
    [0.256, '0.00%', '25,60%'],
    [12, '@', '12'],
  ])('%p as %s → %s (ru_RU)', (value, format, expected) => {
    expect(display(value, format)).toBe(expected);
  });

  test('en_US separators', () => {
    expect(display(1234.5, '#,##0.00', 'en_US')).toBe('1,234.50');
  });

  test('default formats: numbers, booleans, ru_RU dates', () => {
    const f = fixture({ locale: 'ru_RU' });
    f.run(() => f.sheet().getRange('A1:D1').setValues([[1.25, true, 10, new Date(Date.UTC(2026, 0, 2, 21, 0))]]));
    expect(f.run(() => f.sheet().getRange('A1:D1').getDisplayValues())).toEqual([['1,25', 'TRUE', '10', '03.01.2026']]);
    expect(f.run(() => f.sheet().getRange('A1').getNumberFormat())).toBe('0.###############');
  });

  test('a number format decides whether a number reads as a Date', () => {
    const f = fixture();
    f.run(() => {
      f.sheet().getRange('A1').setValue(46266);
      f.sheet().getRange('A1').setNumberFormat('dd.MM.yyyy');
    });
    expect(f.run(() => f.sheet().getRange('A1').getValue())).toBeInstanceOf(Date);
    expect(f.run(() => f.sheet().getRange('A1').getDisplayValue())).toBe('01.09.2026');
  });

  test('an unsupported format throws on display', () => {
    expect(errorOf(() => display(5, '0.0" руб."'))).toBe('Number format 0.0" руб." is not emulated');
    expect(errorOf(() => display(5, 'mmmm yyyy'))).toBe('Number format mmmm yyyy is not emulated');
  });

  test('setNumberFormats needs the range shape', () => {
    const f = fixture();
    f.run(() => f.sheet().getRange('A1:B1').setNumberFormats([['0', '0.00']]));
    expect(f.run(() => f.sheet().getRange('A1:B1').getNumberFormats())).toEqual([['0', '0.00']]);
    expect(errorOf(() => f.run(() => f.sheet().getRange('A1:B1').setNumberFormats([['0']])))).toContain('The number of columns in the data');
  });
});

describe('header formats', () => {
  test('font weight, background, font colour, wrap, alignment, notes', () => {
    const f = fixture();
    f.run(() => {
      f.sheet()
        .getRange('A1:B1')
        .setFontWeight('bold')
        .setBackground('#d9ead3')
        .setFontColor('#1c4587')
        .setWrap(true)
        .setHorizontalAlignment('center')
        .setNote('Заполняет заместитель');
    });
    const r = f.run(() => f.sheet().getRange('B1'));
    expect(f.run(() => [r.getFontWeight(), r.getBackground(), r.getFontColor(), r.getWrap(), r.getHorizontalAlignment(), r.getNote()])).toEqual([
      'bold',
      '#d9ead3',
      '#1c4587',
      true,
      'center',
      'Заполняет заместитель',
    ]);
    expect(f.run(() => f.sheet().getRange('C1').getFontWeight())).toBe('normal');
  });

  test('per-cell setters check the shape; setFontWeights sets each cell', () => {
    const f = fixture();
    f.run(() => f.sheet().getRange('A1:B1').setFontWeights([['bold', 'normal']]));
    expect(f.run(() => f.sheet().getRange('A1:B1').getFontWeights())).toEqual([['bold', 'normal']]);
    f.run(() => f.sheet().getRange('A1:B1').setBackgrounds([['#ff0000', null]]));
    expect(f.run(() => f.sheet().getRange('A1:B1').getBackgrounds())).toEqual([['#ff0000', '#ffffff']]);
  });

  test('a font weight reads back as FontWeight ("normal" or "bold"); setFontWeights refuses any other cell as setFontWeight does', () => {
    const f = fixture();
    f.run(() => f.sheet().getRange('A1').setFontWeight('BOLD' as never));
    expect(f.run(() => f.sheet().getRange('A1').getFontWeight())).toBe('bold');
    expect(errorOf(() => f.run(() => f.sheet().getRange('A1:B1').setFontWeights([['bold', 'heavy' as never]])))).toBe('Invalid argument: heavy');
    expect(f.run(() => f.sheet().getRange('A1:B1').getFontWeights())).toEqual([['bold', 'normal']]);
  });

  test('a bad argument type does not match the signature', () => {
    const f = fixture();
    expect(errorOf(() => f.run(() => f.sheet().getRange('A1').setWrap('yes' as never)))).toBe(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setWrap.",
    );
  });
});
