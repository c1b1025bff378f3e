/** Values no one means (domain/sane-values.ts), as plain rules. */
import type { LocalDate } from '../../src/domain/local-date';
import {
  leaderAmongParticipants,
  outOfRange,
  parsePlainNumber,
  programmeEndLimit,
  programmeFits,
  programmeLinkHolds,
  programmeTooLong,
  protocolYearDiffers,
  saneDays,
  schoolYearOutOfRange,
  tooEarly,
  typedNumber,
} from '../../src/domain/sane-values';

const d = (s: string) => s as LocalDate;

test('a number is digits as a person types them', () => {
  expect(parsePlainNumber('12')).toBe(12);
  expect(parsePlainNumber(' 0,5 ')).toBe(0.5);
  expect(parsePlainNumber('0.5')).toBe(0.5);
  expect(parsePlainNumber('-3')).toBe(-3);
  for (const typed of ['0x10', '1e1', '1E1', 'Infinity', '0b11', '0o7', '', ' ', '1 000', '1,2,3', '.5', '5.', '+5']) expect(parsePlainNumber(typed)).toBeNull();
});

test('a page\'s number field takes a number or digits, nothing Number() would read otherwise', () => {
  const field = typedNumber('число');
  expect(field.parse(7)).toBe(7);
  expect(field.parse('7')).toBe(7);
  expect(field.safeParse('1e1').success).toBe(false);
  expect(field.safeParse('0x10').success).toBe(false);
  expect(field.safeParse(Number.NaN).success).toBe(false);
  expect(field.safeParse('0x10').error?.issues[0]?.message).toBe('число');
});

test('dates run from twenty years before this school year to the end of the next one', () => {
  expect(saneDays(d('2026-09-01'))).toEqual({ from: '2006-09-01', to: '2028-08-31' });
  // In August the school year is still the one begun the September before.
  expect(saneDays(d('2027-08-31'))).toEqual({ from: '2006-09-01', to: '2028-08-31' });
  const today = d('2026-12-01');
  expect(outOfRange(d('1900-09-01'), today)).toBe(true);
  expect(outOfRange(d('2200-10-01'), today)).toBe(true);
  expect(outOfRange(d('2006-08-31'), today)).toBe(true);
  expect(outOfRange(d('2006-09-01'), today)).toBe(false);
  expect(outOfRange(d('2028-08-31'), today)).toBe(false);
  expect(outOfRange(d('2028-09-01'), today)).toBe(true);
  expect(tooEarly(d('2028-09-01'), today)).toBe(false);
  expect(tooEarly(d('1900-01-01'), today)).toBe(true);
});

test('a programme lasts at most three years', () => {
  expect(programmeEndLimit(d('2026-09-07'))).toBe('2029-09-07');
  expect(programmeTooLong(d('2026-09-07'), d('2029-09-07'))).toBe(false);
  expect(programmeTooLong(d('2026-09-07'), d('2029-09-08'))).toBe(true);
  expect(programmeTooLong(d('2026-09-01'), d('2126-05-31'))).toBe(true);
});

test('a protocol is of its meeting\'s school year', () => {
  expect(protocolYearDiffers(d('2027-05-21'), d('2027-05-20'))).toBe(false);
  expect(protocolYearDiffers(d('2027-09-01'), d('2027-05-20'))).toBe(true);
  expect(protocolYearDiffers(d('2027-08-31'), d('2027-05-20'))).toBe(false);
});

test('the one who leads is no participant, except at a community\'s meeting where the leader is a member', () => {
  expect(leaderAmongParticipants('lessonVisit', 'T1', ['T1'])).toBe(true);
  expect(leaderAmongParticipants('coaching', 'T1', ['T2', 'T1'])).toBe(true);
  expect(leaderAmongParticipants('consultation', 'T1', ['T2'])).toBe(false);
  expect(leaderAmongParticipants('communityMeeting', 'T1', ['T1', 'T2'])).toBe(false);
  expect(leaderAmongParticipants('lessonVisit', null, ['T1'])).toBe(false);
});

test('a session\'s programme is its teacher\'s', () => {
  expect(programmeFits(['T3'], 'T3')).toBe(true);
  expect(programmeFits(['T1'], 'T3')).toBe(false);
  expect(programmeFits(['T1', 'T3'], 'T3')).toBe(true);
  expect(programmeFits([], 'T3')).toBe(false);
  expect(programmeFits(['T3'], null)).toBe(false);
  // A reader keeps a link of a session naming no one (no other teacher to differ), never one to a teacher absent.
  expect(programmeLinkHolds([], 'T3')).toBe(true);
  expect(programmeLinkHolds(['T1'], 'T3')).toBe(false);
  expect(programmeLinkHolds([], null)).toBe(false);
});

test('a school year is judged by its 1 September', () => {
  const today = d('2026-12-01');
  expect(schoolYearOutOfRange('2026/2027', today)).toBe(false);
  expect(schoolYearOutOfRange('2027/2028', today)).toBe(false);
  expect(schoolYearOutOfRange('2028/2029', today)).toBe(true);
  expect(schoolYearOutOfRange('2200/2201', today)).toBe(true);
  expect(schoolYearOutOfRange('1900/1901', today)).toBe(true);
  expect(schoolYearOutOfRange('пятый', today)).toBe(false);
});
