/**
 * The data check's side of domain/sane-values.ts: what a page refuses is reported when typed into
 * a tab by hand, on the cell to fix.
 */
import { formatRu, isLocalDate, schoolYearOf, type LocalDate } from '../domain/local-date';
import { leaderAmongParticipants, MAX_PROGRAMME_MONTHS, outOfRange, programmeFits, programmeTooLong, protocolYearDiffers, saneDays, schoolYearOutOfRange } from '../domain/sane-values';
import { schoolYearsOf, VALUES_RU } from '../text/values-ru';
import type { TabKey } from './columns';
import type { Finding, Rule } from './rules';
import { TABS } from './tabs';

const P = VALUES_RU.problems;
const day = (v: unknown): LocalDate | null => (typeof v === 'string' && isLocalDate(v) ? v : null);
const ids = (v: unknown): string[] => (Array.isArray(v) ? v.filter((p): p is string => typeof p === 'string') : []);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * Dates bound otherwise: a programme's end and its items' deadlines by its start and length; the
 * register's «Хранить до» is five years ahead by rule.
 */
const BOUND_ELSEWHERE = new Set(['programmes.end', 'planItems.deadline', 'documents.keepUntil']);
/** What the add-on alone writes, and «Настройки», whose dates are the regulation's own. */
const NOT_CHECKED = new Set<TabKey>(['log', 'mailings', 'settings']);

/** Each date column of a tab within the sane range; silent without the book's today. */
function datesInRange(tab: TabKey): Rule {
  const columns = TABS[tab].columns.filter((c) => c.kind.type === 'date' && !BOUND_ELSEWHERE.has(`${tab}.${c.key}`)).map((c) => c.key);
  return (v, c) => {
    if (!c.today) return [];
    const today = c.today;
    const { from, to } = saneDays(today);
    const out: Finding[] = [];
    for (const column of columns) {
      const d = day(v[column]);
      if (d && outOfRange(d, today)) out.push({ column, message: P.dateOutside(formatRu(from), formatRu(to)) });
    }
    return out;
  };
}

/** A «Учебный год» cell («2200/2201») within the range. */
function schoolYearInRange(v: Record<string, unknown>, today: LocalDate | undefined): Finding[] {
  if (!today || typeof v.schoolYear !== 'string' || !schoolYearOutOfRange(v.schoolYear, today)) return [];
  const { from, to } = schoolYearsOf(today);
  return [{ column: 'schoolYear', message: P.schoolYearOutside(from, to) }];
}

const OWN: Partial<Record<TabKey, Rule[]>> = {
  classes: [(v, c) => schoolYearInRange(v, c.today)],
  programmes: [
    (v) => {
      const start = day(v.start);
      const end = day(v.end);
      return start && end && programmeTooLong(start, end) ? [{ column: 'end', message: P.programmeTooLong(MAX_PROGRAMME_MONTHS / 12) }] : [];
    },
  ],
  sessions: [
    // A coach among her own session's people is the coach rule's finding (rules.ts).
    (v) => (text(v.kind) !== 'coaching' && leaderAmongParticipants(text(v.kind), text(v.leaderId) || null, ids(v.participantsIds)) ? [{ column: 'participantsNames', message: P.leaderIsParticipant(text(v.leaderName) || text(v.leaderId)) }] : []),
    // The programme's teacher must be among the people: else the session shows in her e-mail.
    (v, c) => {
      const programme = typeof v.programmeId === 'string' ? c.indexes.get('programmes', v.programmeId) : undefined;
      const teacherId = programme && typeof programme.teacherId === 'string' ? programme.teacherId : null;
      if (!teacherId || programmeFits(ids(v.participantsIds), teacherId)) return [];
      return [{ column: 'programmeName', message: P.programmeOfOther(text(programme!.teacherName) || teacherId, text(v.participantsNames)) }];
    },
  ],
  protocols: [
    (v, c) => schoolYearInRange(v, c.today),
    (v, c) => {
      const meeting = typeof v.sessionId === 'string' ? day(c.indexes.get('sessions', v.sessionId)?.date) : null;
      const date = day(v.date);
      return meeting && date && protocolYearDiffers(date, meeting) ? [{ column: 'date', message: P.protocolOtherYear(formatRu(meeting), schoolYearOf(meeting)) }] : [];
    },
  ],
};

/** The rules of values no one means, by tab. */
export const VALUE_RULES: Partial<Record<TabKey, Rule[]>> = Object.fromEntries(
  (Object.keys(TABS) as TabKey[]).filter((t) => !NOT_CHECKED.has(t)).map((t) => [t, [datesInRange(t), ...(OWN[t] ?? [])]]),
);
