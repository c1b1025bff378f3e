/**
 * Form responses into the workbook through the built bundle: the forms created by «Анкеты →
 * Создать анкеты», responses submitted as people would (with duplicated and missed events), the
 * one form-submit trigger and the sweep «Анкеты → Обработать ответы».
 */
import { submitFormResponse, type SubmitOptions } from '@pds/emulator';
import { FORM_DEFINITIONS, SELF_DIAGNOSIS_STATEMENTS, STUDENT_STATEMENTS, type FormKind } from '../../src/forms/definitions';
import type { Addon } from '../helpers/addon';
import { formIdOf, schoolWithForms } from '../helpers/forms';
import { T } from '../helpers/school';

const PROCESS = 'Анкеты → Обработать ответы';
const school = schoolWithForms;

const formId = formIdOf;

/** Answers by question key (titles looked up in the definitions). */
function submit(addon: Addon, kind: FormKind, byKey: Record<string, unknown>, options: SubmitOptions = {}) {
  const answers: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(byKey)) answers[FORM_DEFINITIONS[kind].questions.find((q) => q.key === key)!.title] = value;
  const respondent = FORM_DEFINITIONS[kind].collectEmails ? (options.respondent ?? 'ivanova@school.example') : undefined;
  const result = submitFormResponse(addon.host, formId(addon, kind), answers, { ...options, respondent });
  for (const fired of result.fired) if (!fired.outcome.ok) throw new Error(`trigger failed: ${fired.outcome.error.message}`);
  return result;
}

function rows(addon: Addon, tab: string): Record<string, unknown>[] {
  return addon.sheet(tab, (s) => {
    const [headers, ...data] = s.getDataRange().getValues();
    return data.map((r) => Object.fromEntries(headers!.map((h, i) => [String(h), r[i]])));
  });
}

const selfAnswers = (name = T.ivanova): Record<string, unknown> => {
  const a: Record<string, unknown> = { fullName: name };
  (Object.keys(SELF_DIAGNOSIS_STATEMENTS) as (keyof typeof SELF_DIAGNOSIS_STATEMENTS)[]).forEach((c, ci) =>
    SELF_DIAGNOSIS_STATEMENTS[c].forEach((_, i) => (a[`${c}.${i + 1}`] = ((ci + i) % 5) + 1)),
  );
  return a;
};
const feedbackAnswers = (extra: Record<string, unknown> = {}) => ({ fullName: T.ivanova, session: '12.10 — открытый урок', usefulness: 4, changed: 'Стала планировать иначе', next: 'Коучинг', ...extra });
const requestAnswers = { fullName: T.ivanova, problem: 'Дисциплина в 7Б', category: 'методические', helpKind: 'посещение урока' };
const studentAnswers = { teacher: T.petrov, phase: 'до начала сопровождения', class: '7Б', 'statement.1': 5, 'statement.2': 4, 'statement.3': 3, 'statement.4': 2, 'statement.5': 1 };

test('each kind lands as its row; self-diagnosis keeps the mean per category', () => {
  const addon = school();
  submit(addon, 'selfDiagnosis', selfAnswers());
  submit(addon, 'feedback', feedbackAnswers());
  submit(addon, 'request', requestAnswers);
  submit(addon, 'students', studentAnswers);

  const [diag] = rows(addon, 'Самодиагностика');
  expect(diag).toMatchObject({ Педагог: T.ivanova, 'Педагог (ID)': 'T00001' });
  // generalPedagogical: 1,2,3 → 2; psychoPedagogical: 2,3,4 → 3; organisational: 5,1,2 → 2.67.
  expect(diag!['общепедагогические']).toBe(2);
  expect(diag!['психолого-педагогические']).toBe(3);
  expect(diag!['организационные']).toBe(2.67);
  // Keyed by what the response carries (questionnaire, timestamp, answers), never by its row.
  expect(String(diag!['Ключ ответа'])).toMatch(/^selfDiagnosis\|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z\|h[0-9a-z]+$/);
  expect(Object.prototype.toString.call(diag!['Дата'])).toBe('[object Date]');

  expect(rows(addon, 'Обратная связь')).toEqual([
    expect.objectContaining({ Педагог: T.ivanova, 'Занятие (дата и тема)': '12.10 — открытый урок', 'Полезность, 1–5': 4, 'Что изменилось': 'Стала планировать иначе', 'Что дальше': 'Коучинг' }),
  ]);
  expect(rows(addon, 'Запросы')).toEqual([
    expect.objectContaining({ Педагог: T.ivanova, Проблема: 'Дисциплина в 7Б', 'Характер затруднения': 'методические', 'Вид помощи': 'посещение урока', Статус: 'новый' }),
  ]);
  const [student] = rows(addon, 'Анкеты учеников');
  expect(student).toMatchObject({ Педагог: T.petrov, 'Педагог (ID)': 'T00002', Этап: 'до начала сопровождения', Класс: '7Б' });
  expect(STUDENT_STATEMENTS.map((s) => student![s])).toEqual([5, 4, 3, 2, 1]);
});

test('a duplicated event writes one row; the responses tab is never written', () => {
  const addon = school();
  const before = addon.emulator.calls.get('Range.setValues');
  submit(addon, 'feedback', feedbackAnswers(), { delivery: 'duplicate' });
  expect(rows(addon, 'Обратная связь')).toHaveLength(1);
  expect(addon.emulator.calls.get('Range.setValues')).toBeGreaterThan(before);
  expect(rows(addon, 'Ответы: обратная связь')).toHaveLength(1);
});

test('a missed event is caught by the next submission and by the sweep', () => {
  const addon = school();
  submit(addon, 'feedback', feedbackAnswers({ session: 'первое' }), { delivery: 'missed' });
  expect(rows(addon, 'Обратная связь')).toHaveLength(0);
  submit(addon, 'feedback', feedbackAnswers({ session: 'второе' }));
  expect(rows(addon, 'Обратная связь').map((r) => r['Занятие (дата и тема)'])).toEqual(['первое', 'второе']);

  submit(addon, 'request', requestAnswers, { delivery: 'missed' });
  expect(rows(addon, 'Запросы')).toHaveLength(0);
  addon.click(PROCESS);
  expect(rows(addon, 'Запросы')).toHaveLength(1);
  expect(addon.lastAlert()).toContain('Обработано ответов: 1');
  addon.click(PROCESS);
  expect(rows(addon, 'Запросы')).toHaveLength(1);
  expect(rows(addon, 'Обратная связь')).toHaveLength(2);
});

test('a submission during another one’s processing: both rows, once each', () => {
  const addon = school();
  let nested = false;
  const off = addon.emulator.onCall((info) => {
    if (nested || info.key !== 'Range.getValues' || info.execution?.kind !== 'trigger') return;
    nested = true;
    submit(addon, 'feedback', feedbackAnswers({ session: 'внутреннее' }));
  });
  try {
    submit(addon, 'feedback', feedbackAnswers({ session: 'внешнее' }));
  } finally {
    off();
  }
  expect(nested).toBe(true);
  expect(rows(addon, 'Обратная связь').map((r) => r['Занятие (дата и тема)']).sort()).toEqual(['внешнее', 'внутреннее']);
  addon.click(PROCESS);
  expect(rows(addon, 'Обратная связь')).toHaveLength(2);
});

test('an unknown e-mail: a log row once, no target row, picked up once the teacher is added', () => {
  const addon = school();
  submit(addon, 'request', { ...requestAnswers, fullName: 'Новикова Ольга' }, { respondent: 'novikova@school.example' });
  expect(rows(addon, 'Запросы')).toHaveLength(0);
  const log = () => rows(addon, 'Журнал').filter((r) => r['Действие'] === 'Обработка анкет');
  expect(log()).toHaveLength(1);
  expect(String(log()[0]!['Сообщение'])).toContain('novikova@school.example');
  addon.click(PROCESS);
  expect(addon.lastAlert()).toContain('Педагог не найден');
  expect(log()).toHaveLength(1);

  addon.typeRow('Педагоги', { ID: 'T00099', ФИО: 'Новикова Ольга Сергеевна', 'Эл. почта': 'Novikova@School.example', Роль: 'педагог' });
  addon.click(PROCESS);
  expect(rows(addon, 'Запросы')).toEqual([expect.objectContaining({ Педагог: 'Новикова Ольга Сергеевна', 'Педагог (ID)': 'T00099' })]);
  expect(log()).toHaveLength(1);
});

test('an answer from an address not on «Педагоги» is not recorded by its typed name: it waits for the review', () => {
  const addon = school();
  submit(addon, 'feedback', feedbackAnswers({ fullName: '  петров пётр  петрович ' }), { respondent: 'personal@gmail.example' });
  expect(rows(addon, 'Обратная связь')).toEqual([]);
  addon.click(PROCESS);
  expect(addon.lastAlert()).toContain('Ждут проверки заместителем («Анкеты → Проверить ответы»): 1');
});

test('injection answers are stored as text', () => {
  const addon = school();
  const texts = ['=HYPERLINK("x","y")', '+1', '@x', '-2+3'];
  for (const text of texts) submit(addon, 'feedback', feedbackAnswers({ session: text, changed: text }));
  const written = rows(addon, 'Обратная связь');
  // Forms itself turns a text answer reading as a number ("+1") into a number: it arrives as 1.
  expect(written.map((r) => r['Занятие (дата и тема)'])).toEqual(['=HYPERLINK("x","y")', expect.stringMatching(/^\+?1$/), '@x', '-2+3']);
  const formulas = addon.sheet('Обратная связь', (s) => s.getDataRange().getFormulas().flat().filter((f) => f !== ''));
  expect(formulas).toEqual([]);
  expect(written.map((r) => r['Что изменилось'])).toEqual(expect.arrayContaining(['=HYPERLINK("x","y")', '@x', '-2+3']));
});

test('500 responses cost the same spreadsheet calls per run as 5', () => {
  const calls = (n: number) => {
    const addon = school();
    for (let i = 0; i < n; i++) submit(addon, 'feedback', feedbackAnswers({ session: `занятие ${i}` }), { delivery: 'missed' });
    addon.emulator.calls.reset();
    addon.click(PROCESS);
    const total = addon.emulator.calls.total('SpreadsheetApp');
    expect(rows(addon, 'Обратная связь')).toHaveLength(n);
    return total;
  };
  expect(calls(500)).toBe(calls(5));
});

/** The responses tab handled by hand: its data rows reversed (a sort), then row `drop` deleted. */
function sortAndDelete(addon: Addon, tab: string, drop: number | null): void {
  addon.sheet(tab, (s) => {
    const range = s.getRange(2, 1, s.getLastRow() - 1, s.getLastColumn());
    range.setValues(range.getValues().reverse());
    if (drop !== null) s.deleteRow(drop);
  });
}

const sessions = (addon: Addon) => rows(addon, 'Обратная связь').map((r) => r['Занятие (дата и тема)']).sort();

test('a responses tab sorted, a row above deleted and the tab renamed: nothing recorded twice or lost, new answers recorded', () => {
  const addon = school();
  for (const session of ['первое', 'второе', 'третье']) {
    submit(addon, 'feedback', feedbackAnswers({ session }));
    addon.emulator.advance(1000);
  }
  submit(addon, 'feedback', feedbackAnswers({ session: 'пропущенное' }), { delivery: 'missed' });
  expect(sessions(addon)).toEqual(['второе', 'первое', 'третье']);
  // Reversed, the first row («пропущенное», never recorded) deleted: every other row moved.
  sortAndDelete(addon, 'Ответы: обратная связь', 2);
  addon.sheet('Ответы: обратная связь', (s) => s.setName('Ответы_ обратная связь'));
  addon.click(PROCESS);
  expect(sessions(addon)).toEqual(['второе', 'первое', 'третье']);
  expect(addon.lastAlert()).toContain('«Ответы: обратная связь» → «Ответы_ обратная связь»');
  expect(rows(addon, 'Журнал').filter((r) => String(r['Сообщение']).includes('«Ответы: обратная связь» → «Ответы_ обратная связь»'))).toHaveLength(1);
  expect(addon.lastAlert()).not.toContain('не созданы');
  submit(addon, 'feedback', feedbackAnswers({ session: 'четвёртое' }));
  addon.click(PROCESS);
  expect(sessions(addon)).toEqual(['второе', 'первое', 'третье', 'четвёртое']);
  expect(addon.lastAlert()).toContain('Обработано ответов: 0');
});

test('two identical answers in the same second are two responses, each recorded once', () => {
  const addon = school();
  submit(addon, 'students', studentAnswers);
  submit(addon, 'students', studentAnswers);
  expect(rows(addon, 'Анкеты учеников')).toHaveLength(2);
  sortAndDelete(addon, 'Ответы: ученики', null);
  addon.click(PROCESS);
  expect(rows(addon, 'Анкеты учеников')).toHaveLength(2);
});

test('a book recorded by an older version (keys by row) is not recorded again, even sorted', () => {
  const addon = school();
  for (const session of ['первое', 'второе']) {
    submit(addon, 'feedback', feedbackAnswers({ session }));
    addon.emulator.advance(1000);
  }
  // What the older version kept: «<tab>|<ISO timestamp>|<row>».
  const stamps = addon.sheet('Ответы: обратная связь', (s) => s.getRange(2, 1, 2, 1).getValues().map((r) => (r[0] as Date).toISOString()));
  const keyColumn = addon.headers('Обратная связь').indexOf('Ключ ответа') + 1;
  addon.sheet('Обратная связь', (s) => s.getRange(2, keyColumn, 2, 1).setValues(stamps.map((stamp, i) => [`Ответы: обратная связь|${stamp}|${i + 2}`])));
  sortAndDelete(addon, 'Ответы: обратная связь', null);
  submit(addon, 'feedback', feedbackAnswers({ session: 'третье' }));
  addon.click(PROCESS);
  expect(sessions(addon)).toEqual(['второе', 'первое', 'третье']);
});

test('a responses tab renamed and first found by a submission\'s trigger: the rename is on the log, the answer recorded', () => {
  const addon = school();
  submit(addon, 'request', requestAnswers);
  addon.sheet('Ответы: запросы', (s) => s.setName('Запросы учителей (форма)'));
  submit(addon, 'request', { ...requestAnswers, problem: 'Оценивание' });
  expect(rows(addon, 'Запросы').map((r) => r['Проблема'])).toEqual(['Дисциплина в 7Б', 'Оценивание']);
  const notes = rows(addon, 'Журнал').map((r) => String(r['Сообщение'])).filter((m) => m.includes('«Ответы: запросы» → «Запросы учителей (форма)»'));
  expect(notes).toHaveLength(1);
});
