/**
 * A respondent submits a form (emulator/host/forms.ts): the row Google appends to the responses
 * sheet and the installable spreadsheet form-submit trigger it fires, with the event of
 * guides/triggers/events#form-submit (authMode FULL, namedValues, range, source, triggerUid,
 * values). docs/platform.md: events may be duplicated or missed; unpublished forms take no answers.
 * The add-on here is a small bundle written to a temporary folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Host } from '../../emulator/host';
import { createWorkbook } from '../../emulator/cli/workspace';
import { setScriptProject } from '../../emulator/script';
import { readSheet } from '../../emulator/spreadsheet';
import { FormSubmitError, submitFormResponse } from '../../emulator/host/forms';

const DEPUTY = 'deputy@school.example';
const TEACHER = 'teacher@school.example';

const CODE = `
function log(kind, entry) { console.log(kind + ' ' + JSON.stringify(entry)); }
function setup() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  ScriptApp.newTrigger('onSubmit').forSpreadsheet(ss).onFormSubmit().create();
  var form = FormApp.create('Самодиагностика');
  form.setCollectEmail(true);
  form.addMultipleChoiceItem().setTitle('Категория').setChoiceValues(['Методическая', 'Организационная']).setRequired(true);
  form.addCheckboxItem().setTitle('Помощь').setChoiceValues(['Консультация', 'Посещение урока', 'Коучинг']);
  form.addScaleItem().setTitle('Трудность').setBounds(1, 5);
  form.addGridItem().setTitle('Оценка').setRows(['Планирование', 'Оценивание']).setColumns(['1', '2', '3']);
  form.addTextItem().setTitle('Комментарий');
  form.addDateItem().setTitle('Дата');
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  return form.getId();
}
function publish(id) { FormApp.openById(id).setPublished(true); }
function onSubmit(e) {
  var row = e.range.getValues()[0];
  log('submit', {
    uid: e.triggerUid, authMode: String(e.authMode), values: e.values, namedValues: e.namedValues,
    valuesIsArray: Array.isArray(e.values), namedIsArray: Array.isArray(e.namedValues['Категория']),
    a1: e.range.getA1Notation(), sheet: e.range.getSheet().getName(), source: e.source.getId(),
    firstIsDate: row[0] instanceof Date, scale: row[4], user: Session.getEffectiveUser().getEmail()
  });
}
`;

function newHost(): { host: Host; formId: string; ssId: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forms-addon-'));
  fs.writeFileSync(path.join(dir, 'Code.js'), CODE);
  fs.writeFileSync(path.join(dir, 'appsscript.json'), JSON.stringify({ timeZone: 'Europe/Moscow', runtimeVersion: 'V8' }));
  const host = Host.load({ distDir: dir, workspace: { user: DEPUTY, clock: '2026-09-01T06:00:00Z' } });
  // A Russian workbook: the responses tab's headers and the submitted strings are in its locale.
  createWorkbook(host, { workbookName: 'Книга', locale: 'ru_RU', timeZone: 'Europe/Moscow' });
  setScriptProject(host.state, { name: 'Сопровождение' });
  const created = host.run('setup', [], { kind: 'menu' });
  if (!created.ok) throw new Error(created.error.message);
  return { host, formId: created.value as string, ssId: host.state.activeSpreadsheetId! };
}

function submits(host: Host): Array<Record<string, unknown>> {
  return host.state.log.filter((e) => e.message.startsWith('submit {')).map((e) => JSON.parse(e.message.slice(7)) as Record<string, unknown>);
}

const ANSWERS = {
  Категория: 'Методическая',
  Помощь: ['Коучинг', 'Консультация'],
  Трудность: 4,
  Оценка: { Планирование: '2', Оценивание: '3' },
  Комментарий: '=HYPERLINK("http://x")',
  Дата: '2026-09-15',
};

describe('submitting a form', () => {
  // docs/platform.md: forms created through the API after mid-2026 start unpublished.
  test('an unpublished form refuses the submission; nothing is recorded or fired', () => {
    const { host, formId, ssId } = newHost();
    expect(() => submitFormResponse(host, formId, ANSWERS, { respondent: TEACHER })).toThrow(FormSubmitError);
    expect(() => submitFormResponse(host, formId, ANSWERS, { respondent: TEACHER })).toThrow(/not published/);
    expect(readSheet(host.emulator, ssId, 'Ответы на форму (1)')).toHaveLength(1);
    expect(submits(host)).toHaveLength(0);
  });

  // guides/triggers/events#form-submit; the row layout of emulator/forms/destination.ts.
  test('one submission appends the row and fires the trigger with values, namedValues and range', () => {
    const { host, formId, ssId } = newHost();
    host.run('publish', [formId]);
    host.emulator.setClock('2026-09-02T07:30:15Z'); // 10:30:15 in Moscow
    const result = submitFormResponse(host, formId, ANSWERS, { respondent: TEACHER });
    expect(result.row).toBe(2);
    expect(result.fired).toHaveLength(1);
    expect(result.fired[0]!.outcome.ok).toBe(true);

    const [event] = submits(host);
    const values = ['02.09.2026 10:30:15', TEACHER, 'Методическая', 'Консультация, Коучинг', '4', '2', '3', '=HYPERLINK("http://x")', '15.09.2026'];
    expect(event).toEqual({
      uid: host.state.triggers[0]!.id,
      authMode: 'FULL',
      values,
      namedValues: {
        'Отметка времени': ['02.09.2026 10:30:15'],
        'Адрес электронной почты': [TEACHER],
        Категория: ['Методическая'],
        Помощь: ['Консультация, Коучинг'],
        Трудность: ['4'],
        'Оценка [Планирование]': ['2'],
        'Оценка [Оценивание]': ['3'],
        Комментарий: ['=HYPERLINK("http://x")'],
        Дата: ['15.09.2026'],
      },
      valuesIsArray: true,
      namedIsArray: true,
      a1: 'A2:I2',
      sheet: 'Ответы на форму (1)',
      source: ssId,
      firstIsDate: true,
      scale: 4,
      user: DEPUTY,
    });
    // The sheet: timestamp a date-time value, the scale a number, the injection string as text.
    const [, row] = readSheet(host.emulator, ssId, 'Ответы на форму (1)');
    expect(row![0]).toEqual(new Date('2026-09-02T07:30:15Z'));
    expect(row![4]).toBe(4);
    expect(row![7]).toBe('=HYPERLINK("http://x")');
    expect(host.state.spreadsheets[ssId]!.sheets[0]!.formulas).toEqual([]);
  });

  // docs/platform.md: "Submit events can be duplicated or missed".
  test('a duplicated event runs the handler twice for one row; a missed one not at all', () => {
    const { host, formId, ssId } = newHost();
    host.run('publish', [formId]);
    const twice = submitFormResponse(host, formId, ANSWERS, { respondent: TEACHER, delivery: 'duplicate' });
    expect(twice.fired).toHaveLength(2);
    expect(submits(host).map((e) => e['a1'])).toEqual(['A2:I2', 'A2:I2']);
    const missed = submitFormResponse(host, formId, { Категория: 'Организационная' }, { respondent: TEACHER, delivery: 'missed' });
    expect(missed.fired).toHaveLength(0);
    expect(missed.row).toBe(3);
    expect(submits(host)).toHaveLength(2);
    expect(readSheet(host.emulator, ssId, 'Ответы на форму (1)')).toHaveLength(3);
  });

  // What the form page itself refuses: required questions, answers outside the choices,
  // a respondent missing where e-mails are collected, a closed form.
  test('the form page rules: required, choices, e-mail, closed form', () => {
    const { host, formId } = newHost();
    host.run('publish', [formId]);
    expect(() => submitFormResponse(host, formId, { Помощь: ['Консультация'] }, { respondent: TEACHER })).toThrow(/"Категория" is a required question/);
    expect(() => submitFormResponse(host, formId, { Категория: 'Другое' }, { respondent: TEACHER })).toThrow(/not a choice/);
    expect(() => submitFormResponse(host, formId, { Трудность: 9, Категория: 'Методическая' }, { respondent: TEACHER })).toThrow(/outside the scale/);
    expect(() => submitFormResponse(host, formId, { Категория: 'Методическая' })).toThrow(/signed-in respondent/);
    expect(() => submitFormResponse(host, formId, { Вопрос: 'x' }, { respondent: TEACHER })).toThrow(/no question "Вопрос"/);
    host.emulator.run({ authMode: 'FULL' }, () => host.global<GoogleAppsScript.Forms.FormApp>('FormApp').openById(formId).setAcceptingResponses(false));
    expect(() => submitFormResponse(host, formId, { Категория: 'Методическая' }, { respondent: TEACHER })).toThrow(/no longer accepting responses/);
  });

  // setCollectEmail(true) does not say which kind it turns on: the strict reading is a typed
  // address, anyone's; VERIFIED records the signed-in respondent's whatever was typed.
  test('typed addresses are whatever was typed; verified ones are the respondent\'s', () => {
    const { host, formId } = newHost();
    host.run('publish', [formId]);
    const FormApp = () => host.global<GoogleAppsScript.Forms.FormApp>('FormApp') as unknown as { openById(id: string): { getEmailCollectionType(): unknown; setEmailCollectionType(t: unknown): unknown }; EmailCollectionType: Record<string, unknown> };
    expect(host.emulator.run({ authMode: 'FULL' }, () => String(FormApp().openById(formId).getEmailCollectionType()))).toBe('RESPONDER_INPUT');
    const typed = submitFormResponse(host, formId, { Категория: 'Методическая' }, { respondent: 'stranger@gmail.example', typedEmail: TEACHER });
    expect(typed.namedValues['Адрес электронной почты']).toEqual([TEACHER]);
    host.emulator.run({ authMode: 'FULL' }, () => FormApp().openById(formId).setEmailCollectionType(FormApp().EmailCollectionType.VERIFIED));
    const verified = submitFormResponse(host, formId, { Категория: 'Методическая' }, { respondent: 'stranger@gmail.example', typedEmail: TEACHER });
    expect(verified.namedValues['Адрес электронной почты']).toEqual(['stranger@gmail.example']);
  });

  // The add-on reads responses back through FormApp: getItemResponses / getRespondentEmail.
  test('the response is readable through FormApp', () => {
    const { host, formId } = newHost();
    host.run('publish', [formId]);
    submitFormResponse(host, formId, ANSWERS, { respondent: TEACHER });
    const read = host.emulator.run({ authMode: 'FULL' }, () => {
      const [response] = host.global<GoogleAppsScript.Forms.FormApp>('FormApp').openById(formId).getResponses();
      return { email: response!.getRespondentEmail(), answers: response!.getItemResponses().map((r) => [r.getItem().getTitle(), r.getResponse()]) };
    });
    expect(JSON.parse(JSON.stringify(read))).toEqual({
      email: TEACHER,
      answers: [
        ['Категория', 'Методическая'],
        ['Помощь', ['Консультация', 'Коучинг']],
        ['Трудность', '4'],
        ['Оценка', ['2', '3']],
        ['Комментарий', '=HYPERLINK("http://x")'],
        ['Дата', '2026-09-15'],
      ],
    });
  });
});
