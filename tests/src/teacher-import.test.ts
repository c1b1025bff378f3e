/**
 * «Импорт списка педагогов» through the built bundle: paste or select, preview, add without
 * duplicates (by email, then by full name); text from outside never becomes a formula.
 */
import { Addon } from '../helpers/addon';
import { T, validSchool } from '../helpers/school';
import { selectRange } from '@pds/emulator';
import { asOk } from '../helpers/wire';
import { pastedTeachers } from '../helpers/payloads';

const paste = pastedTeachers;

test('preview: new people, duplicates by email and by name, lines it cannot read', () => {
  const addon = validSchool();
  const text = [
    'ФИО\tЭл. почта\tПредмет',
    'Новикова Ольга Сергеевна\tNovikova@School.example\tбиология',
    `Другая Фамилия\tivanova@school.example\tхимия`,
    `${T.petrov.toUpperCase()}\t\tфизика`,
    '\tnobody@school.example\t',
    'Орлов Игорь\tне-почта\tгеография',
    'Новикова Ольга Сергеевна\t\tбиология',
  ].join('\n');
  const before = addon.snapshot();
  const result = addon.call('previewTeacherImport', paste(text));
  expect(addon.snapshot()).toBe(before);
  expect(result.status).toBe('success');
  if (result.status !== 'success') return;
  expect(result.response.add).toEqual([{ line: 2, fullName: 'Новикова Ольга Сергеевна', email: 'novikova@school.example', subject: 'биология' }]);
  expect(result.response.duplicates).toEqual([
    { line: 3, fullName: 'Другая Фамилия', reason: 'совпадает адрес почты', existing: T.ivanova },
    { line: 4, fullName: T.petrov.toUpperCase(), reason: 'совпадает ФИО', existing: T.petrov },
    { line: 7, fullName: 'Новикова Ольга Сергеевна', reason: 'совпадает ФИО', existing: 'Новикова Ольга Сергеевна' },
  ]);
  expect(result.response.rejected.map((r) => [r.line, r.reason])).toEqual([
    [5, 'нет ФИО'],
    [6, 'адрес почты не распознан'],
  ]);
});

test('apply adds the new teachers once, with ids and the default role; a second time adds nothing', () => {
  const addon = validSchool();
  const text = 'Новикова Ольга Сергеевна\tnovikova@school.example\tбиология\nОрлов Игорь\t\tгеография';
  const first = addon.call('applyTeacherImport', paste(text));
  expect(first.status).toBe('success');
  const rows = addon.sheet('Педагоги', (s) => s.getDataRange().getValues());
  const headers = rows[0]!;
  const col = (h: string) => headers.indexOf(h);
  expect(rows.slice(4).map((r) => [r[col('ID')], r[col('ФИО')], r[col('Эл. почта')], r[col('Преподаваемый предмет')], r[col('Роль')]])).toEqual([
    ['T00004', 'Новикова Ольга Сергеевна', 'novikova@school.example', 'биология', 'педагог'],
    ['T00005', 'Орлов Игорь', '', 'география', 'педагог'],
  ]);
  const before = addon.snapshot();
  const second = addon.call('applyTeacherImport', paste(text));
  expect(second.status === 'success' && second.response.add).toEqual([]);
  expect(addon.snapshot()).toBe(before);
});

test('formula-looking names and subjects are stored as the text typed', () => {
  const addon = validSchool();
  const payloads = ['=HYPERLINK("http://evil.example","нажми")', '+1', '@x', '-2+3', '<img src=x onerror=alert(1)>'];
  const text = payloads.map((p, i) => `${p}\t\t${payloads[(i + 1) % payloads.length]}`).join('\n');
  const result = addon.call('applyTeacherImport', paste(text));
  expect(result.status).toBe('success');
  addon.sheet('Педагоги', (s) => {
    const range = s.getRange(5, 1, payloads.length, s.getLastColumn());
    const headers = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0]!;
    const names = range.getValues().map((r) => r[headers.indexOf('ФИО')]);
    const subjects = range.getValues().map((r) => r[headers.indexOf('Преподаваемый предмет')]);
    expect(names).toEqual(payloads);
    expect(subjects).toEqual(payloads.map((_, i) => payloads[(i + 1) % payloads.length]));
    expect(range.getFormulas().flat().every((f) => f === '')).toBe(true);
  });
  expect(asOk(addon.call('runDataCheck')).response.problems).toEqual([]);
});

test('a selected range works as a source', () => {
  const addon = validSchool();
  addon.sheet('Лист1', (s) => s.getRange('A1:B2').setValues([['Новикова Ольга', 'novikova@school.example'], ['Орлов Игорь', '']]));
  selectRange(addon.emulator, addon.emulator.state.activeSpreadsheetId!, 'Лист1', 'A1:B2');
  const result = addon.call('previewTeacherImport', { source: 'selection' });
  expect(result.status === 'success' && result.response.add.map((a) => a.fullName)).toEqual(['Новикова Ольга', 'Орлов Игорь']);
});

test('bad requests and a book without its teachers tab get clear Russian answers', () => {
  const empty = Addon.fresh();
  expect(empty.call('previewTeacherImport', paste('Орлов Игорь'))).toMatchObject({ status: 'error', message: 'Нет листа «Педагоги»: сначала выполните «Настроить книгу».' });
  const addon = validSchool();
  // @ts-expect-error a source no page sends: refused by the wire types and by the server
  expect(addon.call('previewTeacherImport', { source: 'clipboard' })).toMatchObject({ status: 'error', type: 'validation' });
  expect(addon.call('previewTeacherImport', paste('  \n '))).toMatchObject({ status: 'error', message: expect.stringContaining('Выделите на листе диапазон') });
});
