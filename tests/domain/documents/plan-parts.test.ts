/** The month's plan in parts: one document for a school's month, weeks (and bounded parts of a week) for a long one. */
import { monthlyPlanParts, monthlyPlanValues, planPartValues, type MonthlyPlanInput } from '../../../src/documents/fields/monthly-plan';
import type { Session } from '../../../src/domain/records';
import { rowsDigest } from '../../../src/domain/plan-snapshot';
import * as S from './records';

const base = S.sessions[1]!;
/** `n` sessions on each day of November 2026 listed. */
function many(days: number[], n: number): Session[] {
  return days.flatMap((day) => Array.from({ length: n }, (_, i) => ({ ...base, id: `X${day}-${i}`, date: S.d(`2026-11-${String(day).padStart(2, '0')}`), startTime: `${String(8 + (i % 10)).padStart(2, '0')}:00`, topic: `Тема ${day}-${i}` })));
}
const input = (sessions: Session[], planByWeek = false): MonthlyPlanInput => ({ month: S.d('2026-11-01'), sessions, items: S.items, programmes: [S.programme], settings: { ...S.settings, planByWeek }, today: S.TODAY });
const topics = (values: Record<string, unknown>) => (values.Мероприятия as Array<{ Тема: string }>).map((e) => e.Тема);

test('a month within the bound is one part with the values of the whole month', () => {
  const parts = monthlyPlanParts(input(S.sessions));
  expect(parts).toHaveLength(1);
  expect(parts[0]).toMatchObject({ key: '', first: '2026-11-01', last: '2026-11-30', label: '' });
  expect(planPartValues(input(S.sessions), parts[0]!)).toEqual(monthlyPlanValues(input(S.sessions)));
});

test('a school that asked for weeks gets a part a week, Monday to Sunday within the month, no empty week', () => {
  // November 2026 begins on a Sunday: week 1 is the 1st alone.
  const parts = monthlyPlanParts(input(many([1, 3, 12, 30], 1), true));
  expect(parts.map((p) => [p.key, p.first, p.last])).toEqual([
    ['w1.1', '2026-11-01', '2026-11-01'],
    ['w2.1', '2026-11-02', '2026-11-08'],
    ['w3.1', '2026-11-09', '2026-11-15'],
    // Week 4 has only the plan item due on the 20th.
    ['w4.1', '2026-11-16', '2026-11-22'],
    ['w6.1', '2026-11-30', '2026-11-30'],
  ]);
  // A month with nothing planned is one empty plan, weeks or not.
  expect(monthlyPlanParts({ ...input([], true), items: [] }).map((p) => p.key)).toEqual(['']);
  const values = planPartValues(input(many([3], 1), true), monthlyPlanParts(input(many([3], 1), true))[0]!);
  expect(values).toMatchObject({ Месяц: 'ноябрь 2026', Начало_месяца: '02.11.2026', Конец_месяца: '08.11.2026', Часть: '', Число_мероприятий: '1' });
});

test('a long month goes in weeks, a long week in parts of at most the bound; every row once, in order', () => {
  const sessions = many([2, 3, 4, 10, 24], 30);
  const all = topics(monthlyPlanValues(input(sessions)));
  const parts = monthlyPlanParts(input(sessions), 40);
  expect(parts.map((p) => p.key)).toEqual(['w2.1', 'w2.2', 'w2.3', 'w3.1', 'w4.1', 'w5.1']);
  for (const p of parts) expect(p.events.length + p.due.length).toBeLessThanOrEqual(40);
  expect(parts.map((p) => p.label)).toEqual([' — часть 1 из 3', ' — часть 2 из 3', ' — часть 3 из 3', '', '', '']);
  expect(parts.flatMap((p) => topics(planPartValues(input(sessions), p)))).toEqual(all);
  expect(parts.flatMap((p) => p.due.map((i) => i.id))).toEqual(S.items.filter((i) => i.deadline.startsWith('2026-11')).map((i) => i.id));
});

test("a change in one week changes that week's digest only", () => {
  const sessions = many([3, 10, 17], 2);
  const digests = (list: Session[]) => monthlyPlanParts(input(list, true)).map((p) => rowsDigest(p.events, p.due));
  const before = digests(sessions);
  const moved = sessions.map((s) => (s.id === 'X10-0' ? { ...s, place: 'актовый зал' } : s));
  const after = digests(moved);
  expect(after.filter((d, i) => d !== before[i])).toHaveLength(1);
  expect(after[1]).not.toBe(before[1]);
});
