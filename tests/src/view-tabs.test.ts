/**
 * The views the add-on writes whole («Сводка», «Свод по школам») are found by the sheet id kept
 * when they were made: one renamed by hand is rewritten under its new name, and no second copy
 * appears beside it. Through the built bundle.
 */
import { addItem, hostCreateFolder } from '@pds/emulator';
import { Addon } from '../helpers/addon';
import { busySchool } from '../helpers/busy-school';
import { validSchool } from '../helpers/school';

const names = (addon: Addon) => addon.asPerson((app) => app.getActiveSpreadsheet().getSheets().map((s) => s.getName()));
const rename = (addon: Addon, from: string, to: string) => addon.sheet(from, (s) => s.setName(to));

test('«Сводка» renamed by hand is the one the next rebuild rewrites', () => {
  const addon = busySchool();
  addon.click('Сводка и отчёты → Обновить сводку');
  rename(addon, 'Сводка', 'Сводка школы');
  // Its content spoiled by hand: the rebuild must write it again.
  addon.sheet('Сводка школы', (s) => s.getRange(1, 1).setValue('испорчено'));
  addon.click('Сводка и отчёты → Обновить сводку');
  expect(names(addon)).not.toContain('Сводка');
  expect(addon.sheet('Сводка школы', (s) => s.getRange(1, 1).getDisplayValue())).not.toBe('испорчено');
});

test('«Свод по школам» renamed by hand is the one the next gathering rewrites', () => {
  const school = busySchool();
  school.setting('Папка на Google Диске', hostCreateFolder(school.emulator, 'СОШ'));
  school.setting('Сокращённое наименование', 'СОШ №2');
  school.setting('Эл. почта ЦНППМ для сводки по школе', 'cnppm@region.example');
  school.click('Отправить сводку в ЦНППМ');
  const item = Object.values((school.emulator.state.extra.drive as { items: Record<string, { name: string; content?: string }> }).items).find((i) => i.name.endsWith('.json'))!;

  const centre = Addon.fresh();
  centre.click('Настроить книгу');
  const folder = hostCreateFolder(centre.emulator, 'Сводки школ');
  addItem(centre.emulator, item.name, 'application/json', folder).content = item.content!;
  centre.setting('Папка сводок школ (заполняет ЦНППМ)', folder);
  centre.click('Собрать сводки школ (для ЦНППМ)');
  rename(centre, 'Свод по школам', 'Свод 2026');
  centre.sheet('Свод 2026', (s) => s.getRange(2, 1).setValue('испорчено'));
  centre.click('Собрать сводки школ (для ЦНППМ)');
  expect(names(centre)).not.toContain('Свод по школам');
  expect(centre.sheet('Свод 2026', (s) => s.getRange(2, 1).getDisplayValue())).toBe('СОШ №2');
});

test('«План на месяц» renamed by hand is the one the next month\'s run rewrites', () => {
  const addon = validSchool();
  addon.host.advanceClock('2026-09-24T12:00:00+03:00');
  addon.click('Напоминания → Включить');
  addon.host.advanceClock('2026-09-25T12:00:00+03:00');
  expect(names(addon)).toContain('План на месяц');
  rename(addon, 'План на месяц', 'План (сентябрь)');
  addon.host.advanceClock('2026-10-25T12:00:00+03:00');
  expect(names(addon)).not.toContain('План на месяц');
  expect(addon.sheet('План (сентябрь)', (s) => s.getRange(1, 1).getDisplayValue())).toMatch(/ноябрь 2026/);
});
