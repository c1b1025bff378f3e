/**
 * «Протокол заседания» (003 §5.2): for a held community meeting, who attended and, for every
 * question discussed, the decision, who is responsible and by when. Signed by the leader and the
 * secretary, numbered per community per school year. One protocol row and one row per decision.
 */
import { z } from 'zod';
import { defineEndpoint } from '../shared/endpoint';
import { failure, success } from '../shared/result';
import { showSidebar } from '../platform/ui';
import { withDocumentLock } from '../platform/lock';
import { RU } from '../text/ru';
import { formatRu, isLocalDate, schoolYearOf, type LocalDate } from '../domain/local-date';
import { outOfRange, protocolYearDiffers } from '../domain/sane-values';
import { dateOutsideOf, VALUES_RU } from '../text/values-ru';
import { isCommunityKind, membersOn, nextProtocolNumber } from '../domain/meetings';
import { SESSION_STATUSES } from '../domain/options';
import { PROTOCOL_PAGE } from '../domain/page-versions';
import { stampOf, versionKey, versionOf, type Change, type Version } from '../domain/version';
import type { Community, CommunityMember, Session } from '../domain/records';
import { openWorkbook } from '../workbook/sheets';
import { Unit, type TeacherNames } from '../workbook/unit';
import { claimedId, claimId, claimRows, REQUEST_KEY } from '../workbook/requests';
import { namesOf, teacherChoices } from '../workbook/context';
import { recordLabel } from '../workbook/labels';
import { RECORD_ID } from '../domain/patterns';
import { unreadableRows, type UnreadableRow } from '../workbook/unreadable';
import { unreadableSession } from './sessions';
import { describeChange, refuseStale, VersionInput } from './stale';

const T = RU.protocolPage;
const ID = RECORD_ID;

export function showProtocol(): void {
  showSidebar('protocol', T.title);
}

export type Meeting = {
  sessionId: string;
  label: string;
  date: string;
  communityId: string;
  communityName: string;
  topic: string;
  status: string;
  chairId: string | null;
  secretaryId: string | null;
  /**
   * Who is expected, for the meeting the page shows first; null for the others (a region lists
   * about a thousand meetings): the page asks `getProtocolMeeting` when one is picked.
   */
  attendees: Array<{ id: string; name: string }> | null;
  hasProtocol: boolean;
  /** The meeting and its community as the page shows them, with the attendees (null without). */
  version: Version | null;
};

export const getProtocolPage = defineEndpoint(z.object({ sessionId: z.string().optional() }).strict(), ({ sessionId }) => {
  const workbook = openWorkbook();
  const unit = new Unit(workbook);
  unit.scanMany([
    ['teachers', ['id', 'fullName']],
    ['communities', ['id']],
    ['members', ['communityId', 'teacherId', 'since', 'until']],
    ['protocols', ['id']],
    ['sessions', ['communityId', 'status']],
  ]);
  const teachers = unit.teacherNames();
  const [communities, protocols] = [unit.every('communities'), unit.every('protocols')];
  const members = unit.scan('members', ['communityId', 'teacherId', 'since', 'until']);
  // Held community meetings (and the one asked for or selected) are read whole; the rest of the
  // sessions tab only by its community and status columns.
  const asked = sessionId ? unit.byId('sessions', sessionId) : null;
  const selection = asked ? null : unit.selection('sessions');
  const scanned = unit.scan('sessions', ['communityId', 'status']);
  const sessions = unit.part('sessions', [
    ...scanned.records.filter((r) => r.value.communityId && r.value.status === 'held').map((r) => r.row),
    ...scanned.failed,
    ...(asked ? asked.records.map((r) => r.row) : []),
    ...(selection && selection.row >= 2 ? [selection.row] : []),
  ]);
  if (sessionId && !sessions.byId.has(sessionId)) return failure('not-found', RU.form.notFound);
  const selected = sessionId ?? (sessions.records.find((r) => r.row === selection?.row)?.value.id || null);
  // A protocol row with a bad cell still records its meeting: the meeting is not offered again.
  const brokenProtocols = unreadableRows(protocols).map((r) => r.values.sessionId);
  const done = new Set([...protocols.records.map((r) => r.value.sessionId), ...brokenProtocols].filter((id): id is string => typeof id === 'string' && !!id));
  // Each community's members apart: a region has hundreds of meetings and thousands of members.
  const memberValues = new Map<string, CommunityMember[]>();
  for (const { value: m } of members.records) {
    if (!m.communityId) continue;
    const list = memberValues.get(m.communityId) ?? [];
    list.push(m as CommunityMember);
    memberValues.set(m.communityId, list);
  }
  const listed = sessions.records
    .map((r) => r.value)
    .filter((s) => s.communityId && communities.byId.has(s.communityId) && isCommunityKind(s.kind))
    .filter((s) => (s.id === selected && s.status !== 'cancelled') || (s.status === 'held' && !done.has(s.id)))
    .sort((a, b) => b.date.localeCompare(a.date));
  // The meeting the page shows first: the one selected, else the latest.
  const first = listed.find((s) => s.id === selected)?.id ?? listed[0]?.id;
  const meetings = listed.map((s) => meeting(s, communities.byId.get(s.communityId!)!.value, memberValues.get(s.communityId!) ?? [], teachers, done.has(s.id), s.id === first));
  return success({
    meetings,
    teachers: teacherChoices(teachers),
    existing: protocols.records.map(({ value: p }) => ({ communityId: p.communityId, schoolYear: p.schoolYear, number: p.number })),
    selectedId: meetings.some((m) => m.sessionId === selected) ? selected : null,
    /** Held community meetings whose row has a bad cell: named with the cell, never left out unseen. */
    unreadable: unreadableRows(sessions)
      .filter((r) => heldMeetingMaybe(r) && !(r.id && done.has(r.id)))
      .map(unreadableSession),
  });
});

/** One meeting picked on the page, with who is expected at it. */
export const getProtocolMeeting = defineEndpoint(z.object({ sessionId: z.string().regex(ID) }).strict(), ({ sessionId }) => {
  const workbook = openWorkbook();
  const unit = new Unit(workbook);
  unit.scanMany([
    ['teachers', ['id', 'fullName']],
    ['communities', ['id']],
    ['members', ['communityId', 'teacherId', 'since', 'until']],
    ['protocols', ['id']],
  ]);
  const teachers = unit.teacherNames();
  const [communities, protocols] = [unit.every('communities'), unit.every('protocols')];
  const found = unit.byId('sessions', sessionId).byId.get(sessionId)?.value;
  const community = found?.communityId ? communities.byId.get(found.communityId)?.value : undefined;
  if (!found || !community || !isCommunityKind(found.kind)) return failure('not-found', RU.form.notFound);
  const members = unit.scan('members', ['communityId', 'teacherId', 'since', 'until']).records.map((r) => r.value).filter((m) => m.communityId === community.id);
  const hasProtocol = protocols.records.some((r) => r.value.sessionId === sessionId) || unreadableRows(protocols).some((r) => r.values.sessionId === sessionId);
  return success(meeting(found, community, members, teachers, hasProtocol, true));
});

/** An unreadable session row that may be a held community meeting (its kind or status may be the bad cell). */
function heldMeetingMaybe(r: UnreadableRow): boolean {
  const { kind, status, communityId } = r.values;
  const community = typeof kind === 'string' ? isCommunityKind(kind) : typeof communityId === 'string' && communityId !== '';
  return community && (status === undefined || status === 'held');
}

/** Who is expected: the leader, the secretary and the members on the meeting's day. */
type Members = ReadonlyArray<Pick<CommunityMember, 'communityId' | 'teacherId' | 'since' | 'until'>>;

function attendeeIds(community: Community, members: Members, day: LocalDate, teachers: TeacherNames): string[] {
  const ids = [community.leaderId, community.secretaryId, ...membersOn(members, community.id, day)];
  const seen = new Set<string>();
  return ids.filter((id): id is string => !!id && teachers.byId.has(id) && !seen.has(id) && !!seen.add(id));
}

function meeting(s: Session, community: Community, members: Members, teachers: TeacherNames, hasProtocol: boolean, withAttendees: boolean): Meeting {
  const ids = withAttendees ? attendeeIds(community, members, s.date, teachers) : null;
  const names = ids ? namesOf(teachers, ids) : [];
  return {
    sessionId: s.id,
    label: `${formatRu(s.date)} · ${community.name} · ${s.topic}`,
    date: s.date,
    communityId: community.id,
    communityName: community.name,
    topic: s.topic,
    status: SESSION_STATUSES.label(s.status),
    chairId: community.leaderId,
    secretaryId: community.secretaryId,
    attendees: ids ? ids.map((id, i) => ({ id, name: names[i]! })) : null,
    hasProtocol,
    version: withAttendees ? protocolVersion(s, community) : null,
  };
}

function protocolVersion(s: Session, community: Community | undefined): Version {
  return versionOf(PROTOCOL_PAGE, [{ kind: 'meeting', id: s.id, value: s }, ...(community ? [{ kind: 'community', id: community.id, value: community }] : [])]);
}

/**
 * The meeting as the page showed it, when a retry of this very save finds it held: the earlier
 * attempt marked it so, and that is no one else's change. Any other field changed still shows.
 */
function asShownBefore(session: Session, shown: Version, retry: boolean): Session {
  if (!retry || session.status !== 'held') return session;
  const stamp = shown[versionKey('meeting', session.id)];
  const before = SESSION_STATUSES.keys.find((status) => stampOf({ ...session, status }, PROTOCOL_PAGE.meeting!) === stamp);
  return before ? { ...session, status: before } : session;
}

const idList = z.array(z.string().regex(ID)).max(300).default([]);
const optionalText = (max: number) => z.string().max(max).optional().transform((v) => v?.trim() || null);

const Question = z.object({
  question: z.string().trim().min(1, T.questionRequired).max(5000),
  heard: optionalText(20000),
  decision: z.string().trim().min(1, T.decisionRequired).max(20000),
  responsibleIds: idList,
  deadline: z
    .union([z.literal(''), z.string().refine((v) => isLocalDate(v), RU.form.date)])
    .optional()
    .transform((v) => (v ? (v as LocalDate) : null)),
});

const SaveInput = z
  .object({
    sessionId: z.string().regex(ID, T.pickMeeting),
    date: z.string().refine((v) => isLocalDate(v), T.dateRequired).transform((v) => v as LocalDate),
    chairId: z.string().regex(ID, T.chairRequired),
    secretaryId: z.string().regex(ID, T.secretaryRequired),
    presentIds: idList,
    invited: optionalText(5000),
    questions: z.array(Question).min(1, T.atLeastOneQuestion).max(50),
    /** Made by the page: retries of the same save never write the protocol twice. */
    requestKey: z.string().regex(REQUEST_KEY).nullish(),
    /** The meeting and its community as the page showed them: the save is refused if they changed since. */
    version: VersionInput,
  })
  .strict();

/** The protocol's date within the sane range and of its meeting's school year; each deadline within the range. */
function saneDates(input: z.output<typeof SaveInput>, meeting: LocalDate, today: LocalDate): Record<string, string> {
  const errors: Record<string, string> = {};
  if (outOfRange(input.date, today)) errors.date = dateOutsideOf(today);
  else if (protocolYearDiffers(input.date, meeting)) errors.date = VALUES_RU.protocolOtherYear(formatRu(meeting), schoolYearOf(meeting));
  input.questions.forEach((q, i) => {
    if (q.deadline && outOfRange(q.deadline, today)) errors[`questions.${i}.deadline`] = dateOutsideOf(today);
  });
  return errors;
}

export const saveProtocol = defineEndpoint(SaveInput, (input) => {
  const early: Record<string, string> = {};
  input.questions.forEach((q, i) => {
    if (q.deadline && q.deadline < input.date) early[`questions.${i}.deadline`] = T.deadlineBeforeMeeting;
  });
  // Leader and secretary sign it (003 §5.2): a protocol naming them absent cannot be signed.
  if (!input.presentIds.includes(input.chairId)) early.chairId = T.chairAbsent;
  if (!input.presentIds.includes(input.secretaryId)) early.secretaryId = T.secretaryAbsent;
  if (Object.keys(early).length > 0) return failure('validation', T.fix, early);
  return withDocumentLock(() => {
    const workbook = openWorkbook();
    const unit = new Unit(workbook);
    unit.scanMany([
      ['teachers', ['id', 'fullName']],
      ['communities', ['id']],
      ['members', ['communityId', 'teacherId', 'since', 'until']],
      ['protocols', ['id']],
      ['decisions', ['id', 'protocolId']],
      ['sessions', ['id']],
    ]);
    const teachers = unit.teacherNames();
    const communities = unit.every('communities');
    const members = unit.scan('members', ['communityId', 'teacherId', 'since', 'until']);
    const protocols = unit.every('protocols');
    const decisionIds = unit.scan('decisions', ['id', 'protocolId']).records;
    const sessions = unit.byId('sessions', input.sessionId);
    const found = sessions.byId.get(input.sessionId);
    if (!found) return failure('not-found', RU.form.notFound, { sessionId: RU.form.notFound });
    const session = found.value;
    const community = session.communityId ? communities.byId.get(session.communityId)?.value : undefined;
    if (!community || !isCommunityKind(session.kind)) return failure('validation', T.fix, { sessionId: T.notCommunityMeeting });
    const other = protocols.records.find((r) => r.value.sessionId === session.id);
    const mine = claimedId(protocols, input.requestKey);
    // This very save, sent again after its answer was lost: answer as the first time.
    if (other && other.value.id === mine) {
      const done = other.value;
      // Its own decisions only: a row typed by hand under the protocol's id is not counted as saved.
      const own = new Set((claimedId({ key: 'decisions' }, input.requestKey) ?? '').split(','));
      return success({ id: done.id, number: done.number, schoolYear: done.schoolYear, decisions: decisionIds.filter((r) => r.value.protocolId === done.id && own.has(r.value.id)).length });
    }
    // A meeting moved, renamed or cancelled, or its community's leader or secretary changed, since the page showed it.
    if (!input.version[versionKey('meeting', session.id)]) return failure('stale', RU.stale.noVersion);
    const stale = refuseStale(PROTOCOL_PAGE, input.version, protocolVersion(asShownBefore(session, input.version, mine !== null), community), (c) => describeProtocolChange(c, session, communities.byId));
    if (stale) return stale;
    if (session.status === 'cancelled') return failure('validation', T.fix, { sessionId: T.cancelledMeeting });
    const today = workbook.zone.dayOf(new Date());
    if (session.date > today) return failure('validation', T.fix, { sessionId: T.meetingInFuture(formatRu(session.date)) });
    if (input.date > today) return failure('validation', T.fix, { date: T.dateInFuture });
    const insane = saneDates(input, session.date, today);
    if (Object.keys(insane).length > 0) return failure('validation', T.fix, insane);
    if (other) return failure('conflict', T.alreadyHasProtocol(recordLabel('protocols', other.value)));
    const unknown = unknownTeachers(input, teachers);
    if (Object.keys(unknown).length > 0) return failure('not-found', RU.form.notFound, unknown);

    const { schoolYear, number } = nextProtocolNumber(
      protocols.records.map((r) => r.value),
      community.id,
      input.date,
    );
    const expected = attendeeIds(community, members.records.map((r) => r.value), input.date, teachers);
    const present = [...new Set(input.presentIds)];
    const absent = expected.filter((id) => !present.includes(id));
    const names = (ids: string[]) => namesOf(teachers, ids).join('; ') || null;
    const protocol = {
      number,
      schoolYear,
      date: input.date,
      communityId: community.id,
      communityName: community.name,
      sessionId: session.id,
      sessionName: recordLabel('sessions', session),
      chairId: input.chairId,
      chairName: namesOf(teachers, [input.chairId])[0]!,
      secretaryId: input.secretaryId,
      secretaryName: namesOf(teachers, [input.secretaryId])[0]!,
      presentIds: present,
      presentNames: names(present),
      absentIds: absent,
      absentNames: names(absent),
      invited: input.invited,
    };
    // The ids are claimed before any write; decisions go first and the protocol row last, so a
    // retry after a failure in between finds only decisions an earlier attempt wrote, and replaces
    // them. A decision row typed under the id by hand was never claimed: it stays.
    const protocolId = claimId(protocols, input.requestKey).id;
    const claimed = claimRows(unit.part('decisions', []), input.requestKey, input.questions.length);
    const written = decisionIds.filter((r) => claimed.earlier.has(r.value.id) && r.value.protocolId === protocolId).map((r) => r.row);
    const decisions = unit.part('decisions', written);
    unit.remove(decisions, written);
    const protocolName = recordLabel('protocols', protocol);
    unit.insert(
      decisions,
      input.questions.map((q, i) => ({
        id: claimed.ids[i]!,
        protocolId,
        protocolName,
        order: i + 1,
        question: q.question,
        heard: q.heard,
        decision: q.decision,
        responsibleIds: q.responsibleIds,
        responsibleNames: names(q.responsibleIds),
        deadline: q.deadline,
        status: 'open' as const,
      })),
    );
    // A protocol records a meeting that took place: a meeting still marked planned is now held.
    if (session.status !== 'held') unit.update(sessions, [{ row: found.row, values: { status: 'held' } }]);
    unit.insert(protocols, [{ ...protocol, id: protocolId }]);
    return success({ id: protocolId!, number, schoolYear, decisions: input.questions.length });
  });
});

function describeProtocolChange(c: Change, session: Session, communities: ReadonlyMap<string, { value: Community }>): string {
  if (c.kind === 'meeting') return describeChange(c, 'sessions', RU.stale.meeting(recordLabel('sessions', session)));
  return describeChange(c, 'communities', RU.stale.community(communities.get(c.id)?.value.name ?? c.id));
}

function unknownTeachers(input: z.output<typeof SaveInput>, teachers: TeacherNames): Record<string, string> {
  const errors: Record<string, string> = {};
  const known = (id: string) => teachers.byId.has(id);
  if (!known(input.chairId)) errors.chairId = T.unknownTeacher;
  if (!known(input.secretaryId)) errors.secretaryId = T.unknownTeacher;
  if (!input.presentIds.every(known)) errors.presentIds = T.unknownTeacher;
  input.questions.forEach((q, i) => {
    if (!q.responsibleIds.every(known)) errors[`questions.${i}.responsibleIds`] = T.unknownTeacher;
  });
  return errors;
}
