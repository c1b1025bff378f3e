/**
 * Spreadsheets and sheets: the new spreadsheet, tabs, rows and columns, frozen panes, widths, the
 * cell limit. Docs: reference/spreadsheet/spreadsheet, reference/spreadsheet/sheet,
 * guides/services/quotas (10 million cells).
 */
import { errorOf, fixture } from './spreadsheet-fixture';

describe('a new spreadsheet', () => {
  test('has one 1000 × 26 sheet named in its locale, gid 0', () => {
    const ru = fixture({ locale: 'ru_RU' });
    const sheet = ru.run(() => ru.sheet());
    expect([sheet.getName(), sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getSheetId(), sheet.getIndex()]).toEqual(['Лист1', 1000, 26, 0, 1]);
    const en = fixture({ locale: 'en_US' });
    expect(en.run(() => en.sheet().getName())).toBe('Sheet1');
  });

  test('id, name, url, zone and locale', () => {
    const f = fixture({ name: 'Школа 1', timeZone: 'Asia/Omsk', locale: 'ru_RU' });
    const ss = f.run(() => f.app.openById(f.id));
    expect(f.run(() => [ss.getId(), ss.getName(), ss.getSpreadsheetTimeZone(), ss.getSpreadsheetLocale()])).toEqual([f.id, 'Школа 1', 'Asia/Omsk', 'ru_RU']);
    expect(f.run(() => ss.getUrl())).toBe(`https://docs.google.com/spreadsheets/d/${f.id}/edit`);
    f.run(() => ss.setSpreadsheetTimeZone('Europe/Samara'));
    expect(f.run(() => ss.getSpreadsheetTimeZone())).toBe('Europe/Samara');
  });
});

describe('sheets', () => {
  test('insertSheet with a name and an index; getSheets order; getSheetByName', () => {
    const f = fixture();
    f.run(() => {
      const ss = f.app.openById(f.id);
      ss.insertSheet('Программы');
      ss.insertSheet('Журнал', 0);
      ss.insertSheet();
    });
    const names = f.run(() => f.app.openById(f.id).getSheets().map((s) => s.getName()));
    expect(names).toEqual(['Журнал', 'Лист1', 'Программы', 'Лист4']);
    expect(f.run(() => f.app.openById(f.id).getSheetByName('программы')!.getIndex())).toBe(3);
    expect(f.run(() => f.app.openById(f.id).getSheetByName('Нет'))).toBeNull();
  });

  test('names are unique', () => {
    const f = fixture();
    expect(errorOf(() => f.run(() => f.app.openById(f.id).insertSheet('лист1')))).toBe(
      'A sheet with the name "лист1" already exists. Please enter another name.',
    );
    f.run(() => f.app.openById(f.id).insertSheet('B'));
    expect(errorOf(() => f.run(() => f.app.openById(f.id).getSheetByName('B')!.setName('Лист1')))).toBe(
      'A sheet with the name "Лист1" already exists. Please enter another name.',
    );
  });

  test('deleteSheet; the last sheet cannot go', () => {
    const f = fixture();
    f.run(() => {
      const ss = f.app.openById(f.id);
      const extra = ss.insertSheet('Врем');
      ss.deleteSheet(extra);
    });
    expect(f.run(() => f.app.openById(f.id).getNumSheets())).toBe(1);
    expect(errorOf(() => f.run(() => f.app.openById(f.id).deleteSheet(f.sheet())))).toBe("You can't remove all the sheets in a document.");
  });

  test('hide and show; the last visible sheet cannot be hidden', () => {
    const f = fixture();
    f.run(() => f.app.openById(f.id).insertSheet('Служебный').hideSheet());
    expect(f.run(() => f.app.openById(f.id).getSheetByName('Служебный')!.isSheetHidden())).toBe(true);
    expect(errorOf(() => f.run(() => f.sheet().hideSheet()))).toBe("You can't hide all the sheets in a document.");
    f.run(() => f.app.openById(f.id).getSheetByName('Служебный')!.showSheet());
    expect(f.run(() => f.app.openById(f.id).getSheetByName('Служебный')!.isSheetHidden())).toBe(false);
  });

  test('frozen rows and columns', () => {
    const f = fixture();
    f.run(() => {
      f.sheet().setFrozenRows(1);
      f.sheet().setFrozenColumns(2);
    });
    expect(f.run(() => [f.sheet().getFrozenRows(), f.sheet().getFrozenColumns()])).toEqual([1, 2]);
  });

  test('column widths: default 100, set, auto-resize', () => {
    const f = fixture();
    f.run(() => f.sheet().setColumnWidth(2, 250));
    expect(f.run(() => [f.sheet().getColumnWidth(1), f.sheet().getColumnWidth(2)])).toEqual([100, 250]);
    f.run(() => {
      f.sheet().getRange('C1').setValue('Очень длинный заголовок столбца');
      f.sheet().autoResizeColumns(3, 1);
    });
    expect(f.run(() => f.sheet().getColumnWidth(3))).toBeGreaterThan(100);
  });
});

describe('rows and columns', () => {
  function seeded() {
    const f = fixture({ rows: 5, columns: 3 });
    f.run(() => f.sheet().getRange('A1:A5').setValues([[1], [2], [3], [4], [5]]));
    return f;
  }
  const column = (f: ReturnType<typeof fixture>) => f.run(() => f.sheet().getRange(1, 1, f.sheet().getMaxRows(), 1).getValues().map((r) => r[0]));

  test('insertRowsAfter / insertRowBefore / insertRows shift the rows below', () => {
    const f = seeded();
    f.run(() => f.sheet().insertRowsAfter(2, 2));
    expect(column(f)).toEqual([1, 2, '', '', 3, 4, 5]);
    f.run(() => f.sheet().insertRowBefore(1));
    expect(column(f)).toEqual(['', 1, 2, '', '', 3, 4, 5]);
    f.run(() => f.sheet().insertRows(3));
    expect(f.run(() => f.sheet().getMaxRows())).toBe(9);
  });

  test('deleteRow / deleteRows shift rows up; all rows cannot go', () => {
    const f = seeded();
    f.run(() => f.sheet().deleteRows(2, 2));
    expect(column(f)).toEqual([1, 4, 5]);
    f.run(() => f.sheet().deleteRow(1));
    expect(column(f)).toEqual([4, 5]);
    expect(errorOf(() => f.run(() => f.sheet().deleteRows(1, 2)))).toBe('Sorry, it is not possible to delete all non-frozen rows.');
    expect(errorOf(() => f.run(() => f.sheet().deleteRows(2, 5)))).toBe('Those rows are out of bounds.');
  });

  test('insertColumnsAfter / deleteColumn shift what the rows hold', () => {
    const f = fixture({ rows: 2, columns: 3 });
    f.run(() => f.sheet().getRange('A1:C1').setValues([['a', 'b', 'c']]));
    f.run(() => f.sheet().insertColumnsAfter(1, 2));
    expect(f.run(() => f.sheet().getRange('A1:E1').getValues())).toEqual([['a', '', '', 'b', 'c']]);
    f.run(() => f.sheet().deleteColumn(2));
    f.run(() => f.sheet().deleteColumns(2, 1));
    expect(f.run(() => f.sheet().getRange('A1:C1').getValues())).toEqual([['a', 'b', 'c']]);
  });

  test('formats and notes move with their rows', () => {
    const f = fixture();
    f.run(() => {
      f.sheet().getRange('A2').setNote('заметка').setFontWeight('bold');
      f.sheet().insertRowBefore(1);
    });
    expect(f.run(() => [f.sheet().getRange('A3').getNote(), f.sheet().getRange('A3').getFontWeight()])).toEqual(['заметка', 'bold']);
  });
});

describe('the 10-million-cell limit (guides/services/quotas)', () => {
  test('growing past it throws', () => {
    const f = fixture({ rows: 100_000, columns: 99 }); // 9.9 million cells
    const limit = 'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';
    expect(errorOf(() => f.run(() => f.sheet().insertRowsAfter(1, 2000)))).toBe(limit);
    // Three new 1000 × 26 sheets fit (9,978,000 cells); the fourth does not.
    f.run(() => ['A', 'B', 'C'].forEach((name) => f.app.openById(f.id).insertSheet(name)));
    expect(errorOf(() => f.run(() => f.app.openById(f.id).insertSheet('D')))).toBe(limit);
  });
});
