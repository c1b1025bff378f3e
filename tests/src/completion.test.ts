/**
 * «Завершение программы» through the built bundle: the analysis pre-filled with the programme's
 * problems (or its rows, once there are some), the plan shown as done, and one save writing the
 * analysis rows, the general conclusion and the status «завершена».
 */
import type { Addon } from '../helpers/addon';
import { T, validSchool } from '../helpers/school';
import { CONCLUSION_NEEDS, CONCLUSION_OUTCOMES, CONCLUSION_PROBLEMS } from '../../src/domain/options';
import { newProgramme, planItem, type Payload } from '../helpers/payloads';
import { asErr } from '../helpers/wire';

type Row = { id: string | null; problem: string; before: string; after: string; method: string; conclusions: string };
type Page = {
  programmes: Array<{ value: string; label: string; group: string }>;
  options: Record<string, Array<{ value: string; label: string }>>;
  today: string;
  programme: null | { id: string; teacherName: string; status: string; conclusionDate: string; outcome: string };
  rows: Row[];
  prefilled: boolean;
  items: Array<{ order: number; content: string; statusLabel: string; deadline: string }>;
};

function rows(addon: Addon, tab: string): Array<Record<string, string>> {
  const [headers, ...data] = addon.sheet(tab, (s) => s.getDataRange().getDisplayValues());
  return data.map((r) => Object.fromEntries(headers!.map((h, i) => [h, r[i]!])));
}

function page(addon: Addon, input: Payload<'getCompletionPage'> = {}): Page {
  const result = addon.call('getCompletionPage', input);
  if (result.status !== 'success') throw new Error(result.message);
  return result.response;
}

const row = (problem: string, extra: Partial<Row> = {}): Row => ({ id: null, problem, before: '', after: '', method: '', conclusions: '', ...extra });

type SaveInput = Omit<Payload<'saveCompletion'>, 'version'> & { version?: Payload<'saveCompletion'>['version'] };

/** Saves as the page does: with the version the page showed when it opened (unless the test gives one). */
function save(addon: Addon, input: SaveInput) {
  const opened = input.version ? null : addon.call('getCompletionPage', { programmeId: input.programmeId });
  const version = input.version ?? (opened?.status === 'success' ? opened.response.version : {});
  return addon.call('saveCompletion', { ...input, version });
}

const conclusion = (extra: Partial<SaveInput> = {}): SaveInput => ({
  programmeId: 'P00001',
  rows: [row('Дисциплина на уроке', { id: 'A00001', before: 'шум на уроках', after: 'рабочая тишина', method: 'анализ уроков', conclusions: 'проблема снята' })],
  outcome: 'successful',
  problemsResult: 'allResolved',
  unresolvedProblems: '',
  reasons: '',
  needs: ['training'],
  anotherRouteReason: '',
  furtherWays: 'участие в ПОС',
  conclusionDate: '2027-05-30',
  ...extra,
});

/** A second programme with three problems and no analysis yet. */
function withFreshProgramme(addon: Addon): string {
  const saved = addon.call(
    'saveProgramme',
    newProgramme({
      problems: 'Оценивание\nПланирование урока\n<b>Родители</b>',
      items: [planItem('Посещение уроков', '2026-10-15', { checkpoint: 'openLesson' }), planItem('Эссе', '2027-02-01')],
    }),
  );
  if (saved.status !== 'success') throw new Error(JSON.stringify(saved));
  return saved.response.programmeId;
}

test('with nothing selected the page offers the active programmes and the seeds\' exact options', () => {
  const addon = validSchool();
  const p = page(addon);
  expect(p.programme).toBeNull();
  expect(p.programmes).toEqual([{ value: 'P00001', label: `${T.sidorova}, с 01.09.2026`, group: 'Действующие' }]);
  expect(p.options.outcomes!.map((o) => o.label)).toEqual(['успешным, эффективным', 'не вполне успешным, недостаточно эффективным', 'неэффективным']);
  expect(p.options.problems!.map((o) => o.label)).toEqual(['сняты полностью', 'сняты частично', 'не сняты (указать проблемы)', 'не снята ни одна проблема']);
  expect(p.options.needs!.map((o) => o.label)).toEqual(CONCLUSION_NEEDS.labels);
  expect(p.options.outcomes!.map((o) => o.label)).toEqual(CONCLUSION_OUTCOMES.labels);
  expect(p.options.problems!.map((o) => o.label)).toEqual(CONCLUSION_PROBLEMS.labels);
});

test('the selected programme opens with its analysis rows and its plan', () => {
  const addon = validSchool();
  addon.sheet('Программы', (s) => s.getRange(2, 3).activate());
  const p = page(addon);
  expect(p.programme).toMatchObject({ id: 'P00001', teacherName: T.sidorova, status: 'active', conclusionDate: p.today, outcome: '' });
  expect(p.prefilled).toBe(false);
  expect(p.rows).toEqual([row('Дисциплина на уроке', { id: 'A00001', before: 'шум на уроках' })]);
  expect(p.items).toEqual([expect.objectContaining({ order: 1, content: 'Посещение уроков наставником', statusLabel: 'запланировано', deadline: '30.09.2026' })]);
});

test('a programme without analysis rows is pre-filled with one row per problem', () => {
  const addon = validSchool();
  const id = withFreshProgramme(addon);
  const p = page(addon, { programmeId: id });
  expect(p.prefilled).toBe(true);
  expect(p.rows.map((r) => [r.id, r.problem])).toEqual([
    [null, 'Оценивание'],
    [null, 'Планирование урока'],
    [null, '<b>Родители</b>'],
  ]);
  expect(p.items.map((i) => i.content)).toEqual(['Посещение уроков', 'Эссе']);
});

test('saving writes the analysis, the conclusion and the status «завершена»', () => {
  const addon = validSchool();
  const id = withFreshProgramme(addon);
  const result = save(
    addon,
    conclusion({
      programmeId: id,
      rows: [row('Оценивание', { before: 'не оценивает', after: 'использует листы самооценки', method: 'анализ уроков', conclusions: 'снята' }), row('Планирование урока'), row('Родители')],
      outcome: 'partlySuccessful',
      problemsResult: 'notResolved',
      unresolvedProblems: 'Работа с родителями',
      reasons: 'Мало времени',
      needs: ['helpWithHardest', 'anotherRoute'],
      anotherRouteReason: 'Смена предмета',
    }),
  );
  expect(result).toMatchObject({ status: 'success', response: { statusLabel: 'завершена' } });
  const ids = (result as { response: { rowIds: string[] } }).response.rowIds;
  const analysis = rows(addon, 'Анализ итогов').filter((r) => r['Программа (ID)'] === id);
  expect(analysis.map((r) => r.ID)).toEqual(ids);
  expect(analysis[0]).toMatchObject({
    Программа: `${T.ivanova}, с 07.09.2026`,
    Проблема: 'Оценивание',
    'Состояние до начала сопровождения': 'не оценивает',
    'Состояние после завершения сопровождения': 'использует листы самооценки',
    'Способ диагностики результатов': 'анализ уроков',
    Выводы: 'снята',
  });
  expect(rows(addon, 'Программы').find((r) => r.ID === id)).toMatchObject({
    Статус: 'завершена',
    'Индивидуальное сопровождение можно считать': 'не вполне успешным, недостаточно эффективным',
    'Выявленные в результате предварительной диагностики проблемы': 'не сняты (указать проблемы)',
    'Не снятые проблемы': 'Работа с родителями',
    'Причины, по которым не состоялось индивидуальное сопровождение и/или не были сняты проблемы': 'Мало времени',
    'Сопровождаемый педагог': 'нуждается в поддержке для решения наиболее сложных проблем; нуждается в разработке другого индивидуального маршрута сопровождения (причина)',
    'Причина разработки другого маршрута': 'Смена предмета',
    'Наиболее эффективные пути (способы) дальнейшего сопровождения': 'участие в ПОС',
    'Дата заключения': '30.05.2027',
  });
  // Opened again: the saved rows, no longer pre-filled; the programme is listed as finished.
  const again = page(addon, { programmeId: id });
  expect(again.prefilled).toBe(false);
  expect(again.rows.map((r) => r.id)).toEqual(ids);
  expect(again.programmes.find((p) => p.value === id)).toMatchObject({ group: 'Завершённые' });
  const check = addon.call('runDataCheck');
  expect(check.status === 'success' && check.response.problems.filter((p) => p.tab === 'Анализ итогов' || p.tab === 'Программы')).toEqual([]);
});

test('existing rows are updated in place, removed ones deleted, new ones appended', () => {
  const addon = validSchool();
  const first = conclusion({ rows: [row('Дисциплина на уроке', { id: 'A00001', after: 'тишина' }), row('Мотивация учащихся')] });
  const saved = save(addon, first) as { response: { rowIds: string[] } };
  expect(saved.response.rowIds[0]).toBe('A00001');
  const added = saved.response.rowIds[1]!;
  expect(rows(addon, 'Анализ итогов').map((r) => [r.ID, r.Проблема, r['Состояние после завершения сопровождения']])).toEqual([
    ['A00001', 'Дисциплина на уроке', 'тишина'],
    [added, 'Мотивация учащихся', ''],
  ]);
  save(addon, conclusion({ rows: [row('Мотивация', { id: added })] }));
  expect(rows(addon, 'Анализ итогов').map((r) => [r.ID, r.Проблема])).toEqual([[added, 'Мотивация']]);
});

test('validation errors per field; nothing is written', () => {
  const addon = validSchool();
  const before = addon.snapshot();
  const fields = (input: SaveInput) => asErr(save(addon, input)).fields;
  expect(fields(conclusion({ rows: [], outcome: '', problemsResult: '', needs: [], conclusionDate: '' }))).toEqual({
    rows: 'Добавьте хотя бы одну проблему в анализ итогов',
    outcome: 'Выберите один вариант',
    problemsResult: 'Выберите один вариант',
    needs: 'Выберите хотя бы один вариант',
    conclusionDate: 'Введите дату',
  });
  expect(fields(conclusion({ rows: [row('Дисциплина', { id: 'A00001' }), row('  ')], problemsResult: 'notResolved', needs: ['noSupport', 'furtherSupport', 'anotherRoute'], conclusionDate: '2026-08-01' }))).toEqual({
    'rows.1.problem': 'Заполните это поле',
    unresolvedProblems: 'Укажите, какие проблемы не сняты',
    reasons: 'Укажите причины: не все проблемы сняты или сопровождение неэффективно',
    needs: '«не нуждается в сопровождении» противоречит выбранной дальнейшей помощи',
    anotherRouteReason: 'Укажите причину разработки другого маршрута',
    conclusionDate: 'Заключение не может быть раньше начала программы (01.09.2026)',
  });
  expect(fields(conclusion({ outcome: 'ineffective' }))).toEqual({ reasons: expect.stringContaining('Укажите причины') });
  expect(fields(conclusion({ rows: [row('Чужая', { id: 'A00099' })] }))).toEqual({ 'rows.0.problem': 'Эта строка уже удалена из анализа итогов: обновите страницу' });
  expect(save(addon, conclusion({ programmeId: 'P00099' }))).toMatchObject({ status: 'error', type: 'not-found', message: expect.stringContaining('Программа P00099 не найдена') });
  expect(addon.call('getCompletionPage', { programmeId: 'P00099' })).toMatchObject({ status: 'error', type: 'not-found' });
  expect(addon.snapshot()).toBe(before);
});

test('a draft cannot be completed', () => {
  const addon = validSchool();
  addon.typeCell('Программы', 2, 'Статус', 'черновик');
  expect(save(addon, conclusion())).toMatchObject({ status: 'error', type: 'conflict', message: expect.stringContaining('черновик') });
});

test('text that looks like a formula is stored as text', () => {
  const addon = validSchool();
  const result = save(addon, conclusion({ rows: [row('=IMPORTXML("http://evil.example")', { id: 'A00001', conclusions: '@все' })], furtherWays: '-наставничество' }));
  expect(result.status).toBe('success');
  expect(rows(addon, 'Анализ итогов')[0]).toMatchObject({ Проблема: '=IMPORTXML("http://evil.example")', Выводы: '@все' });
  expect(rows(addon, 'Программы')[0]!['Наиболее эффективные пути (способы) дальнейшего сопровождения']).toBe('-наставничество');
  for (const tab of ['Анализ итогов', 'Программы']) expect(addon.sheet(tab, (s) => s.getDataRange().getFormulas()).flat().filter(Boolean)).toEqual([]);
});

test('one read per tab and block writes', () => {
  const addon = validSchool();
  const { version } = page(addon, { programmeId: 'P00001' }) as Page & { version: Record<string, string> };
  addon.emulator.calls.reset();
  expect(save(addon, conclusion({ version, rows: [row('Дисциплина', { id: 'A00001' }), row('Мотивация'), row('Оценивание')] })).status).toBe('success');
  // Programmes and the analysis read once; the updated row, the two new ones, the programme: three writes.
  expect(addon.emulator.calls.get('Values.batchGet')).toBe(2);
  expect(addon.emulator.calls.get('Range.setValues')).toBe(3);
});

test('the pupils\' questionnaires before and after, with the change per statement', () => {
  const addon = validSchool();
  expect((page(addon, { programmeId: 'P00001' }) as Page & { surveys: unknown }).surveys).toMatchObject({ beforeCount: 0, afterCount: 0 });
  const survey = (date: string, phase: string, s1: number, s2: number) =>
    addon.typeRow('Анкеты учеников', { Педагог: T.sidorova, 'Педагог (ID)': 'T00003', 'Ключ ответа': `k${date}`, ID: `U000${date.slice(0, 2)}`, Дата: date, Этап: phase, 'На уроке мне понятно, что объясняет учитель': s1, 'На уроке мне интересно': s2 });
  survey('02.09.2026', 'до начала сопровождения', 2, 3);
  survey('03.09.2026', 'до начала сопровождения', 3, 3);
  survey('20.05.2027', 'после завершения сопровождения', 4, 3);
  const s = (page(addon, { programmeId: 'P00001' }) as Page & { surveys: { beforeCount: number; afterCount: number; statements: Array<{ before: number | null; after: number | null; change: number | null }> } }).surveys;
  expect(s.beforeCount).toBe(2);
  expect(s.afterCount).toBe(1);
  expect(s.statements[0]).toMatchObject({ before: 2.5, after: 4, change: 1.5 });
  expect(s.statements[1]).toMatchObject({ before: 3, after: 3, change: 0 });
  expect(s.statements[2]).toMatchObject({ before: null, after: null, change: null });
});
