/**
 * The deputy's overview («Сводка») as plain figures for the school year and month `today` falls
 * in: who is supported, how programmes stand and ended (the conclusion's grades, 002 §5.4), plan
 * items, sessions and coaching hours (000), community regularity against the monthly floor
 * (003 §5.2, 004 §4.2), silent teachers, and achievements (001 §3.4). Pure: tabs in, numbers out.
 */
import { addDays, addMonths, makeLocalDate, schoolYearOf, type LocalDate } from './local-date';
import { minimumApplies } from './minimum-months';
import type { MEETING_FREQUENCIES } from './options';
import { ACHIEVEMENT_KINDS, ACHIEVEMENT_LEVELS, CONCLUSION_OUTCOMES, PROGRAMME_STATUSES, SESSION_KINDS } from './options';
import type { Achievement, Community, CommunityMember, Feedback, PlanItem, Protocol, SelfDiagnosis, SupportProgramme, Teacher } from './records';
import { tallySessions, viewTally, yearBounds, type DashboardSession, type SessionTally, type TallyView } from './session-tally';

export { DASHBOARD_SESSION_FIELDS, minutesBetween, yearBounds, type DashboardSession } from './session-tally';

/**
 * The columns of each tab the figures read: the dashboard reads only these (a region's tabs whole
 * are a million cells), and the types below keep the figures from using any other.
 */
export const DASHBOARD_FIELDS = {
  teachers: ['id', 'fullName'],
  programmes: ['id', 'status', 'start', 'end', 'teacherId', 'outcome'],
  planItems: ['programmeId', 'status', 'deadline', 'doneDate'],
  communities: ['id', 'name', 'kind', 'frequency'],
  members: ['communityId', 'teacherId', 'since', 'until'],
  protocols: ['communityId', 'sessionId', 'date', 'presentIds'],
  achievements: ['teacherId', 'date', 'kind', 'level', 'result'],
  selfDiagnoses: ['teacherId', 'date'],
  feedback: ['teacherId', 'date'],
} as const;

type Fields<T, K extends keyof typeof DASHBOARD_FIELDS> = Pick<T, (typeof DASHBOARD_FIELDS)[K][number] & keyof T>;

export interface DashboardInput {
  today: LocalDate;
  teachers: Array<Fields<Teacher, 'teachers'>>;
  programmes: Array<Fields<SupportProgramme, 'programmes'>>;
  planItems: Array<Fields<PlanItem, 'planItems'>>;
  sessions: DashboardSession[];
  communities: Array<Fields<Community, 'communities'>>;
  members: Array<Fields<CommunityMember, 'members'>>;
  protocols: Array<Fields<Protocol, 'protocols'>>;
  achievements: Array<Fields<Achievement, 'achievements'>>;
  selfDiagnoses: Array<Fields<SelfDiagnosis, 'selfDiagnoses'>>;
  feedback: Array<Fields<Feedback, 'feedback'>>;
  /** The months the communities' minimum applies in (minimum-months.ts), from «Настройки». */
  minimumMonths: readonly number[];
}

/** Every tab but the sessions, which come as a tally (session-tally.ts). */
export type DashboardTabs = Omit<DashboardInput, 'sessions'>;

type SessionKind = (typeof SESSION_KINDS.keys)[number];
type ProgrammeStatus = (typeof PROGRAMME_STATUSES.keys)[number];
type Outcome = (typeof CONCLUSION_OUTCOMES.keys)[number];
type AchievementKind = (typeof ACHIEVEMENT_KINDS.keys)[number];
type Level = (typeof ACHIEVEMENT_LEVELS.keys)[number];

export interface MonthKey {
  /** "2026-09" */
  month: string;
  first: LocalDate;
}

export interface Dashboard {
  today: LocalDate;
  schoolYear: string;
  /** September of the school year up to the current month. */
  months: MonthKey[];
  /** The months a community's minimum is counted in (others are never «ниже минимума»). */
  minimumMonths: readonly number[];
  teachersSupportedYear: number;
  teachersSupportedMonth: number;
  programmesByStatus: Record<ProgrammeStatus, number>;
  /** Programmes of the year with a conclusion, by its first grade; `none`: ended without one. */
  programmesByOutcome: Record<Outcome | 'none', number>;
  planItems: { total: number; done: number; overdue: number; doneThisMonth: number };
  /** Held sessions per month (same order as `months`) and kind. */
  sessionsByMonth: Array<Record<SessionKind, number>>;
  sessionsHeldYear: number;
  sessionsHeldMonth: number;
  coachingHoursYear: number;
  coachingHoursMonth: number;
  /** Held coaching sessions with no start or end time: their hours are unknown. */
  coachingWithoutTimes: number;
  communities: Array<{ id: string; name: string; minimum: number; perMonth: number[]; monthsBelow: number }>;
  silentTeachers: Array<{ id: string; name: string; lastActivity: LocalDate | null }>;
  achievementsByKind: Record<AchievementKind, number>;
  contestsByLevel: Record<Level | 'none', number>;
  contestWins: number;
}

/** Meetings a month a community's own frequency asks for; never below the regulations' one. */
export const MONTHLY_MINIMUM: Record<(typeof MEETING_FREQUENCIES.keys)[number], number> = { monthly: 1, twiceMonthly: 2, weekly: 4 };

/** How long without any activity makes a supported teacher "silent". */
export const SILENCE_MONTHS = 2;

export function monthsUpTo(start: LocalDate, today: LocalDate): MonthKey[] {
  const out: MonthKey[] = [];
  for (let first = start; first <= today && out.length < 12; first = addMonths(first, 1)) out.push({ month: first.slice(0, 7), first });
  return out;
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

const overlaps = (p: { start: LocalDate; end: LocalDate }, from: LocalDate, to: LocalDate) => p.start <= to && p.end >= from;

export function computeDashboard(input: DashboardInput): Dashboard {
  return dashboardOf(input, tallySessions(input.sessions, input.today));
}

/** The figures from the tabs and the sessions' tally (one pass, or parts merged). */
export function dashboardOf(input: DashboardTabs, tally: SessionTally): Dashboard {
  const { today } = input;
  const sessions = viewTally(tally);
  const schoolYear = schoolYearOf(today);
  const { start, end } = yearBounds(schoolYear);
  const months = monthsUpTo(start, today);
  const monthStart = makeLocalDate(Number(today.slice(0, 4)), Number(today.slice(5, 7)), 1)!;
  const monthEnd = addMonths(monthStart, 1);
  const inYear = (d: LocalDate) => d >= start && d <= end;
  const inMonth = (d: LocalDate) => d >= monthStart && d < monthEnd;

  // Programmes that belong to this year: not drafts, and running at some point in it.
  const programmes = input.programmes.filter((p) => p.status !== 'draft' && overlaps(p, start, end));
  const running = (from: LocalDate, to: LocalDate) => new Set(programmes.filter((p) => p.status === 'active' || p.status === 'completed').filter((p) => overlaps(p, from, to)).flatMap((p) => (p.teacherId ? [p.teacherId] : [])));
  const programmesByStatus = zeros(PROGRAMME_STATUSES.keys);
  for (const p of input.programmes) if (overlaps(p, start, end)) programmesByStatus[p.status]++;
  const programmesByOutcome = { ...zeros(CONCLUSION_OUTCOMES.keys), none: 0 };
  for (const p of programmes) {
    if (p.outcome) programmesByOutcome[p.outcome]++;
    else if (p.status === 'completed' || p.status === 'stopped') programmesByOutcome.none++;
  }

  const programmeIds = new Set(programmes.map((p) => p.id));
  const items = input.planItems.filter((i) => i.programmeId !== null && programmeIds.has(i.programmeId) && inYear(i.deadline));
  const planItems = {
    total: items.length,
    done: items.filter((i) => i.status === 'done').length,
    overdue: items.filter((i) => i.status !== 'done' && i.deadline < today).length,
    doneThisMonth: items.filter((i) => i.status === 'done' && i.doneDate !== null && inMonth(i.doneDate)).length,
  };

  // The tally counts held sessions of the year up to today, all of them in `months`.
  const sessionsByMonth = months.map((m) => {
    const counts = zeros(SESSION_KINDS.keys);
    for (const kind of SESSION_KINDS.keys) counts[kind] = sessions.held(m.month, kind);
    return counts;
  });
  const heldIn = (i: number) => SESSION_KINDS.keys.reduce((sum, kind) => sum + sessionsByMonth[i]![kind], 0);

  const communities = input.communities.map((c) => {
    const perMonth = months.map((m) => meetingsIn(c.id, m.month, sessions, input.protocols, today));
    const minimum = MONTHLY_MINIMUM[c.frequency];
    // The current month is still open: it is shown but not yet counted as a shortfall.
    const monthsBelow = perMonth.filter((n, i) => months[i]!.month < today.slice(0, 7) && minimumApplies(months[i]!.month, input.minimumMonths) && n < minimum).length;
    return { id: c.id, name: c.name, minimum, perMonth, monthsBelow };
  });

  const yearAchievements = input.achievements.filter((a) => inYear(a.date) && a.date <= today);
  const achievementsByKind = zeros(ACHIEVEMENT_KINDS.keys);
  const contestsByLevel = { ...zeros(ACHIEVEMENT_LEVELS.keys), none: 0 };
  for (const a of yearAchievements) {
    achievementsByKind[a.kind]++;
    if (a.kind === 'contest') contestsByLevel[a.level ?? 'none']++;
  }

  return {
    today,
    schoolYear,
    months,
    minimumMonths: input.minimumMonths,
    teachersSupportedYear: running(start, end).size,
    teachersSupportedMonth: running(monthStart, addDays(monthEnd, -1)).size,
    programmesByStatus,
    programmesByOutcome,
    planItems,
    sessionsByMonth,
    sessionsHeldYear: months.reduce((sum, _m, i) => sum + heldIn(i), 0),
    sessionsHeldMonth: months.length && months.at(-1)!.month === today.slice(0, 7) ? heldIn(months.length - 1) : 0,
    coachingHoursYear: round1(tally.coachingMinutesYear / 60),
    coachingHoursMonth: round1(tally.coachingMinutesMonth / 60),
    coachingWithoutTimes: tally.coachingWithoutTimes,
    communities,
    silentTeachers: silentOf(input, sessions.lastActivity),
    achievementsByKind,
    contestsByLevel,
    contestWins: yearAchievements.filter((a) => a.kind === 'contest' && (a.result === 'winner' || a.result === 'prizeWinner')).length,
  };
}

/**
 * Meetings of a community in a month: its held community sessions, plus protocols not tied to one
 * of them (a protocol typed by hand for a meeting never entered as a session).
 */
function meetingsIn(communityId: string, month: string, sessions: TallyView, protocols: DashboardInput['protocols'], today: LocalDate): number {
  const extra = protocols.filter((p) => p.communityId === communityId && p.date.startsWith(month) && p.date <= today && !(p.sessionId && sessions.coversProtocol(p.sessionId, communityId, month)));
  return sessions.meetings(communityId, month) + extra.length;
}

/**
 * Teachers the work is about (an active programme, or a current community membership) with no
 * activity in the last two months: no held session as leader or participant, no plan item done,
 * no achievement, no questionnaire, no protocol marking them present.
 */
export function silentTeachers(input: DashboardInput): Array<{ id: string; name: string; lastActivity: LocalDate | null }> {
  return silentOf(input, viewTally(tallySessions(input.sessions, input.today)).lastActivity);
}

/** The same, the sessions' last days already known (`last` is extended with the other tabs'). */
function silentOf(input: DashboardTabs, last: Map<string, LocalDate>): Array<{ id: string; name: string; lastActivity: LocalDate | null }> {
  const { today } = input;
  const since = addMonths(today, -SILENCE_MONTHS);
  const watched = new Set<string>();
  for (const p of input.programmes) if (p.status === 'active' && p.teacherId && p.start <= today && p.end >= today) watched.add(p.teacherId);
  for (const m of input.members) if (m.teacherId && (!m.since || m.since <= today) && (!m.until || m.until >= today)) watched.add(m.teacherId);
  const touch = (id: string | null, day: LocalDate | null) => {
    if (!id || !day || day > today) return;
    if (!last.has(id) || last.get(id)! < day) last.set(id, day);
  };
  const owner = new Map(input.programmes.map((p) => [p.id, p.teacherId]));
  for (const i of input.planItems) if (i.status === 'done' && i.programmeId) touch(owner.get(i.programmeId) ?? null, i.doneDate);
  for (const a of input.achievements) touch(a.teacherId, a.date);
  for (const q of [...input.selfDiagnoses, ...input.feedback]) touch(q.teacherId, q.date);
  for (const p of input.protocols) for (const id of p.presentIds) touch(id, p.date);
  const names = new Map(input.teachers.map((t) => [t.id, t.fullName]));
  return [...watched]
    .filter((id) => names.has(id))
    .map((id) => ({ id, name: names.get(id)!, lastActivity: last.get(id) ?? null }))
    .filter((t) => t.lastActivity === null || t.lastActivity < since)
    .sort((a, b) => a.name.localeCompare(b.name, 'ru'));
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
