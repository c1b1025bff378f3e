/**
 * The add-on's tabs are known by their identity, not their name, through the built bundle: a
 * renamed «Рассылка» keeps the record of what was sent (the daily run, and set-up run on the
 * add-on's advice, send nothing twice); a renamed tab keeps every page and save working and is
 * reported by set-up and the data check; a tab re-made with new ids (an .xlsx import) and a new
 * name is found by its header.
 */
import { type WorkspaceState, outbox } from '@pds/emulator';
import { Addon } from '../helpers/addon';
import { rhythmSchool, teacherId } from '../helpers/rhythm-school';
import { asOk } from '../helpers/wire';

const MSK = '+03:00';
let base: WorkspaceState;

beforeAll(() => {
  // The eve of the September run, reminders just on: each test's run is that one day's.
  const addon = rhythmSchool();
  addon.host.advanceClock(`2026-09-24T12:00:00${MSK}`);
  addon.click('Включить');
  base = addon.emulator.state;
}, 60_000);

const names = (addon: Addon) => addon.emulator.state.spreadsheets[addon.emulator.state.activeSpreadsheetId!]!.sheets.map((s) => s.name);
const rename = (addon: Addon, from: string, to: string) => addon.sheet(from, (s) => s.setName(to));
const sent = (addon: Addon) => outbox(addon.emulator).map((m) => `${m.to.join(',')}|${m.subject}`);

/** The morning run of the 25th (the monthly plan, notices and the digest). */
function monthlyRun(addon: Addon): void {
  addon.host.advanceClock(`2026-09-25T12:00:00${MSK}`);
}

test('«Рассылка» renamed, then set-up as advised: nothing is created beside it and nothing is sent twice', () => {
  const addon = Addon.from(base);
  monthlyRun(addon);
  const before = sent(addon);
  expect(before.length).toBeGreaterThan(20);
  rename(addon, 'Рассылка', 'Рассылка (архив)');
  addon.click('Настроить книгу');
  expect(addon.lastAlert()).toContain('«Рассылка» → «Рассылка (архив)»');
  expect(names(addon)).not.toContain('Рассылка');
  addon.host.advanceClock(`2026-09-26T12:00:00${MSK}`);
  addon.host.advanceClock(`2026-09-28T12:00:00${MSK}`);
  expect(sent(addon).filter((m) => !m.includes('Напоминание'))).toEqual(before.filter((m) => !m.includes('Напоминание')));
  expect(new Set(sent(addon)).size).toBe(sent(addon).length);
});

test('«Рассылка» renamed before the run: the run finds it, writes its record there and sends each letter once', () => {
  const addon = Addon.from(base);
  rename(addon, 'Рассылка', 'Письма');
  monthlyRun(addon);
  const first = sent(addon);
  expect(first.length).toBeGreaterThan(20);
  const logged = addon.sheet('Письма', (s) => s.getLastRow());
  expect(logged).toBeGreaterThan(first.length / 2);
  addon.host.advanceClock(`2026-09-25T18:00:00${MSK}`);
  addon.host.advanceClock(`2026-09-26T12:00:00${MSK}`);
  expect(new Set(sent(addon)).size).toBe(sent(addon).length);
  expect(names(addon)).not.toContain('Рассылка');
});

test('a renamed «Педагоги» and «Программы»: pages and saves work, the data check and set-up say so', () => {
  const addon = Addon.from(base);
  rename(addon, 'Педагоги', 'Учителя');
  rename(addon, 'Программы', 'ИОМ');
  const page = asOk(addon.call('getTeacherPage', { teacherId: teacherId(11) })).response;
  expect(page.teacher?.fullName).toBeTruthy();
  const check = asOk(addon.call('runDataCheck', {})).response;
  const notes = check.problems.filter((p) => p.message.includes('переименован'));
  expect(notes.map((p) => p.tab).sort()).toEqual(['ИОМ', 'Учителя']);
  expect(check.problems.filter((p) => p.message.includes('нет листа'))).toEqual([]);
  addon.click('Настроить книгу');
  expect(addon.lastAlert()).toContain('«Педагоги» → «Учителя»');
  expect(names(addon)).not.toContain('Педагоги');
  expect(names(addon)).not.toContain('Программы');
});

test('a tab re-made under a new name with a new sheet id (as an .xlsx import does) is found by its header', () => {
  const addon = Addon.from(base);
  const teachersBefore = addon.sheet('Педагоги', (s) => s.getDataRange().getValues());
  addon.sheet('Педагоги', (s) => {
    const book = s.getParent();
    const copy = book.insertSheet('Педагоги школы');
    copy.getRange(1, 1, teachersBefore.length, teachersBefore[0]!.length).setValues(teachersBefore);
    book.deleteSheet(s);
  });
  const page = asOk(addon.call('getTeacherPage', { teacherId: teacherId(11) })).response;
  expect(page.teacher?.fullName).toBe(teachersBefore.find((r) => r[0] === teacherId(11))?.[1]);
  addon.click('Настроить книгу');
  expect(addon.lastAlert()).toContain('«Педагоги» → «Педагоги школы»');
  expect(names(addon)).not.toContain('Педагоги');
});

test('«Рассылка» renamed and an empty «Рассылка» made by hand: the run keeps to the record, set-up warns', () => {
  const addon = Addon.from(base);
  monthlyRun(addon);
  const before = sent(addon);
  rename(addon, 'Рассылка', 'Рассылка (архив)');
  addon.sheet('Рассылка (архив)', (s) => s.getParent().insertSheet('Рассылка'));
  addon.host.advanceClock(`2026-09-26T12:00:00${MSK}`);
  expect(sent(addon).filter((m) => !m.includes('Напоминание'))).toEqual(before.filter((m) => !m.includes('Напоминание')));
  expect(addon.sheet('Рассылка', (s) => s.getLastRow())).toBe(0);
  addon.click('Настроить книгу');
  expect(addon.lastAlert()).toContain('Лист «Рассылка» создан не надстройкой');
});

test('a renamed tab\'s unreadable cell is named on the page by the tab\'s name now', () => {
  const addon = Addon.from(base);
  rename(addon, 'Программы', 'ИОМ');
  const cell = addon.typeCell('ИОМ', 2, 'Характер затруднений', 'сложные');
  const completion = asOk(addon.call('getCompletionPage', {})).response;
  expect(completion.unreadable).toEqual([expect.objectContaining({ tab: 'ИОМ', cell })]);
});
