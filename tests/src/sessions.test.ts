/**
 * «Сессии и встречи» through the built bundle: scheduling (once and as a monthly series), marking
 * held or cancelled with results, errors by field, the selected row as context.
 */
import type { Addon } from '../helpers/addon';
import { T, validSchool } from '../helpers/school';
import { asErr, asOk } from '../helpers/wire';
import { coachingSession, mark, settings } from '../helpers/payloads';

const S = 'Сессии и встречи';

/** Rows of a tab as shown (dates dd.MM.yyyy), by header. */
function shownRows(addon: Addon, tab: string): Array<Record<string, string>> {
  const headers = addon.headers(tab);
  const rows = addon.sheet(tab, (s) => s.getDataRange().getDisplayValues().slice(1));
  return rows.map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i] ?? ''])));
}

const coaching = coachingSession();

let addon: Addon;
beforeEach(() => {
  addon = validSchool();
});

test('the page opens with what it needs in one call', () => {
  const page = asOk(addon.call('getSessionsPage', {})).response;
  expect(page.today).toBe('2026-09-01');
  expect(page.teachers.map((t) => t.name)).toEqual([T.ivanova, T.petrov, T.sidorova]);
  expect(page.communities).toEqual([{ id: 'C00001', name: 'Научи меня Чуду!', leaderId: 'T00002', memberIds: ['T00003'] }]);
  expect(page.programmes).toEqual([{ id: 'P00001', label: `${T.sidorova}, с 01.09.2026`, teacherId: 'T00003' }]);
  expect(page.kinds.map((k) => k.label)).toContain('мероприятие SkillsClub');
  expect(page.marks.map((k) => k.label)).toEqual(['проведена', 'отменена', 'перенесена']);
  expect(page.sessions.map((s) => [s.id, s.dateText])).toEqual([['S00001', '15.09.2026']]);
  expect(page.selectedId).toBeNull();
});

test('a coaching session: one row, planned, linked to the teacher\'s active programme', () => {
  const result = asOk(addon.call('scheduleSessions', coaching));
  expect(result.status).toBe('success');
  expect(result.response.programmeId).toBe('P00001');
  const row = shownRows(addon, S).at(-1)!;
  expect(row).toMatchObject({
    ID: result.response.ids[0],
    Дата: '01.10.2026',
    Начало: '14:00',
    Окончание: '15:00',
    Место: 'каб. 12',
    Вид: 'коучинг-сессия',
    'Индивидуальная / групповая': 'индивидуальная',
    'Форма работы': 'коучинг-консалтинг',
    Тема: 'Работа с мотивацией учащихся',
    'Этап работы над проблемой': 'поиск решений',
    'Коуч-консультант / ведущий': T.petrov,
    'Коуч-консультант / ведущий (ID)': 'T00002',
    Участники: T.sidorova,
    'Участники (ID)': 'T00003',
    Программа: `${T.sidorova}, с 01.09.2026`,
    'Программа (ID)': 'P00001',
    Серия: '',
    Статус: 'запланирована',
  });
  // The date is a real date in the sheet.
  expect(addon.sheet(S, (s) => Object.prototype.toString.call(s.getRange(3, 2).getValue()))).toBe('[object Date]');
});

test('a monthly series of 3 from 31 January: the short month is clamped, one append, one series id', () => {
  addon.emulator.calls.reset();
  const result = asOk(addon.call('scheduleSessions', { ...coaching, date: '2027-01-31', repeat: '3' }));
  expect(result.response.dates).toEqual(['31.01.2027', '28.02.2027', '31.03.2027']);
  expect(addon.emulator.calls.get('Range.setValues')).toBe(1);
  const rows = shownRows(addon, S).slice(-3);
  expect(rows.map((r) => r.Дата)).toEqual(['31.01.2027', '28.02.2027', '31.03.2027']);
  expect(rows.map((r) => r.ID)).toEqual(result.response.ids);
  expect(new Set(rows.map((r) => r.Серия)).size).toBe(1);
  expect(rows[0]!.Серия).toBe(result.response.series);
  expect(rows[0]!.Серия).not.toBe('');
  expect(rows.every((r) => r.Статус === 'запланирована')).toBe(true);
});

test('a community meeting lists its participants and needs its community', () => {
  const meeting = coachingSession({ kind: 'communityMeeting', format: 'group', workForm: 'roundTable', participantsIds: ['T00001', 'T00003'], topic: 'Круглый стол' });
  const missing = asErr(addon.call('scheduleSessions', meeting));
  expect(missing.status).toBe('error');
  expect(missing.fields).toEqual({ communityId: 'Для заседания или мероприятия сообщества выберите сообщество' });
  const ok = asOk(addon.call('scheduleSessions', { ...meeting, communityId: 'C00001' }));
  expect(ok.status).toBe('success');
  expect(ok.response.programmeId).toBeNull();
  expect(shownRows(addon, S).at(-1)).toMatchObject({ Вид: 'заседание ПОС', Сообщество: 'Научи меня Чуду!', 'Сообщество (ID)': 'C00001', Участники: `${T.ivanova}; ${T.sidorova}`, 'Форма работы': 'круглый стол' });
});

test.each([
  ['end before start', { startTime: '15:00', endTime: '14:00' }, 'endTime', 'Окончание должно быть позже начала'],
  ['no date', { date: '' }, 'date', 'Укажите дату'],
  ['an individual session with two participants', { participantsIds: ['T00001', 'T00003'] }, 'participantsIds', 'У индивидуальной сессии ровно один участник'],
  ['an individual session with nobody', { participantsIds: [] }, 'participantsIds', 'У индивидуальной сессии ровно один участник'],
  ['a series of 13', { repeat: '13' }, 'repeat', 'Число повторений — от 1 до 12'],
  ['a series of 0', { repeat: '0' }, 'repeat', 'Число повторений — от 1 до 12'],
  ['no topic', { topic: '  ' }, 'topic', 'Укажите тему'],
  ['no coach', { leaderId: '' }, 'leaderId', 'Выберите коуч-консультанта или ведущего'],
  ['a time that is no time', { startTime: '25:00' }, 'startTime', 'Введите время как чч:мм'],
])('%s: an error by its field, nothing written', (_name, change, fieldName, message) => {
  const before = addon.snapshot();
  const result = asErr(addon.call('scheduleSessions', { ...coaching, ...change }));
  expect(result.status).toBe('error');
  expect(result.type).toBe('validation');
  expect(result.fields?.[fieldName]).toBe(message);
  expect(addon.snapshot()).toBe(before);
});

test('an unknown coach is a clear Russian error', () => {
  const result = asErr(addon.call('scheduleSessions', { ...coaching, leaderId: 'T09999' }));
  expect(result).toMatchObject({ status: 'error', type: 'not-found', fields: { leaderId: 'Педагог не найден: возможно, его удалили. Обновите страницу.' } });
});

test('formula-like text is stored as text', () => {
  addon.call('scheduleSessions', { ...coaching, topic: '=HYPERLINK("x")', place: '+7 каб' });
  const [value, formula, place] = addon.sheet(S, (s) => {
    const row = s.getLastRow();
    const headers = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0]!;
    const topic = s.getRange(row, headers.indexOf('Тема') + 1);
    return [topic.getValue(), topic.getFormula(), s.getRange(row, headers.indexOf('Место') + 1).getValue()];
  });
  expect(value).toBe('=HYPERLINK("x")');
  expect(formula).toBe('');
  expect(place).toBe('+7 каб');
});

test('marking a session held with results: written in place, off the list', () => {
  addon.emulator.setClock('2026-09-15T12:00:00Z');
  const result = asOk(addon.call('recordSessionResult', mark(addon, 'S00001', 'held', { results: ['attestation', 'publication'],
    resultNote: 'Подготовлен пакет к аттестации' })));
  expect(result.response).toEqual({ id: 'S00001', status: 'проведена', planNote: null });
  const rows = shownRows(addon, S);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ ID: 'S00001', Тема: 'Приёмы удержания внимания', Статус: 'проведена', Результат: 'аттестация педагога; публикация в СМИ', 'Комментарий к результату': 'Подготовлен пакет к аттестации' });
  expect(asOk(addon.call('getSessionsPage', {})).response.sessions).toEqual([]);
});

test('a cancelled session takes no results; an unknown session is not found', () => {
  const cancelled = asErr(addon.call('recordSessionResult', mark(addon, 'S00001', 'cancelled', { results: ['attestation'] })));
  expect(cancelled.fields).toEqual({ results: 'Результат отмечается только у проведённой сессии' });
  const ok = asOk(addon.call('recordSessionResult', mark(addon, 'S00001', 'cancelled', { resultNote: 'болезнь' })));
  expect(ok.status).toBe('success');
  expect(shownRows(addon, S)[0]).toMatchObject({ Статус: 'отменена', Результат: '', 'Комментарий к результату': 'болезнь' });
  const unknown = asErr(addon.call('recordSessionResult', mark(addon, 'S09999', 'held')));
  expect(unknown).toMatchObject({ status: 'error', type: 'not-found', message: 'Запись не найдена: возможно, её удалили. Обновите страницу.' });
});

test('overdue sessions are listed; later months wait', () => {
  addon.call('scheduleSessions', { ...coaching, date: '2026-10-20', repeat: '2' });
  addon.emulator.setClock('2026-10-05T09:00:00Z');
  const page = asOk(addon.call('getSessionsPage', {})).response;
  expect(page.sessions.map((s) => [s.dateText, s.overdue])).toEqual([
    ['15.09.2026', true],
    ['20.10.2026', false],
  ]);
});

test('the selected row gives the context, even a session already held', () => {
  addon.emulator.setClock('2026-09-16T09:00:00Z');
  addon.call('recordSessionResult', mark(addon, 'S00001', 'held'));
  addon.sheet(S, (s) => s.getRange('C2').activate());
  const page = asOk(addon.call('getSessionsPage', {})).response;
  expect(page.selectedId).toBe('S00001');
  expect(page.sessions.map((s) => [s.id, s.status])).toEqual([['S00001', 'held']]);
  expect(asErr(addon.call('getSessionsPage', { sessionId: 'S09999' })).type).toBe('not-found');
});

test('a scheduling sent again after its answer was lost is not scheduled twice', () => {
  const input = coachingSession({ date: '2027-01-31', repeat: '3', requestKey: 'request-sessions-1' });
  const first = asOk(addon.call('scheduleSessions', input));
  const again = asOk(addon.call('scheduleSessions', input));
  expect(again.response.ids).toEqual(first.response.ids);
  expect(again.response.dates).toEqual(['31.01.2027', '28.02.2027', '31.03.2027']);
  const rows = addon.sheet('Сессии и встречи', (s) => s.getDataRange().getValues());
  expect(rows.filter((r) => first.response.ids.includes(String(r[0])))).toHaveLength(3);
  // A new request (a new key) schedules anew.
  expect(asOk(addon.call('scheduleSessions', { ...input, startTime: '16:00', endTime: '17:00', requestKey: 'request-sessions-2' })).response.ids).toHaveLength(3);
});

test('the same series pressed twice (a new key) is refused in Russian, naming the rows; nothing written', () => {
  const input = coachingSession({ date: '2026-11-10', repeat: '3' });
  const first = asOk(addon.call('scheduleSessions', { ...input, requestKey: 'request-sessions-a' }));
  expect(first.response.ids).toHaveLength(3);
  const before = addon.snapshot();
  const again = asErr(addon.call('scheduleSessions', { ...input, requestKey: 'request-sessions-b' }));
  expect(again).toMatchObject({ status: 'error', type: 'conflict' });
  expect(again.fields?.date).toContain('уже запланирована: 10.11.2026 (S00002), 10.12.2026 (S00003), 10.01.2027 (S00004)');
  expect(addon.snapshot()).toBe(before);
  // Another time of day, another participant, or a cancelled copy do not count as the same.
  expect(asOk(addon.call('scheduleSessions', { ...input, startTime: '16:00', endTime: '17:00' })).status).toBe('success');
  expect(asOk(addon.call('scheduleSessions', { ...input, repeat: '1', participantsIds: ['T00001'] })).status).toBe('success');
});

test('a session after today cannot be marked held; cancelled it can', () => {
  const early = asErr(addon.call('recordSessionResult', mark(addon, 'S00001', 'held')));
  expect(early).toMatchObject({ status: 'error', type: 'validation' });
  expect(early.fields?.status).toContain('Сессия назначена на 15.09.2026');
  expect(shownRows(addon, S)[0]!.Статус).toBe('запланирована');
  addon.emulator.setClock('2026-09-15T05:00:00Z');
  expect(asOk(addon.call('recordSessionResult', mark(addon, 'S00001', 'held'))).status).toBe('success');
});

test('a form of work must be one of the kind\'s own regulation', () => {
  const page = asOk(addon.call('getSessionsPage', {})).response;
  expect(page.formsByKind.coaching).toEqual(['coachingConsulting', 'openSpace', 'workshop', 'training', 'businessGame', 'masterClass', 'methodicalExhibition']);
  expect(page.formsByKind.skillsClubEvent).toContain('meetup');
  expect(page.formsByKind.communityMeeting).not.toContain('meetup');
  const meetup = asErr(addon.call('scheduleSessions', { ...coaching, workForm: 'meetup' }));
  expect(meetup.fields?.workForm).toBe('Эта форма работы не предусмотрена положением для вида «коучинг-сессия»: выберите из списка');
});

test('weekends and the school holidays in «Настройки»: offered the nearest working day, moved when accepted, named when kept', () => {
  const saved = asOk(addon.call('saveSettings', settings(addon, { holidays: '04.11.2026, 21.12.2026–23.12.2026' })));
  expect(saved.status).toBe('success');
  const page = asOk(addon.call('getSessionsPage', {})).response;
  expect(page.holidays).toEqual(['2026-11-04', '2026-12-21', '2026-12-22', '2026-12-23']);
  // 24 Oct is a Saturday, 4 Nov a holiday, 24 Jan a Sunday.
  const series = coachingSession({ date: '2026-10-24', repeat: '4' });
  const kept = asOk(addon.call('scheduleSessions', series));
  expect(kept.response.dates).toEqual(['24.10.2026', '24.11.2026', '24.12.2026', '24.01.2027']);
  expect(kept.response.nonWorking).toEqual(['24.10.2026', '24.01.2027']);
  const moved = asOk(addon.call('scheduleSessions', { ...series, startTime: '16:00', endTime: '17:00', shiftToWorkingDays: ['true'] }));
  expect(moved.response.dates).toEqual(['23.10.2026', '24.11.2026', '24.12.2026', '25.01.2027']);
  expect(moved.response.nonWorking).toEqual([]);
  const holiday = asOk(addon.call('scheduleSessions', { ...coaching, date: '2026-11-04', shiftToWorkingDays: true }));
  expect(holiday.response.dates).toEqual(['03.11.2026']);
});

test('holidays that are no dates are refused on the settings page, by their field', () => {
  const result = asErr(addon.call('saveSettings', settings(addon, { holidays: '04.11.2026, осенние каникулы' })));
  expect(result.fields?.holidays).toContain('«осенние каникулы»');
});
