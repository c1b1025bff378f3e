/**
 * The Sheets advanced service's Values.batchGet, read strictly from
 * developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/batchGet and
 * the ValueRange, ValueRenderOption, DateTimeRenderOption and Dimension references.
 */
import { Emulator } from '../../emulator/core/emulator';
import { createGlobals } from '../../emulator/globals';
import { fixture } from './spreadsheet-fixture';

interface ValueRange {
  range: string;
  majorDimension: string;
  values?: unknown[][];
}
interface Sheets {
  Spreadsheets: { Values: { batchGet(id: string, args?: object): { spreadsheetId: string; valueRanges: ValueRange[] } } };
}

function setup() {
  const emulator = new Emulator({ advancedServices: ['Sheets'] });
  const f = fixture({}, emulator);
  const Sheets = createGlobals(emulator).Sheets as Sheets;
  f.run(() => {
    const sheet = f.sheet();
    sheet.setName('Сессии');
    sheet.getRange('A1:D4').setValues([
      ['id', 'Дата', 'Тема', ''],
      ['S1', new Date('2026-11-16T00:00:00+03:00'), 'Оценивание', ''],
      ['', '', '', ''],
      ['S3', '', 'Чтение', 5],
    ]);
    sheet.getRange('B2').setNumberFormat('dd.MM.yyyy');
    sheet.getRange('E5').setFormula('=1+1');
  });
  return { emulator, Sheets, f };
}

describe('Sheets.Spreadsheets.Values.batchGet', () => {
  test('exists only when the manifest enables it', () => {
    expect(createGlobals(new Emulator()).Sheets).toBeUndefined();
  });

  test('several ranges in one call; trailing empty cells and rows left out; dates as serial numbers', () => {
    const { Sheets, f } = setup();
    const answer = f.run(() => Sheets.Spreadsheets.Values.batchGet(f.id, { ranges: ["'Сессии'!A1:A", "'Сессии'!B2:D4"], valueRenderOption: 'UNFORMATTED_VALUE' }));
    expect(answer.spreadsheetId).toBe(f.id);
    expect(answer.valueRanges[0]).toEqual({ range: "'Сессии'!A1:A1000", majorDimension: 'ROWS', values: [['id'], ['S1'], [], ['S3']] });
    // 16.11.2026 is day 46342 after 30.12.1899.
    expect(answer.valueRanges[1]!.values).toEqual([[46342, 'Оценивание'], [], ['', 'Чтение', 5]]);
  });

  test('formatted values by default, formulas on request, columns as the major dimension', () => {
    const { Sheets, f } = setup();
    const [formatted, computed, formulas, columns] = f.run(() => Sheets.Spreadsheets.Values.batchGet(f.id, { ranges: ['Сессии!B2', 'Сессии!E5'] })).valueRanges.concat(
      f.run(() => Sheets.Spreadsheets.Values.batchGet(f.id, { ranges: ['Сессии!E5'], valueRenderOption: 'FORMULA' })).valueRanges,
      f.run(() => Sheets.Spreadsheets.Values.batchGet(f.id, { ranges: ['Сессии!A1:C2'], majorDimension: 'COLUMNS', valueRenderOption: 'UNFORMATTED_VALUE' })).valueRanges,
    );
    expect(formatted!.values).toEqual([['16.11.2026']]);
    expect(computed!.values).toEqual([['2']]);
    expect(formulas!.values).toEqual([['=1+1']]);
    expect(columns!.values).toEqual([['id', 'S1'], ['Дата', 46342], ['Тема', 'Оценивание']]);
  });

  test('a sheet name alone is the whole sheet', () => {
    const { Sheets, f } = setup();
    const [quoted, bare] = f.run(() => Sheets.Spreadsheets.Values.batchGet(f.id, { ranges: ["'Сессии'", 'Сессии'], valueRenderOption: 'FORMULA' })).valueRanges;
    expect(quoted).toEqual({ range: "'Сессии'!A1:Z1000", majorDimension: 'ROWS', values: [['id', 'Дата', 'Тема'], ['S1', 46342, 'Оценивание'], [], ['S3', '', 'Чтение', 5], ['', '', '', '', '=1+1']] });
    expect(bare).toEqual(quoted);
  });

  test('an empty range has no values; no range, an unknown sheet or a bad option is a 400', () => {
    const { Sheets, f } = setup();
    expect(f.run(() => Sheets.Spreadsheets.Values.batchGet(f.id, { ranges: ['Сессии!F1:G3'] })).valueRanges[0]).toEqual({ range: "'Сессии'!F1:G3", majorDimension: 'ROWS' });
    const error = (fn: () => unknown) => {
      try {
        f.run(fn);
      } catch (e) {
        return { name: (e as Error).name, message: (e as Error).message, code: (e as { details?: { code: number } }).details?.code };
      }
      throw new Error('expected an error');
    };
    expect(error(() => Sheets.Spreadsheets.Values.batchGet(f.id, {}))).toMatchObject({ name: 'GoogleJsonResponseException', code: 400 });
    expect(error(() => Sheets.Spreadsheets.Values.batchGet(f.id, { ranges: ['Нет!A1'] }))).toMatchObject({ code: 400, message: expect.stringContaining('Unable to parse range: Нет!A1') });
    expect(error(() => Sheets.Spreadsheets.Values.batchGet(f.id, { ranges: ['A1'], valueRenderOption: 'RAW' }))).toMatchObject({ code: 400 });
    expect(error(() => Sheets.Spreadsheets.Values.batchGet('nope', { ranges: ['A1'] }))).toMatchObject({ code: 404 });
  });

  test('refused after an unflushed SpreadsheetApp write in the same execution (the API reads the saved book)', () => {
    const { Sheets, f } = setup();
    expect(() =>
      f.run(() => {
        f.sheet().getRange('A2').setValue('S9');
        return Sheets.Spreadsheets.Values.batchGet(f.id, { ranges: ['Сессии!A2'] });
      }),
    ).toThrow(/flush/);
    const after = f.run(() => {
      f.sheet().getRange('A2').setValue('S9');
      f.app.flush();
      return Sheets.Spreadsheets.Values.batchGet(f.id, { ranges: ['Сессии!A2'] });
    });
    expect(after.valueRanges[0]!.values).toEqual([['S9']]);
  });

  test('counts as a Sheets call and counts the cells it read', () => {
    const { Sheets, f, emulator } = setup();
    emulator.calls.reset();
    emulator.cells.read = 0;
    f.run(() => Sheets.Spreadsheets.Values.batchGet(f.id, { ranges: ['Сессии!A1:B3', 'Сессии!C1:C2'] }));
    expect(emulator.calls.byService().Sheets).toBeGreaterThanOrEqual(1);
    expect(emulator.cells.read).toBe(8);
  });
});

