/**
 * The unit of work through the built bundle: an action reads only the rows it matched, and what it
 * writes stays true everywhere — the rows where the page shows them after an update, an insert
 * and a delete in one save, and the names beside ids filled from the referenced records on every
 * write (a teacher renamed by hand shows in the next row written that names her).
 */
import type { Addon } from '../helpers/addon';
import { T, validSchool } from '../helpers/school';
import type { ResponseOf } from '../../src/wire';
import { mark, newProgramme, planItem, type Payload } from '../helpers/payloads';
import { asOk } from '../helpers/wire';

/** The programme page's form as the server sends it. */
type Form = ResponseOf<'getProgrammePage'>['form'];

function rows(addon: Addon, tab: string): Array<Record<string, string>> {
  const [headers, ...data] = addon.sheet(tab, (s) => s.getDataRange().getDisplayValues());
  return data.map((r) => Object.fromEntries(headers!.map((h, i) => [h, r[i]!])));
}

/** Types a new value over a cell found by its header, as the deputy would by hand. */
function typeOver(addon: Addon, tab: string, id: string, header: string, value: string): void {
  addon.sheet(tab, (s) => {
    const values = s.getDataRange().getValues();
    const column = values[0]!.indexOf(header);
    const row = values.findIndex((r) => r[0] === id);
    if (column < 0 || row < 1) throw new Error(`${tab}: no ${header} for ${id}`);
    s.getRange(row + 1, column + 1).setValue(value);
  });
}

const item = (content: string, deadline: string) => planItem(content, deadline);

/** The page's form as a save input (the deputy pressed «Сохранить» without changes): the page's typed claim. */
function saveInput(form: Form, extra: Partial<Payload<'saveProgramme'>> = {}): Payload<'saveProgramme'> {
  const { id, items, status: _status, statusLabel: _label, ...rest } = form as Form & { status?: string; statusLabel?: string };
  return { programmeId: id, draft: false, removedItemIds: [], ...rest, items: items.map(asInput), ...extra } as Payload<'saveProgramme'>;
}

/** An item as the page sends it back (without what it only shows). */
const asInput = ({ id, content, deadline, supportedActivity, supporterActivity, jointActivity, checkpoint }: Form['items'][number]) =>
  ({ id, content, deadline, supportedActivity, supporterActivity, jointActivity, checkpoint }) as Payload<'saveProgramme'>['items'][number];

const openForm = (addon: Addon, programmeId: string) => asOk(addon.call('getProgrammePage', { programmeId })).response.form;

let addon: Addon;
beforeEach(() => {
  addon = validSchool();
});

test('a teacher renamed by hand shows beside her id in the next row written that names her', () => {
  const renamed = 'Петров Пётр Сергеевич (новая фамилия)';
  typeOver(addon, 'Педагоги', 'T00002', 'ФИО', renamed);
  // Nothing names him anew until a row naming him is written: the session still shows the old name.
  expect(rows(addon, 'Сессии и встречи')[0]!['Коуч-консультант / ведущий']).toBe(T.petrov);
  const marked = addon.call('recordSessionResult', mark(addon, 'S00001', 'cancelled'));
  expect(marked.status).toBe('success');
  const session = rows(addon, 'Сессии и встречи')[0]!;
  expect(session).toMatchObject({ ID: 'S00001', Статус: 'отменена', 'Коуч-консультант / ведущий': renamed, 'Коуч-консультант / ведущий (ID)': 'T00002' });
  // The other names of the row are those of their records, as they were.
  expect(session).toMatchObject({ Участники: T.sidorova, Программа: `${T.sidorova}, с 01.09.2026` });
});

test('a new programme takes its teacher\'s name as it stands in «Педагоги», not as the page sent it', () => {
  const renamed = 'Иванова Мария Петровна (в замужестве Смирнова)';
  typeOver(addon, 'Педагоги', 'T00001', 'ФИО', renamed);
  const saved = asOk(addon.call('saveProgramme', newProgramme({ sources: ['interview'], problems: 'Затрудняется в планировании урока', emphasis: 'practical', place: 'inSchool', items: [item('Посещение уроков', '2026-10-15')] })));
  const programme = rows(addon, 'Программы').find((r) => r.ID === saved.response.programmeId)!;
  expect(programme).toMatchObject({ 'ФИО учителя': renamed, 'Индивидуальное сопровождение ведёт': T.petrov });
  expect(rows(addon, 'План программ').find((r) => r['Программа (ID)'] === saved.response.programmeId)).toMatchObject({ Программа: `${renamed}, с 07.09.2026` });
});

test('one save that updates, inserts and deletes plan items leaves each row where the sheet and the page show it', () => {
  const created = asOk(
    addon.call('saveProgramme', newProgramme({ sources: ['interview'], problems: 'Затрудняется в планировании урока', emphasis: 'practical', place: 'inSchool', items: [item('Первый', '2026-10-01'), item('Второй', '2026-11-01'), item('Третий', '2026-12-01')] })),
  ).response;
  const [first, second, third] = created.itemIds;
  const form = openForm(addon, created.programmeId);
  // The first item removed (the rows below move up), the second rewritten, a new one appended.
  const edited = saveInput(form, {
    removedItemIds: [first!],
    items: [
      { ...asInput(form.items[1]!), content: 'Второй, переписанный' },
      asInput(form.items[2]!),
      { ...item('Четвёртый', '2027-01-15') },
    ],
  });
  const saved = asOk(addon.call('saveProgramme', edited));
  const [, , fourth] = saved.response.itemIds;
  expect(saved.response.itemIds.slice(0, 2)).toEqual([second, third]);
  const plan = rows(addon, 'План программ');
  // The row typed for another programme stays; this programme's rows are in the page's order.
  expect(plan.map((r) => [r.ID, r['№'], r['Содержание пункта']])).toEqual([
    ['I00001', '1', 'Посещение уроков наставником'],
    [second, '1', 'Второй, переписанный'],
    [third, '2', 'Третий'],
    [fourth, '3', 'Четвёртый'],
  ]);
  expect(new Set(plan.slice(1).map((r) => r.Программа))).toEqual(new Set([`${T.ivanova}, с 07.09.2026`]));
  expect(openForm(addon, created.programmeId).items.map((i) => [i.id, i.content])).toEqual([
    [second, 'Второй, переписанный'],
    [third, 'Третий'],
    [fourth, 'Четвёртый'],
  ]);
});

test('a programme whose start moves is named anew in every tab that refers to it, and only there', () => {
  const form = openForm(addon, 'P00001');
  const saved = addon.call('saveProgramme', saveInput(form, { start: '2026-09-14', decisionDate: '2026-09-01' }));
  expect(saved.status).toBe('success');
  const label = `${T.sidorova}, с 14.09.2026`;
  expect(rows(addon, 'План программ')[0]).toMatchObject({ ID: 'I00001', Программа: label });
  expect(rows(addon, 'Анализ итогов')[0]).toMatchObject({ ID: 'A00001', Программа: label });
  expect(rows(addon, 'Сессии и встречи')[0]).toMatchObject({ ID: 'S00001', Программа: label, 'Коуч-консультант / ведущий': T.petrov });
  // Rows that name other records keep their names.
  expect(rows(addon, 'Решения протоколов')[0]).toMatchObject({ Протокол: '№ 1 Научи меня Чуду! от 01.09.2026' });
});
