/**
 * A community's year plan (003 §7, 004 §5.1) and the monthly minimum checked against it (003 §5.2,
 * 004 §4.2: «не реже одного раза в месяц»): rows made from the community's scheduled meetings, the
 * minimum months the plan leaves empty, and the planned months past with no meeting held. Pure.
 */
import { schoolYearOf, type LocalDate } from './local-date';
import { isCommunityKind } from './meetings';
import { PLAN_MONTHS } from './options';
import type { Session } from './records';

export type PlanMonth = (typeof PLAN_MONTHS.keys)[number];

/** «m09» for September. */
export function planMonthOf(day: LocalDate): PlanMonth {
  return `m${day.slice(5, 7)}` as PlanMonth;
}

/** The calendar month («2026-09») of a plan month in a school year («2026/2027»). */
export function calendarMonth(schoolYear: string, month: PlanMonth): string {
  const number = Number(month.slice(1));
  const start = Number(schoolYear.slice(0, 4));
  return `${number >= 9 ? start : start + 1}-${month.slice(1)}`;
}

export interface PlanMeeting {
  id: string;
  date: LocalDate;
  kind: string;
  status: string;
  communityId: string | null;
  topic: string;
  workForm: Session['workForm'];
  leaderName: string | null;
}

export interface PlanCommunity {
  id: string;
  name: string;
  leaderName: string | null;
}

export interface PlanRowDraft {
  communityId: string;
  communityName: string;
  schoolYear: string;
  month: PlanMonth;
  topic: string;
  workForm: Session['workForm'];
  responsible: string | null;
  sessionId: string;
}

/**
 * The rows a school year's plans lack: one per meeting of a community in that year, not cancelled
 * and not yet in the plan (a row names its meeting), in date order. A second run adds nothing.
 */
export function planRowsFromMeetings(
  communities: readonly PlanCommunity[],
  meetings: readonly PlanMeeting[],
  planned: ReadonlyArray<{ sessionId: string | null }>,
  schoolYear: string,
): PlanRowDraft[] {
  const inPlan = new Set(planned.map((r) => r.sessionId).filter((id): id is string => !!id));
  const byId = new Map(communities.map((c) => [c.id, c]));
  return meetings
    .filter((m) => isCommunityKind(m.kind) && m.status !== 'cancelled' && !!m.communityId && byId.has(m.communityId) && schoolYearOf(m.date) === schoolYear && !inPlan.has(m.id))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((m) => {
      const community = byId.get(m.communityId!)!;
      return {
        communityId: community.id,
        communityName: community.name,
        schoolYear,
        month: planMonthOf(m.date),
        topic: m.topic,
        workForm: m.workForm,
        responsible: m.leaderName ?? community.leaderName,
        sessionId: m.id,
      };
    });
}

export interface PlanGap {
  communityId: string;
  schoolYear: string;
  /** «2026-10». */
  month: string;
  /** `empty`: a minimum month the plan leaves without a row; `notHeld`: planned, ended, nothing held. */
  kind: 'empty' | 'notHeld';
}

/**
 * What the plans miss against the monthly minimum: for each community and school year that has a
 * plan, every month the minimum applies to (`minimumMonths`, numbers) without a planned row, and
 * every planned month already over (before `today`'s month) in which the community held no meeting.
 */
export function planGaps(
  rows: ReadonlyArray<{ communityId: string | null; schoolYear: string; month: string }>,
  meetings: ReadonlyArray<Pick<PlanMeeting, 'date' | 'kind' | 'status' | 'communityId'>>,
  minimumMonths: readonly number[],
  today: LocalDate,
): PlanGap[] {
  const plans = new Map<string, Set<PlanMonth>>();
  for (const r of rows) {
    if (!r.communityId || !/^\d{4}\/\d{4}$/.test(r.schoolYear.trim())) continue;
    const key = `${r.communityId}|${r.schoolYear.trim()}`;
    const months = plans.get(key) ?? new Set<PlanMonth>();
    if ((PLAN_MONTHS.keys as readonly string[]).includes(r.month)) months.add(r.month as PlanMonth);
    plans.set(key, months);
  }
  const held = new Set(meetings.filter((m) => m.status === 'held' && isCommunityKind(m.kind) && m.communityId).map((m) => `${m.communityId}|${m.date.slice(0, 7)}`));
  const current = today.slice(0, 7);
  const gaps: PlanGap[] = [];
  for (const [key, months] of plans) {
    const [communityId, schoolYear] = key.split('|') as [string, string];
    for (const month of PLAN_MONTHS.keys) {
      const calendar = calendarMonth(schoolYear, month);
      if (!months.has(month)) {
        if (minimumMonths.includes(Number(month.slice(1)))) gaps.push({ communityId, schoolYear, month: calendar, kind: 'empty' });
      } else if (calendar < current && !held.has(`${communityId}|${calendar}`)) {
        gaps.push({ communityId, schoolYear, month: calendar, kind: 'notHeld' });
      }
    }
  }
  return gaps;
}
