/** School holidays typed in «Настройки»: dates and periods, every bad entry named. */
import { parseHolidays } from '../../src/domain/holidays';

test('dates and periods become days; blanks and spacing are forgiven', () => {
  expect(parseHolidays('04.11.2026,  26.10.2026 – 28.10.2026\n31.12.2026').days).toEqual(['2026-10-26', '2026-10-27', '2026-10-28', '2026-11-04', '2026-12-31']);
  expect(parseHolidays('').days).toEqual([]);
});

test('what is no date or period is named, the rest still read', () => {
  expect(parseHolidays('04.11.2026, 31.02.2026, каникулы, 10.01.2027-01.01.2027')).toEqual({ days: ['2026-11-04'], bad: ['31.02.2026', 'каникулы', '10.01.2027-01.01.2027'] });
  expect(parseHolidays('01.01.2026-01.01.2030').bad).toEqual(['01.01.2026-01.01.2030']);
});
