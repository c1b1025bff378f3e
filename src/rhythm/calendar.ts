/**
 * When the rhythm's jobs are due (pure). The monthly jobs plan the month after the configured
 * day («День месяца для плана на следующий месяц»); a run missed on that day (the trigger was
 * off, or the run failed) is caught up on the next one, until that month is done.
 */
import { addDays, addMonths, type LocalDate } from '../domain/local-date';
import { minimumApplies } from '../domain/minimum-months';
import { RU } from '../text/ru';

/** "2026-10" */
export type MonthKey = string;

export function monthOf(day: LocalDate): MonthKey {
  return day.slice(0, 7);
}

export function firstOf(month: MonthKey): LocalDate {
  return `${month}-01` as LocalDate;
}

export function monthAfter(day: LocalDate): MonthKey {
  return monthOf(addMonths(firstOf(monthOf(day)), 1));
}

export function monthBefore(day: LocalDate): MonthKey {
  return monthOf(addMonths(firstOf(monthOf(day)), -1));
}

/** «ноябрь 2026» */
export function monthName(month: MonthKey): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return `${RU.documentNames.monthsNominative[m - 1]} ${year}`;
}

/**
 * The month the monthly jobs work on today, or null. From the configured day to the month's end
 * it is the next month: the reminders are worked out again each day, and the record lets only
 * what is new through (a teacher added, an address corrected). Before that day, a month whose
 * jobs never finished (the trigger was off) is caught up late rather than skipped.
 */
export function monthlyTarget(today: LocalDate, reminderDay: number, doneFor: MonthKey | null): MonthKey | null {
  const day = Number(today.slice(8, 10));
  if (day >= reminderDay) return monthAfter(today);
  const current = monthOf(today);
  return doneFor !== null && doneFor < current ? current : null;
}

export function inMonth(day: LocalDate, month: MonthKey): boolean {
  return day.startsWith(`${month}-`);
}

/** The days from `since` (exclusive) to `today` (exclusive): what became overdue meanwhile. */
export function newlyOverdue(deadline: LocalDate, since: LocalDate | null, today: LocalDate): boolean {
  const from = since ?? addDays(today, -1);
  return deadline < today && deadline >= from;
}

/** Notices go out when the meeting is at most `daysBefore` days ahead (today included). */
export function noticeDue(meeting: LocalDate, today: LocalDate, daysBefore: number): boolean {
  return meeting >= today && meeting <= addDays(today, daysBefore);
}

/**
 * Meetings a month a community's frequency asks for (003 §5.2, 004 §4.2: at least monthly), in
 * the months the school checks (minimum-months.ts: September to June unless «Настройки» say
 * otherwise), and not before the community existed.
 */
export function monthlyMinimum(frequency: string, month: MonthKey, months: readonly number[], createdOn: LocalDate | null = null): number {
  if (!minimumApplies(month, months)) return 0;
  if (createdOn && monthOf(createdOn) > month) return 0;
  return frequency === 'weekly' ? 4 : frequency === 'twiceMonthly' ? 2 : 1;
}
