/**
 * «Педагог» at a glance: the teacher's programmes, sessions, achievements and documents as short
 * lists, newest first, from tabs the page has already read (no further reads). A reference typed
 * by hand (a name with no id) counts when the name is the teacher's and no one else's.
 */
import { normalizeLabel } from '../domain/option-set';
import * as O from '../domain/options';
import { RU } from '../text/ru';
import type { Teacher } from '../domain/records';
import type { LocalDate } from '../domain/local-date';
import { nearestToDay } from '../domain/nearest';
import { issuesText, unreadableRows } from '../workbook/unreadable';
import { splitList } from '../workbook/cells';
import type { LoadedTab } from '../workbook/repo';

/** Each list shows this many; `total` says how many there are. */
export const GLANCE_LIMIT = 5;

export type GlanceList<T> = { items: T[]; total: number };

/** Dates as "yyyy-MM-dd" (plain strings: a branded LocalDate does not cross the wire type). */
export type TeacherGlance = {
  /** `problem`: the row has a cell the add-on cannot read; listed read-only with a link to the cell. */
  programmes: GlanceList<{ id: string; status: string; start: string; end: string; lead: string; problem?: { note: string; tab: string; cell: string } }>;
  sessions: GlanceList<{ id: string; date: string; kind: string; topic: string; status: string; asLeader: boolean }>;
  achievements: GlanceList<{ id: string; date: string; kind: string; title: string; level: string; result: string }>;
  documents: GlanceList<{ id: string; kind: string; title: string; url: string; created: string }>;
};

export interface GlanceTabs {
  teachers: LoadedTab<'teachers'>;
  programmes: LoadedTab<'programmes'>;
  sessions: LoadedTab<'sessions'>;
  achievements: LoadedTab<'achievements'>;
  documents: LoadedTab<'documents'>;
}

/** Whether a reference (its id, or failing that its visible name) points at `teacher`. */
export function refersTo(teacher: Teacher, teachers: LoadedTab<'teachers'>): (id: string | null, name: string | null) => boolean {
  const own = normalizeLabel(teacher.fullName);
  const namesake = teachers.records.filter((r) => normalizeLabel(r.value.fullName) === own).length > 1;
  return (id, name) => (id ? id === teacher.id : !namesake && name !== null && normalizeLabel(name) === own);
}

/** The same for a list reference ("a; b" names beside an id list). */
function listRefersTo(matches: ReturnType<typeof refersTo>): (ids: readonly string[], names: string | null) => boolean {
  return (ids, names) => (ids.length > 0 ? ids.some((id) => matches(id, null)) : splitList(names ?? '').some((n) => matches(null, n)));
}

function newest<T>(items: T[], day: (item: T) => string): GlanceList<T> {
  const sorted = [...items].sort((a, b) => (day(a) < day(b) ? 1 : day(a) > day(b) ? -1 : 0));
  return { items: sorted.slice(0, GLANCE_LIMIT), total: items.length };
}

/** A status as shown: its label, or the unreadable cell's text as typed. */
function statusOf(value: unknown, raw: unknown): string {
  const keys = O.PROGRAMME_STATUSES.keys as readonly string[];
  return typeof value === 'string' && keys.includes(value) ? O.PROGRAMME_STATUSES.label(value as (typeof O.PROGRAMME_STATUSES.keys)[number]) : String(raw ?? '');
}

/** Sessions run into the future (a monthly series): the list shows those nearest today. */
function nearest<T>(items: T[], day: (item: T) => string, today: LocalDate): GlanceList<T> {
  return { items: nearestToDay(items, day, today, GLANCE_LIMIT), total: items.length };
}

export function teacherGlance(teacher: Teacher, tabs: GlanceTabs, today: LocalDate): TeacherGlance {
  const matches = refersTo(teacher, tabs.teachers);
  const inList = listRefersTo(matches);
  const nameOf = (id: string | null, name: string | null) => (id ? (tabs.teachers.byId.get(id)?.value.fullName ?? name ?? id) : (name ?? ''));

  const programmes = tabs.programmes.records.map((r) => r.value).filter((p) => matches(p.teacherId, p.teacherName));
  const text = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
  const unreadable = unreadableRows(tabs.programmes).filter((r) => matches(text(r.values.teacherId), text(r.values.teacherName)));
  const programmeIds = new Set([...programmes.map((p) => p.id), ...unreadable.map((r) => r.id).filter((id): id is string => !!id)]);
  const sessions = tabs.sessions.records
    .map((r) => r.value)
    .filter((s) => matches(s.leaderId, s.leaderName) || inList(s.participantsIds, s.participantsNames));
  const achievements = tabs.achievements.records.map((r) => r.value).filter((a) => matches(a.teacherId, a.teacherName));
  const documents = tabs.documents.records.map((r) => r.value).filter((d) => d.recordId !== null && (d.recordId === teacher.id || programmeIds.has(d.recordId)));

  return {
    programmes: newest(
      [
        ...programmes.map((p) => ({ id: p.id, status: O.PROGRAMME_STATUSES.label(p.status), start: p.start, end: p.end, lead: nameOf(p.leadId, p.leadName) })),
        ...unreadable.map((r) => ({
          id: r.id ?? '',
          status: statusOf(r.values.status, r.raw.status),
          start: text(r.values.start) ?? '',
          end: text(r.values.end) ?? '',
          lead: nameOf(text(r.values.leadId), text(r.values.leadName)),
          problem: { note: RU.problems.unreadableNote(issuesText(r.issues)), tab: r.issues[0]?.tab ?? '', cell: r.issues[0]?.cell ?? '' },
        })),
      ],
      (p) => p.start,
    ),
    sessions: nearest(
      sessions.map((s) => ({
        id: s.id,
        date: s.date,
        kind: O.SESSION_KINDS.label(s.kind),
        topic: s.topic,
        status: O.SESSION_STATUSES.label(s.status),
        asLeader: matches(s.leaderId, s.leaderName),
      })),
      (s) => s.date,
      today,
    ),
    achievements: newest(
      achievements.map((a) => ({
        id: a.id,
        date: a.date,
        kind: O.ACHIEVEMENT_KINDS.label(a.kind),
        title: a.title,
        level: a.level ? O.ACHIEVEMENT_LEVELS.label(a.level) : '',
        result: a.result ? O.ACHIEVEMENT_RESULTS.label(a.result) : '',
      })),
      (a) => a.date,
    ),
    documents: newest(
      documents.map((d) => ({ id: d.id, kind: O.DOCUMENT_KINDS.label(d.kind), title: d.title, url: d.url, created: d.created })),
      (d) => d.created,
    ),
  };
}
