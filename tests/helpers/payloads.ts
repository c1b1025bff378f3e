/**
 * Payloads the sidebars send, built once and typed by the wire map (src/wire.ts): a suite changes
 * only what its case is about, and a payload that drifts from the endpoint's schema stops compiling
 * in every suite at once instead of failing at run time in some.
 */
import type { EndpointName, InputOf, WireMap } from '../../src/wire';
import type { AddonDriver } from '@pds/emulator';
import { asOk } from './wire';

export type Payload<K extends EndpointName> = InputOf<K>;
type ProgrammeInput = Payload<'saveProgramme'>;
type PlanItemInput = ProgrammeInput['items'][number];
type SessionInput = Payload<'scheduleSessions'>;

/** A plan item as the programme page sends a new one: only content and deadline filled. */
export function planItem(content: string, deadline: string, extra: Partial<PlanItemInput> = {}): PlanItemInput {
  return { id: null, content, deadline, supportedActivity: '', supporterActivity: '', jointActivity: '', checkpoint: '', ...extra };
}

/**
 * A new programme for Ivanova (T00001) led by Petrov (T00002), as the programme page sends it with
 * only the required fields chosen (the school fixtures' teachers): no plan items.
 */
export function newProgramme(change: Partial<ProgrammeInput> = {}): ProgrammeInput {
  return {
    programmeId: null,
    draft: false,
    teacherId: 'T00001',
    categories: ['methodical'],
    sources: [],
    problems: 'Оценивание\nПланирование урока',
    leadId: 'T00002',
    participantsIds: [],
    decisionDate: '2026-09-01',
    helpForms: ['coaching'],
    emphasis: '',
    place: '',
    start: '2026-09-07',
    end: '2027-05-31',
    items: [],
    ...change,
  };
}

/** One individual coaching session of Petrov (T00002) with Sidorova (T00003), on 1 October 2026. */
export function coachingSession(change: Partial<SessionInput> = {}): SessionInput {
  return {
    kind: 'coaching',
    format: 'individual',
    leaderId: 'T00002',
    participantsIds: ['T00003'],
    workForm: 'coachingConsulting',
    topic: 'Работа с мотивацией учащихся',
    stage: 'поиск решений',
    place: 'каб. 12',
    date: '2026-10-01',
    startTime: '14:00',
    endTime: '15:00',
    repeat: '1',
    ...change,
  };
}

/** A meeting of «Научи меня Чуду!» (C00001) led by Petrov with Ivanova and Sidorova. */
export function communityMeeting(date: string, change: Partial<SessionInput> = {}): SessionInput {
  return {
    kind: 'communityMeeting',
    format: 'group',
    leaderId: 'T00002',
    participantsIds: ['T00001', 'T00003'],
    communityId: 'C00001',
    topic: 'Формирующее оценивание',
    date,
    ...change,
  };
}

/** A teacher list pasted as text into the import page. */
export function pastedTeachers(text: string): Payload<'previewTeacherImport'> {
  return { source: 'text', text };
}

type Mark = Payload<'recordSessionResult'>;
/** What the builders need of a driver: its typed call. */
type Caller = Pick<AddonDriver<WireMap>, 'call'>;

/**
 * A mark as the sessions page sends it: with the version of the session as the page lists it
 * (opened with that session picked, as a selected row opens it). A session the page cannot show
 * (an unknown id) goes without one, and the server answers for it.
 */
export function mark(addon: Caller, sessionId: string, status: Mark['status'], extra: Partial<Mark> = {}): Mark {
  const page = addon.call('getSessionsPage', { sessionId });
  const version = page.status === 'success' ? (page.response.sessions.find((s) => s.id === sessionId)?.version ?? {}) : {};
  return { sessionId, status, version, ...extra };
}

/**
 * The version the protocol page shows for a meeting, as it shows it once picked (with its
 * attendees). A meeting the page cannot show (an unknown id, a coaching session) has none.
 */
export function meetingVersion(addon: Caller, sessionId: string): Payload<'saveProtocol'>['version'] {
  const page = addon.call('getProtocolMeeting', { sessionId });
  return page.status === 'success' ? (page.response.version ?? {}) : {};
}

type Settings = Payload<'saveSettings'>;
/** A settings save as the form sends it: the values typed, with the version of the form as it opened now. */
export function settings(addon: Caller, values: Settings['values']): Settings {
  const page = addon.call('getSettingsPage', {});
  return { values, version: page.status === 'success' ? page.response.version : {} };
}

/**
 * A meeting of «Научи меня Чуду!» on `date` with the clock moved to the day after (a meeting is
 * held, and its protocol written, not before its day); marked held unless `held` is false.
 */
export function scheduledMeeting(addon: Pick<AddonDriver<WireMap>, 'call' | 'emulator'>, date: string, held = true): string {
  const id = asOk(addon.call('scheduleSessions', communityMeeting(date))).response.ids[0]!;
  addon.emulator.setClock(Math.max(addon.emulator.now(), Date.parse(`${date}T12:00:00Z`) + 86_400_000));
  if (held) addon.call('recordSessionResult', mark(addon, id, 'held'));
  return id;
}
