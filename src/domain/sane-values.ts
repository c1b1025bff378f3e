/**
 * Values no one means, in one place: every page's save and the data check ask these rules, so a
 * value refused on a page is also reported when typed into the tab by hand.
 *
 * The regulations set no bounds on dates or on a programme's length, so the bounds are ours:
 * - a date lies within [1 September, YEARS_BACK years before the current school year began;
 *   31 August, the end of the NEXT school year]: a teacher's attestation, a community's founding
 *   or an achievement may be that old (a typed century, «1900» or «2200», is what is caught), and
 *   plans (sessions, meetings, deadlines) reach no further than the school year after this one;
 * - a programme (001, 002: an individual route) lasts at most MAX_PROGRAMME_MONTHS: routes are
 *   planned school year by school year, and a three-year route is already the longest a school
 *   makes. Its end (and its items' deadlines, which lie inside it) is bound by its start and this
 *   length, not by the school years ahead, so a three-year route begun now may be saved;
 * - a number is plain decimal digits as a person types them («12», «0,5»), never «0x10» or «1e1».
 */
import { z } from 'zod';
import { addMonths, compareDays, makeLocalDate, schoolYearOf, type LocalDate } from './local-date';

export const YEARS_BACK = 20;
export const MAX_PROGRAMME_MONTHS = 36;

/** «12», «-3», «0,5», «0.5» (spaces around are the cell's, not the number's). */
const PLAIN_NUMBER = /^-?\d+([.,]\d+)?$/;

/** The number a person typed, or null for anything else (hex, exponent, «Infinity», blank). */
export function parsePlainNumber(text: string): number | null {
  const t = text.trim();
  return PLAIN_NUMBER.test(t) ? Number(t.replace(',', '.')) : null;
}

/**
 * A page's number field: a number, or the text typed, read by `parsePlainNumber` (zod's coerce
 * uses Number(), which takes «0x10» as 16 and «1e1» as 10). Anything else fails with `message`.
 */
export const typedNumber = (message: string) =>
  z.union([z.number(), z.string().max(50).transform((v) => parsePlainNumber(v) ?? Number.NaN)], message).pipe(z.number(message));

export interface DayRange {
  from: LocalDate;
  to: LocalDate;
}

/** The days a record of this add-on may fall on, seen from `today`. */
export function saneDays(today: LocalDate): DayRange {
  const first = Number(schoolYearOf(today).slice(0, 4));
  return { from: makeLocalDate(first - YEARS_BACK, 9, 1)!, to: makeLocalDate(first + 2, 8, 31)! };
}

export function outOfRange(day: LocalDate, today: LocalDate): boolean {
  const { to } = saneDays(today);
  return tooEarly(day, today) || compareDays(day, to) > 0;
}

/** A school year «2026/2027» whose 1 September lies outside the range (text that is no school year is not judged here). */
export function schoolYearOutOfRange(year: string, today: LocalDate): boolean {
  const match = /^(\d{4})\/(\d{4})$/.exec(year.trim());
  if (!match) return false;
  const first = makeLocalDate(Number(match[1]), 9, 1);
  return first !== null && outOfRange(first, today);
}

/** Before the range's first day: the bound of a programme's end, whose latest day its length sets. */
export function tooEarly(day: LocalDate, today: LocalDate): boolean {
  return compareDays(day, saneDays(today).from) < 0;
}

/** The last day a programme starting on `start` may end. */
export function programmeEndLimit(start: LocalDate): LocalDate {
  return addMonths(start, MAX_PROGRAMME_MONTHS);
}

/** A programme ending more than MAX_PROGRAMME_MONTHS after it starts. */
export function programmeTooLong(start: LocalDate, end: LocalDate): boolean {
  return compareDays(end, programmeEndLimit(start)) > 0;
}

/** A meeting's protocol is of the meeting's school year (003 §5.2 numbers protocols within one). */
export function protocolYearDiffers(protocolDate: LocalDate, meetingDate: LocalDate): boolean {
  return schoolYearOf(protocolDate) !== schoolYearOf(meetingDate);
}

/** Kinds whose leader may also be listed among those present: a community's leader is its member. */
const LEADER_ATTENDS = ['communityMeeting', 'skillsClubEvent', 'departmentMeeting'];

/** The one who leads a session (a coach, the visitor of a lesson, …) listed as one of its participants. */
export function leaderAmongParticipants(kind: string, leaderId: string | null, participantsIds: readonly string[]): boolean {
  return !!leaderId && !LEADER_ATTENDS.includes(kind) && participantsIds.includes(leaderId);
}

/**
 * A session's programme must be its teacher's (000: the session works on that teacher's problem):
 * the programme's supported teacher is one of the session's participants. A programme whose
 * teacher is unknown links nothing.
 */
export function programmeFits(participantsIds: readonly string[], programmeTeacherId: string | null): boolean {
  return programmeTeacherId !== null && participantsIds.includes(programmeTeacherId);
}

/**
 * What a reader (the monthly e-mail, the plan, the digest) takes of a session's programme link:
 * it holds when the programme's teacher is among the session's people, or when no one is listed
 * (no other teacher to differ). A link typed into the tab to another teacher's programme never
 * puts the session in that teacher's letter.
 */
export function programmeLinkHolds(participantsIds: readonly string[], programmeTeacherId: string | null): boolean {
  return participantsIds.length === 0 ? programmeTeacherId !== null : programmeFits(participantsIds, programmeTeacherId);
}
