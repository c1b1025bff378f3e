/**
 * A row copied by hand keeps its id: every save that finds its row by id refuses that id and names
 * both cells, and writes nothing (through the built bundle). The data check names the copy too.
 */
import type { Addon } from '../helpers/addon';
import { validSchool } from '../helpers/school';
import { mark } from '../helpers/payloads';
import { asOk } from '../helpers/wire';

/** Copies a tab's row to the bottom, as a person does with Ctrl+C / Ctrl+V; returns its new row. */
function copyRow(addon: Addon, tab: string, row: number): number {
  return addon.sheet(tab, (s) => {
    const last = s.getLastRow() + 1;
    const width = s.getLastColumn();
    const source = s.getRange(row, 1, 1, width);
    const formulas = source.getFormulas()[0]!;
    const values = source.getValues()[0]!.map((v, c) => formulas[c] || v);
    s.getRange(last, 1, 1, width).setValues([values]);
    return last;
  });
}

const grid = (addon: Addon, tab: string) => addon.sheet(tab, (s) => s.getDataRange().getValues());

test('the programme page: a copied «P00001» is refused, both cells named, nothing written', () => {
  const addon = validSchool();
  const page = asOk(addon.call('getProgrammePage', { programmeId: 'P00001' })).response;
  const copy = copyRow(addon, 'Программы', 2);
  const before = grid(addon, 'Программы');
  const { form } = page;
  const saved = addon.call('saveProgramme', {
    programmeId: 'P00001',
    draft: false,
    version: form.version,
    teacherId: form.teacherId,
    categories: form.categories,
    sources: form.sources,
    problems: 'Новая формулировка проблемы',
    leadId: form.leadId,
    participantsIds: form.participantsIds,
    decisionDate: form.decisionDate!,
    helpForms: form.helpForms,
    emphasis: form.emphasis,
    place: form.place,
    start: form.start!,
    end: form.end!,
    items: [],
  });
  expect(saved).toMatchObject({ status: 'error', message: expect.stringContaining(`В «Программы» id P00001 повторяется: A2 и A${copy}`) });
  expect(grid(addon, 'Программы')).toEqual(before);
  expect(addon.call('getProgrammePage', { programmeId: 'P00001' })).toMatchObject({ status: 'error', message: expect.stringContaining('повторяется') });
});

test('the teacher card: a copied «T00003» is refused', () => {
  const addon = validSchool();
  const opened = asOk(addon.call('getTeacherPage', { teacherId: 'T00003' })).response;
  const copy = copyRow(addon, 'Педагоги', 4);
  const before = grid(addon, 'Педагоги');
  const teacher = { id: 'T00003', fullName: opened.teacher!.fullName, role: 'earlyCareer', subject: 'обществознание' };
  const saved = addon.call('saveTeacher', { teacher, classes: [{ id: 'K00001', schoolYear: '2026/2027', className: '5А' }], version: opened.version });
  expect(saved).toMatchObject({ status: 'error', message: expect.stringContaining(`В «Педагоги» id T00003 повторяется: A4 и A${copy}`) });
  expect(grid(addon, 'Педагоги')).toEqual(before);
});

test('a session\'s result: a copied «S00001» is refused', () => {
  const addon = validSchool();
  const payload = mark(addon, 'S00001', 'held');
  const copy = copyRow(addon, 'Сессии и встречи', 2);
  const before = grid(addon, 'Сессии и встречи');
  expect(addon.call('recordSessionResult', payload)).toMatchObject({ status: 'error', message: expect.stringContaining(`В «Сессии и встречи» id S00001 повторяется: A2 и A${copy}`) });
  expect(grid(addon, 'Сессии и встречи')).toEqual(before);
});

test('the data check names the copy and the original', () => {
  const addon = validSchool();
  const copy = copyRow(addon, 'Программы', 2);
  const problems = asOk(addon.call('runDataCheck', {})).response.problems.filter((p) => p.message.includes('P00001 повторяется'));
  expect(problems.map((p) => `${p.tab}!${p.cell}`)).toContain(`Программы!A${copy}`);
  expect(problems.map((p) => p.message).join()).toContain('A2');
});
