/** Whether a month's plan is stale: what it was made from against the month as it is now. */
import type { LocalDate } from '../../src/domain/local-date';
import { planChanges, planSnapshot, SNAPSHOT_MAX_ROWS } from '../../src/domain/plan-snapshot';
import type { PlanItem, Session } from '../../src/domain/records';

const session = (id: string, date: string, more: Partial<Session> = {}): Session => ({
  id,
  date: date as LocalDate,
  startTime: '15:00',
  endTime: '16:00',
  place: 'каб. 12',
  kind: 'coaching',
  format: 'individual',
  workForm: null,
  topic: 'Целеполагание',
  stage: null,
  leaderName: 'Коуч',
  leaderId: 'T00001',
  participantsNames: 'Педагог',
  participantsIds: ['T00011'],
  programmeName: null,
  programmeId: 'P00001',
  communityName: null,
  communityId: null,
  series: null,
  status: 'planned',
  results: [],
  resultNote: null,
  postReleaseUrl: null,
  ...more,
});
const item = (id: string, deadline: string, more: Partial<PlanItem> = {}): PlanItem => ({
  id,
  programmeName: null,
  programmeId: 'P00001',
  order: 1,
  content: 'Открытый урок',
  deadline: deadline as LocalDate,
  supportedActivity: null,
  supporterActivity: null,
  jointActivity: null,
  checkpoint: null,
  status: 'planned',
  doneDate: null,
  ...more,
});

const month = '2026-11';
const sessions = [session('S00001', '2026-11-10'), session('S00002', '2026-11-20'), session('S00003', '2026-12-10')];
const items = [item('I00001', '2026-11-30'), item('I00002', '2026-10-31')];
const made = planSnapshot(month, sessions, items);

test("the snapshot has one entry per row of the month's plan, and is the same when nothing changed", () => {
  expect(made).toHaveLength(3);
  expect(made.map((e) => e.split(':')[0])).toEqual(['I00001', 'S00001', 'S00002']);
  expect(planChanges(made, planSnapshot(month, [...sessions].reverse(), items))).toBeNull();
});

test('a session added after the plan was made (on the 27th, for next month) makes it stale', () => {
  const later = [...sessions, session('S00004', '2026-11-27', { topic: 'Рефлексия' })];
  expect(planChanges(made, planSnapshot(month, later, items))).toEqual({ added: 1, removed: 0, changed: 0 });
});

test('moved within the month, to another month, cancelled, postponed: each is a change', () => {
  const moved = sessions.map((s) => (s.id === 'S00001' ? { ...s, date: '2026-11-12' as LocalDate } : s));
  expect(planChanges(made, planSnapshot(month, moved, items))).toEqual({ added: 0, removed: 0, changed: 1 });
  const away = sessions.map((s) => (s.id === 'S00001' ? { ...s, date: '2026-12-01' as LocalDate } : s));
  expect(planChanges(made, planSnapshot(month, away, items))).toEqual({ added: 0, removed: 1, changed: 0 });
  const cancelled = sessions.map((s) => (s.id === 'S00002' ? { ...s, status: 'cancelled' as const } : s));
  expect(planChanges(made, planSnapshot(month, cancelled, items))).toEqual({ added: 0, removed: 1, changed: 0 });
  const postponed = sessions.map((s) => (s.id === 'S00002' ? { ...s, status: 'postponed' as const } : s));
  expect(planChanges(made, planSnapshot(month, postponed, items))).toEqual({ added: 0, removed: 0, changed: 1 });
  const newDeadline = [item('I00001', '2026-11-25'), items[1]!];
  expect(planChanges(made, planSnapshot(month, sessions, newDeadline))).toEqual({ added: 0, removed: 0, changed: 1 });
});

test('marking sessions held and items done is recording the work, not changing the plan', () => {
  const held = sessions.map((s) => ({ ...s, status: 'held' as const, results: ['attestation' as const], resultNote: 'Хорошо' }));
  const done = items.map((i) => ({ ...i, status: 'done' as const, doneDate: '2026-11-29' as LocalDate }));
  expect(planChanges(made, planSnapshot(month, held, done))).toBeNull();
  // Other months' sessions do not touch this month's plan.
  expect(planChanges(made, planSnapshot(month, [...sessions, session('S00009', '2027-01-15')], items))).toBeNull();
});

test('a plan kept without a snapshot (an older version made it) is taken as current', () => {
  expect(planChanges(null, made)).toBeNull();
});

test('a very large month is kept as one entry: still compared, still small', () => {
  const many = Array.from({ length: SNAPSHOT_MAX_ROWS + 1 }, (_, i) => session(`S${String(i + 1).padStart(5, '0')}`, '2026-11-05'));
  const big = planSnapshot(month, many, []);
  expect(big).toHaveLength(1);
  expect(planChanges(big, planSnapshot(month, many, []))).toBeNull();
  expect(planChanges(big, planSnapshot(month, [...many, session('S09999', '2026-11-06')], []))).not.toBeNull();
});
