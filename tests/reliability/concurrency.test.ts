/**
 * 50 form submissions and a deputy's save, interleaved at random service calls (a seeded PRNG,
 * so every run repeats): submissions started inside the deputy's execution, and the deputy's
 * save started inside a submission's trigger. Whatever the order, once the page's retry and the
 * sweep have run, every response is one row and the programme is one record with its plan.
 */
import { type WorkspaceState, submitFormResponse } from '@pds/emulator';
import { FORM_DEFINITIONS, type StoredForm } from '../../src/forms/definitions';
import { Addon } from '../helpers/addon';
import { T, validSchool } from '../helpers/school';
import { programmeInput } from './actions';

const SUBMISSIONS = 50;
const NAMES = [T.ivanova, T.petrov, T.sidorova];
/** Their own addresses, as Google verifies them: only these attribute an answer by themselves. */
const EMAILS = ['ivanova@school.example', 'petrov@school.example', 'sidorova@school.example'];

/** mulberry32: a small seeded generator, enough to pick interleavings repeatably. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let base: WorkspaceState | null = null;
function school(): Addon {
  if (!base) {
    const addon = validSchool();
    addon.click('Анкеты → Создать анкеты');
    base = addon.emulator.state;
  }
  return Addon.from(base);
}

function feedbackForm(addon: Addon): string {
  const stored = addon.stored('form.feedback');
  return (JSON.parse(stored!) as StoredForm).formId;
}

const title = (key: string) => FORM_DEFINITIONS.feedback.questions.find((q) => q.key === key)!.title;

function rows(addon: Addon, tab: string): Array<Record<string, unknown>> {
  return addon.sheet(tab, (s) => {
    const [headers, ...data] = s.getDataRange().getValues();
    return data.map((r) => Object.fromEntries(headers!.map((h, i) => [String(h), r[i]])));
  });
}

interface Run {
  addon: Addon;
  nestedSubmissions: number;
  saveNested: boolean;
}

function interleave(seed: number, mode: 'submissions inside the save' | 'the save inside submissions'): Run {
  const addon = school();
  const formId = feedbackForm(addon);
  const random = prng(seed);
  let submitted = 0;
  let nestedSubmissions = 0;
  let saveNested = false;
  let saved = false;
  let inside = false;
  const submit = () => {
    const i = submitted++;
    submitFormResponse(addon.host, formId, { [title('fullName')]: NAMES[i % 3], [title('session')]: '12.10 — открытый урок', [title('usefulness')]: (i % 5) + 1, [title('changed')]: `Ответ ${i}` }, { respondent: EMAILS[i % 3] });
  };
  const save = () => {
    const result = addon.host.run('saveProgramme', [programmeInput], { kind: 'sidebar' });
    if (result.ok && (result.value as { status: string }).status === 'success') saved = true;
  };
  addon.emulator.onCall((info) => {
    if (inside || !info.execution) return;
    inside = true;
    try {
      if (mode === 'submissions inside the save' && info.execution.name === 'saveProgramme' && submitted < SUBMISSIONS && random() < 0.25) {
        const n = 1 + Math.floor(random() * 4);
        for (let k = 0; k < n && submitted < SUBMISSIONS; k++, nestedSubmissions++) submit();
      }
      if (mode === 'the save inside submissions' && info.execution.name === 'onFormSubmitEvent' && !saved && random() < 0.02) {
        saveNested = true;
        save();
      }
    } finally {
      inside = false;
    }
  });
  const first = Math.floor(random() * 10);
  while (submitted < first) submit();
  // The deputy's save (the page retries it with the same request key until it succeeds).
  if (mode === 'submissions inside the save') save();
  while (submitted < SUBMISSIONS) submit();
  for (let i = 0; i < 5 && !saved; i++) save();
  expect(saved).toBe(true);
  // The daily sweep takes whatever a busy lock made a trigger leave.
  const sweep = addon.host.click('Анкеты → Обработать ответы');
  expect(sweep.ok).toBe(true);
  return { addon, nestedSubmissions, saveNested };
}

describe.each([
  ['submissions inside the save', 1],
  ['submissions inside the save', 2],
  ['the save inside submissions', 3],
  ['the save inside submissions', 4],
] as const)('%s, seed %i', (mode, seed) => {
  test('no response lost or doubled, the programme saved once with its plan', () => {
    const { addon, nestedSubmissions, saveNested } = interleave(seed, mode);
    // The interleaving really happened.
    if (mode === 'submissions inside the save') expect(nestedSubmissions).toBeGreaterThan(0);
    else expect(saveNested).toBe(true);
    const answers = rows(addon, 'Обратная связь').map((r) => r['Что изменилось']);
    expect([...answers].sort()).toEqual(Array.from({ length: SUBMISSIONS }, (_, i) => `Ответ ${i}`).sort());
    const programmes = rows(addon, 'Программы').filter((r) => r['ФИО учителя (ID)'] === 'T00001');
    expect(programmes).toHaveLength(1);
    const plan = rows(addon, 'План программ').filter((r) => r['Программа (ID)'] === programmes[0]!.ID);
    expect(plan.map((r) => r['Содержание пункта'])).toEqual(programmeInput.items.map((i) => i.content));
    // Responses tab untouched by the add-on: 50 rows, as submitted.
    expect(addon.sheet('Ответы: обратная связь', (s) => s.getLastRow())).toBe(SUBMISSIONS + 1);
  });
});
