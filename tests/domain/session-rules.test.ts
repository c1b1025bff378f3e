/** The rules of sessions as plain functions: forms by regulation, the same slot twice, held too early, working days. */
import type { LocalDate } from '../../src/domain/local-date';
import { duplicateSlots, heldTooEarly, isWeekend, nearestWorkingDay, workFormFits, workFormsFor } from '../../src/domain/session-rules';
import { WORK_FORMS } from '../../src/domain/options';

const d = (text: string) => text as LocalDate;

test('each kind offers the forms its regulation names; other kinds any', () => {
  expect(workFormsFor('coaching').map((k) => WORK_FORMS.label(k))).toEqual([
    'коучинг-консалтинг',
    'технология открытого пространства',
    'семинар-практикум',
    'тренинг',
    'деловая игра',
    'мастер-класс',
    'методическая выставка',
  ]);
  expect(workFormFits('coaching', 'meetup')).toBe(false);
  expect(workFormFits('skillsClubEvent', 'meetup')).toBe(true);
  expect(workFormFits('communityMeeting', 'sharing')).toBe(true);
  expect(workFormFits('communityMeeting', 'meetup')).toBe(false);
  expect(workFormsFor('departmentMeeting')).toEqual(WORK_FORMS.keys);
});

test('the same kind, people, day and time twice is a duplicate; order of people, cancelled rows and another time are not', () => {
  const base = { kind: 'coaching', leaderId: 'T1', participantsIds: ['T2', 'T3'], communityId: null, date: d('2026-10-01'), startTime: '14:00', status: 'planned', id: 'a' };
  const rows = [
    base,
    { ...base, id: 'b', participantsIds: ['T3', 'T2'] },
    { ...base, id: 'c', startTime: '15:00' },
    { ...base, id: 'd', status: 'cancelled' },
    { ...base, id: 'e', date: d('2026-10-02') },
  ];
  expect(duplicateSlots(rows).map(([x, y]) => [x.id, y.id])).toEqual([['a', 'b']]);
});

test('held only on or after its day', () => {
  expect(heldTooEarly('held', d('2026-10-02'), d('2026-10-01'))).toBe(true);
  expect(heldTooEarly('held', d('2026-10-01'), d('2026-10-01'))).toBe(false);
  expect(heldTooEarly('cancelled', d('2026-10-02'), d('2026-10-01'))).toBe(false);
});

test('weekends and holidays move to the nearest working day of the same month', () => {
  expect(isWeekend(d('2026-10-24'))).toBe(true); // Saturday
  expect(isWeekend(d('2026-10-23'))).toBe(false);
  const none = new Set<string>();
  expect(nearestWorkingDay(d('2026-10-24'), none)).toBe('2026-10-23'); // Saturday → Friday
  expect(nearestWorkingDay(d('2027-01-24'), none)).toBe('2027-01-25'); // Sunday → Monday
  expect(nearestWorkingDay(d('2026-11-01'), none)).toBe('2026-11-02'); // Sunday the 1st stays in November
  expect(nearestWorkingDay(d('2026-10-31'), none)).toBe('2026-10-30'); // Saturday the 31st stays in October
  const holidays = new Set(['2026-11-04', '2026-11-03']);
  expect(nearestWorkingDay(d('2026-11-04'), holidays)).toBe('2026-11-05');
  expect(nearestWorkingDay(d('2026-10-21'), none)).toBe('2026-10-21');
});
