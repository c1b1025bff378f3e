/**
 * Reading the book costs the same number of spreadsheet calls whatever its size: one batch read
 * per tab, never a call per row (Google's batching guidance: guides/support/best-practices).
 */
import { hostCreateFolder } from '@pds/emulator';
import { Addon } from '../helpers/addon';
import { DOCUMENT_KINDS } from '../../src/domain/options';

function bookWith(teachers: number): Addon {
  const addon = Addon.fresh();
  addon.click('Настроить книгу');
  const headers = addon.headers('Педагоги');
  const rows = Array.from({ length: teachers }, (_, i) => {
    const row: (string | number)[] = headers.map(() => '');
    row[headers.indexOf('ID')] = `T${String(i + 1).padStart(5, '0')}`;
    row[headers.indexOf('ФИО')] = `Педагог ${i + 1}`;
    row[headers.indexOf('Эл. почта')] = `t${i + 1}@school.example`;
    row[headers.indexOf('Роль')] = 'педагог';
    row[headers.indexOf('Общий педагогический стаж, лет')] = i % 40;
    // A dozen distinct dates over all rows, as a real school's attestation dates repeat.
    row[headers.indexOf('Дата аттестации')] = `${String((i % 12) + 1).padStart(2, '0')}.03.2026`;
    return row;
  });
  addon.sheet('Педагоги', (s) => {
    // Rows are added in both books, so each has grown since set-up dressed it.
    s.insertRowsAfter(s.getMaxRows(), Math.max(teachers + 1 - s.getMaxRows(), 10));
    s.getRange(2, 1, teachers, headers.length).setValues(rows);
  });
  return addon;
}

function spreadsheetCalls(addon: Addon, work: () => void): number {
  addon.emulator.calls.reset();
  work();
  return addon.emulator.calls.total('SpreadsheetApp');
}

test('the data check: 50 and 5,000 teachers cost the same calls', () => {
  const small = bookWith(50);
  const large = bookWith(5000);
  const check = (addon: Addon) => () => expect(addon.call('runDataCheck').status).toBe('success');
  const a = spreadsheetCalls(small, check(small));
  const b = spreadsheetCalls(large, check(large));
  expect(b).toBe(a);
  expect(large.emulator.cells.read).toBeGreaterThan(small.emulator.cells.read);
});

test('the data check: dates are converted once per distinct day, not once per cell', () => {
  const small = bookWith(50);
  const large = bookWith(5000);
  const formatCalls = (addon: Addon) => {
    addon.emulator.calls.reset();
    addon.call('runDataCheck');
    return addon.emulator.calls.get('Utilities.formatDate');
  };
  expect(formatCalls(large)).toBe(formatCalls(small));
});

test('set-up on a filled book: 50 and 5,000 teachers cost the same calls', () => {
  const small = bookWith(50);
  const large = bookWith(5000);
  expect(spreadsheetCalls(large, () => large.click('Настроить книгу'))).toBe(spreadsheetCalls(small, () => small.click('Настроить книгу')));
});

test('set-up again with nothing to change reads a few settings per tab and writes nothing', () => {
  const small = bookWith(50);
  const large = bookWith(5000);
  // The first run dresses «Педагоги» again (it grew); the second finds every tab as it left it.
  const first = spreadsheetCalls(large, () => large.click('Настроить книгу'));
  small.click('Настроить книгу');
  large.emulator.cells.written = 0;
  const again = spreadsheetCalls(large, () => large.click('Настроить книгу'));
  expect(again).toBe(spreadsheetCalls(small, () => small.click('Настроить книгу')));
  expect(again).toBeLessThan(first / 2);
  expect(large.emulator.cells.written).toBe(0);
  for (const method of ['Range.setDataValidation', 'Range.setNumberFormat', 'Sheet.setColumnWidths', 'Sheet.hideColumns', 'Range.setNotes', 'Sheet.setConditionalFormatRules']) {
    expect(large.emulator.calls.get(method)).toBe(0);
  }
});

test('set-up again reads no id column whole, no stored key one by one nor one per tab, the book once, and no school folder', () => {
  // Both books have their templates, so the templates step runs its Drive checks too.
  const withTemplates = (teachers: number) => {
    const addon = bookWith(teachers);
    const rows = addon.sheet('Настройки', (s) => s.getDataRange().getValues());
    addon.typeCell('Настройки', rows.findIndex((r) => r[0] === 'driveFolder') + 1, 'Значение', hostCreateFolder(addon.emulator, 'Школа'));
    addon.click('Настроить книгу');
    return addon;
  };
  const small = withTemplates(50);
  const large = withTemplates(5000);
  const again = (addon: Addon) => {
    addon.emulator.calls.reset();
    addon.emulator.cells.read = 0;
    addon.click('Настроить книгу');
    expect(addon.lastAlert()).toContain('Книга уже настроена');
    return addon.emulator.cells.read;
  };
  // Every «Педагоги» row has its id: 4,950 more rows read nothing more.
  expect(again(large)).toBe(again(small));
  // The store is read whole once; only its readiness mark is looked up by key.
  expect(large.emulator.calls.get('Spreadsheet.createDeveloperMetadataFinder')).toBe(1);
  // Set-up's memory is one key, not one per tab: the whole read lists fewer entries than tabs.
  const state = large.emulator.state;
  expect(large.emulator.calls.get('DeveloperMetadata.getKey')).toBeLessThan(state.spreadsheets[state.activeSpreadsheetId!]!.sheets.length);
  expect(large.emulator.calls.get('Spreadsheet.getSheets')).toBe(1);
  // Each kind's template is checked; the school folder is opened only to make one.
  expect(large.emulator.calls.get('DriveApp.getFileById')).toBe(DOCUMENT_KINDS.keys.length);
  expect(large.emulator.calls.get('DriveApp.getFolderById')).toBe(0);
});
