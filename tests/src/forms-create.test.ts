/**
 * «Анкеты → Создать анкеты» through the built bundle: four published forms with their questions,
 * responses sent to this workbook into renamed tabs, ids in document properties, one trigger;
 * a second run creates nothing unless the deputy answers YES.
 */
import { Addon } from '../helpers/addon';
import { validSchool } from '../helpers/school';
import { findForm } from '../../emulator/forms';
import { answerNextDialog } from '../../emulator/spreadsheet/ui';
import { FORM_DEFINITIONS, FORM_KINDS, type StoredForm } from '../../src/forms/definitions';

const CREATE = 'Анкеты → Создать анкеты';

function stored(addon: Addon): Record<string, StoredForm | null> {
  return addon.asPerson(() => {
    const props = addon.host.global<GoogleAppsScript.Properties.PropertiesService>('PropertiesService').getDocumentProperties();
    return Object.fromEntries(FORM_KINDS.map((k) => [k, props.getProperty(`form.${k}`) ? (JSON.parse(props.getProperty(`form.${k}`)!) as StoredForm) : null]));
  });
}

function submitTriggers(addon: Addon) {
  return addon.emulator.state.triggers.filter((t) => t.handler === 'onFormSubmitEvent' && t.eventType === 'ON_FORM_SUBMIT');
}

describe.each([
  ['an empty workbook', () => Addon.fresh()],
  ['a school', () => validSchool()],
])('on %s', (_name, make) => {
  const addon = make();
  addon.click(CREATE);
  const props = stored(addon);
  const bookId = addon.emulator.state.activeSpreadsheetId;

  test('creates the four forms with their questions, published, sending responses here', () => {
    for (const kind of FORM_KINDS) {
      const def = FORM_DEFINITIONS[kind];
      const entry = props[kind]!;
      expect(entry).toBeTruthy();
      const form = findForm(addon.emulator, entry.formId)!;
      expect(form.title).toBe(def.title);
      expect(form.description).toBe(def.description);
      expect(form.published).toBe(true);
      expect(form.emailCollection !== 'DO_NOT_COLLECT').toBe(def.collectEmails);
      expect(form.items.map((i) => i.title)).toEqual(def.questions.map((q) => q.title));
      form.items.forEach((item, i) => {
        const q = def.questions[i]!;
        expect(item.required).toBe(q.required);
        if (q.choices) expect(item.choices).toEqual([...q.choices]);
        if (q.type === 'scale') expect([item.lower, item.upper]).toEqual([1, 5]);
      });
      expect(form.destination?.spreadsheetId).toBe(bookId);
      expect(entry.sheetName).toBe(def.sheetName);
      expect(entry.url).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/.+\/viewform/);
      expect(addon.headers(def.sheetName)[0]).toBe('Отметка времени');
    }
    expect(FORM_DEFINITIONS.students.collectEmails).toBe(false);
    expect(addon.lastAlert()).toContain(props.students!.url);
  });

  test('installs one form-submit trigger', () => {
    expect(submitTriggers(addon)).toHaveLength(1);
  });

  test('a second run answered NO creates nothing and keeps one trigger', () => {
    addon.click(CREATE);
    expect(stored(addon)).toEqual(props);
    expect(submitTriggers(addon)).toHaveLength(1);
    expect(addon.lastAlert()).toContain('Новые анкеты не создавались');
  });

  test('answering YES creates new forms', () => {
    answerNextDialog(addon.emulator, { button: 'YES' });
    addon.click(CREATE);
    const again = stored(addon);
    for (const kind of FORM_KINDS) {
      expect(again[kind]!.formId).not.toBe(props[kind]!.formId);
      expect(findForm(addon.emulator, again[kind]!.formId)!.destination?.spreadsheetId).toBe(bookId);
    }
    expect(submitTriggers(addon)).toHaveLength(1);
    // The old responses tabs keep their names; the new ones get a free one.
    expect(again.selfDiagnosis!.sheetName).toBe('Ответы: самодиагностика (2)');
  });
});
