/**
 * «Сроки хранения документов» through the built bundle: documents past «Хранить до» (000 V.1:
 * five years) are listed, oldest first; keeping one longer moves its date, marking one
 * «можно уничтожить» keeps it listed; no file or register row is ever removed.
 */
import { listDriveFiles } from '@pds/emulator';
import type { Addon } from '../helpers/addon';
import { validSchool } from '../helpers/school';
import { asErr, asOk } from '../helpers/wire';

function school(): Addon {
  const addon = validSchool();
  const doc = (id: string, title: string, created: string, keepUntil: string) =>
    addon.typeRow('Реестр документов', { ID: id, 'Вид документа': 'протокол заседания', Название: title, Ссылка: `https://docs.google.com/document/d/${id}/edit`, Создан: created, 'Хранить до': keepUntil });
  doc('F00002', 'Протокол № 3 от 15.10.2020', '15.10.2020', '15.10.2025');
  doc('F00003', 'Протокол № 1 от 10.09.2020', '10.09.2020', '10.09.2025');
  doc('F00004', 'Протокол № 9 от 31.08.2021', '31.08.2021', '31.08.2026');
  return addon;
}

function register(addon: Addon): string[][] {
  return addon.sheet('Реестр документов', (s) => s.getDataRange().getDisplayValues());
}

test('lists the documents past their keep-until date, oldest first', () => {
  const addon = school();
  const page = asOk(addon.call('getRetentionPage', {})).response;
  expect(page.today).toBe('2026-09-01');
  expect(page.documents.map((d) => [d.id, d.keepUntil, d.destroyable])).toEqual([
    ['F00003', '2025-09-10', false],
    ['F00002', '2025-10-15', false],
    ['F00004', '2026-08-31', false],
  ]);
  expect(page.documents[0]).toMatchObject({ kind: 'протокол заседания', url: 'https://docs.google.com/document/d/F00003/edit' });
});

test('keeping a document longer moves its date; marking it keeps it listed; nothing is deleted', () => {
  const addon = school();
  const rows = register(addon).length;
  const files = listDriveFiles(addon.emulator, { includeTrashed: true }).length;
  const kept = asOk(addon.call('decideRetention', { documentId: 'F00002', decision: 'keep', years: '3' }));
  expect(kept.response.message).toBe('«Протокол № 3 от 15.10.2020»: хранить до 01.09.2029.');
  const marked = asOk(addon.call('decideRetention', { documentId: 'F00003', decision: 'destroyable' }));
  expect(marked.response.message).toContain('можно уничтожить');
  const page = asOk(addon.call('getRetentionPage', {})).response;
  expect(page.documents.map((d) => [d.id, d.destroyable, d.decidedOn])).toEqual([
    ['F00004', false, ''],
    ['F00003', true, '2026-09-01'],
  ]);
  const sheet = register(addon);
  const headers = sheet[0]!;
  const f2 = sheet.find((r) => r[0] === 'F00002')!;
  expect([f2[headers.indexOf('Хранить до')], f2[headers.indexOf('Решение по хранению')], f2[headers.indexOf('Дата решения')]]).toEqual(['01.09.2029', 'хранение продлено', '01.09.2026']);
  expect(sheet.find((r) => r[0] === 'F00003')![headers.indexOf('Решение по хранению')]).toBe('можно уничтожить');
  expect(sheet).toHaveLength(rows);
  expect(listDriveFiles(addon.emulator, { includeTrashed: true })).toHaveLength(files);
});

test('bad input is refused by its field, an unknown document by name', () => {
  const addon = school();
  const before = addon.snapshot();
  expect(asErr(addon.call('decideRetention', { documentId: 'F00002', decision: 'keep', years: '0' }))).toMatchObject({ status: 'error', fields: { years: 'Укажите число лет от 1 до 10' } });
  expect(asErr(addon.call('decideRetention', { documentId: 'F00002', decision: 'keep', years: '11' }))).toMatchObject({ status: 'error', fields: { years: 'Укажите число лет от 1 до 10' } });
  expect(asErr(addon.call('decideRetention', { documentId: 'F09999', decision: 'destroyable' }))).toMatchObject({ type: 'not-found', message: 'Документа нет в реестре: обновите панель.' });
  expect(addon.snapshot()).toBe(before);
});
