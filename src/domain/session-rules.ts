/**
 * What a session or meeting may be: the forms of work its own regulation names, no second copy
 * of the same slot, not held before its day, and the working days a monthly series falls on.
 * Pure, so the sidebar uses the same rules as the server.
 */
import { addDays, type LocalDate } from './local-date';
import { WORK_FORMS } from './options';
import { isOtherValue } from './other-option';

type WorkForm = (typeof WORK_FORMS.keys)[number];

/**
 * 000 IV.3 (coaching), 003 §4 (ПОС), 004 §3.1–3.5 (SkillsClub). Kinds no regulation lists the
 * forms of (ШМО, a lesson visit, …) may use any form.
 */
const FORMS_BY_KIND: Record<string, readonly WorkForm[]> = {
  coaching: ['coachingConsulting', 'openSpace', 'workshop', 'training', 'businessGame', 'masterClass', 'methodicalExhibition'],
  communityMeeting: [
    'meeting',
    'roundTable',
    'situationalSeminar',
    'discussion',
    'presentation',
    'masterClass',
    'conference',
    'sharing',
    'training',
    'facilitation',
    'mutualVisits',
    'methodicalDialogue',
    'methodicalExhibition',
    'interview',
    'selfAnalysis',
    'consultation',
    'selfEducation',
  ],
  skillsClubEvent: ['seminar', 'roundTable', 'conference', 'meetup', 'consultation', 'methodicalExhibition', 'contest', 'coachSession', 'culturalEvent', 'project'],
};

export function workFormsFor(kind: string): readonly WorkForm[] {
  return FORMS_BY_KIND[kind] ?? WORK_FORMS.keys;
}

/** Each regulation's list of forms ends «и др.»: the deputy's own «другое: …» fits every kind. */
export function workFormFits(kind: string, form: string): boolean {
  return isOtherValue(form) || (workFormsFor(kind) as readonly string[]).includes(form);
}

/** What makes two rows the same event: kind, leader, people, day and start. */
export interface Slot {
  kind: string;
  leaderId: string | null;
  participantsIds: readonly string[];
  communityId: string | null;
  date: LocalDate;
  startTime: string | null;
}

export function slotKey(s: Slot): string {
  const people = [...new Set(s.participantsIds)].sort().join(',');
  return [s.kind, s.leaderId ?? '', people, s.communityId ?? '', s.date, s.startTime ?? ''].join('|');
}

/** Pairs of the same slot, each later one with the first it repeats (cancelled rows do not count). */
export function duplicateSlots<T extends Slot & { status: string }>(rows: readonly T[]): Array<[T, T]> {
  const first = new Map<string, T>();
  const pairs: Array<[T, T]> = [];
  for (const row of rows) {
    if (row.status === 'cancelled') continue;
    const key = slotKey(row);
    const seen = first.get(key);
    if (seen) pairs.push([seen, row]);
    else first.set(key, row);
  }
  return pairs;
}

/** A session cannot be marked held before its day (003 §5.2: the notice of time and place comes first). */
export function heldTooEarly(status: string, date: LocalDate, today: LocalDate): boolean {
  return status === 'held' && date > today;
}

/** Saturday or Sunday (the calendar day, no zone needed). */
export function isWeekend(day: LocalDate): boolean {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

export function isWorkingDay(day: LocalDate, holidays: ReadonlySet<string>): boolean {
  return !isWeekend(day) && !holidays.has(day);
}

/**
 * The working day nearest `day` in the same month (a monthly series keeps one meeting a month):
 * the earlier one on a tie, so a Saturday goes to Friday and a Sunday to Monday; a month with no
 * working day left keeps `day`.
 */
export function nearestWorkingDay(day: LocalDate, holidays: ReadonlySet<string>): LocalDate {
  if (isWorkingDay(day, holidays)) return day;
  const month = day.slice(0, 7);
  const fits = (d: LocalDate) => d.startsWith(month) && isWorkingDay(d, holidays);
  for (let step = 1; step <= 31; step += 1) {
    const before = addDays(day, -step);
    if (fits(before)) return before;
    const after = addDays(day, step);
    if (fits(after)) return after;
  }
  return day;
}
