/** Short lists show what is nearest today, not what is furthest in the future. */
import type { LocalDate } from '../../src/domain/local-date';
import { nearestToDay } from '../../src/domain/nearest';

test('the five nearest today of thirteen monthly sessions, newest first; a tie goes to the coming one', () => {
  const days = ['2026-09-16', '2026-10-16', '2026-11-16', '2026-12-16', '2027-01-16', '2027-02-16', '2027-03-16', '2027-04-16', '2027-05-16', '2027-06-16', '2027-07-16', '2027-08-16', '2027-09-16'];
  const picked = nearestToDay(days, (d) => d, '2026-10-20' as LocalDate, 5);
  expect(picked).toEqual(['2027-01-16', '2026-12-16', '2026-11-16', '2026-10-16', '2026-09-16']);
  expect(nearestToDay(['2026-10-19', '2026-10-21'], (d) => d, '2026-10-20' as LocalDate, 1)).toEqual(['2026-10-21']);
  expect(nearestToDay(['', '2026-10-19'], (d) => d, '2026-10-20' as LocalDate, 1)).toEqual(['2026-10-19']);
});
