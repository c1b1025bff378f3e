/**
 * Each tab's rules beyond single cells: what a careful methodist would notice reading the rows.
 * Errors make the data wrong; warnings point at something probably forgotten.
 */
import { RU } from '../text/ru';
import { addMonths, compareDays, formatRu, type LocalDate } from '../domain/local-date';
import type { TabKey } from './columns';
import type { SheetRecord } from './read';
import { slotKey } from '../domain/session-rules';
import { coachMarkConflict, coachRefusal, isMarkedCoach } from '../domain/coach';
import { VALUE_RULES } from './rules-values';

type Values = Record<string, unknown>;

export interface Finding {
  /** Key of the column to point at. */
  column: string;
  message: string;
  severity?: 'error' | 'warning';
}

export interface RuleContext {
  indexes: { has(tab: TabKey, id: string): boolean; get(tab: TabKey, id: string): Values | undefined };
  /** The spreadsheet's today, for what cannot have happened yet; absent, those rules stay silent. */
  today?: LocalDate;
}

export type Rule = (values: Values, context: RuleContext) => Finding[];

const day = (v: unknown): LocalDate | null => (typeof v === 'string' && v ? (v as LocalDate) : null);
const before = (a: unknown, b: unknown): boolean => {
  const x = day(a);
  const y = day(b);
  return !!x && !!y && compareDays(x, y) < 0;
};
const when = (condition: boolean, finding: Finding): Finding[] => (condition ? [finding] : []);
const warn = (column: string, message: string): Finding => ({ column, message, severity: 'warning' });
const future = (v: unknown, c: RuleContext): boolean => !!c.today && before(c.today, v);

const OWN_RULES: Partial<Record<TabKey, Rule[]>> = {
  teachers: [
    (v) => when(typeof v.schoolExperience === 'number' && typeof v.totalExperience === 'number' && v.schoolExperience > v.totalExperience, warn('schoolExperience', RU.problems.schoolOverTotalExperience)),
    (v) => when(typeof v.load === 'number' && typeof v.totalLoad === 'number' && v.load > v.totalLoad, warn('load', RU.problems.loadOverTotal)),
    (v) => when(v.role === 'coach' && !isMarkedCoach(v.coachBasis), warn('coachBasis', RU.problems.coachRoleUnmarked)),
    (v) => when(coachMarkConflict(String(v.role ?? ''), typeof v.coachBasis === 'string' ? v.coachBasis : null), { column: 'coachBasis', message: RU.problems.studentCoach }),
  ],
  programmes: [
    (v) => when(before(v.end, v.start), { column: 'end', message: RU.problems.endBeforeStart('Окончание', 'Начало') }),
    (v) => when(before(v.start, v.decisionDate), warn('decisionDate', RU.problems.decisionAfterStart)),
    (v) => when(v.status === 'completed' && !v.outcome, warn('outcome', RU.problems.conclusionMissing)),
    (v) => when(v.problemsResult === 'notResolved' && !v.unresolvedProblems, { column: 'unresolvedProblems', message: RU.problems.unresolvedNotNamed }),
    (v) => when(Array.isArray(v.needs) && v.needs.includes('anotherRoute') && !v.anotherRouteReason, { column: 'anotherRouteReason', message: RU.problems.anotherRouteReason }),
    (v) => when(!!v.teacherId && v.teacherId === v.leadId, { column: 'leadName', message: RU.problems.selfSupport }),
  ],
  planItems: [
    (v) => when(v.status === 'done' && !v.doneDate, warn('doneDate', RU.problems.doneWithoutDate)),
    (v, c) => {
      const programme = typeof v.programmeId === 'string' ? c.indexes.get('programmes', v.programmeId) : undefined;
      if (!programme) return [];
      return when(before(v.deadline, programme.start) || before(programme.end, v.deadline), warn('deadline', RU.problems.deadlineOutsideProgramme));
    },
  ],
  sessions: [
    (v) => when(typeof v.startTime === 'string' && typeof v.endTime === 'string' && v.endTime <= v.startTime, { column: 'endTime', message: RU.problems.endBeforeStart('Окончание', 'Начало') }),
    (v) =>
      when(
        ['communityMeeting', 'skillsClubEvent', 'departmentMeeting'].includes(String(v.kind)) && !v.communityId && !v.communityName,
        { column: 'communityName', message: RU.problems.communityRequired },
      ),
    (v) => when(v.format === 'individual' && Array.isArray(v.participantsIds) && v.participantsIds.length > 1, warn('participantsNames', RU.problems.individualWithMany)),
    // 000 I.3: typed by hand past the page, a coach who is not marked as one, or coaching herself.
    (v, c) => {
      const leaderId = typeof v.leaderId === 'string' && v.leaderId ? v.leaderId : null;
      const people = Array.isArray(v.participantsIds) ? v.participantsIds.filter((p): p is string => typeof p === 'string') : [];
      const refusal = coachRefusal({ kind: String(v.kind), leaderId, participantsIds: people }, (id) => c.indexes.get('teachers', id)?.coachBasis);
      // An id of no teacher is the references' check to report.
      if (!refusal || !leaderId || !c.indexes.has('teachers', leaderId)) return [];
      const name = typeof v.leaderName === 'string' && v.leaderName ? v.leaderName : leaderId;
      return [{ column: 'leaderName', message: refusal === 'ownCoach' ? RU.problems.ownCoach(name) : RU.problems.coachNotMarked(name) }];
    },
    // Typed by hand past the page's refusal: a meeting «проведена» early never gets its notice (003 §5.2).
    (v, c) => when(v.status === 'held' && future(v.date, c), { column: 'status', message: RU.problems.heldInFuture(formatRu(v.date as LocalDate)) }),
  ],
  protocols: [(v, c) => when(future(v.date, c), { column: 'date', message: RU.problems.protocolInFuture(formatRu(v.date as LocalDate)) })],
  members: [(v) => when(before(v.until, v.since), { column: 'until', message: RU.problems.untilBeforeSince })],
  decisions: [
    (v, c) => {
      const protocol = typeof v.protocolId === 'string' ? c.indexes.get('protocols', v.protocolId) : undefined;
      return when(!!protocol && before(v.deadline, protocol.date), warn('deadline', RU.problems.decisionDeadlineBeforeMeeting));
    },
  ],
  documents: [
    (v) => {
      const created = day(v.created);
      return when(!!created && before(v.keepUntil, addMonths(created, 60)), { column: 'keepUntil', message: RU.problems.keepTooShort });
    },
  ],
};

/** Each tab's rules: its own, then those of values no one means (rules-values.ts). */
export const RULES: Partial<Record<TabKey, Rule[]>> = Object.fromEntries(
  [...new Set([...Object.keys(OWN_RULES), ...Object.keys(VALUE_RULES)])].map((t) => [t, [...(OWN_RULES[t as TabKey] ?? []), ...(VALUE_RULES[t as TabKey] ?? [])]]),
);

export interface RowFinding extends Finding {
  record: SheetRecord;
}

/** Rules over a whole tab: uniqueness that two rows together break. */
export type TabRule = (records: readonly SheetRecord[], cellOf: (record: SheetRecord, column: string) => string) => RowFinding[];

/** Flags each record whose key (when not null) an earlier record already had. */
function uniqueBy(key: (v: Values) => string | null, column: string, message: (v: Values, otherCell: string) => string): TabRule {
  return (records, cellOf) => {
    const first = new Map<string, SheetRecord>();
    const found: RowFinding[] = [];
    for (const record of records) {
      const k = key(record.values);
      if (k === null) continue;
      const earlier = first.get(k);
      if (earlier) found.push({ record, column, message: message(record.values, cellOf(earlier, column)) });
      else first.set(k, record);
    }
    return found;
  };
}

/** A session's slot (kind, people, day, time); a cancelled or undated row has none. */
function sessionSlot(v: Values): string | null {
  const date = day(v.date);
  if (!date || v.status === 'cancelled' || typeof v.kind !== 'string') return null;
  const id = (x: unknown) => (typeof x === 'string' && x ? x : null);
  const people = Array.isArray(v.participantsIds) ? v.participantsIds.filter((p): p is string => typeof p === 'string') : [];
  return slotKey({ kind: v.kind, leaderId: id(v.leaderId), participantsIds: people, communityId: id(v.communityId), date, startTime: id(v.startTime) });
}

/** What makes a row unique in its tab: the key (null for none), the cell to point at, the message. */
export interface UniqueKey {
  key: (v: Values) => string | null;
  column: string;
  message: (v: Values, otherCell: string) => string;
}

/** The uniqueness rules as keys, so a check done in parts can compare keys across the parts. */
export const UNIQUE_KEYS: Partial<Record<TabKey, UniqueKey[]>> = {
  // A series scheduled twice: each copy would be in the monthly plan and the reminders again.
  sessions: [{ key: sessionSlot, column: 'date', message: (_v, other) => RU.problems.duplicateSession(other) }],
  teachers: [{ key: (v) => (typeof v.email === 'string' ? v.email : null), column: 'email', message: (v, other) => RU.problems.duplicateEmail(String(v.email), other) }],
  // 003 §5.2: protocols are numbered within a community and a school year.
  protocols: [
    {
      key: (v) => (typeof v.number === 'number' && v.communityId ? `${String(v.communityId)}|${String(v.schoolYear)}|${v.number}` : null),
      column: 'number',
      message: (v, other) => RU.problems.duplicateProtocolNumber(Number(v.number), other),
    },
  ],
};

export const TAB_RULES: Partial<Record<TabKey, TabRule[]>> = Object.fromEntries(
  Object.entries(UNIQUE_KEYS).map(([tab, keys]) => [tab, keys.map((u) => uniqueBy(u.key, u.column, u.message))]),
);
