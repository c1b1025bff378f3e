/**
 * The preview's .xlsx exchange: the workbook exported and imported back keeps its tabs, text
 * (Cyrillic, leading zeros, apostrophes), numbers, booleans, dates and times, and empty cells;
 * a file as Google Sheets writes it (made here with exceljs) opens with its dates as dates.
 */
import ExcelJS from 'exceljs';
import { newSchoolWorkspace } from '../../tools/school';
import { readSheet, type Host } from '@pds/emulator';
import { excelSheetName, exportXlsx, importXlsx, readXlsx } from '../../tools/preview/xlsx';
import { typeRows } from '../../tools/preview/deputy';
import { DIST } from '../helpers/addon';

function book(host: Host) {
  const id = host.state.activeSpreadsheetId!;
  return host.state.spreadsheets[id]!;
}

function values(host: Host, tab: string, display = false) {
  return readSheet(host.emulator, host.state.activeSpreadsheetId!, tab, { display });
}

function sample(): Host {
  const host = newSchoolWorkspace(DIST);
  host.click('Настроить книгу');
  typeRows(host, 'Педагоги', [
    { ID: 'T00001', ФИО: 'Ёлкина Юлия Щукина', 'Эл. почта': 'elkina@school.example', 'Дата аттестации': '14.03.2025', 'Общий педагогический стаж, лет': '12', 'Нагрузка в учебном году, ч/нед': '18,5' },
    { ID: 'T00002', ФИО: "'007", Примечание: "'TRUE" },
  ]);
  return host;
}

test('export then import keeps every tab, value, type and empty cell', async () => {
  const host = sample();
  const bytes = await exportXlsx(host);
  const target = newSchoolWorkspace(DIST);
  importXlsx(target, await readXlsx(bytes));
  expect(book(target).sheets.map((s) => [s.name, s.hidden])).toEqual(book(host).sheets.map((s) => [s.name, s.hidden]));
  for (const sheet of book(host).sheets) {
    expect(values(target, sheet.name)).toEqual(values(host, sheet.name));
    expect(values(target, sheet.name, true)).toEqual(values(host, sheet.name, true));
  }
  const teachers = values(target, 'Педагоги', true);
  const headers = teachers[0]!.map(String);
  expect(teachers[1]![headers.indexOf('ФИО')]).toBe('Ёлкина Юлия Щукина');
  expect(teachers[1]![headers.indexOf('Дата аттестации')]).toBe('14.03.2025');
  expect(teachers[2]![headers.indexOf('ФИО')]).toBe('007');
  expect(teachers[2]![headers.indexOf('Эл. почта')]).toBe('');
  const typed = values(target, 'Педагоги');
  expect(typed[1]![headers.indexOf('Дата аттестации')]).toBeInstanceOf(Date);
  expect(typed[1]![headers.indexOf('Общий педагогический стаж, лет')]).toBe(12);
  expect(typed[1]![headers.indexOf('Нагрузка в учебном году, ч/нед')]).toBe(18.5);
  expect(typed[2]![headers.indexOf('Примечание')]).toBe('TRUE');
  expect(book(target).sheets.find((s) => s.name === 'Педагоги')!.frozenRows).toBe(1);
});

test('a file downloaded from Google Sheets: dates, booleans, numbers, Cyrillic, gaps', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Лист1', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(['Дата', 'Время', 'Число', 'Флаг', 'Текст', 'Пусто', 'После пустого']);
  ws.addRow([new Date(Date.UTC(2026, 8, 1)), new Date(Date.UTC(2026, 8, 1, 14, 30)), 3.25, true, 'Привет, мир', null, 'ещё']);
  ws.getCell('A2').numFmt = 'dd.mm.yyyy';
  ws.getCell('B2').numFmt = 'dd.mm.yyyy hh:mm';
  ws.addRow([]);
  ws.addRow(['', '', 0, false, '']);
  wb.addWorksheet('Скрытый', { state: 'hidden' }).addRow(['x']);
  const host = newSchoolWorkspace(DIST);
  importXlsx(host, await readXlsx(Buffer.from(await wb.xlsx.writeBuffer())));
  expect(book(host).sheets.map((s) => [s.name, s.hidden])).toEqual([['Лист1', false], ['Скрытый', true]]);
  expect(values(host, 'Лист1', true)).toEqual([
    ['Дата', 'Время', 'Число', 'Флаг', 'Текст', 'Пусто', 'После пустого'],
    ['01.09.2026', '01.09.2026 14:30', '3,25', 'TRUE', 'Привет, мир', '', 'ещё'],
    ['', '', '', '', '', '', ''],
    ['', '', '0', 'FALSE', '', '', ''],
  ]);
  const typed = values(host, 'Лист1');
  // Midnight of 1 September in the book's zone (Moscow, UTC+3).
  expect((typed[1]![0] as Date).toISOString()).toBe('2026-08-31T21:00:00.000Z');
  expect(typed[1]![3]).toBe(true);
  expect(typed[3]![2]).toBe(0);
});

test('sheet names Excel refuses are made legal and kept unique', () => {
  const used = new Set<string>();
  expect(excelSheetName('Ответы: запросы', used)).toBe('Ответы_ запросы');
  expect(excelSheetName('Ответы/ запросы', used)).toBe('Ответы_ запросы (2)');
  expect(excelSheetName('Очень длинное название листа для проверки', used)).toHaveLength(31);
});
