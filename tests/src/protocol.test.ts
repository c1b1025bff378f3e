/**
 * «Протокол заседания» through the built bundle: prefilled from the held meeting and its community,
 * one protocol row and one row per decision, numbered per community per school year (003 §5.2).
 */
import type { Addon } from '../helpers/addon';
import { T, validSchool } from '../helpers/school';
import { asErr, asOk } from '../helpers/wire';
import { meetingVersion, scheduledMeeting, type Payload } from '../helpers/payloads';

let addon: Addon;

/** Rows of a tab as shown (dates dd.MM.yyyy), by header. */
function shownRows(book: Addon, tab: string): Array<Record<string, string>> {
  const headers = book.headers(tab);
  const rows = book.sheet(tab, (s) => s.getDataRange().getDisplayValues().slice(1));
  return rows.map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i] ?? ''])));
}

/** A held meeting of «Научи меня Чуду!» on `date`; returns its id. */
const heldMeeting = (date: string, held = true): string => scheduledMeeting(addon, date, held);

/** The protocol of a meeting as the page sends it once the meeting is picked (with its version). */
function protocol(sessionId: string, date: string, change: Partial<Payload<'saveProtocol'>> = {}): Payload<'saveProtocol'> {
  return {
    sessionId,
    version: meetingVersion(addon, sessionId),
    date,
    chairId: 'T00002',
    secretaryId: 'T00001',
    presentIds: ['T00002', 'T00001'],
    invited: 'Кузнецова О.В., педагог-психолог',
    questions: [
      { question: 'Итоги взаимопосещений', heard: 'Иванову М.П.', decision: 'Продолжить взаимопосещения', responsibleIds: ['T00001'], deadline: '2026-11-30' },
      { question: 'Открытые уроки', heard: '', decision: 'Провести два открытых урока', responsibleIds: ['T00003', 'T00002'], deadline: '' },
    ],
    ...change,
  };
}

beforeEach(() => {
  addon = validSchool();
});

test('a held meeting is prefilled from its community', () => {
  expect(asOk(addon.call('getProtocolPage', {})).response.meetings).toEqual([]);
  const id = heldMeeting('2026-10-15');
  const page = asOk(addon.call('getProtocolPage', {})).response;
  expect(page.meetings).toHaveLength(1);
  expect(page.meetings[0]).toMatchObject({
    sessionId: id,
    date: '2026-10-15',
    communityId: 'C00001',
    communityName: 'Научи меня Чуду!',
    chairId: 'T00002',
    secretaryId: 'T00001',
    attendees: [
      { id: 'T00002', name: T.petrov },
      { id: 'T00001', name: T.ivanova },
      { id: 'T00003', name: T.sidorova },
    ],
    hasProtocol: false,
  });
  expect(page.existing).toEqual([{ communityId: 'C00001', schoolYear: '2026/2027', number: 1 }]);
});

test('saving writes one protocol row and one row per decision, numbered after the last', () => {
  const id = heldMeeting('2026-10-15');
  addon.emulator.calls.reset();
  const result = asOk(addon.call('saveProtocol', protocol(id, '2026-10-15')));
  expect(result.status).toBe('success');
  expect(result.response).toMatchObject({ number: 2, schoolYear: '2026/2027', decisions: 2 });
  expect(addon.emulator.calls.get('Range.setValues')).toBe(2);
  const row = shownRows(addon, 'Протоколы').at(-1)!;
  expect(row).toMatchObject({
    ID: result.response.id,
    '№': '2',
    'Учебный год': '2026/2027',
    'Дата заседания': '15.10.2026',
    Сообщество: 'Научи меня Чуду!',
    'Сообщество (ID)': 'C00001',
    Заседание: '15.10.2026 Формирующее оценивание',
    'Заседание (ID)': id,
    Председатель: T.petrov,
    'Председатель (ID)': 'T00002',
    Секретарь: T.ivanova,
    'Секретарь (ID)': 'T00001',
    Присутствовали: `${T.petrov}; ${T.ivanova}`,
    'Присутствовали (ID)': 'T00002; T00001',
    Отсутствовали: T.sidorova,
    'Отсутствовали (ID)': 'T00003',
    Приглашённые: 'Кузнецова О.В., педагог-психолог',
  });
  const decisions = shownRows(addon, 'Решения протоколов').slice(-2);
  expect(decisions.map((d) => [d['Протокол (ID)'], d.Протокол, d['№ вопроса'], d['Вопрос повестки'], d.Решили, d.Ответственный, d.Срок, d.Исполнение])).toEqual([
    [result.response.id, '№ 2 Научи меня Чуду! от 15.10.2026', '1', 'Итоги взаимопосещений', 'Продолжить взаимопосещения', T.ivanova, '30.11.2026', 'на исполнении'],
    [result.response.id, '№ 2 Научи меня Чуду! от 15.10.2026', '2', 'Открытые уроки', 'Провести два открытых урока', `${T.sidorova}; ${T.petrov}`, '', 'на исполнении'],
  ]);
  // The meeting has its protocol now: it leaves the list, and a second protocol is refused.
  expect(asOk(addon.call('getProtocolPage', {})).response.meetings).toEqual([]);
  const again = asErr(addon.call('saveProtocol', protocol(id, '2026-10-15')));
  expect(again).toMatchObject({ status: 'error', type: 'conflict' });
  expect(again.message).toContain('№ 2 Научи меня Чуду! от 15.10.2026');
});

test('numbering restarts at 1 in a new school year', () => {
  const september = heldMeeting('2027-09-10');
  expect(asOk(addon.call('saveProtocol', protocol(september, '2027-09-10', { questions: [{ question: 'План на год', decision: 'Утвердить' }] }))).response).toMatchObject({
    number: 1,
    schoolYear: '2027/2028',
  });
  const august = heldMeeting('2027-08-30');
  expect(asOk(addon.call('saveProtocol', protocol(august, '2027-08-30', { questions: [{ question: 'Итоги года', decision: 'Принять к сведению' }] }))).response).toMatchObject({
    number: 2,
    schoolYear: '2026/2027',
  });
});

test.each([
  ['no questions', { questions: [] }, 'questions', 'Добавьте хотя бы один вопрос повестки'],
  ['a question without a decision', { questions: [{ question: 'Вопрос', decision: ' ' }] }, 'questions.0.decision', 'Запишите решение по вопросу'],
  ['a decision without a question', { questions: [{ question: '', decision: 'Решено' }] }, 'questions.0.question', 'Сформулируйте вопрос'],
  ['a deadline before the meeting', { questions: [{ question: 'В', decision: 'Р' }, { question: 'В2', decision: 'Р2', deadline: '2026-10-14' }] }, 'questions.1.deadline', 'Срок не может быть раньше даты заседания'],
  ['no chair', { chairId: '' }, 'chairId', 'Выберите председателя'],
  ['no secretary', { secretaryId: '' }, 'secretaryId', 'Выберите секретаря'],
  ['no date', { date: '' }, 'date', 'Укажите дату заседания'],
])('%s: an error by its field, nothing written', (_name, change, fieldName, message) => {
  const id = heldMeeting('2026-10-15');
  const before = addon.snapshot();
  const result = asErr(addon.call('saveProtocol', protocol(id, '2026-10-15', change)));
  expect(result).toMatchObject({ status: 'error', type: 'validation' });
  expect(result.fields?.[fieldName]).toBe(message);
  expect(addon.snapshot()).toBe(before);
});

test('the chair and the secretary sign it: each must be among those present', () => {
  const id = heldMeeting('2026-10-15');
  const before = addon.snapshot();
  const result = asErr(addon.call('saveProtocol', protocol(id, '2026-10-15', { presentIds: ['T00003'] })));
  expect(result).toMatchObject({ status: 'error', type: 'validation' });
  expect(result.fields).toMatchObject({
    chairId: 'Председатель подписывает протокол: отметьте его среди присутствовавших',
    secretaryId: 'Секретарь подписывает протокол: отметьте его среди присутствовавших',
  });
  expect(addon.snapshot()).toBe(before);
});

test('no protocol for a meeting that has not taken place, nor dated in the future', () => {
  const { response } = asOk(addon.call('scheduleSessions', {
    kind: 'communityMeeting',
    format: 'group',
    leaderId: 'T00002',
    participantsIds: ['T00001', 'T00003'],
    communityId: 'C00001',
    topic: 'Будущее заседание',
    date: '2026-12-10',
  }));
  const future = asErr(addon.call('saveProtocol', protocol(response.ids[0]!, '2026-12-10', { questions: [{ question: 'В', decision: 'Р' }] })));
  expect(future.fields).toEqual({ sessionId: 'Заседание назначено на 10.12.2026: протокол составляется после того, как оно проведено' });
  const id = heldMeeting('2026-10-15');
  const dated = asErr(addon.call('saveProtocol', protocol(id, '2026-12-01', { questions: [{ question: 'В', decision: 'Р' }] })));
  expect(dated.fields).toEqual({ date: 'Дата заседания ещё не наступила: протокол составляется после заседания' });
  expect(shownRows(addon, 'Протоколы')).toHaveLength(1);
  expect(shownRows(addon, 'Сессии и встречи').find((r) => r.ID === response.ids[0])?.Статус).toBe('запланирована');
});

test('an unknown meeting, or a coaching session, gets no protocol', () => {
  expect(asErr(addon.call('saveProtocol', protocol('S09999', '2026-10-15')))).toMatchObject({ status: 'error', type: 'not-found', message: 'Запись не найдена: возможно, её удалили. Обновите страницу.' });
  const coaching = asErr(addon.call('saveProtocol', protocol('S00001', '2026-10-15')));
  expect(coaching.fields).toEqual({ sessionId: 'Протокол ведётся только для заседания или мероприятия сообщества' });
});

test('the selected row gives the meeting; a planned meeting with a protocol becomes held', () => {
  const id = heldMeeting('2026-10-15', false);
  expect(asOk(addon.call('getProtocolPage', {})).response.meetings).toEqual([]);
  addon.sheet('Сессии и встречи', (s) => s.getRange('A3').activate());
  const page = asOk(addon.call('getProtocolPage', {})).response;
  expect(page.selectedId).toBe(id);
  expect(page.meetings.map((m) => m.sessionId)).toEqual([id]);
  expect(asOk(addon.call('saveProtocol', protocol(id, '2026-10-15'))).status).toBe('success');
  expect(shownRows(addon, 'Сессии и встречи').find((r) => r.ID === id)?.Статус).toBe('проведена');
});

test('formula-like decisions are stored as text', () => {
  const id = heldMeeting('2026-10-15');
  addon.call('saveProtocol', protocol(id, '2026-10-15', { invited: '=IMPORTXML("x")', questions: [{ question: '@всем', decision: '=HYPERLINK("x")' }] }));
  const [decision, formula] = addon.sheet('Решения протоколов', (s) => {
    const headers = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0]!;
    const cell = s.getRange(s.getLastRow(), headers.indexOf('Решили') + 1);
    return [cell.getValue(), cell.getFormula()];
  });
  expect(decision).toBe('=HYPERLINK("x")');
  expect(formula).toBe('');
  expect(shownRows(addon, 'Протоколы').at(-1)?.Приглашённые).toBe('=IMPORTXML("x")');
});

describe('a protocol is never written twice', () => {
  const ofMeeting = (sessionId: string) => shownRows(addon, 'Протоколы').filter((r) => r['Заседание (ID)'] === sessionId);

  test('a save that failed after its decisions landed, retried, leaves one protocol and its decisions once', () => {
    const id = heldMeeting('2026-10-15');
    const input = protocol(id, '2026-10-15', { requestKey: 'request-protocol-1' });
    addon.emulator.faults.add({ match: 'Range.setValues', error: 'Service Spreadsheets failed while accessing document', skip: 1 });
    expect(asErr(addon.call('saveProtocol', input)).status).toBe('error');
    expect(ofMeeting(id)).toHaveLength(0);
    const retried = asOk(addon.call('saveProtocol', input));
    expect(retried.status).toBe('success');
    expect(ofMeeting(id)).toHaveLength(1);
    const decisions = shownRows(addon, 'Решения протоколов').filter((d) => d['Протокол (ID)'] === retried.response.id);
    expect(decisions.map((d) => d['№ вопроса'])).toEqual(['1', '2']);
  });

  test('a save whose answer was lost, sent again, answers the same protocol', () => {
    const id = heldMeeting('2026-10-15');
    const input = protocol(id, '2026-10-15', { requestKey: 'request-protocol-2' });
    const first = asOk(addon.call('saveProtocol', input));
    const again = asOk(addon.call('saveProtocol', input));
    expect(again).toEqual(first);
    expect(ofMeeting(id)).toHaveLength(1);
  });
});

test('only the meeting shown first carries its attendees; another one picked brings them with one call', () => {
  const older = heldMeeting('2026-10-01');
  const latest = heldMeeting('2026-10-15');
  const page = asOk(addon.call('getProtocolPage', {})).response;
  expect(page.meetings.map((m) => [m.sessionId, m.attendees === null])).toEqual([
    [latest, false],
    [older, true],
  ]);
  const picked = asOk(addon.call('getProtocolMeeting', { sessionId: older })).response;
  expect(picked).toMatchObject({ sessionId: older, date: '2026-10-01', communityId: 'C00001', chairId: 'T00002', secretaryId: 'T00001', hasProtocol: false });
  expect(picked.attendees).toEqual(page.meetings[0]!.attendees);
  expect(asErr(addon.call('getProtocolMeeting', { sessionId: 'S09999' }))).toMatchObject({ type: 'not-found' });
});
