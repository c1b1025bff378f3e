/**
 * What «Сводка» needs of the sessions, folded block by block: a region's 60,000 sessions are read
 * in parts (one execution each), each part tallies its rows, and the tallies merge into what one
 * pass over the whole tab gives. The figures are recounted from the rows every time, so a row the
 * deputy edits by hand is counted as it now stands. Pure and JSON-safe: the sidebar keeps the
 * tallies between parts and ships this file.
 */
import { z } from 'zod';
import { makeLocalDate, schoolYearOf, type LocalDate } from './local-date';
import { isCommunityKind } from './meetings';
import { SESSION_KINDS } from './options';
import type { Session } from './records';

/** The columns of «Сессии и встречи» the dashboard and the rollup read (the tab is read by them only). */
export const DASHBOARD_SESSION_FIELDS = ['id', 'kind', 'status', 'date', 'startTime', 'endTime', 'communityId', 'leaderId', 'participantsIds', 'postReleaseUrl'] as const;
export type DashboardSession = Pick<Session, (typeof DASHBOARD_SESSION_FIELDS)[number]>;

type SessionKind = (typeof SESSION_KINDS.keys)[number];

export function yearBounds(schoolYear: string): { start: LocalDate; end: LocalDate } {
  const first = Number(schoolYear.slice(0, 4));
  return { start: makeLocalDate(first, 9, 1)!, end: makeLocalDate(first + 1, 8, 31)! };
}

/** Minutes between "HH:mm" times; null when either is missing or the end is not after the start. */
export function minutesBetween(start: string | null, end: string | null): number | null {
  if (!start || !end) return null;
  const toMin = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const span = toMin(end) - toMin(start);
  return span > 0 ? span : null;
}

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Count = z.number().int().min(0);

/**
 * Lists of pairs rather than objects keyed by ids: an id is whatever was typed into the sheet, and
 * an object key such as "__proto__" would not survive.
 */
export const SessionTally = z
  .object({
    /** Held sessions of the school year up to `today`: [month "2026-09", kind, count]. */
    byMonth: z.array(z.tuple([z.string().max(7), z.enum(SESSION_KINDS.keys), Count])),
    coachingMinutesYear: Count,
    coachingMinutesMonth: Count,
    /** Held coaching sessions with no start or end time. */
    coachingWithoutTimes: Count,
    /** Held community meetings: [communityId, month, count]. */
    meetings: z.array(z.tuple([z.string(), z.string().max(7), Count])),
    /** Each held community meeting's id and "communityId|month", to tell which protocols it covers. */
    meetingSlots: z.array(z.tuple([z.string(), z.string()])),
    /** A teacher's last held session (as leader or participant) up to `today`: [teacherId, day]. */
    lastActivity: z.array(z.tuple([z.string(), Day])),
  })
  .strict();
export type SessionTally = z.infer<typeof SessionTally>;

export const EMPTY_TALLY: SessionTally = { byMonth: [], coachingMinutesYear: 0, coachingMinutesMonth: 0, coachingWithoutTimes: 0, meetings: [], meetingSlots: [], lastActivity: [] };

export const slotOf = (communityId: string, month: string): string => `${communityId}|${month}`;

/** One block of sessions' figures, as of `today`. */
export function tallySessions(sessions: readonly DashboardSession[], today: LocalDate): SessionTally {
  const { start, end } = yearBounds(schoolYearOf(today));
  const month = today.slice(0, 7);
  const byMonth = new Counter();
  const meetings = new Counter();
  const meetingSlots: Array<[string, string]> = [];
  const last = new Map<string, string>();
  const touch = (id: string | null, day: string) => {
    if (id && day <= today && (last.get(id) ?? '') < day) last.set(id, day);
  };
  const tally = { ...EMPTY_TALLY };
  for (const s of sessions) {
    if (s.status !== 'held') continue;
    touch(s.leaderId, s.date);
    for (const id of s.participantsIds) touch(id, s.date);
    if (s.date < start || s.date > end || s.date > today) continue;
    const m = s.date.slice(0, 7);
    byMonth.add([m, s.kind]);
    if (s.kind === 'coaching') {
      const minutes = minutesBetween(s.startTime, s.endTime);
      if (minutes === null) tally.coachingWithoutTimes++;
      else {
        tally.coachingMinutesYear += minutes;
        if (m === month) tally.coachingMinutesMonth += minutes;
      }
    }
    if (s.communityId && isCommunityKind(s.kind)) {
      meetings.add([s.communityId, m]);
      if (s.id) meetingSlots.push([s.id, slotOf(s.communityId, m)]);
    }
  }
  return {
    ...tally,
    byMonth: byMonth.entries() as SessionTally['byMonth'],
    meetings: meetings.entries() as SessionTally['meetings'],
    meetingSlots,
    lastActivity: [...last] as SessionTally['lastActivity'],
  };
}

/** Two blocks' tallies as one: counts add up, a teacher's last day is the later one. */
export function mergeTallies(a: SessionTally, b: SessionTally): SessionTally {
  const byMonth = new Counter(a.byMonth);
  for (const [m, kind, n] of b.byMonth) byMonth.add([m, kind], n);
  const meetings = new Counter(a.meetings);
  for (const [c, m, n] of b.meetings) meetings.add([c, m], n);
  const last = new Map(a.lastActivity);
  for (const [id, day] of b.lastActivity) if ((last.get(id) ?? '') < day) last.set(id, day);
  return {
    byMonth: byMonth.entries() as SessionTally['byMonth'],
    coachingMinutesYear: a.coachingMinutesYear + b.coachingMinutesYear,
    coachingMinutesMonth: a.coachingMinutesMonth + b.coachingMinutesMonth,
    coachingWithoutTimes: a.coachingWithoutTimes + b.coachingWithoutTimes,
    meetings: meetings.entries() as SessionTally['meetings'],
    meetingSlots: [...a.meetingSlots, ...b.meetingSlots],
    lastActivity: [...last] as SessionTally['lastActivity'],
  };
}

/** The tally read back for the figures. */
export interface TallyView {
  held(month: string, kind: SessionKind): number;
  meetings(communityId: string, month: string): number;
  /** Whether a protocol's session is a held meeting of that community in that month. */
  coversProtocol(sessionId: string, communityId: string, month: string): boolean;
  lastActivity: Map<string, LocalDate>;
}

export function viewTally(t: SessionTally): TallyView {
  const byMonth = new Counter(t.byMonth);
  const meetings = new Counter(t.meetings);
  const slots = new Map<string, Set<string>>();
  for (const [id, slot] of t.meetingSlots) slots.set(id, (slots.get(id) ?? new Set()).add(slot));
  return {
    held: (month, kind) => byMonth.get([month, kind]),
    meetings: (communityId, month) => meetings.get([communityId, month]),
    coversProtocol: (sessionId, communityId, month) => !!slots.get(sessionId)?.has(slotOf(communityId, month)),
    lastActivity: new Map(t.lastActivity as Array<[string, LocalDate]>),
  };
}

/** Counts by a pair of keys, kept as [key, key, count] triples. */
class Counter {
  private readonly counts = new Map<string, { keys: [string, string]; n: number }>();

  constructor(triples: ReadonlyArray<readonly [string, string, number]> = []) {
    for (const [x, y, n] of triples) this.add([x, y], n);
  }

  add(keys: [string, string], n = 1): void {
    const id = `${keys[0]}\u0000${keys[1]}`;
    const entry = this.counts.get(id);
    if (entry) entry.n += n;
    else this.counts.set(id, { keys, n });
  }

  get(keys: [string, string]): number {
    return this.counts.get(`${keys[0]}\u0000${keys[1]}`)?.n ?? 0;
  }

  entries(): Array<[string, string, number]> {
    return [...this.counts.values()].map(({ keys, n }) => [keys[0], keys[1], n]);
  }
}
