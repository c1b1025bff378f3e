import { calendarMonth, planGaps, planRowsFromMeetings } from '../../src/domain/community-plan';
import type { LocalDate } from '../../src/domain/local-date';

const d = (t: string) => t as LocalDate;
const meeting = (id: string, date: string, over: Partial<{ kind: string; status: string; communityId: string | null }> = {}) => ({
  id, date: d(date), kind: 'communityMeeting', status: 'planned', communityId: 'C1', topic: `Тема ${id}`, workForm: null, leaderName: null, ...over,
});

test('a plan month of the school year is its calendar month: autumn in the first year, spring in the second', () => {
  expect(calendarMonth('2026/2027', 'm09')).toBe('2026-09');
  expect(calendarMonth('2026/2027', 'm12')).toBe('2026-12');
  expect(calendarMonth('2026/2027', 'm01')).toBe('2027-01');
  expect(calendarMonth('2026/2027', 'm08')).toBe('2027-08');
});

test('rows come from the year’s community meetings only, the leader of the community responsible when the meeting names none', () => {
  const rows = planRowsFromMeetings(
    [{ id: 'C1', name: 'ПОС', leaderName: 'Петров П.П.' }],
    [
      meeting('S2', '2027-02-10'),
      meeting('S1', '2026-09-10'),
      meeting('S3', '2027-09-10'), // next school year
      meeting('S4', '2026-10-10', { kind: 'coaching' }),
      meeting('S5', '2026-10-11', { status: 'cancelled' }),
      meeting('S6', '2026-10-12', { communityId: 'C9' }), // no such community
      meeting('S7', '2026-11-12'), // already in the plan
    ],
    [{ sessionId: 'S7' }, { sessionId: null }],
    '2026/2027',
  );
  expect(rows.map((r) => [r.sessionId, r.month, r.responsible])).toEqual([['S1', 'm09', 'Петров П.П.'], ['S2', 'm02', 'Петров П.П.']]);
});

test('gaps: empty minimum months, and planned months over with nothing held (the running month is not judged)', () => {
  const rows = ['m09', 'm10', 'm11', 'm12'].map((month) => ({ communityId: 'C1', schoolYear: '2026/2027', month }));
  const held = [meeting('S1', '2026-09-10', { status: 'held' }), meeting('S2', '2026-10-10', { status: 'held', communityId: 'C2' })];
  const gaps = planGaps(rows, held, [9, 10, 11, 12, 1], d('2026-11-15'));
  expect(gaps).toEqual([
    { communityId: 'C1', schoolYear: '2026/2027', month: '2026-10', kind: 'notHeld' },
    { communityId: 'C1', schoolYear: '2026/2027', month: '2027-01', kind: 'empty' },
  ]);
});
