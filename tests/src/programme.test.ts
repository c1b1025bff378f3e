/**
 * «Новая программа сопровождения» through the built bundle: the page's one read, the selected
 * row as context, one save writing the programme and its plan, edits that update, append, delete
 * and renumber items, and validation errors keyed by the form's field names.
 */
import type { Addon } from '../helpers/addon';
import { T, validSchool } from '../helpers/school';
import { CHECKPOINT_KINDS, DIAGNOSTIC_SOURCES, DIFFICULTY_CATEGORIES, HELP_FORMS } from '../../src/domain/options';
import { asOk } from '../helpers/wire';
import { planItem, type Payload } from '../helpers/payloads';

type Result<R = unknown> = { status: 'success'; response: R } | { status: 'error'; type: string; message: string; fields?: Record<string, string> };
type Saved = { programmeId: string; status: string; statusLabel: string; itemIds: string[]; version: Record<string, string> };

/** Displayed rows of a tab as objects by header. */
function rows(addon: Addon, tab: string): Array<Record<string, string>> {
  const [headers, ...data] = addon.sheet(tab, (s) => s.getDataRange().getDisplayValues());
  return data.map((r) => Object.fromEntries(headers!.map((h, i) => [h, r[i]!])));
}

function select(addon: Addon, tab: string, row: number): void {
  addon.sheet(tab, (s) => s.getRange(row, 2).activate());
}

const item = planItem;

const newProgramme = (extra: Partial<Payload<'saveProgramme'>> = {}): Payload<'saveProgramme'> => ({
  programmeId: null,
  draft: false,
  teacherId: 'T00001',
  categories: ['methodical', 'organisational'],
  sources: ['interview', 'lessons'],
  problems: 'Не владеет приёмами формирующего оценивания\n\n  Затрудняется в планировании урока  \nСлабая обратная связь с родителями',
  leadId: 'T00002',
  participantsIds: ['T00003'],
  decisionDate: '2026-09-01',
  helpForms: ['coaching', 'lessonVisits'],
  emphasis: 'practical',
  place: 'inSchool',
  start: '2026-09-07',
  end: '2027-05-31',
  items: [
    item('Посещение уроков наставником', '2026-10-15', { supporterActivity: 'анализ уроков', checkpoint: 'openLesson' }),
    item('Разработка технологической карты урока', '2026-12-20', { supportedActivity: 'карта урока', jointActivity: 'обсуждение' }),
    item('Открытый урок', '2027-03-01'),
  ],
  ...extra,
});

function save(addon: Addon, input: Payload<'saveProgramme'>): Result<Saved> {
  return addon.call('saveProgramme', input);
}

test('the page opens with the seeds\' option lists and the school\'s teachers', () => {
  const addon = validSchool();
  const page = addon.call('getProgrammePage', {});
  if (page.status !== 'success') throw new Error(page.message);
  const r = page.response;
  expect(r.form.id).toBeNull();
  expect(r.form.teacherId).toBe('');
  expect(r.teachers.map((t) => t.label)).toEqual([T.ivanova, T.petrov, T.sidorova]);
  expect(r.options.categories!.map((c) => c.label)).toEqual(DIFFICULTY_CATEGORIES.labels);
  expect(r.options.sources!.map((c) => c.label)).toEqual(DIAGNOSTIC_SOURCES.labels);
  expect(r.options.helpForms!.map((c) => c.label)).toEqual(HELP_FORMS.labels);
  expect(r.options.checkpoints!.map((c) => c.label)).toEqual(CHECKPOINT_KINDS.labels);
  expect(r.options.emphases!.map((c) => c.label)).toEqual(['теоретическая', 'практическая']);
  expect(r.options.places!.map((c) => c.label)).toEqual(['в рамках школы', 'вне школы']);
});

test('the selected row drives the context: a teacher preselected, a programme opened to edit', () => {
  const addon = validSchool();
  select(addon, 'Педагоги', 4);
  const forTeacher = addon.call('getProgrammePage', {});
  expect(forTeacher.status === 'success' && forTeacher.response.form).toMatchObject({ id: null, teacherId: 'T00003' });

  select(addon, 'Программы', 2);
  const existing = addon.call('getProgrammePage', {});
  if (existing.status !== 'success') throw new Error(existing.message);
  expect(existing.response.form).toMatchObject({ id: 'P00001', teacherId: 'T00003', leadId: 'T00002', problems: 'Не удерживает дисциплину на уроке' });
  expect(existing.response.form.items).toEqual([expect.objectContaining({ id: 'I00001', content: 'Посещение уроков наставником', statusLabel: 'запланировано' })]);

  // An explicit teacher starts a new programme even with a programme's row selected.
  const explicit = addon.call('getProgrammePage', { teacherId: 'T00001' });
  expect(explicit.status === 'success' && explicit.response.form).toMatchObject({ id: null, teacherId: 'T00001' });
});

test('unknown ids get a clear Russian error', () => {
  const addon = validSchool();
  expect(addon.call('getProgrammePage', { programmeId: 'P00099' })).toMatchObject({ status: 'error', type: 'not-found', message: expect.stringContaining('Программа P00099 не найдена') });
  expect(addon.call('getProgrammePage', { teacherId: 'T00099' })).toMatchObject({ status: 'error', type: 'not-found', message: expect.stringContaining('Педагог T00099 не найден') });
  expect(save(addon, newProgramme({ programmeId: 'P00099' }))).toMatchObject({ status: 'error', type: 'not-found', message: expect.stringContaining('P00099') });
});

test('one save writes the programme and its plan, numbered in order', () => {
  const addon = validSchool();
  const result = save(addon, newProgramme());
  expect(result).toMatchObject({ status: 'success', response: { programmeId: 'P00002', status: 'active', statusLabel: 'действует' } });
  const saved = (result as { response: Saved }).response;
  expect(saved.itemIds).toHaveLength(3);

  const programme = rows(addon, 'Программы').find((r) => r.ID === 'P00002')!;
  expect(programme).toMatchObject({
    'ФИО учителя': T.ivanova,
    'ФИО учителя (ID)': 'T00001',
    'Индивидуальное сопровождение ведёт': T.petrov,
    'Индивидуальное сопровождение ведёт (ID)': 'T00002',
    'В организации сопровождения принимают участие': T.sidorova,
    'В организации сопровождения принимают участие (ID)': 'T00003',
    'Решение о сопровождении принято': '01.09.2026',
    'Характер затруднений': 'методические; организационные',
    'Диагностика проведена по результатам': 'собеседование с учителем; анализ уроков',
    'Выявленные проблемы/трудности': 'Не владеет приёмами формирующего оценивания\nЗатрудняется в планировании урока\nСлабая обратная связь с родителями',
    'Планируемые формы оказания помощи': 'коучинг-сессии; организованное посещение и анализ уроков',
    'Доминанта маршрута': 'практическая',
    'Маршрут реализуется': 'в рамках школы',
    Начало: '07.09.2026',
    Окончание: '31.05.2027',
    Статус: 'действует',
  });
  const plan = rows(addon, 'План программ').filter((r) => r['Программа (ID)'] === 'P00002');
  expect(plan.map((r) => [r['№'], r['Содержание пункта'], r['Срок выполнения'], r.Статус])).toEqual([
    ['1', 'Посещение уроков наставником', '15.10.2026', 'запланировано'],
    ['2', 'Разработка технологической карты урока', '20.12.2026', 'запланировано'],
    ['3', 'Открытый урок', '01.03.2027', 'запланировано'],
  ]);
  expect(plan[0]).toMatchObject({ Программа: `${T.ivanova}, с 07.09.2026`, 'Деятельность сопровождающего': 'анализ уроков', 'Контрольный срез': 'проведение открытого урока' });
  expect(plan[1]).toMatchObject({ 'Деятельность сопровождаемого': 'карта урока', 'Совместная деятельность': 'обсуждение' });
  expect(plan.map((r) => r.ID)).toEqual(saved.itemIds);
  // What was written reads back clean.
  const check = addon.call('runDataCheck');
  expect(check.status === 'success' && check.response.problems.filter((p) => p.tab === 'Программы' || p.tab === 'План программ')).toEqual([]);
});

test('reordering, editing, removing and adding items: rows stay in place, the order column follows', () => {
  const addon = validSchool();
  const first = save(addon, newProgramme()) as { response: Saved };
  const [a, b, c] = first.response.itemIds;
  const rowsBefore = rows(addon, 'План программ').map((r) => r.ID);
  const reordered = newProgramme({
    programmeId: 'P00002',
    version: first.response.version,
    items: [
      item('Открытый урок (перенесён)', '2027-04-01', { id: c }),
      item('Посещение уроков наставником', '2026-10-15', { id: a }),
      item('Разработка технологической карты урока', '2026-12-20', { id: b }),
    ],
  });
  const second = save(addon, reordered) as { response: Saved };
  expect(second).toMatchObject({ status: 'success', response: { programmeId: 'P00002', itemIds: [c, a, b] } });
  const plan = rows(addon, 'План программ');
  expect(plan.map((r) => r.ID)).toEqual(rowsBefore);
  const byId = new Map(plan.map((r) => [r.ID, r]));
  expect([a, b, c].map((id) => byId.get(id!)!['№'])).toEqual(['2', '3', '1']);
  expect(byId.get(c!)).toMatchObject({ 'Содержание пункта': 'Открытый урок (перенесён)', 'Срок выполнения': '01.04.2027' });
  expect(rows(addon, 'Программы').filter((r) => r.ID === 'P00002')).toHaveLength(1);

  // Remove the middle one and add a new one at the top.
  const edited = newProgramme({
    programmeId: 'P00002',
    items: [item('Эссе о работе с классом', '2026-11-01', { checkpoint: 'essay' }), item('Открытый урок', '2027-04-01', { id: c }), item('Посещение', '2026-10-15', { id: b })],
    removedItemIds: [a!],
    version: second.response.version,
  });
  const result = save(addon, edited) as { response: Saved };
  expect(result.response.itemIds.slice(1)).toEqual([c, b]);
  const after = rows(addon, 'План программ').filter((r) => r['Программа (ID)'] === 'P00002');
  expect(after.map((r) => [r.ID, r['№']])).toEqual([
    [b, '3'],
    [c, '2'],
    [result.response.itemIds[0], '1'],
  ]);
  expect(after.find((r) => r['№'] === '1')).toMatchObject({ 'Контрольный срез': 'написание эссе', Статус: 'запланировано' });
  // The other programme's item is untouched.
  expect(rows(addon, 'План программ').find((r) => r.ID === 'I00001')).toMatchObject({ '№': '1', 'Программа (ID)': 'P00001' });
});

test('a draft is saved as «черновик»; saving it for real makes it «действует»', () => {
  const addon = validSchool();
  const draft = save(addon, newProgramme({ draft: true, items: [] }));
  expect(draft).toMatchObject({ status: 'success', response: { status: 'draft', statusLabel: 'черновик', itemIds: [] } });
  expect(rows(addon, 'Программы').find((r) => r.ID === 'P00002')!.Статус).toBe('черновик');
  expect(save(addon, newProgramme({ programmeId: 'P00002', version: (draft as { response: Saved }).response.version }))).toMatchObject({ status: 'success', response: { status: 'active' } });
  expect(rows(addon, 'Программы').find((r) => r.ID === 'P00002')!.Статус).toBe('действует');
});

test('validation errors come back per field, keyed by the form\'s names, and nothing is written', () => {
  const addon = validSchool();
  const before = addon.snapshot();
  const empty = save(addon, newProgramme({ teacherId: '', leadId: '', categories: [], helpForms: [], problems: ' \n ', decisionDate: '', start: '', end: '', items: [] }));
  expect(empty).toMatchObject({ status: 'error', type: 'validation', message: 'Исправьте отмеченные поля.' });
  expect((empty as { fields: Record<string, string> }).fields).toEqual({
    teacherId: 'Выберите педагога',
    categories: 'Выберите хотя бы один вариант',
    problems: 'Опишите выявленные проблемы, каждую с новой строки',
    leadId: 'Выберите, кто ведёт сопровождение',
    decisionDate: 'Введите дату',
    helpForms: 'Выберите хотя бы один вариант',
    start: 'Введите дату',
    end: 'Введите дату',
  });

  const crossed = save(
    addon,
    newProgramme({
      leadId: 'T00001',
      participantsIds: ['T00001'],
      decisionDate: '2026-09-10',
      items: [item('', '2026-10-01'), item('Урок', '2027-06-15'), item('Эссе', 'завтра')],
    }),
  );
  expect((crossed as { fields: Record<string, string> }).fields).toEqual({
    leadId: 'Сопровождение ведёт другой педагог, не сам сопровождаемый',
    participantsIds: 'Сопровождаемый педагог не может быть среди специалистов',
    decisionDate: 'Решение о сопровождении принимается не позже начала программы',
    'items.0.content': 'Заполните это поле',
    'items.1.deadline': 'Срок должен быть в пределах программы: с 07.09.2026 по 31.05.2027',
    'items.2.deadline': 'Введите дату',
  });
  expect((save(addon, newProgramme({ end: '2026-09-07' })) as { fields: Record<string, string> }).fields).toEqual({
    end: 'Окончание должно быть позже начала',
  });
  expect((save(addon, newProgramme({ leadId: 'T00077' })) as { fields: Record<string, string> }).fields).toEqual({ leadId: expect.stringContaining('нет в листе «Педагоги»') });
  // An item id from another programme is refused, not moved.
  const shown = asOk(addon.call('getProgrammePage', { programmeId: 'P00001' })).response.form.version;
  expect((save(addon, newProgramme({ programmeId: 'P00001', version: shown, teacherId: 'T00003', participantsIds: ['T00001'], items: [item('Чужой пункт', '2026-10-01', { id: 'I00099' })] })) as { fields: Record<string, string> }).fields).toEqual({
    'items.0.content': 'Этот пункт уже удалён из плана: обновите страницу',
  });
  // A value outside the seeds' lists is a malformed request, still answered per field.
  expect(addon.callUnchecked('saveProgramme', { ...newProgramme(), categories: ['magic'] })).toMatchObject({ status: 'error', type: 'validation', fields: { 'categories.0': expect.any(String) } });
  expect(addon.snapshot()).toBe(before);
});

test('text that looks like a formula is stored as text', () => {
  const addon = validSchool();
  const result = save(addon, newProgramme({ problems: '=HYPERLINK("http://evil.example","x")', items: [item('=1+1', '2026-10-01', { jointActivity: '+7 913 000' })] }));
  expect(result.status).toBe('success');
  const [values, formulas] = addon.sheet('Программы', (s) => [s.getDataRange().getValues(), s.getDataRange().getFormulas()] as const);
  const column = values[0]!.indexOf('Выявленные проблемы/трудности');
  expect(values[2]![column]).toBe('=HYPERLINK("http://evil.example","x")');
  expect(formulas.flat().filter(Boolean)).toEqual([]);
  const plan = rows(addon, 'План программ').find((r) => r['Программа (ID)'] === 'P00002')!;
  expect(plan).toMatchObject({ 'Содержание пункта': '=1+1', 'Совместная деятельность': '+7 913 000' });
  expect(addon.sheet('План программ', (s) => s.getDataRange().getFormulas()).flat().filter(Boolean)).toEqual([]);
});

test('one read per tab and one block write per tab', () => {
  const addon = validSchool();
  addon.emulator.calls.reset();
  expect(save(addon, newProgramme()).status).toBe('success');
  // Teachers, programmes and plan scanned by their key columns in one call, the matched rows in
  // one more; the programme row and the three items: one write each.
  expect(addon.emulator.calls.get('Values.batchGet')).toBe(2);
  expect(addon.emulator.calls.get('Range.setValues')).toBe(2);
  addon.emulator.calls.reset();
  expect(addon.call('getProgrammePage', { programmeId: 'P00002' }).status).toBe('success');
  // Headers and key columns in one call; the programme, its items and the self-diagnoses in one more.
  expect(addon.emulator.calls.get('Values.batchGet')).toBe(2);
});

describe('a new programme is never created twice', () => {
  const programmeRows = (addon: Addon) => rows(addon, 'Программы').filter((r) => r['ФИО учителя'] === T.ivanova);
  const itemRows = (addon: Addon) => rows(addon, 'План программ').filter((r) => (r['Программа'] ?? '').startsWith(T.ivanova));

  test('a save that failed after its items landed, retried, leaves one programme and its items once', () => {
    const addon = validSchool();
    const input = newProgramme({ requestKey: 'request-0001' });
    // The items' block lands; the programme row's write fails (a service error mid-save).
    addon.emulator.faults.add({ match: 'Range.setValues', error: 'Service Spreadsheets failed while accessing document', skip: 1 });
    expect(save(addon, input).status).toBe('error');
    expect(programmeRows(addon)).toHaveLength(0);
    expect(itemRows(addon)).toHaveLength(3);
    const retried = save(addon, input);
    expect(retried.status).toBe('success');
    expect(programmeRows(addon)).toHaveLength(1);
    expect(itemRows(addon).map((r) => [r['№'], r['Содержание пункта']])).toEqual([
      ['1', 'Посещение уроков наставником'],
      ['2', 'Разработка технологической карты урока'],
      ['3', 'Открытый урок'],
    ]);
    expect(asOk(addon.call('runDataCheck')).response.problems).toEqual([]);
  });

  test('a save whose answer was lost, sent again, changes nothing', () => {
    const addon = validSchool();
    const input = newProgramme({ requestKey: 'request-0002' });
    const first = save(addon, input);
    const again = save(addon, input);
    expect(first.status === 'success' && again.status === 'success' && again.response.programmeId).toBe(first.status === 'success' && first.response.programmeId);
    expect(programmeRows(addon)).toHaveLength(1);
    expect(itemRows(addon)).toHaveLength(3);
  });

  test('without a key, two saves are two programmes (the page always sends one)', () => {
    const addon = validSchool();
    save(addon, newProgramme());
    save(addon, newProgramme());
    expect(programmeRows(addon)).toHaveLength(2);
  });
});

test('editing deletes only the items removed on the page, not rows typed into the sheet meanwhile', () => {
  const addon = validSchool();
  const created = save(addon, newProgramme({ requestKey: 'request-0003' }));
  if (created.status !== 'success') throw new Error(created.message);
  const { programmeId, itemIds } = created.response;
  // Someone types a fourth item straight into the sheet while the page is open.
  addon.typeRow('План программ', { ID: 'I09999', Программа: 'x', 'Программа (ID)': programmeId, '№': 4, 'Содержание пункта': 'Вписано вручную', 'Срок выполнения': '01.04.2027', Статус: 'запланировано' });
  const edited = save(addon, newProgramme({
    programmeId,
    items: [item('Посещение уроков наставником', '2026-10-15', { id: itemIds[0] }), item('Открытый урок', '2027-03-01', { id: itemIds[2] })],
    removedItemIds: [itemIds[1]!],
    version: created.response.version,
  }));
  expect(edited.status).toBe('success');
  const contents = rows(addon, 'План программ').filter((r) => r['Программа (ID)'] === programmeId).map((r) => r['Содержание пункта']);
  expect(contents).toEqual(['Посещение уроков наставником', 'Открытый урок', 'Вписано вручную']);
});

test('a programme whose start moves is relabelled wherever it is referred to', () => {
  const addon = validSchool();
  const page = addon.call('getProgrammePage', { programmeId: 'P00001' });
  if (page.status !== 'success') throw new Error(page.message);
  const edited = save(addon, newProgramme({
    programmeId: 'P00001',
    version: page.response.form.version,
    teacherId: 'T00003',
    participantsIds: ['T00001'],
    decisionDate: '2026-08-28',
    start: '2026-09-02',
    items: page.response.form.items.map((i) => item(i.content, '2026-09-30', { id: i.id })),
  }));
  expect(edited.status).toBe('success');
  const label = `${T.sidorova}, с 02.09.2026`;
  expect(rows(addon, 'Сессии и встречи')[0]).toMatchObject({ Программа: label });
  expect(rows(addon, 'Анализ итогов')[0]).toMatchObject({ Программа: label });
  expect(rows(addon, 'План программ')[0]).toMatchObject({ Программа: label });
  expect(asOk(addon.call('runDataCheck')).response.problems).toEqual([]);
});

test('each teacher\'s latest self-diagnosis comes with the page', () => {
  const addon = validSchool();
  const diag = (date: string, methodical: number, organisational: number) =>
    addon.typeRow('Самодиагностика', { Педагог: T.sidorova, 'Педагог (ID)': 'T00003', 'Ключ ответа': `k${date}`, ID: `G000${date.slice(0, 2)}`, Дата: date, методические: methodical, организационные: organisational, общепедагогические: 2 });
  diag('01.09.2026', 2, 4);
  diag('10.09.2026', 4.5, 3);
  const page = addon.call('getProgrammePage', {});
  if (page.status !== 'success') throw new Error(page.message);
  expect(page.response.threshold).toBe(3.5);
  expect(page.response.diagnoses.T00003).toEqual({
    date: '10.09.2026',
    means: expect.arrayContaining([expect.objectContaining({ category: 'methodical', mean: 4.5 }), expect.objectContaining({ category: 'organisational', mean: 3 })]),
  });
  expect(page.response.diagnoses.T00001).toBeUndefined();
});
