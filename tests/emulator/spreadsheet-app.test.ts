/**
 * SpreadsheetApp: the active document and selection, openById/create, scopes and auth modes,
 * toast/getUi, state that survives JSON, and performance on a region-sized sheet.
 * Docs: reference/spreadsheet/spreadsheet-app (Authorization sections of each method),
 * workspace/add-ons/concepts/editor-auth-lifecycle, reference/spreadsheet/spreadsheet#toast.
 */
import { Emulator } from '../../emulator/core/emulator';
import { createSpreadsheet, createSpreadsheetApp, selectRange } from '../../emulator/spreadsheet';
import { errorOf, fixture } from './spreadsheet-fixture';

const CURRENT = 'https://www.googleapis.com/auth/spreadsheets.currentonly';
const ALL = 'https://www.googleapis.com/auth/spreadsheets';

describe('the active spreadsheet and the selection', () => {
  test('the first spreadsheet created is the active one; getActive is the same', () => {
    const f = fixture();
    createSpreadsheet(f.emulator, { name: 'Другая' });
    expect(f.run(() => [f.app.getActiveSpreadsheet()!.getId(), f.app.getActive()!.getId()])).toEqual([f.id, f.id]);
  });

  test('no active spreadsheet: null', () => {
    const app = createSpreadsheetApp(new Emulator());
    expect(app.getActiveSpreadsheet()).toBeNull();
  });

  test('the selected row drives the context: active sheet, range, current cell', () => {
    const f = fixture();
    f.run(() => f.app.getActiveSpreadsheet()!.insertSheet('Программы'));
    selectRange(f.emulator, f.id, 'Программы', 'A7:D7');
    const [sheet, range, cell, selection] = f.run(() => [
      f.app.getActiveSheet().getName(),
      f.app.getActiveRange()!.getA1Notation(),
      f.app.getCurrentCell()!.getA1Notation(),
      f.app.getSelection().getActiveRange()!.getRow(),
    ]);
    expect([sheet, range, cell, selection]).toEqual(['Программы', 'A7:D7', 'A7', 7]);
  });

  test('each user has their own active sheet; activate and setActiveSheet change it', () => {
    const f = fixture();
    f.run(() => f.app.getActiveSpreadsheet()!.insertSheet('Журнал'), { user: 'a@school.example' });
    expect(f.run(() => f.app.getActiveSheet().getName(), { user: 'a@school.example' })).toBe('Журнал');
    expect(f.run(() => f.app.getActiveSheet().getName(), { user: 'b@school.example' })).toBe('Лист1');
    f.run(() => f.app.setActiveSheet(f.app.getActiveSpreadsheet()!.getSheetByName('Журнал')!), { user: 'b@school.example' });
    expect(f.run(() => f.app.getActiveSheet().getName(), { user: 'b@school.example' })).toBe('Журнал');
  });

  test('Spreadsheet.getRange without a sheet name uses the active sheet', () => {
    const f = fixture();
    f.run(() => f.app.getActiveSpreadsheet()!.insertSheet('Второй').getRange('A1').setValue('здесь'));
    expect(f.run(() => f.app.getActiveSpreadsheet()!.getRange('A1').getValue())).toBe('здесь');
  });
});

describe('openById and create', () => {
  test('openById opens any spreadsheet; an unknown id throws Apps Script\'s message', () => {
    const f = fixture();
    const other = createSpreadsheet(f.emulator, { name: 'Регион' });
    expect(f.run(() => f.app.openById(other).getName())).toBe('Регион');
    expect(errorOf(() => f.run(() => f.app.openById('nope')))).toBe('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    expect(f.run(() => f.app.openByUrl(`https://docs.google.com/spreadsheets/d/${other}/edit#gid=0`).getId())).toBe(other);
  });

  test('create makes a spreadsheet owned by the user', () => {
    const f = fixture();
    const made = f.run(() => f.app.create('Отчёт', 50, 5), { user: 'deputy@school.example' });
    expect(f.run(() => [made.getName(), made.getSheets()[0]!.getMaxRows(), made.getSheets()[0]!.getMaxColumns()])).toEqual(['Отчёт', 50, 5]);
    expect(f.emulator.state.spreadsheets[made.getId()]!.owner).toBe('deputy@school.example');
  });
});

describe('authorization', () => {
  test('LIMITED may use the active spreadsheet but not openById or create', () => {
    const f = fixture();
    expect(f.run(() => f.app.getActiveSheet().getRange('A1').setValue(1) && 'ok', { authMode: 'LIMITED' })).toBe('ok');
    expect(errorOf(() => f.run(() => f.app.openById(f.id), { authMode: 'LIMITED' }))).toBe('Authorization is required to perform that action.');
    expect(errorOf(() => f.run(() => f.app.create('x'), { authMode: 'LIMITED' }))).toBe('Authorization is required to perform that action.');
  });

  test('NONE allows only getUi (for the menu)', () => {
    const f = fixture();
    expect(errorOf(() => f.run(() => f.app.getActiveSpreadsheet(), { authMode: 'NONE' }))).toBe('Authorization is required to perform that action.');
    expect(() => f.run(() => f.app.getUi(), { authMode: 'NONE' })).not.toThrow();
  });

  test('currentonly scope: the active document yes, openById no', () => {
    const f = fixture({}, new Emulator({ scopes: [CURRENT] }));
    expect(f.run(() => f.app.getActiveSpreadsheet()!.getName())).toBe('Сопровождение');
    expect(errorOf(() => f.run(() => f.app.openById(f.id)))).toBe(`You do not have permission to call SpreadsheetApp.openById. Required permissions: ${ALL}`);
  });

  test('no spreadsheet scope at all: reading the document is refused', () => {
    const f = fixture({}, new Emulator({ scopes: ['https://www.googleapis.com/auth/script.container.ui'] }));
    expect(errorOf(() => f.run(() => f.app.getActiveSpreadsheet()))).toBe(
      `You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: ${CURRENT} || ${ALL}`,
    );
  });
});

describe('toast, flush, unknown methods, call counting', () => {
  test('toast is recorded as a ui event', () => {
    const f = fixture();
    f.run(() => f.app.getActiveSpreadsheet()!.toast('Готово', 'Сопровождение', 3));
    expect(f.emulator.state.ui.at(-1)).toMatchObject({ kind: 'toast', spreadsheetId: f.id, data: { msg: 'Готово', title: 'Сопровождение', timeoutSeconds: 3 } });
  });

  test('flush is counted; an unknown method throws "is not emulated"', () => {
    const f = fixture();
    f.run(() => f.app.flush());
    expect(f.emulator.calls.get('SpreadsheetApp.flush')).toBe(1);
    expect(errorOf(() => f.run(() => (f.sheet().getRange('A1') as unknown as { sort(n: number): void }).sort(1)))).toBe(
      'SpreadsheetApp.Range.sort is not emulated',
    );
  });

  test('chained setters return the counted view', () => {
    const f = fixture();
    f.run(() => f.sheet().getRange('A1').setValue(1).setFontWeight('bold').setBackground('#eeeeee'));
    expect(f.emulator.calls.get('Range.setBackground')).toBe(1);
  });
});

test('state is plain JSON and survives a save and load', () => {
  const f = fixture();
  f.run(() => {
    f.sheet().getRange('A1:B1').setValues([[new Date(Date.UTC(2026, 7, 31, 21)), '=A1+1']]); // midnight in Moscow
    f.sheet().getRange('A1').setDataValidation(f.app.newDataValidation().requireDate().build());
    f.sheet().getRange('A1').protect();
  });
  const copy = new Emulator(JSON.parse(JSON.stringify(f.emulator.state)));
  const app = createSpreadsheetApp(copy);
  expect(app.getActiveSpreadsheet()!.getSheets()[0]!.getRange('A1:B1').getDisplayValues()).toEqual([['01.09.2026', '02.09.2026']]);
  expect(app.getActiveSpreadsheet()!.getProtections(app.ProtectionType.RANGE)).toHaveLength(1);
});

test('a region-sized sheet (60,000 × 25) reads and writes in O(cells)', () => {
  const f = fixture({ rows: 60_000, columns: 25 });
  const rows = Array.from({ length: 60_000 }, (_, i) => Array.from({ length: 25 }, (_, c) => (c === 0 ? `Учитель ${i}` : i * 25 + c)));
  const started = performance.now();
  f.run(() => f.sheet().getRange(1, 1, 60_000, 25).setValues(rows));
  const values = f.run(() => f.sheet().getDataRange().getValues());
  const elapsed = performance.now() - started;
  expect(values).toHaveLength(60_000);
  expect(values[59_999]![24]).toBe(59_999 * 25 + 24);
  expect(elapsed).toBeLessThan(5000);
});
