/**
 * «Анкеты → Создать анкеты» through the built bundle: four published forms with their titles set
 * (FormApp.create leaves them empty in live runs) and their questions, responses sent to this
 * workbook, ids in the workbook's store, one trigger; a second run creates nothing unless the
 * deputy answers YES. The responses tabs appear only after the creating execution (the
 * emulator's strict reading): the next execution that looks for them finds them by their form
 * and names them; with tabs that appear at once, the creating run names them itself.
 */
import { Addon } from '../helpers/addon';
import { validSchool } from '../helpers/school';
import { findForm, formsState, answerNextDialog } from '@pds/emulator';
import { FORM_DEFINITIONS, FORM_KINDS, type StoredForm } from '../../src/forms/definitions';

const CREATE = 'Анкеты → Создать анкеты';
const LINKS = 'Анкеты → Ссылки на анкеты';

function stored(addon: Addon): Record<string, StoredForm | null> {
  return Object.fromEntries(FORM_KINDS.map((k) => [k, addon.stored(`form.${k}`) ? (JSON.parse(addon.stored(`form.${k}`)!) as StoredForm) : null]));
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
  const atCreation = stored(addon);
  const tabsAfterCreation = addon.asPerson((app) => app.getActiveSpreadsheet().getSheets().map((s) => s.getName()));
  addon.click(LINKS);
  const props = stored(addon);
  const bookId = addon.emulator.state.activeSpreadsheetId;

  test('the tabs were not there during the creating run: none was named then, Forms named them after', () => {
    for (const kind of FORM_KINDS) expect(atCreation[kind]!.sheetName).toBe('');
    expect(tabsAfterCreation.filter((n) => n.startsWith('Ответы на форму ('))).toHaveLength(4);
  });

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
    addon.click(LINKS);
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

test('where the tab appears at once, the creating run names it', () => {
  const addon = Addon.fresh();
  (addon.emulator.state.extra['forms'] ??= { forms: {} }) as object;
  (addon.emulator.state.extra['forms'] as { destinationTabs?: string }).destinationTabs = 'immediate';
  addon.click(CREATE);
  for (const kind of FORM_KINDS) expect(stored(addon)[kind]!.sheetName).toBe(FORM_DEFINITIONS[kind].sheetName);
});

test('a responses tab the deputy renamed is still found by its form and keeps the new name', () => {
  const addon = Addon.fresh();
  addon.click(CREATE);
  addon.click(LINKS);
  const name = FORM_DEFINITIONS.feedback.sheetName;
  addon.sheet(name, (s) => s.setName('Обратная связь 2026'));
  addon.click(LINKS);
  expect(stored(addon).feedback!.sheetName).toBe('Обратная связь 2026');
  expect(addon.lastAlert()).toContain('Обратная связь 2026');
  expect(addon.lastAlert()).toContain('«Ответы: обратная связь» переименован в «Обратная связь 2026»');
});

test('cut right after a form is made, before it is remembered: the retry finds that form, finishes it and makes no other', () => {
  const addon = Addon.fresh();
  let armed = false;
  const off = addon.emulator.onCall((info) => {
    if (armed || info.key !== 'FormApp.create') return;
    armed = true;
    // The next write of the add-on's memory is the one remembering the form's id.
    addon.emulator.faults.add({ match: 'Spreadsheet.addDeveloperMetadata', error: 'timeout' });
  });
  expect(addon.host.click(CREATE).ok).toBe(false);
  off();
  expect(addon.emulator.faults.fired).toHaveLength(1);
  const [orphan] = Object.keys(formsState(addon.emulator).forms);
  expect(orphan).toBeDefined();
  expect(stored(addon).selfDiagnosis).toBeNull();

  addon.click(CREATE);
  addon.click(LINKS);
  const forms = Object.values(formsState(addon.emulator).forms);
  expect(forms).toHaveLength(4);
  expect(stored(addon).selfDiagnosis!.formId).toBe(orphan);
  expect(findForm(addon.emulator, orphan!)!.title).toBe(FORM_DEFINITIONS.selfDiagnosis.title);
  const tabs = addon.asPerson((app) => app.getActiveSpreadsheet().getSheets().map((s) => s.getName()));
  expect(tabs.filter((n) => n.startsWith('Ответы')).sort()).toEqual(FORM_KINDS.map((k) => FORM_DEFINITIONS[k].sheetName).sort());
  expect(addon.lastAlert()).toContain(stored(addon).selfDiagnosis!.url);
});

test('cut after the form is remembered: the retry finishes that form (its questions once)', () => {
  const addon = Addon.fresh();
  addon.emulator.faults.add({ match: 'Form.addScaleItem', error: 'timeout', skip: 4 });
  expect(addon.host.click(CREATE).ok).toBe(false);
  addon.emulator.faults.clear();
  addon.click(CREATE);
  addon.click(LINKS);
  const forms = Object.values(formsState(addon.emulator).forms);
  expect(forms).toHaveLength(4);
  for (const kind of FORM_KINDS) {
    const form = findForm(addon.emulator, stored(addon)[kind]!.formId)!;
    expect(form.items.map((i) => i.title)).toEqual(FORM_DEFINITIONS[kind].questions.map((q) => q.title));
    expect(stored(addon)[kind]!.sheetName).toBe(FORM_DEFINITIONS[kind].sheetName);
  }
});
