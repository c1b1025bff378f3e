/**
 * Whose answer it is, through the built bundle: self-diagnosis, feedback and requests are a
 * teacher's only by her address as Google verified it; a typed name — or an address typed into a
 * form switched to typed addresses — waits for the deputy's review («Анкеты → Проверить ответы»),
 * where she records it for a teacher or turns it down. The pupils' questionnaire stays anonymous.
 */
import { answerNextDialog, findForm, formsState, submitFormResponse, type SubmitOptions } from '@pds/emulator';
import { FORM_DEFINITIONS, SELF_DIAGNOSIS_STATEMENTS, type FormKind } from '../../src/forms/definitions';
import type { Addon } from '../helpers/addon';
import { formIdOf, schoolWithForms } from '../helpers/forms';
import { T } from '../helpers/school';

const PROCESS = 'Анкеты → Обработать ответы';
const REVIEW = 'Анкеты → Проверить ответы';
const school = schoolWithForms;

const formId = formIdOf;

function submit(addon: Addon, kind: FormKind, byKey: Record<string, unknown>, options: SubmitOptions = {}): void {
  const answers: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(byKey)) answers[FORM_DEFINITIONS[kind].questions.find((q) => q.key === key)!.title] = value;
  const result = submitFormResponse(addon.host, formId(addon, kind), answers, options);
  for (const fired of result.fired) if (!fired.outcome.ok) throw new Error(`trigger failed: ${fired.outcome.error.message}`);
}

function rows(addon: Addon, tab: string): Record<string, unknown>[] {
  return addon.sheet(tab, (s) => {
    const [headers, ...data] = s.getDataRange().getValues();
    return data.map((r) => Object.fromEntries(headers!.map((h, i) => [String(h), r[i]])));
  });
}

function diagnosis(name: string): Record<string, unknown> {
  const a: Record<string, unknown> = { fullName: name };
  for (const c of Object.keys(SELF_DIAGNOSIS_STATEMENTS) as (keyof typeof SELF_DIAGNOSIS_STATEMENTS)[]) SELF_DIAGNOSIS_STATEMENTS[c].forEach((_, i) => (a[`${c}.${i + 1}`] = 5));
  return a;
}

/** The review's prompts (their text) while the deputy answers each in turn. */
function review(addon: Addon, ...answers: string[]): string[] {
  // With no answer queued the deputy closes the dialog.
  for (const text of answers) answerNextDialog(addon.emulator, { button: 'OK', text });
  const before = addon.emulator.state.ui.length;
  addon.click(REVIEW);
  return addon.emulator.state.ui.slice(before).filter((e) => e.kind === 'prompt' || e.kind === 'alert').map((e) => String(e.data.prompt ?? ''));
}

test('the teacher questionnaires collect verified addresses; the pupils\' collects none', () => {
  const addon = school();
  for (const kind of ['selfDiagnosis', 'feedback', 'request'] as const) expect(findForm(addon.emulator, formId(addon, kind))!.emailCollection).toBe('VERIFIED');
  expect(findForm(addon.emulator, formId(addon, 'students'))!.emailCollection).toBe('DO_NOT_COLLECT');
});

test('a stranger\'s self-diagnosis naming a teacher with her address on file is not hers: it waits for the review, where the deputy turns it down for good', () => {
  const addon = school();
  submit(addon, 'selfDiagnosis', diagnosis(T.ivanova), { respondent: 'stranger@gmail.example' });
  expect(rows(addon, 'Самодиагностика')).toEqual([]);
  addon.click(PROCESS);
  expect(rows(addon, 'Самодиагностика')).toEqual([]);
  const [list] = review(addon, '1 нет');
  expect(list).toContain('stranger@gmail.example');
  expect(list).toContain(`похоже на ${T.ivanova} (T00001)`);
  expect(addon.lastAlert()).toContain('отклонён');
  expect(addon.lastAlert()).toContain('Все ответы проверены');
  addon.click(PROCESS);
  expect(rows(addon, 'Самодиагностика')).toEqual([]);
  expect(review(addon)).toEqual([expect.stringContaining('Ответов, ждущих проверки, нет')]);
});

test('her own verified address records her answer whatever name she typed', () => {
  const addon = school();
  submit(addon, 'request', { fullName: 'Маша', problem: 'Дисциплина', category: 'методические', helpKind: 'посещение урока' }, { respondent: 'Ivanova@school.example' });
  expect(rows(addon, 'Запросы')).toEqual([expect.objectContaining({ 'Педагог (ID)': 'T00001' })]);
});

test('a name only: the deputy confirms the suggested teacher (or names another) and it is recorded once', () => {
  const addon = school();
  submit(addon, 'feedback', { fullName: T.petrov, session: 'открытый урок', usefulness: 5 }, { respondent: 'petrov.home@gmail.example' });
  submit(addon, 'feedback', { fullName: 'Сидорова А.', session: 'коучинг', usefulness: 4 }, { respondent: 'anna@gmail.example' });
  const prompts = review(addon, '7 да', '2 да', '1 да', '1 T00003');
  expect(prompts[1]).toContain('Ответа № 7 в списке нет');
  expect(prompts[2]).toContain('педагог не предложен');
  expect(rows(addon, 'Обратная связь').map((r) => [r['Педагог (ID)'], r['Занятие (дата и тема)']]).sort()).toEqual([['T00002', 'открытый урок'], ['T00003', 'коучинг']]);
  addon.click(PROCESS);
  expect(rows(addon, 'Обратная связь')).toHaveLength(2);
  const log = rows(addon, 'Журнал').map((r) => String(r['Сообщение']));
  expect(log.filter((m) => m.includes('записан за педагогом'))).toHaveLength(2);
});

test('a form switched to typed addresses: a colleague\'s address typed by someone else is not trusted', () => {
  const addon = school();
  // The deputy changed the form's setting in Google Forms to «Ввод респондентом».
  formsState(addon.emulator).forms[formId(addon, 'selfDiagnosis')]!.emailCollection = 'RESPONDER_INPUT';
  submit(addon, 'selfDiagnosis', diagnosis(T.ivanova), { respondent: 'stranger@gmail.example', typedEmail: 'ivanova@school.example' });
  addon.click(PROCESS);
  expect(rows(addon, 'Самодиагностика')).toEqual([]);
  expect(review(addon)[0]).toContain('ivanova@school.example');
});

test('the pupils\' questionnaire is anonymous and recorded for the teacher it names', () => {
  const addon = school();
  submit(addon, 'students', { teacher: T.petrov, phase: 'до начала сопровождения', class: '7Б', 'statement.1': 5, 'statement.2': 4, 'statement.3': 3, 'statement.4': 2, 'statement.5': 1 });
  expect(rows(addon, 'Анкеты учеников')).toEqual([expect.objectContaining({ 'Педагог (ID)': 'T00002' })]);
  expect(Object.keys(rows(addon, 'Ответы: ученики')[0]!)).not.toContain('Адрес электронной почты');
});

test('only administrators review', () => {
  const addon = school();
  submit(addon, 'feedback', { fullName: T.petrov, session: 'открытый урок', usefulness: 5 }, { respondent: 'petrov.home@gmail.example' });
  addon.emulator.state.activeUser = 'ivanova@school.example';
  addon.host.open('ivanova@school.example');
  answerNextDialog(addon.emulator, { button: 'OK', text: '1 да' });
  addon.host.click(REVIEW, 'ivanova@school.example');
  expect(addon.lastAlert()).toContain('только администраторы');
  expect(rows(addon, 'Обратная связь')).toEqual([]);
});
