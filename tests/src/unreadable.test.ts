/**
 * A page never hides a record: a programme whose row has a cell the add-on cannot read is still
 * listed on the teacher card and the completion page, read-only, with the cell and the problem;
 * opened, it names the cell and the value instead of «deleted».
 */
import type { Addon } from '../helpers/addon';
import { validSchool } from '../helpers/school';
import { asErr, asOk } from '../helpers/wire';
import { mark, meetingVersion } from '../helpers/payloads';

const PR = 'Программы';
let addon: Addon;

beforeEach(() => {
  addon = validSchool();
  addon.typeRow('Реестр документов', { ID: 'F00003', 'Вид документа': 'паспорт программы', Название: 'Паспорт — Сидорова', Запись: 'P00001', Ссылка: 'https://docs.google.com/document/d/pass/edit', Создан: '05.09.2026', 'Хранить до': '05.09.2031' });
});

test('an unknown «Характер затруднений»: still on the teacher card and the completion page, with the cell', () => {
  const cell = addon.typeCell(PR, 2, 'Характер затруднений', 'сложные');
  const glance = asOk(addon.call('getTeacherPage', { teacherId: 'T00003' })).response.glance!;
  expect(glance.programmes.total).toBe(1);
  expect(glance.programmes.items[0]).toMatchObject({ id: 'P00001', status: 'действует', problem: { tab: PR, cell } });
  expect(glance.programmes.items[0]!.problem!.note).toContain(`${PR}!${cell}`);
  expect(glance.programmes.items[0]!.problem!.note).toContain('сложные');
  // Its documents are the teacher's still.
  expect(glance.documents.total).toBe(1);

  const completion = asOk(addon.call('getCompletionPage', {})).response;
  expect(completion.unreadable).toEqual([expect.objectContaining({ id: 'P00001', tab: PR, cell, label: 'Сидорова Анна Ивановна, с 01.09.2026' })]);
});

test('an unknown «Статус»: the programme opens naming the cell and the value, not «deleted»', () => {
  const cell = addon.typeCell(PR, 2, 'Статус', 'в работе');
  for (const endpoint of ['getProgrammePage', 'getCompletionPage'] as const) {
    const result = asErr(addon.call(endpoint, { programmeId: 'P00001' }));
    expect(result.status).toBe('error');
    expect(result.message).toContain(`Программа P00001 не открывается из-за ячейки в таблице — ${PR}!${cell}`);
    expect(result.message).toContain('«в работе»');
    expect(result.message).not.toContain('удалили');
  }
  // Opened from its selected row, too.
  addon.sheet(PR, (s) => s.getRange(cell).activate());
  expect(asErr(addon.call('getProgrammePage', {})).message).toContain(`${PR}!${cell}`);
  // A programme truly gone is still «not found».
  expect(asErr(addon.call('getProgrammePage', { programmeId: 'P00077' })).message).toContain('не найдена');
});

test('a session, an achievement and a document with a bad cell stay on the teacher card, read-only, with the cell', () => {
  const session = addon.typeCell('Сессии и встречи', 2, 'Вид', 'коучинг');
  const achievement = addon.typeCell('Достижения', 2, 'Вид', 'олимпиада учителей');
  const document = addon.typeCell('Реестр документов', 3, 'Вид документа', 'паспорт');
  const sidorova = asOk(addon.call('getTeacherPage', { teacherId: 'T00003' })).response.glance!;
  expect(sidorova.sessions.total).toBe(1);
  expect(sidorova.sessions.items[0]).toMatchObject({ id: 'S00001', kind: 'коучинг', topic: 'Приёмы удержания внимания', problem: { tab: 'Сессии и встречи', cell: session } });
  expect(sidorova.documents.total).toBe(1);
  expect(sidorova.documents.items[0]).toMatchObject({ id: 'F00003', kind: 'паспорт', problem: { tab: 'Реестр документов', cell: document } });
  expect(sidorova.documents.items[0]!.problem!.note).toContain('паспорт');
  const ivanova = asOk(addon.call('getTeacherPage', { teacherId: 'T00001' })).response.glance!;
  expect(ivanova.achievements.total).toBe(1);
  expect(ivanova.achievements.items[0]).toMatchObject({ id: 'V00001', kind: 'олимпиада учителей', level: 'муниципальный', title: 'Учитель года', problem: { tab: 'Достижения', cell: achievement } });
});

describe('the protocol page', () => {
  const page = () => asOk(addon.call('getProtocolPage', {})).response;
  function heldMeeting(): string {
    addon.emulator.setClock('2026-10-16T07:00:00Z');
    const scheduled = asOk(addon.call('scheduleSessions', {
      kind: 'communityMeeting',
      format: 'group',
      leaderId: 'T00002',
      participantsIds: ['T00001', 'T00003'],
      communityId: 'C00001',
      topic: 'Формирующее оценивание',
      date: '2026-10-15',
    }));
    const id = scheduled.response.ids[0]!;
    addon.call('recordSessionResult', mark(addon, id, 'held'));
    return id;
  }

  test('a held meeting whose «Вид» is not in the list is named with its cell, not left out', () => {
    const id = heldMeeting();
    expect(page().meetings.map((m) => m.sessionId)).toEqual([id]);
    const cell = addon.typeCell('Сессии и встречи', 3, 'Вид', 'заседание');
    const after = page();
    expect(after.meetings).toEqual([]);
    expect(after.unreadable).toEqual([expect.objectContaining({ id, tab: 'Сессии и встречи', cell, label: '15.10.2026 заседание: Формирующее оценивание' })]);
  });

  test('a protocol whose row has a bad cell still records its meeting: it is not offered for a second protocol', () => {
    const id = heldMeeting();
    const saved = addon.call('saveProtocol', {
      sessionId: id,
      version: meetingVersion(addon, id),
      date: '2026-10-15',
      chairId: 'T00002',
      secretaryId: 'T00001',
      presentIds: ['T00002', 'T00001', 'T00003'],
      questions: [{ question: 'Итоги', heard: 'Петрова П.П.', decision: 'Принять к сведению', responsibleIds: [], deadline: '' }],
    });
    expect(saved.status).toBe('success');
    expect(page().meetings).toEqual([]);
    addon.typeCell('Протоколы', 3, '№', 'второй');
    expect(page().meetings).toEqual([]);
  });
});
