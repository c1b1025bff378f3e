/**
 * «Педагог» at a glance: the teacher's programmes, sessions, achievements and documents as short
 * lists, newest first, from the rows the page has already read (no further reads): views of the
 * tabs holding at least every row that may be the teacher's (the unit of work's parts). A reference typed
 * by hand (a name with no id) counts when the name is the teacher's and no one else's.
 */
import { normalizeLabel } from '../domain/option-set';
import * as O from '../domain/options';
import { RU } from '../text/ru';
import type { Teacher } from '../domain/records';
import type { LocalDate } from '../domain/local-date';
import { nearestToDay } from '../domain/nearest';
import { issuesText, unreadableRows, type UnreadableRow } from '../workbook/unreadable';
import type { OptionSet } from '../domain/option-set';
import { splitList } from '../workbook/cells';
import type { LoadedTab } from '../workbook/repo';
import type { TeacherNames } from '../workbook/unit';

/** Each list shows this many; `total` says how many there are. */
export const GLANCE_LIMIT = 5;

export type GlanceList<T> = { items: T[]; total: number };

/** A row with a cell the add-on cannot read: listed read-only, the problem named, a link to the cell. */
export type GlanceProblem = { note: string; tab: string; cell: string };

/** Dates as "yyyy-MM-dd" (plain strings: a branded LocalDate does not cross the wire type). */
export type TeacherGlance = {
  programmes: GlanceList<{ id: string; status: string; start: string; end: string; lead: string; problem?: GlanceProblem }>;
  sessions: GlanceList<{ id: string; date: string; kind: string; topic: string; status: string; asLeader: boolean; problem?: GlanceProblem }>;
  achievements: GlanceList<{ id: string; date: string; kind: string; title: string; level: string; result: string; problem?: GlanceProblem }>;
  documents: GlanceList<{ id: string; kind: string; title: string; url: string; created: string; problem?: GlanceProblem }>;
};

type Item<K extends keyof TeacherGlance> = TeacherGlance[K]['items'][number];

export interface GlanceTabs {
  teachers: TeacherNames;
  programmes: LoadedTab<'programmes'>;
  sessions: LoadedTab<'sessions'>;
  achievements: LoadedTab<'achievements'>;
  documents: LoadedTab<'documents'>;
}

/** Whether a reference (its id, or failing that its visible name) points at `teacher`. */
export function refersTo(teacher: Teacher, teachers: TeacherNames): (id: string | null, name: string | null) => boolean {
  const own = normalizeLabel(teacher.fullName);
  const namesake = teachers.records.filter((r) => normalizeLabel(r.value.fullName) === own).length > 1;
  return (id, name) => (id ? id === teacher.id : !namesake && name !== null && normalizeLabel(name) === own);
}

/** The same for a list reference ("a; b" names beside an id list). */
function listRefersTo(matches: ReturnType<typeof refersTo>): (ids: readonly string[], names: string | null) => boolean {
  return (ids, names) => (ids.length > 0 ? ids.some((id) => matches(id, null)) : splitList(names ?? '').some((n) => matches(null, n)));
}

function newest<T>(items: T[], day: (item: T) => string, limit = GLANCE_LIMIT): T[] {
  const sorted = [...items].sort((a, b) => (day(a) < day(b) ? 1 : day(a) > day(b) ? -1 : 0));
  return sorted.slice(0, limit);
}

/** An unreadable row as shown: each cell that reads, else its text as typed; an option by its label. */
function shownFrom(r: UnreadableRow) {
  const text = (key: string): string => {
    const v = r.values[key];
    if (typeof v === 'string') return v;
    const raw = r.raw[key];
    return typeof raw === 'string' || typeof raw === 'number' ? String(raw) : '';
  };
  const option = <K extends string>(set: OptionSet<K>, key: string): string => {
    const v = r.values[key];
    return typeof v === 'string' && (set.keys as readonly string[]).includes(v) ? set.label(v as K) : text(key);
  };
  /** Dates only when they read: a cell typed wrong is named by the problem, not shown as a date. */
  const day = (key: string): string => {
    const v = r.values[key];
    return typeof v === 'string' ? v : '';
  };
  const id = (key: string): string | null => (typeof r.values[key] === 'string' && r.values[key] ? (r.values[key] as string) : null);
  const ids = (key: string): string[] => (Array.isArray(r.values[key]) ? (r.values[key] as unknown[]).filter((v): v is string => typeof v === 'string') : []);
  const problem: GlanceProblem = { note: RU.problems.unreadableNote(issuesText(r.issues)), tab: r.issues[0]?.tab ?? '', cell: r.issues[0]?.cell ?? '' };
  return { text, option, day, id, ids, problem };
}

/** Unreadable rows first (never cut off by the limit), then the list's own choice of the rest. */
function withUnreadable<T>(broken: T[], list: (limit: number) => T[], total: number): GlanceList<T> {
  return { items: [...broken, ...list(Math.max(0, GLANCE_LIMIT - broken.length))], total: total + broken.length };
}

export function teacherGlance(teacher: Teacher, tabs: GlanceTabs, today: LocalDate): TeacherGlance {
  const matches = refersTo(teacher, tabs.teachers);
  const inList = listRefersTo(matches);
  const nameOf = (id: string | null, name: string | null) => (id ? (tabs.teachers.byId.get(id)?.value.fullName ?? name ?? id) : (name ?? ''));

  const programmes = tabs.programmes.records.map((r) => r.value).filter((p) => matches(p.teacherId, p.teacherName));
  const brokenProgrammes = unreadableRows(tabs.programmes)
    .map(shownFrom)
    .filter((r) => matches(r.id('teacherId'), r.text('teacherName') || null));
  const programmeIds = new Set([...programmes.map((p) => p.id), ...brokenProgrammes.map((r) => r.text('id')).filter(Boolean)]);
  const sessions = tabs.sessions.records
    .map((r) => r.value)
    .filter((s) => matches(s.leaderId, s.leaderName) || inList(s.participantsIds, s.participantsNames));
  const brokenSessions = unreadableRows(tabs.sessions)
    .map(shownFrom)
    .filter((r) => matches(r.id('leaderId'), r.text('leaderName') || null) || inList(r.ids('participantsIds'), r.text('participantsNames') || null));
  const achievements = tabs.achievements.records.map((r) => r.value).filter((a) => matches(a.teacherId, a.teacherName));
  const brokenAchievements = unreadableRows(tabs.achievements)
    .map(shownFrom)
    .filter((r) => matches(r.id('teacherId'), r.text('teacherName') || null));
  const ownDocument = (recordId: string | null) => recordId !== null && (recordId === teacher.id || programmeIds.has(recordId));
  const documents = tabs.documents.records.map((r) => r.value).filter((d) => ownDocument(d.recordId));
  const brokenDocuments = unreadableRows(tabs.documents)
    .map(shownFrom)
    .filter((r) => ownDocument(r.id('recordId')));

  const programmeItems = programmes.map((p) => ({ id: p.id, status: O.PROGRAMME_STATUSES.label(p.status), start: p.start, end: p.end, lead: nameOf(p.leadId, p.leadName) }));
  const sessionItems = sessions.map((s) => ({ id: s.id, date: s.date, kind: O.SESSION_KINDS.label(s.kind), topic: s.topic, status: O.SESSION_STATUSES.label(s.status), asLeader: matches(s.leaderId, s.leaderName) }));
  const achievementItems = achievements.map((a) => ({
    id: a.id,
    date: a.date,
    kind: O.ACHIEVEMENT_KINDS.label(a.kind),
    title: a.title,
    level: a.level ? O.ACHIEVEMENT_LEVELS.label(a.level) : '',
    result: a.result ? O.ACHIEVEMENT_RESULTS.label(a.result) : '',
  }));
  const documentItems = documents.map((d) => ({ id: d.id, kind: O.DOCUMENT_KINDS.label(d.kind), title: d.title, url: d.url, created: d.created }));

  return {
    programmes: withUnreadable<Item<'programmes'>>(
      brokenProgrammes.map((r) => ({
        id: r.text('id'),
        status: r.option(O.PROGRAMME_STATUSES, 'status'),
        start: r.day('start'),
        end: r.day('end'),
        lead: nameOf(r.id('leadId'), r.text('leadName') || null),
        problem: r.problem,
      })),
      (limit) => newest(programmeItems, (p) => p.start, limit),
      programmeItems.length,
    ),
    // Sessions run into the future (a monthly series): the list shows those nearest today.
    sessions: withUnreadable<Item<'sessions'>>(
      brokenSessions.map((r) => ({
        id: r.text('id'),
        date: r.day('date'),
        kind: r.option(O.SESSION_KINDS, 'kind'),
        topic: r.text('topic'),
        status: r.option(O.SESSION_STATUSES, 'status'),
        asLeader: matches(r.id('leaderId'), r.text('leaderName') || null),
        problem: r.problem,
      })),
      (limit) => nearestToDay(sessionItems, (s) => s.date, today, limit),
      sessionItems.length,
    ),
    achievements: withUnreadable<Item<'achievements'>>(
      brokenAchievements.map((r) => ({
        id: r.text('id'),
        date: r.day('date'),
        kind: r.option(O.ACHIEVEMENT_KINDS, 'kind'),
        title: r.text('title'),
        level: r.option(O.ACHIEVEMENT_LEVELS, 'level'),
        result: r.option(O.ACHIEVEMENT_RESULTS, 'result'),
        problem: r.problem,
      })),
      (limit) => newest(achievementItems, (a) => a.date, limit),
      achievementItems.length,
    ),
    documents: withUnreadable<Item<'documents'>>(
      brokenDocuments.map((r) => ({ id: r.text('id'), kind: r.option(O.DOCUMENT_KINDS, 'kind'), title: r.text('title'), url: r.text('url'), created: r.day('created'), problem: r.problem })),
      (limit) => newest(documentItems, (d) => d.created, limit),
      documentItems.length,
    ),
  };
}
