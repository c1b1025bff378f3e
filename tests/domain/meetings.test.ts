import type { LocalDate } from '../../src/domain/local-date';
import { awaitsMark, endOfMonth, endsAfterStart, isCommunityKind, isOverdue, membersOn, monthlySeries, nextProtocolNumber } from '../../src/domain/meetings';

const day = (s: string) => s as LocalDate;

describe('a monthly series', () => {
  test('31 January, three times: the short month is clamped, March is the 31st again', () => {
    expect(monthlySeries(day('2027-01-31'), 3)).toEqual(['2027-01-31', '2027-02-28', '2027-03-31']);
    expect(monthlySeries(day('2028-01-31'), 3)).toEqual(['2028-01-31', '2028-02-29', '2028-03-31']);
  });
  test('crosses the new year', () => {
    expect(monthlySeries(day('2026-11-15'), 4)).toEqual(['2026-11-15', '2026-12-15', '2027-01-15', '2027-02-15']);
  });
  test('one date is no series; nothing for zero', () => {
    expect(monthlySeries(day('2026-09-15'), 1)).toEqual(['2026-09-15']);
    expect(monthlySeries(day('2026-09-15'), 0)).toEqual([]);
  });
});

describe('which sessions wait for a mark', () => {
  const today = day('2026-10-10');
  test('planned this month or overdue', () => {
    expect(endOfMonth(today)).toBe('2026-10-31');
    expect(awaitsMark({ status: 'planned', date: day('2026-09-15') }, today)).toBe(true);
    expect(awaitsMark({ status: 'planned', date: day('2026-10-31') }, today)).toBe(true);
    expect(awaitsMark({ status: 'planned', date: day('2026-11-01') }, today)).toBe(false);
    expect(awaitsMark({ status: 'held', date: day('2026-10-01') }, today)).toBe(false);
    expect(isOverdue({ status: 'planned', date: day('2026-10-09') }, today)).toBe(true);
    expect(isOverdue({ status: 'planned', date: today }, today)).toBe(false);
  });
  test('community kinds', () => {
    expect(isCommunityKind('communityMeeting')).toBe(true);
    expect(isCommunityKind('skillsClubEvent')).toBe(true);
    expect(isCommunityKind('departmentMeeting')).toBe(true);
    expect(isCommunityKind('coaching')).toBe(false);
  });
  test('times', () => {
    expect(endsAfterStart('14:00', '15:00')).toBe(true);
    expect(endsAfterStart('14:00', '14:00')).toBe(false);
    expect(endsAfterStart('09:30', '08:45')).toBe(false);
  });
});

describe('protocol numbers: per community, per school year from 1 September', () => {
  const existing = [
    { communityId: 'C00001', schoolYear: '2026/2027', number: 1 },
    { communityId: 'C00001', schoolYear: '2026/2027', number: 2 },
    { communityId: 'C00002', schoolYear: '2026/2027', number: 7 },
    { communityId: 'C00001', schoolYear: '2025/2026', number: 9 },
  ];
  test('the next after the highest this year', () => {
    expect(nextProtocolNumber(existing, 'C00001', day('2027-05-20'))).toEqual({ schoolYear: '2026/2027', number: 3 });
    expect(nextProtocolNumber(existing, 'C00002', day('2026-09-01'))).toEqual({ schoolYear: '2026/2027', number: 8 });
  });
  test('restarts at 1 on 1 September, and 31 August still belongs to the old year', () => {
    expect(nextProtocolNumber(existing, 'C00001', day('2027-09-01'))).toEqual({ schoolYear: '2027/2028', number: 1 });
    expect(nextProtocolNumber(existing, 'C00001', day('2026-08-31'))).toEqual({ schoolYear: '2025/2026', number: 10 });
  });
  test('a community with no protocols starts at 1; a gap is not reused', () => {
    expect(nextProtocolNumber(existing, 'C00009', day('2026-10-01'))).toEqual({ schoolYear: '2026/2027', number: 1 });
    expect(nextProtocolNumber([{ communityId: 'C1', schoolYear: '2026/2027', number: 5 }], 'C1', day('2026-10-01')).number).toBe(6);
  });
});

test('members on a day: «С» and «По» respected, each teacher once', () => {
  const m = (communityId: string, teacherId: string, since: string | null, until: string | null) => ({ communityId, teacherId, since: since as LocalDate | null, until: until as LocalDate | null });
  const members = [m('C1', 'T1', null, null), m('C1', 'T2', '2026-10-01', null), m('C1', 'T3', null, '2026-09-30'), m('C2', 'T4', null, null), m('C1', 'T1', null, null)];
  expect(membersOn(members, 'C1', day('2026-09-15'))).toEqual(['T1', 'T3']);
  expect(membersOn(members, 'C1', day('2026-10-01'))).toEqual(['T1', 'T2']);
});
