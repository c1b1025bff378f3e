/**
 * Pure rules of sessions and protocols: a monthly series (000: sessions are in every month's plan),
 * which sessions still wait for a mark, and protocol numbers per community per school year
 * (003 §5.2). No platform calls, so the page can use them too.
 */
import { addMonths, daysInMonth, makeLocalDate, schoolYearOf, type LocalDate } from './local-date';

/** Kinds held by a community (ПОС, SkillsClub, ШМО): they need a community and get protocols. */
export const COMMUNITY_SESSION_KINDS = ['communityMeeting', 'skillsClubEvent', 'departmentMeeting'] as const;

export function isCommunityKind(kind: string): boolean {
  return (COMMUNITY_SESSION_KINDS as readonly string[]).includes(kind);
}

export const MAX_SERIES = 12;

/**
 * `count` dates a month apart, each counted from the first (so 31 Jan → 28/29 Feb → 31 Mar, not
 * 28 Mar): the same day of month, clamped to the month's last day.
 */
export function monthlySeries(first: LocalDate, count: number): LocalDate[] {
  return Array.from({ length: Math.max(0, count) }, (_, i) => addMonths(first, i));
}

/** The last day of the month `day` falls in. */
export function endOfMonth(day: LocalDate): LocalDate {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return makeLocalDate(y, m, daysInMonth(y, m)) as LocalDate;
}

/** A planned session waits for a mark when it falls in this month or is already overdue. */
export function awaitsMark(session: { status: string; date: LocalDate }, today: LocalDate): boolean {
  return session.status === 'planned' && session.date <= endOfMonth(today);
}

export function isOverdue(session: { status: string; date: LocalDate }, today: LocalDate): boolean {
  return session.status === 'planned' && session.date < today;
}

export interface NumberedProtocol {
  communityId: string | null;
  schoolYear: string;
  number: number;
}

/**
 * The next protocol number of a community for a meeting on `date`: numbering restarts at 1 each
 * school year (from 1 September), and follows the highest number already used, so a deleted or
 * skipped number is never given twice.
 */
export function nextProtocolNumber(existing: readonly NumberedProtocol[], communityId: string, date: LocalDate): { schoolYear: string; number: number } {
  const schoolYear = schoolYearOf(date);
  let highest = 0;
  for (const p of existing) {
    if (p.communityId === communityId && p.schoolYear.trim() === schoolYear) highest = Math.max(highest, p.number);
  }
  return { schoolYear, number: highest + 1 };
}

/** "14:00" < "15:30": times are zero-padded "HH:mm", so text order is time order. */
export function endsAfterStart(start: string, end: string): boolean {
  return end > start;
}

/** Teachers who belong to a community on `day` («Участники сообществ», with «С» and «По»). */
export function membersOn(
  members: ReadonlyArray<{ communityId: string | null; teacherId: string | null; since: LocalDate | null; until: LocalDate | null }>,
  communityId: string,
  day: LocalDate,
): string[] {
  const ids: string[] = [];
  for (const m of members) {
    if (m.communityId !== communityId || !m.teacherId || ids.includes(m.teacherId)) continue;
    if ((m.since && m.since > day) || (m.until && m.until < day)) continue;
    ids.push(m.teacherId);
  }
  return ids;
}
