/**
 * A book handled the way a school handles it, through the built bundle: every tab the add-on
 * keeps its records on is sorted and renamed, and the whole book goes through .xlsx and back (the
 * preview's export and import, as Sheets' Download and Import → Replace: every sheet comes back
 * new, with a new id). The daily runs after that send exactly what they send in a book left
 * alone — nothing twice, nothing lost — and keep their record on the renamed «Рассылка».
 *
 * `handled` is the one place a book is mistreated; each test compares a handled book with an
 * untouched twin after the same steps. The questionnaires' answers tabs go through it as
 * `handled(state, [their names])`, in a test of their own built the same way: the import leaves
 * the forms without their tabs until the deputy links them again, and the answers sent
 * meanwhile are then recorded once.
 */
import { type WorkspaceState, dailyRecipientLimit, linkFormInEditor, outbox, submitFormResponse } from '@pds/emulator';
import { FORM_DEFINITIONS, FORM_KINDS } from '../../src/forms/definitions';
import { T, validSchool } from '../helpers/school';
import { Addon } from '../helpers/addon';
import { formIdOf } from '../helpers/forms';
import { rhythmSchool } from '../helpers/rhythm-school';
import { asOk } from '../helpers/wire';
import { exportXlsx, importXlsx, readXlsx } from '../../tools/preview/xlsx';
import { TABS } from '../../src/workbook/tabs';

const MSK = '+03:00';
/** The book after the September run cut short by the mail quota (10 letters logged), left alone. */
let untouched: WorkspaceState;
/** The same book sorted, renamed and round-tripped (`handled`). */
let mistreated: WorkspaceState;
/** The untouched book after the runs (`nextRuns`): what every handled book must match. */
let twin: Addon;

beforeAll(async () => {
  const addon = rhythmSchool();
  // Reminders on the day before the September run. The account has 10 recipients left that
  // day: the run sends and logs 10 of October's letters, the next day's run the rest.
  addon.host.advanceClock(`2026-09-24T12:00:00${MSK}`);
  addon.click('Включить');
  const user = addon.emulator.state.activeUser;
  addon.emulator.setQuotaUsed(`email:${user}`, dailyRecipientLimit(addon.emulator.state) - 10, Date.parse(`2026-09-25T06:00:00${MSK}`));
  addon.host.advanceClock(`2026-09-25T12:00:00${MSK}`);
  untouched = addon.emulator.state;
  mistreated = (await handled(untouched)).emulator.state;
  twin = Addon.from(untouched);
  nextRuns(twin);
}, 60_000);

/** A tab's name after the handling (Excel's 31 characters at most). */
const renamed = (name: string) => `${name.slice(0, 23)} — копия`;
/** The add-on's record tabs: name now → name after the handling. */
const RENAMED = new Map(Object.values(TABS).map((spec) => [spec.name, renamed(spec.name)]));

/** Data rows in reverse order (a sort by hand), formulas kept as formulas. */
function sortRows(addon: Addon, tab: string): void {
  addon.sheet(tab, (s) => {
    const rows = s.getLastRow() - 1;
    const width = s.getLastColumn();
    if (rows < 2) return;
    const range = s.getRange(2, 1, rows, width);
    const formulas = range.getFormulas();
    const values = range.getValues().map((line, r) => line.map((v, c) => formulas[r]![c] || v));
    range.setValues(values.reverse());
  });
}

/**
 * Every record tab, and the tabs named in `also` (a questionnaire's answers), sorted and renamed
 * (`renamed`), then the book to .xlsx and back.
 */
async function handled(state: WorkspaceState, also: readonly string[] = []): Promise<Addon> {
  const addon = Addon.from(state);
  for (const name of [...RENAMED.keys(), ...also]) {
    sortRows(addon, name);
    addon.sheet(name, (s) => s.setName(renamed(name)));
  }
  importXlsx(addon.host, await readXlsx(await exportXlsx(addon.host)));
  return addon;
}

const sheetNames = (addon: Addon) => addon.emulator.state.spreadsheets[addon.emulator.state.activeSpreadsheetId!]!.sheets.map((s) => s.name);
const letters = (addon: Addon) => outbox(addon.emulator).map((m) => `${m.to.join(',')}|${m.subject}`).sort();

/** The mail log's rows as a set: key, kind, recipient, status (the order is the sort's). */
function mailLog(addon: Addon, tab: string): string[] {
  const [header, ...rows] = addon.sheet(tab, (s) => s.getDataRange().getDisplayValues());
  const at = (name: string) => header!.indexOf(name);
  return rows.map((r) => [r[at('Ключ')], r[at('Вид письма')], r[at('Эл. почта')], r[at('Статус')]].join('|')).sort();
}

/**
 * The runs after: each checks the month's plan, notices and digest against the mail log and
 * sends what it lacks (a log lost or not found would send the month again).
 */
function nextRuns(addon: Addon): void {
  for (const day of ['2026-09-26', '2026-09-28']) addon.host.advanceClock(`${day}T12:00:00${MSK}`);
}

test('sorted, renamed and round-tripped in the middle of the month\'s sending: the runs after finish it as in an untouched book, nothing twice', () => {
  const addon = Addon.from(mistreated);
  expect(mailLog(addon, RENAMED.get('Рассылка')!).length).toBeGreaterThan(0);
  expect(letters(addon)).toEqual(letters(Addon.from(untouched)));
  expect(letters(addon)).toHaveLength(10);
  nextRuns(addon);
  // The runs after finish the month: the 16 letters left go out, the 10 logged ones never again.
  expect(letters(twin).length).toBeGreaterThan(20);
  expect(letters(addon)).toEqual(letters(twin));
  expect(new Set(letters(addon)).size).toBe(letters(addon).length);
  // The record is kept where it was, under the tab's new name: nothing made beside it.
  expect(mailLog(addon, RENAMED.get('Рассылка')!)).toEqual(mailLog(twin, 'Рассылка'));
  for (const name of RENAMED.keys()) expect(sheetNames(addon)).not.toContain(name);
});

test('after the round trip the data check finds every tab and says which were renamed; set-up makes none anew', () => {
  const addon = Addon.from(mistreated);
  const check = asOk(addon.call('runDataCheck', {})).response;
  expect(check.problems.filter((p) => p.message.includes('нет листа'))).toEqual([]);
  const renamedNotes = check.problems.filter((p) => p.message.includes('переименован')).map((p) => p.tab);
  expect(renamedNotes.sort()).toEqual([...RENAMED.values()].sort());
  addon.click('Настроить книгу');
  expect(addon.lastAlert()).not.toContain('Созданы листы');
  expect(addon.lastAlert()).toContain('«Рассылка» → «Рассылка — копия»');
  for (const name of RENAMED.keys()) expect(sheetNames(addon)).not.toContain(name);
});

/** Answers as their teachers send them, from their own (verified) addresses. */
function answer(addon: Addon, kind: 'feedback' | 'students', byKey: Record<string, unknown>, respondent?: string): void {
  const formId = formIdOf(addon, kind);
  const titled = Object.fromEntries(Object.entries(byKey).map(([key, value]) => [FORM_DEFINITIONS[kind].questions.find((q) => q.key === key)!.title, value]));
  const sent = submitFormResponse(addon.host, formId, titled, { respondent });
  for (const fired of sent.fired) if (!fired.outcome.ok) throw new Error(fired.outcome.error.message);
}

const feedbackFrom = (addon: Addon, i: number) =>
  answer(addon, 'feedback', { fullName: [T.ivanova, T.petrov, T.sidorova][i % 3], session: `занятие ${i}`, usefulness: (i % 5) + 1 }, `${['ivanova', 'petrov', 'sidorova'][i % 3]}@school.example`);
const pupil = (addon: Addon, i: number) => answer(addon, 'students', { teacher: T.petrov, phase: 'до начала сопровождения', class: `${i}А`, 'statement.1': 5, 'statement.2': 4, 'statement.3': 3, 'statement.4': 2, 'statement.5': 1 });

/** A target tab's answers as a sorted list: who, what, and their key (each once). */
function recorded(addon: Addon, tab: string, column: string): string[] {
  const [header, ...rows] = addon.sheet(tab, (s) => s.getDataRange().getValues());
  const at = (name: string) => header!.indexOf(name);
  return rows.map((r) => `${String(r[at('Педагог (ID)')])}|${String(r[at(column)])}`).sort();
}

/** A book with answers, and the same book with its answers tabs handled too (as the top `beforeAll`). */
let answered: WorkspaceState;
let answeredHandled: WorkspaceState;

beforeAll(async () => {
  const addon = validSchool();
  addon.click('Анкеты → Создать анкеты');
  addon.click('Анкеты → Ссылки на анкеты');
  for (let i = 0; i < 3; i++) feedbackFrom(addon, i);
  for (let i = 0; i < 2; i++) pupil(addon, i);
  answered = addon.emulator.state;
  answeredHandled = (await handled(answered, FORM_KINDS.map((k) => FORM_DEFINITIONS[k].sheetName))).emulator.state;
}, 60_000);

test('the questionnaires\' answers tabs sorted, renamed and round-tripped: once the deputy links the forms again, the answers sent since are recorded, none twice', () => {
  const book = Addon.from(answeredHandled);
  const twin = Addon.from(answered);
  for (const each of [book, twin]) {
    for (let i = 3; i < 5; i++) feedbackFrom(each, i);
    pupil(each, 2);
  }
  // The import made every tab anew: the forms lost their tabs. The sweep says so, and does not
  // call them «not created».
  book.click('Анкеты → Обработать ответы');
  expect(book.lastAlert()).toContain('листы ответов не найдены');
  expect(book.lastAlert()).not.toContain('не созданы');
  // The deputy chooses this book again as each form's destination (Forms → «Ответы» → «Связать с
  // таблицей»): a new tab with every answer the form holds.
  const bookId = book.emulator.state.activeSpreadsheetId!;
  for (const kind of FORM_KINDS) {
    linkFormInEditor(book.host, formIdOf(book, kind), bookId);
  }
  book.click('Анкеты → Обработать ответы');
  expect(book.lastAlert()).toContain('Обработано ответов: 3');
  twin.click('Анкеты → Обработать ответы');
  expect(recorded(book, renamed('Обратная связь'), 'Занятие (дата и тема)')).toEqual(recorded(twin, 'Обратная связь', 'Занятие (дата и тема)'));
  expect(recorded(book, renamed('Анкеты учеников'), 'Класс')).toEqual(recorded(twin, 'Анкеты учеников', 'Класс'));
  expect(recorded(twin, 'Обратная связь', 'Занятие (дата и тема)')).toHaveLength(5);
  expect(recorded(twin, 'Анкеты учеников', 'Класс')).toHaveLength(3);
  // Answers sent later still arrive through the form-submit trigger, once.
  feedbackFrom(book, 5);
  book.click('Анкеты → Обработать ответы');
  expect(recorded(book, renamed('Обратная связь'), 'Занятие (дата и тема)')).toHaveLength(6);
});
