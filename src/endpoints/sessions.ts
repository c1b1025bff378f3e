/**
 * «Сессии и встречи»: schedule a coaching session (000) or a community meeting / SkillsClub event
 * (003, 004), once or as a monthly series, and later mark it held, cancelled or postponed with its
 * results (000 IV.6). New rows go in as one block; a mark is written in place.
 */
import { z } from 'zod';
import { defineEndpoint } from '../shared/endpoint';
import { failure, success } from '../shared/result';
import { showSidebar } from '../platform/ui';
import { withDocumentLock } from '../platform/lock';
import { RU } from '../text/ru';
import { formatRu, isLocalDate, type LocalDate } from '../domain/local-date';
import { awaitsMark, endsAfterStart, isCommunityKind, isOverdue, MAX_SERIES, membersOn, monthlySeries } from '../domain/meetings';
import { SESSION_FORMATS, SESSION_KINDS, SESSION_RESULTS, SESSION_STATUSES, WORK_FORMS } from '../domain/options';
import type { OptionSet } from '../domain/option-set';
import type { Session } from '../domain/records';
import { openWorkbook } from '../workbook/sheets';
import type { LoadedTab } from '../workbook/repo';
import { Unit } from '../workbook/unit';
import { claimedId, claimId, REQUEST_KEY } from '../workbook/requests';
import { namesOf, teacherChoices } from '../workbook/context';
import { recordLabel } from '../workbook/labels';
import { RECORD_ID } from '../domain/patterns';
import { issuesText, unreadableRows, type UnreadableRow } from '../workbook/unreadable';
import { heldTooEarly, isWorkingDay, nearestWorkingDay, slotKey, workFormFits, workFormsFor } from '../domain/session-rules';
import { parseHolidays } from '../domain/holidays';
import { coachRefusal, isMarkedCoach } from '../domain/coach';
import { versionKey, versionOf, type Version } from '../domain/version';
import { SESSION_MARK_PAGE } from '../domain/page-versions';
import { refuseStale, describeChange, VersionInput } from './stale';
import { planNoteFor } from '../rhythm/plan-note';
import { openChoice, openChoices } from './open-choice';
import { leaderAmongParticipants, outOfRange, programmeFits, typedNumber } from '../domain/sane-values';
import { dateOutsideOf, VALUES_RU } from '../text/values-ru';

const T = RU.sessionsPage;
const ID = RECORD_ID;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const keyOf = <K extends string>(set: OptionSet<K>, message: string) => z.enum(set.keys as [K, ...K[]], message);
const optionalId = z.union([z.literal(''), z.string().regex(ID)]).optional().transform((v) => v || null);
const optionalTime = z.union([z.literal(''), z.string().regex(TIME, RU.form.time)]).optional().transform((v) => v || null);
const longText = (max: number) => z.string().max(max).optional().transform((v) => v?.trim() || null);
const day = (message: string) => z.string().refine((v) => isLocalDate(v), message).transform((v) => v as LocalDate);

export type Option = { key: string; label: string };
export type SessionItem = {
  id: string;
  date: string;
  dateText: string;
  startTime: string | null;
  kind: string;
  topic: string;
  leaderId: string | null;
  leaderName: string | null;
  participantsIds: string[];
  participantsNames: string | null;
  communityId: string | null;
  communityName: string | null;
  status: string;
  overdue: boolean;
  /** The session as the list shows it: its mark is refused if someone moved or marked it since. */
  version: Version;
};

/**
 * How many sessions awaiting a mark one part of the list carries (the newest days first): a region
 * has thousands overdue. The earlier ones are counted on the page and come with one click, a part
 * at a time, so none is hidden.
 */
export const LIST_PART = 300;

export function showSessions(): void {
  showSidebar('sessions', T.title);
}

const options = <K extends string>(set: OptionSet<K>): Option[] => set.keys.map((key) => ({ key, label: set.label(key) }));

/** What the list shows of a session: read for the listed rows only. */
const ITEM_COLUMNS = ['id', 'date', 'startTime', 'kind', 'topic', 'leaderId', 'leaderName', 'participantsIds', 'participantsNames', 'communityId', 'communityName', 'status'] as const;
type ListedSession = Pick<Session, (typeof ITEM_COLUMNS)[number]>;

export const getSessionsPage = defineEndpoint(z.object({ sessionId: z.string().optional() }).strict(), ({ sessionId }) => {
  const workbook = openWorkbook();
  const unit = new Unit(workbook);
  const today = workbook.zone.dayOf(new Date());
  unit.scanMany([
    ['teachers', ['id', 'fullName']],
    ['teachers', COACH_COLUMNS],
    ['sessions', ['status', 'date']],
    ['programmes', ['id', 'status', 'teacherId', 'teacherName', 'start']],
    ['members', ['communityId', 'teacherId', 'since', 'until']],
    ['communities', ['id']],
    ['settings', ['key']],
  ]);
  const teachers = unit.teacherNames();
  const communities = smallTabs(unit).communities;
  const members = unit.scan('members', ['communityId', 'teacherId', 'since', 'until']);
  const programmes = unit.scan('programmes', ['id', 'status', 'teacherId', 'teacherName', 'start']);
  const marks = unit.scan('sessions', ['status', 'date']);
  const holidays = holidaysOf(unit);
  // The session asked for, or the one in the selected row: found by its id, read alone.
  const asked = sessionId ? unit.byId('sessions', sessionId) : null;
  if (sessionId && !asked!.byId.has(sessionId)) return failure('not-found', RU.form.notFound);
  const selection = asked ? null : unit.selection('sessions');
  const selectedRecord = asked ? asked.byId.get(sessionId!) : selection!.tab.records.find((r) => r.row === selection!.row);
  const selected = selectedRecord?.value.id ?? null;
  const waiting = awaitingRows(marks.records, today);
  const part = partOf(waiting, null);
  const listedRows = [...part.rows];
  if (selectedRecord && !listedRows.includes(selectedRecord.row)) listedRows.push(selectedRecord.row);
  const shown = unit.scan('sessions', ITEM_COLUMNS, listedRows);
  const memberValues = members.records.map((r) => r.value);
  const listed = sortedItems(shown.records.map((r) => r.value), today);
  // Rows with a cell the add-on cannot read, read whole to be named with the cell.
  const broken = unit.part('sessions', [...marks.failed, ...shown.failed]);
  return success({
    today: today as string,
    teachers: teacherChoices(teachers),
    /** 000 I.3: the teachers marked as coaches, the only ones a coaching session's picker offers. */
    coachIds: [...coachMarks(unit).entries()].filter(([, basis]) => isMarkedCoach(basis)).map(([id]) => id),
    communities: communities.records.map(({ value: c }) => ({ id: c.id, name: c.name, leaderId: c.leaderId, memberIds: membersOn(memberValues, c.id, today) })),
    programmes: programmes.records
      .filter((r) => r.value.status === 'active')
      .map(({ value: p }) => ({ id: p.id, label: recordLabel('programmes', p), teacherId: p.teacherId })),
    kinds: options(SESSION_KINDS),
    communityKinds: SESSION_KINDS.keys.filter(isCommunityKind) as string[],
    formats: options(SESSION_FORMATS),
    workForms: options(WORK_FORMS),
    /** Each kind's forms of work, by its own regulation (000 IV.3, 003 §4, 004 §3). */
    formsByKind: Object.fromEntries(SESSION_KINDS.keys.map((k) => [k, [...workFormsFor(k)] as string[]])),
    results: options(SESSION_RESULTS),
    marks: options(SESSION_STATUSES).filter((o) => o.key !== 'planned'),
    sessions: listed,
    /** Sessions awaiting a mark on earlier days, not sent yet: counted, and sent by `getEarlierSessions`. */
    earlier: part.earlier,
    /** The earliest day sent: the next part is of the days before it. */
    before: part.before,
    selectedId: selected,
    /** Rows with a cell the add-on cannot read: listed read-only, the cell to fix named, never left out. */
    unreadable: unreadableRows(broken).map(unreadableSession),
    /** The school's holidays from «Настройки» (weekends are not listed): the page warns before saving. */
    holidays: [...holidays] as string[],
  });
});

/** The rows awaiting a mark with their days; the rule asked once per status and day (60,000 rows share a few hundred). */
function awaitingRows(records: ReadonlyArray<{ row: number; value: Pick<Session, 'status' | 'date'> }>, today: LocalDate): Array<{ row: number; date: string }> {
  const verdicts = new Map<string, boolean>();
  const out: Array<{ row: number; date: string }> = [];
  for (const { row, value: v } of records) {
    const key = `${v.status}|${v.date}`;
    let verdict = verdicts.get(key);
    if (verdict === undefined) verdicts.set(key, (verdict = awaitsMark(v, today)));
    if (verdict) out.push({ row, date: v.date });
  }
  return out;
}

/** The newest whole days of the waiting rows before `before`, about LIST_PART rows (a day is never split). */
function partOf(waiting: ReadonlyArray<{ row: number; date: string }>, before: string | null): { rows: number[]; earlier: number; before: string | null } {
  const older = (before ? waiting.filter((w) => w.date < before) : [...waiting]).sort((a, b) => b.date.localeCompare(a.date));
  let n = Math.min(LIST_PART, older.length);
  while (n > 0 && n < older.length && older[n]!.date === older[n - 1]!.date) n++;
  return { rows: older.slice(0, n).map((w) => w.row), earlier: older.length - n, before: n > 0 ? older[n - 1]!.date : before };
}

function sortedItems(values: ListedSession[], today: LocalDate): SessionItem[] {
  return values
    .sort((a, b) => a.date.localeCompare(b.date) || (a.startTime ?? '').localeCompare(b.startTime ?? ''))
    .map((v) => item(v, today));
}

/** The next part of the list: sessions awaiting a mark on days before `before`, newest days first. */
export const getEarlierSessions = defineEndpoint(z.object({ before: day(RU.form.date) }).strict(), ({ before }) => {
  const workbook = openWorkbook();
  const unit = new Unit(workbook);
  const today = workbook.zone.dayOf(new Date());
  const marks = unit.scan('sessions', ['status', 'date']);
  const part = partOf(awaitingRows(marks.records, today), before);
  const shown = unit.scan('sessions', ITEM_COLUMNS, part.rows);
  return success({ sessions: sortedItems(shown.records.map((r) => r.value), today), earlier: part.earlier, before: part.before });
});

/** Every community, and the holidays' row of «Настройки», read whole in one call. */
function smallTabs(unit: Unit): { communities: LoadedTab<'communities'>; settings: LoadedTab<'settings'> } {
  const communities = unit.scan('communities', ['id']);
  const settings = unit.scan('settings', ['key']);
  const [c, s] = unit.partMany<'communities' | 'settings'>([
    ['communities', [...communities.records.map((r) => r.row), ...communities.failed]],
    ['settings', [...settings.records.filter((r) => r.value.key === 'holidays').map((r) => r.row), ...settings.failed]],
  ]);
  return { communities: c as LoadedTab<'communities'>, settings: s as LoadedTab<'settings'> };
}

/** «Настройки» → «Каникулы и праздничные дни»; entries that are no dates are left to the settings page. */
function holidaysOf(unit: Unit): Set<string> {
  const row = smallTabs(unit).settings.records.find((r) => r.value.key === 'holidays');
  const text = typeof row?.value.value === 'string' ? row.value.value : '';
  return new Set(parseHolidays(text).days);
}

/** «15.09.2026 коучинг: тема» from whatever of the row reads, else its text as typed. */
export function unreadableSession(r: UnreadableRow): { id: string | null; label: string; note: string; tab: string; cell: string } {
  const text = (key: string): string => {
    const v = r.values[key] ?? r.raw[key];
    return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
  };
  const date = r.values.date;
  const kind = r.values.kind;
  const kindText = typeof kind === 'string' && (SESSION_KINDS.keys as readonly string[]).includes(kind) ? SESSION_KINDS.label(kind as Session['kind']) : text('kind');
  const when = typeof date === 'string' && isLocalDate(date) ? formatRu(date) : text('date');
  const label = `${[when, kindText].filter(Boolean).join(' ')}: ${text('topic')}`;
  return { id: r.id, label, note: RU.problems.unreadableNote(issuesText(r.issues)), tab: r.issues[0]?.tab ?? '', cell: r.issues[0]?.cell ?? '' };
}

function item(s: ListedSession, today: LocalDate): SessionItem {
  return {
    id: s.id,
    date: s.date,
    dateText: formatRu(s.date),
    startTime: s.startTime,
    kind: SESSION_KINDS.label(s.kind),
    topic: s.topic,
    leaderId: s.leaderId,
    leaderName: s.leaderName,
    participantsIds: s.participantsIds,
    participantsNames: s.participantsNames,
    communityId: s.communityId,
    communityName: s.communityName,
    status: s.status,
    overdue: isOverdue(s, today),
    version: markVersion(s),
  };
}

function markVersion(s: ListedSession): Version {
  return versionOf(SESSION_MARK_PAGE, [{ kind: 'session', id: s.id, value: s }]);
}

const ScheduleInput = z
  .object({
    kind: keyOf(SESSION_KINDS, T.pickKind),
    format: keyOf(SESSION_FORMATS, T.pickFormat),
    leaderId: z.string().regex(ID, T.pickLeader),
    participantsIds: z.array(z.string().regex(ID)).max(200).default([]),
    programmeId: optionalId,
    communityId: optionalId,
    workForm: openChoice(WORK_FORMS, T.workForm),
    topic: z.string().trim().min(1, T.topicRequired).max(5000),
    stage: longText(500),
    place: longText(500),
    date: day(T.dateRequired),
    startTime: optionalTime,
    endTime: optionalTime,
    // Digits as typed: «1e1» is no 10 repeats.
    repeat: typedNumber(T.repeatRange).pipe(z.number().int(T.repeatRange).min(1, T.repeatRange).max(MAX_SERIES, T.repeatRange)).default(1),
    /** The deputy accepted the offer: each weekend or holiday date moves to the nearest working day of its month. */
    shiftToWorkingDays: z
      .union([z.boolean(), z.array(z.literal('true')).max(1)])
      .optional()
      .transform((v) => v === true || (Array.isArray(v) && v.length > 0)),
    /** Made by the page for each scheduling: a retry after a lost answer does not schedule twice. */
    requestKey: z.string().regex(REQUEST_KEY).nullish(),
  })
  .strict();
type ScheduleInput = z.output<typeof ScheduleInput>;

/** Rules across fields, each reported by the field to fix. */
function crossFieldErrors(input: ScheduleInput): Record<string, string> {
  const errors: Record<string, string> = {};
  if (input.startTime && input.endTime && !endsAfterStart(input.startTime, input.endTime)) errors.endTime = T.endBeforeStart;
  if (input.endTime && !input.startTime) errors.startTime = T.startRequired;
  if (isCommunityKind(input.kind) && !input.communityId) errors.communityId = T.communityRequired;
  if (input.format === 'individual' && input.participantsIds.length !== 1) errors.participantsIds = T.individualOne;
  if (input.workForm && !workFormFits(input.kind, input.workForm)) errors.workForm = T.workFormNotOfKind(SESSION_KINDS.label(input.kind));
  return errors;
}

/** The rules that need the book: each series date within the sane range, the leader not among the people, the programme the participant's. */
function bookErrors(input: ScheduleInput, dates: readonly LocalDate[], today: LocalDate, programmeTeacherId: string | null, nameOf: (id: string) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (dates.some((d) => outOfRange(d, today))) errors.date = dateOutsideOf(today);
  if (leaderAmongParticipants(input.kind, input.leaderId, input.participantsIds)) errors.participantsIds = VALUES_RU.leaderIsParticipant(nameOf(input.leaderId));
  if (input.programmeId && !programmeFits(input.participantsIds, programmeTeacherId)) errors.programmeId = VALUES_RU.programmeOfOther(programmeTeacherId ? nameOf(programmeTeacherId) : '—');
  return errors;
}

export const scheduleSessions = defineEndpoint(ScheduleInput, (input) => {
  const errors = crossFieldErrors(input);
  if (Object.keys(errors).length > 0) return failure('validation', T.fix, errors);
  return withDocumentLock(() => {
    const workbook = openWorkbook();
    const unit = new Unit(workbook);
    unit.scanMany([
      ['teachers', ['id', 'fullName']],
      ['teachers', COACH_COLUMNS],
      ['programmes', ['id', 'status', 'teacherId']],
      ['sessions', ['date', 'leaderId']],
      ['communities', ['id']],
      ['settings', ['key']],
    ]);
    const teachers = unit.teacherNames();
    const communities = smallTabs(unit).communities;
    // Programmes: the one named, or the participant's active ones (the link a coaching session gets).
    const programmeScan = unit.scan('programmes', ['id', 'status', 'teacherId']);
    const programmes = unit.part(
      'programmes',
      programmeScan.records
        .filter(({ value: p }) => p.id === input.programmeId || (p.status === 'active' && p.teacherId !== null && p.teacherId === input.participantsIds[0]))
        .map((r) => r.row),
    );
    const missing: Record<string, string> = {};
    if (!teachers.byId.has(input.leaderId)) missing.leaderId = T.unknownTeacher;
    if (input.participantsIds.some((id) => !teachers.byId.has(id))) missing.participantsIds = T.unknownTeacher;
    if (input.programmeId && !programmes.byId.has(input.programmeId)) missing.programmeId = T.unknownProgramme;
    if (input.communityId && !communities.byId.has(input.communityId)) missing.communityId = T.unknownCommunity;
    if (Object.keys(missing).length > 0) return failure('not-found', RU.form.notFound, missing);

    const programmeId = input.programmeId ?? linkedProgramme(input, programmes);
    const programme = programmeId ? programmes.byId.get(programmeId)!.value : null;
    const community = input.communityId ? communities.byId.get(input.communityId)!.value : null;
    const refusal = coachRefused(input, programme?.teacherId ?? null, coachMarks(unit), namesOf(teachers, [input.leaderId])[0]!);
    if (refusal) return failure('validation', T.fix, { leaderId: refusal });
    const holidays = holidaysOf(unit);
    const monthly = monthlySeries(input.date, input.repeat);
    const dates = input.shiftToWorkingDays ? monthly.map((d) => nearestWorkingDay(d, holidays)) : monthly;
    const invalid = bookErrors(input, dates, workbook.zone.dayOf(new Date()), programme?.teacherId ?? null, (id) => namesOf(teachers, [id])[0] ?? id);
    if (Object.keys(invalid).length > 0) return failure('validation', T.fix, invalid);
    // Only the leader's sessions on these days can repeat the slot: those rows are read whole.
    const days = new Set<string>(dates);
    const slots = unit.scan('sessions', ['date', 'leaderId']);
    const sessions = unit.part(
      'sessions',
      [...slots.records.filter(({ value: s }) => days.has(s.date) && (s.leaderId === input.leaderId || s.leaderId === null)).map((r) => r.row), ...slots.failed],
    );

    // The same request again (its answer was lost): the rows are there, written in one block.
    const earlier = claimedId(sessions, input.requestKey);
    const done = earlier ? unit.byId('sessions', earlier).byId.get(earlier)?.value : undefined;
    if (done) {
      const rows = done.series ? unit.find('sessions', ['series'], (s) => s.series === done.series).records.map((r) => r.value) : [done];
      return success({ ids: rows.map((v) => v.id), dates: rows.map((v) => formatRu(v.date)), series: done.series, programmeId: done.programmeId, nonWorking: [] as string[], planNote: planNoteFor(rows.map((v) => v.date), workbook.zone.dayOf(new Date())) });
    }

    // Pressed twice, or typed again: the same kind, people, day and time is already planned.
    const taken = new Map(sessions.records.filter((r) => r.value.status !== 'cancelled').map((r) => [slotKey(r.value), r.value] as const));
    const repeats = dates.map((date) => taken.get(slotKey({ ...input, date }))).filter((s): s is Session => !!s);
    if (repeats.length > 0) {
      const message = T.alreadyScheduled(repeats.map((s) => `${formatRu(s.date)} (${s.id})`));
      return failure('conflict', message, { date: message });
    }
    const series = dates.length > 1 ? Utilities.getUuid() : null;
    // The names beside the ids are filled by the unit from the referenced records.
    const row: Partial<Session> = {
      startTime: input.startTime,
      endTime: input.endTime,
      place: input.place,
      kind: input.kind,
      format: input.format,
      workForm: input.workForm,
      topic: input.topic,
      stage: input.stage,
      leaderId: input.leaderId,
      leaderName: namesOf(teachers, [input.leaderId])[0]!,
      participantsIds: input.participantsIds,
      participantsNames: namesOf(teachers, input.participantsIds).join('; ') || null,
      programmeId: programme?.id ?? null,
      programmeName: programme ? recordLabel('programmes', programme) : null,
      communityId: community?.id ?? null,
      communityName: community?.name ?? null,
      series,
      status: 'planned',
      results: [],
      resultNote: null,
    };
    const firstId = claimId(sessions, input.requestKey).id;
    const ids = unit.insert(sessions, dates.map((date, i) => ({ ...row, date, ...(i === 0 ? { id: firstId } : {}) })));
    // Kept as asked, but said once more: these fall on a weekend or a school holiday.
    const nonWorking = dates.filter((d) => !isWorkingDay(d, holidays)).map((d) => formatRu(d));
    return success({ ids, dates: dates.map((d) => formatRu(d)), series, programmeId: programme?.id ?? null, nonWorking, planNote: planNoteFor(dates, workbook.zone.dayOf(new Date())) });
  });
});

/** The teachers' coach marks (000 I.3) by id; a book set up before the column has none. */
const COACH_COLUMNS = ['id', 'coachBasis'] as const;
function coachMarks(unit: Unit): Map<string, unknown> {
  return new Map(unit.scan('teachers', COACH_COLUMNS).records.map((r) => [r.value.id, r.value.coachBasis] as const));
}

/** 000 I.3: the coach of a coaching session is marked as one and is not the teacher coached. */
function coachRefused(input: ScheduleInput, programmeTeacherId: string | null, marks: ReadonlyMap<string, unknown>, name: string): string | null {
  const refusal = coachRefusal({ ...input, programmeTeacherId }, (id) => marks.get(id));
  if (refusal === 'ownCoach') return T.ownCoach(name);
  return refusal === 'notCoach' ? T.notCoach(name) : null;
}

/** 000: a coaching session for a supported teacher belongs to their active programme. */
function linkedProgramme(input: ScheduleInput, programmes: LoadedTab<'programmes'>): string | null {
  if (input.kind !== 'coaching' || input.participantsIds.length !== 1) return null;
  const active = programmes.records.filter((r) => r.value.status === 'active' && r.value.teacherId === input.participantsIds[0]);
  return active.length === 1 ? active[0]!.value.id : null;
}

const MarkInput = z
  .object({
    sessionId: z.string().regex(ID, T.pickSession),
    status: z.enum(['held', 'cancelled', 'postponed'], T.pickStatus),
    results: openChoices(SESSION_RESULTS, T.results),
    resultNote: longText(5000),
    /** The session as the list showed it: the mark is refused if it changed since. */
    version: VersionInput,
  })
  .strict();

export const recordSessionResult = defineEndpoint(MarkInput, (input) => {
  if (input.status !== 'held' && input.results.length > 0) return failure('validation', T.fix, { results: T.resultsOnlyHeld });
  return withDocumentLock(() => {
    const workbook = openWorkbook();
    const unit = new Unit(workbook);
    const sessions = unit.byId('sessions', input.sessionId);
    const found = sessions.byId.get(input.sessionId);
    if (!found) return failure('not-found', RU.form.notFound, { sessionId: RU.form.notFound });
    // A session moved, reassigned or marked by someone else since the list showed it is not marked over.
    if (!input.version[versionKey('session', input.sessionId)]) return failure('stale', RU.stale.noVersion);
    const stale = refuseStale(SESSION_MARK_PAGE, input.version, markVersion(found.value), (c) => describeChange(c, 'sessions', RU.stale.session(recordLabel('sessions', found.value))));
    if (stale) return stale;
    const today = workbook.zone.dayOf(new Date());
    if (heldTooEarly(input.status, found.value.date, today)) return failure('validation', T.fix, { status: T.heldInFuture(formatRu(found.value.date)) });
    unit.update(sessions, [{ row: found.row, values: { status: input.status, results: input.results, resultNote: input.resultNote } }]);
    // Held is the work recorded; cancelled or postponed changes the month's plan.
    const planNote = input.status === 'held' ? null : planNoteFor([found.value.date], today);
    return success({ id: input.sessionId, status: SESSION_STATUSES.label(input.status), planNote });
  });
});
