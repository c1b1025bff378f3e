import { addDays, addMonths, formatRu, parseLocalDate, schoolYearOf, type LocalDate } from '../../src/domain/local-date';
import { fixedZone } from '../helpers/zone';

const zone = fixedZone(3);
const day = (s: string) => s as LocalDate;

describe('parseLocalDate: the same day whatever way it was written', () => {
  test.each([
    ['01.09.2026', '2026-09-01'],
    ['1.9.2026', '2026-09-01'],
    [' 2026-09-01 ', '2026-09-01'],
    // 21:30 UTC on 31 August is already 1 September in Moscow.
    ['2026-08-31T21:30:00.000Z', '2026-09-01'],
    ['2026-09-01T00:00:00+03:00', '2026-09-01'],
    ['29.02.2028', '2028-02-29'],
  ])('%s → %s', (text, expected) => {
    expect(parseLocalDate(text, zone)).toBe(expected);
  });

  test.each(['31.02.2026', '29.02.2027', '2026-13-01', '01/09/2026', 'завтра', '1.9.26', '00.01.2026', ''])('%s is not a day', (text) => {
    expect(parseLocalDate(text, zone)).toBeNull();
  });
});

describe('day arithmetic', () => {
  test('formats as dd.MM.yyyy', () => expect(formatRu(day('2026-09-01'))).toBe('01.09.2026'));
  test('adds days across months and years', () => {
    expect(addDays(day('2026-12-31'), 1)).toBe('2027-01-01');
    expect(addDays(day('2026-03-01'), -1)).toBe('2026-02-28');
  });
  test('adds months clamping to the month end', () => {
    expect(addMonths(day('2027-01-31'), 1)).toBe('2027-02-28');
    expect(addMonths(day('2026-11-15'), 3)).toBe('2027-02-15');
  });
  test('the school year starts on 1 September', () => {
    expect(schoolYearOf(day('2026-08-31'))).toBe('2025/2026');
    expect(schoolYearOf(day('2026-09-01'))).toBe('2026/2027');
  });
});
