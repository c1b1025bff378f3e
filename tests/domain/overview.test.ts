/**
 * Pure rules of the overview: school-year months, coaching minutes, the open current month in
 * the regularity count, which year a close means, retention order and new dates.
 */
import { computeDashboard, minutesBetween, monthsUpTo, yearBounds, type DashboardInput } from '../../src/domain/dashboard';
import type { LocalDate } from '../../src/domain/local-date';
import { SCHOOL_YEAR_MONTHS } from '../../src/domain/minimum-months';
import type { Community, DocumentEntry, Protocol } from '../../src/domain/records';
import { keptUntil, pastKeepUntil } from '../../src/domain/retention';
import { defaultExtension, extensionProblem, nextSchoolYear, reportsToMake, yearToClose } from '../../src/domain/year-close';

const d = (s: string) => s as LocalDate;

const empty = (today: string): DashboardInput => ({ today: d(today), teachers: [], programmes: [], planItems: [], sessions: [], communities: [], members: [], protocols: [], achievements: [], selfDiagnoses: [], feedback: [], minimumMonths: SCHOOL_YEAR_MONTHS });

describe('dashboard rules', () => {
  test('the school year runs 1 September – 31 August; months up to the current one', () => {
    expect(yearBounds('2026/2027')).toEqual({ start: '2026-09-01', end: '2027-08-31' });
    expect(monthsUpTo(d('2026-09-01'), d('2027-01-15')).map((m) => m.month)).toEqual(['2026-09', '2026-10', '2026-11', '2026-12', '2027-01']);
    expect(monthsUpTo(d('2026-09-01'), d('2026-09-01')).map((m) => m.month)).toEqual(['2026-09']);
  });

  test('coaching minutes need both times, the end after the start', () => {
    expect(minutesBetween('14:00', '15:30')).toBe(90);
    expect(minutesBetween('14:00', null)).toBeNull();
    expect(minutesBetween('15:00', '14:00')).toBeNull();
  });

  test('the current month is shown but not yet a shortfall; a twice-monthly community needs two', () => {
    const community = { id: 'C00001', name: 'ШМО', kind: 'department', frequency: 'twiceMonthly' } as Community;
    const protocol = (date: string) => ({ id: `R${date}`, communityId: 'C00001', date: d(date), sessionId: null, presentIds: [] }) as unknown as Protocol;
    const input = { ...empty('2026-11-10'), communities: [community], protocols: [protocol('2026-09-10'), protocol('2026-09-24'), protocol('2026-10-08'), protocol('2026-12-01')] };
    const [row] = computeDashboard(input).communities;
    // December's protocol lies in the future: not counted.
    expect(row).toEqual({ id: 'C00001', name: 'ШМО', minimum: 2, perMonth: [2, 1, 0], monthsBelow: 1 });
  });

  test('a month the school does not check is never «ниже минимума»; June is checked by default', () => {
    const community = { id: 'C00001', name: 'ПОС', kind: 'pos', frequency: 'monthly' } as Community;
    const protocol = (date: string) => ({ id: `R${date}`, communityId: 'C00001', date: d(date), sessionId: null, presentIds: [] }) as unknown as Protocol;
    const held = ['2026-09-10', '2026-10-10', '2026-11-10', '2026-12-10', '2027-01-10', '2027-02-10', '2027-03-10', '2027-04-10', '2027-05-10'].map(protocol);
    const input = { ...empty('2027-08-20'), communities: [community], protocols: held };
    // Nothing in June (checked) and July (not): one month below.
    expect(computeDashboard(input).communities[0]!.monthsBelow).toBe(1);
    expect(computeDashboard({ ...input, minimumMonths: [9, 10, 11, 12, 1, 2, 3, 4, 5] }).communities[0]!.monthsBelow).toBe(0);
    expect(computeDashboard({ ...input, minimumMonths: [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8] }).communities[0]!.monthsBelow).toBe(2);
    expect(computeDashboard(input).minimumMonths).toEqual(SCHOOL_YEAR_MONTHS);
  });
});

describe('year close rules', () => {
  test.each([
    ['2027-06-20', '2026/2027'],
    ['2027-08-31', '2026/2027'],
    ['2027-01-10', '2026/2027'],
    ['2027-09-01', '2026/2027'],
    ['2027-12-31', '2026/2027'],
  ])('closing on %s closes %s', (today, year) => {
    expect(yearToClose(d(today))).toBe(year);
  });

  test('next year, the default extension, the extension limits', () => {
    expect(nextSchoolYear('2026/2027')).toBe('2027/2028');
    expect(defaultExtension('2026/2027')).toBe('2028-05-31');
    expect(extensionProblem({ start: d('2026-09-01') }, d('2026-08-01'), '2026/2027')).toBe('beforeStart');
    expect(extensionProblem({ start: d('2026-09-01') }, d('2027-08-31'), '2026/2027')).toBe('insideYear');
    expect(extensionProblem({ start: d('2026-09-01') }, d('2027-09-01'), '2026/2027')).toBeNull();
  });

  test('a community with its report in the register gets no second one', () => {
    const communities = [{ id: 'C00001' }, { id: 'C00002' }] as Community[];
    expect(reportsToMake(communities, [{ kind: 'annualReport', recordId: 'C00001:2026/2027' }, { kind: 'annualReport', recordId: 'C00002:2025/2026' }], '2026/2027')).toEqual(['C00002:2026/2027']);
  });
});

describe('retention rules', () => {
  const doc = (id: string, keepUntil: string, retention: DocumentEntry['retention'] = null) => ({ id, title: id, keepUntil: d(keepUntil), retention }) as DocumentEntry;
  test('past keep-until only, undecided first, oldest first; kept counts from today', () => {
    const list = pastKeepUntil([doc('a', '2031-09-01'), doc('b', '2025-10-01'), doc('c', '2025-09-01', 'destroyable'), doc('d', '2026-01-01'), doc('e', '2026-09-01')], d('2026-09-01'));
    expect(list.map((x) => [x.entry.id, x.destroyable])).toEqual([
      ['b', false],
      ['d', false],
      ['c', true],
    ]);
    expect(keptUntil(d('2026-09-01'), 3)).toBe('2029-09-01');
  });
});
