/**
 * The representative actions the reliability suite breaks: each starts from a saved book, makes
 * one attempt (which a fault may cut short) and knows how the deputy finishes it (the page's
 * retry with the same request key, «Продолжить», the sweep run again).
 */
import { type CallInfo, type WorkspaceState, formsState, hostCreateFolder, listDriveFiles, submitFormResponse } from '@pds/emulator';
import { FORM_DEFINITIONS, FORM_KINDS, type StoredForm } from '../../src/forms/definitions';
import { Addon } from '../helpers/addon';
import { T, validSchool } from '../helpers/school';
import { asOk } from '../helpers/wire';
import type { EndpointName } from '../../src/wire';
import { mark, type Payload } from '../helpers/payloads';

type Result = { status: 'success' | 'error'; type?: string; response?: unknown; message?: string };
type Job = { kind: string; status: string; pending: number; failures: unknown[] };

export interface ReliableAction {
  name: string;
  base: () => WorkspaceState;
  /** One attempt; it may throw or return an error. */
  attempt: (addon: Addon) => void;
  /** What the deputy does until the action is complete; fails the test if it never completes. */
  finish: (addon: Addon) => void;
  /** The clean run finishes too (the next daily run is part of the rhythm, not a retry). */
  finishClean?: boolean;
  /** What must hold after the finish beyond the book matching the clean run's. */
  check?: (addon: Addon) => void;
  /**
   * Faults only from the first call this matches to the last (the part of a long action another
   * suite does not already cover), so the suite stays within CI's minutes.
   */
  faultsWithin?: (call: CallInfo) => boolean;
}

const cache = new Map<string, WorkspaceState>();
function cached(key: string, build: () => Addon): () => WorkspaceState {
  return () => {
    if (!cache.has(key)) cache.set(key, build().emulator.state);
    return cache.get(key)!;
  };
}

/** A sidebar call as the page makes it: an exception reaches the failure handler. */
function tryCall<K extends EndpointName>(addon: Addon, fn: K, input: Payload<K>): Result | null {
  try {
    return addon.callUnchecked(fn, input) as Result;
  } catch {
    return null;
  }
}

function retryUntilSuccess<K extends EndpointName>(addon: Addon, fn: K, input: Payload<K>): void {
  for (let i = 0; i < 5; i++) if (tryCall(addon, fn, input)?.status === 'success') return;
  throw new Error(`${fn} never succeeded`);
}

export const programmeInput: Payload<'saveProgramme'> = {
  programmeId: null,
  draft: false,
  teacherId: 'T00001',
  categories: ['methodical'],
  sources: ['interview'],
  problems: 'Не владеет приёмами формирующего оценивания\nЗатрудняется в планировании урока',
  leadId: 'T00002',
  participantsIds: ['T00003'],
  decisionDate: '2026-09-01',
  helpForms: ['coaching'],
  emphasis: 'practical',
  place: 'inSchool',
  start: '2026-09-07',
  end: '2027-05-31',
  items: ['Посещение уроков', 'Технологическая карта', 'Открытый урок'].map((content, i) => ({
    id: null,
    content,
    deadline: `2026-1${i}-15`,
    supportedActivity: '',
    supporterActivity: '',
    jointActivity: '',
    checkpoint: '',
  })),
  requestKey: 'reliability-programme-1',
};

export const seriesInput: Payload<'scheduleSessions'> = {
  kind: 'coaching',
  format: 'individual',
  leaderId: 'T00002',
  participantsIds: ['T00003'],
  workForm: 'coachingConsulting',
  topic: 'Работа с мотивацией учащихся',
  place: 'каб. 12',
  date: '2026-10-01',
  startTime: '14:00',
  endTime: '15:00',
  repeat: '3',
  requestKey: 'reliability-series-1',
};

/** The valid school with a held meeting of «Научи меня Чуду!» waiting for its protocol. */
export const withHeldMeeting = cached('meeting', () => {
  const addon = validSchool();
  // The day after the meeting: a meeting cannot be marked held before its day.
  addon.emulator.setClock(Math.max(addon.emulator.now(), Date.parse('2026-10-16T07:00:00Z')));
  const scheduled = addon.call('scheduleSessions', {
    kind: 'communityMeeting',
    format: 'group',
    leaderId: 'T00002',
    participantsIds: ['T00001', 'T00003'],
    communityId: 'C00001',
    topic: 'Формирующее оценивание',
    date: '2026-10-15',
  });
  addon.call('recordSessionResult', mark(addon, asOk(scheduled).response.ids[0]!, 'held'));
  return addon;
});

export function protocolInput(addon: Addon): Payload<'saveProtocol'> {
  const meeting = asOk(addon.call('getProtocolPage', {})).response.meetings[0]!;
  return {
    sessionId: meeting.sessionId,
    version: meeting.version ?? {},
    date: '2026-10-15',
    chairId: 'T00002',
    secretaryId: 'T00001',
    presentIds: ['T00002', 'T00001'],
    invited: '',
    questions: [
      { question: 'Итоги взаимопосещений', heard: '', decision: 'Продолжить взаимопосещения', responsibleIds: ['T00001'], deadline: '2026-11-30' },
      { question: 'Открытые уроки', heard: '', decision: 'Провести два открытых урока', responsibleIds: ['T00003'], deadline: '' },
    ],
    requestKey: 'reliability-protocol-1',
  };
}

let protocol: ReturnType<typeof protocolInput> | null = null;
/** The protocol of the held meeting, as the page sends it (the same input on every retry). */
const theProtocol = () => (protocol ??= protocolInput(Addon.from(withHeldMeeting())));

/** The valid school with its Drive folder and a second programme: two passports are needed. */
export const withFolder = cached('folder', () => {
  const addon = validSchool();
  addon.setting('Папка на Google Диске', hostCreateFolder(addon.emulator, 'Школа №2'));
  addon.setting('Полное наименование образовательной организации', 'МБОУ «Средняя школа №2»');
  addon.call('saveProgramme', { ...programmeInput, requestKey: 'base-programme-2' });
  // One protocol document first: the templates exist, the batch below makes only passports.
  const first = addon.call('startDocuments', { kind: 'protocol', scope: 'needed' });
  if (first.status !== 'success' || first.response.job?.status !== 'done') throw new Error(JSON.stringify(first));
  return addon;
});

function continueJob(addon: Addon): void {
  for (let i = 0; i < 8; i++) {
    const ran = tryCall(addon, 'continueDocuments', {});
    const job = (ran?.response as { job: Job | null } | undefined)?.job;
    if (job?.kind !== 'passport') {
      // The attempt ended before its job was saved (the page shows the previous one): the deputy
      // starts again.
      tryCall(addon, 'startDocuments', { kind: 'passport', scope: 'needed' });
      continue;
    }
    if (job && job.status === 'done' && job.pending === 0 && job.failures.length === 0) return;
  }
  throw new Error('the documents job never finished');
}

/**
 * A batch of passports cut by the time limit inside its window, as the second copy started: the
 * first passport made and registered, the job saved as still running (its window open).
 */
export const withCutBatch = cached('cut-batch', () => {
  const addon = Addon.from(withFolder());
  addon.emulator.faults.add({ match: 'File.makeCopy', error: 'timeout', skip: 1, times: 1 });
  tryCall(addon, 'startDocuments', { kind: 'passport', scope: 'needed' });
  if (addon.emulator.faults.fired.length !== 1) throw new Error('the batch was not cut');
  addon.emulator.faults.clear();
  return addon;
});

/** The valid school with reminders on, the morning of the 25th September before the run. */
export const withReminders = cached('reminders', () => {
  const addon = validSchool();
  addon.click('Напоминания → Включить');
  addon.emulator.setClock('2026-09-25T04:00:00Z');
  return addon;
});

/** The run of 26 September, the day after the tick's: it must run and succeed. */
function nextDayRun(a: Addon): void {
  const fired = a.host.advanceClock('2026-09-26T06:00:00Z');
  if (fired.length === 0 || fired.some((f) => !f.outcome.ok)) throw new Error(`the next run failed: ${JSON.stringify(fired.map((f) => f.outcome))}`);
}

/** A meeting of «Научи меня Чуду!» led by Petrov, Sidorova attending, as typed on «Сессии и встречи». */
const meetingRow = (id: string, date: string, topic: string) => ({
  ID: id,
  Дата: date,
  Начало: '15:00',
  Окончание: '16:00',
  Место: 'каб. 7',
  Вид: 'заседание ПОС',
  'Индивидуальная / групповая': 'групповая',
  Тема: topic,
  'Коуч-консультант / ведущий': T.petrov,
  'Коуч-консультант / ведущий (ID)': 'T00002',
  Участники: T.sidorova,
  'Участники (ID)': 'T00003',
  Сообщество: 'Научи меня Чуду!',
  'Сообщество (ID)': 'C00001',
  Статус: 'запланирована',
});

/**
 * Reminders on, with a meeting of the community on the 27th (its notice is due on the 25th) and one
 * in October that Sidorova attends: her notice and her October reminder go in one e-mail.
 */
export const withMeetingNotice = cached('reminders-notice', () => {
  const addon = validSchool();
  addon.typeRow('Сессии и встречи', meetingRow('S00091', '27.09.2026', 'Взаимопосещения'));
  addon.typeRow('Сессии и встречи', meetingRow('S00092', '20.10.2026', 'Открытые уроки'));
  addon.click('Напоминания → Включить');
  addon.emulator.setClock('2026-09-25T04:00:00Z');
  return addon;
});

/** The same, with the school's folder and the month's plan as a document a week: the tick makes its parts one step at a time. */
export const withPlanByWeek = cached('reminders-weeks', () => {
  const addon = Addon.from(withMeetingNotice());
  // The other tick actions have no folder (the plan's document fails there, the rest goes on).
  addon.setting('Папка на Google Диске', hostCreateFolder(addon.emulator, 'Школа'));
  addon.setting('План работы на месяц — отдельный документ на каждую неделю', 'да');
  addon.typeRow('Сессии и встречи', { ...meetingRow('S00093', '05.10.2026', 'Планирование'), Место: 'каб. 9' });
  return addon;
});

/** The valid school with the four forms and three teachers' answers (from their own addresses) whose submit events were missed. */
export const withResponses = cached('responses', () => {
  const addon = validSchool();
  addon.click('Анкеты → Создать анкеты');
  const stored = addon.stored('form.feedback');
  const formId = (JSON.parse(stored!) as StoredForm).formId;
  const title = (key: string) => FORM_DEFINITIONS.feedback.questions.find((q) => q.key === key)!.title;
  for (const [i, name] of [T.ivanova, T.petrov, T.sidorova].entries()) {
    submitFormResponse(addon.host, formId, { [title('fullName')]: name, [title('session')]: '12.10 — открытый урок', [title('usefulness')]: i + 3, [title('changed')]: 'Планирую иначе' }, { respondent: ['ivanova', 'petrov', 'sidorova'][i]! + '@school.example', delivery: 'missed' });
  }
  return addon;
});

/**
 * Sidorova renamed on her card, as the page sends it (the same input on every retry): her name is
 * shown on «Программы», «Сессии и встречи», «План программ» (her programme's label) and more.
 */
let rename: Payload<'saveTeacher'> | null = null;
export const theRename = (): Payload<'saveTeacher'> =>
  (rename ??= (() => {
    const page = asOk(validSchool().call('getTeacherPage', { teacherId: 'T00003' })).response;
    const t = page.teacher!;
    return {
      teacher: { id: t.id, fullName: 'Сидорова-Ким Анна Ивановна', email: t.email ?? '', subject: t.subject ?? '', role: t.role, mentorId: t.mentorId ?? '' },
      classes: page.classes.map((c) => ({ id: c.id, schoolYear: c.schoolYear, className: c.className, programme: c.programme ?? '', planning: c.planning ?? '', textbooks: c.textbooks ?? '' })),
      version: page.version,
    } as Payload<'saveTeacher'>;
  })());

/**
 * P00001 moved to start a week later, as the programme page sends it: its label («Сидорова …, с
 * dd.MM.yyyy») is shown on «План программ», «Анализ итогов» and «Сессии и встречи».
 */
let moved: Payload<'saveProgramme'> | null = null;
export const theMove = (): Payload<'saveProgramme'> =>
  (moved ??= (() => {
    const { form } = asOk(validSchool().call('getProgrammePage', { programmeId: 'P00001' })).response;
    return {
      programmeId: 'P00001',
      draft: false,
      version: form.version,
      teacherId: form.teacherId,
      categories: form.categories,
      sources: form.sources,
      problems: form.problems,
      leadId: form.leadId,
      participantsIds: form.participantsIds,
      decisionDate: form.decisionDate!,
      helpForms: form.helpForms,
      emphasis: form.emphasis,
      place: form.place,
      start: '2026-09-08',
      end: form.end!,
      items: form.items.map((i) => ({ id: i.id, content: i.content, deadline: i.deadline, supportedActivity: i.supportedActivity, supporterActivity: i.supporterActivity, jointActivity: i.jointActivity, checkpoint: i.checkpoint })),
    } as Payload<'saveProgramme'>;
  })());

/** P00001's conclusion, as the completion page sends it: its analysis row filled, one more added. */
let concluded: Payload<'saveCompletion'> | null = null;
export const theConclusion = (): Payload<'saveCompletion'> =>
  (concluded ??= {
    programmeId: 'P00001',
    version: asOk(validSchool().call('getCompletionPage', { programmeId: 'P00001' })).response.version,
    rows: [
      { id: 'A00001', problem: 'Дисциплина на уроке', before: 'шум на уроках', after: 'рабочая тишина', method: 'анализ уроков', conclusions: 'проблема снята' },
      { id: null, problem: 'Планирование урока', before: 'нет плана', after: 'технологическая карта', method: 'анализ карт', conclusions: 'проблема снята' },
    ],
    outcome: 'successful',
    problemsResult: 'allResolved',
    unresolvedProblems: '',
    reasons: '',
    needs: ['training'],
    anotherRouteReason: '',
    furtherWays: 'участие в ПОС',
    conclusionDate: '2027-05-30',
  });

/** As `finishRename`, for the completion page. */
function finishConclusion(addon: Addon): void {
  let input = theConclusion();
  for (let i = 0; i < 5; i++) {
    const result = tryCall(addon, 'saveCompletion', input);
    if (result?.status === 'success') return;
    if (result?.type === 'stale') input = { ...input, version: asOk(addon.call('getCompletionPage', { programmeId: 'P00001' })).response.version };
  }
  throw new Error('saveCompletion never succeeded');
}

/** As `finishRename`, for the programme page: «Обновить данные» keeps what she typed. */
function finishMove(addon: Addon): void {
  let input = theMove();
  for (let i = 0; i < 5; i++) {
    const result = tryCall(addon, 'saveProgramme', input);
    if (result?.status === 'success') return;
    if (result?.type === 'stale') input = { ...input, version: asOk(addon.call('getProgrammePage', { programmeId: 'P00001' })).response.form.version };
  }
  throw new Error('saveProgramme never succeeded');
}

/**
 * The deputy saves again; where the page says the card changed meanwhile (her own cut attempt
 * renamed the row), she presses «Обновить данные» — her typed name stays — and saves.
 */
function finishRename(addon: Addon): void {
  let input = theRename();
  for (let i = 0; i < 5; i++) {
    const result = tryCall(addon, 'saveTeacher', input);
    if (result?.status === 'success') return;
    if (result?.type === 'stale') input = { ...input, version: asOk(addon.call('getTeacherPage', { teacherId: 'T00003' })).response.version };
  }
  throw new Error('saveTeacher never succeeded');
}

const CREATE_FORMS = 'Анкеты → Создать анкеты';

/**
 * After «Создать анкеты» (and its retry): one form per questionnaire, complete, sending its
 * responses to one tab of this book under the questionnaire's name; the links handed out are
 * theirs; nothing else of ours in Drive.
 */
function oneFormEach(addon: Addon): void {
  const book = addon.emulator.state.activeSpreadsheetId;
  const forms = Object.values(formsState(addon.emulator).forms);
  const tabs = addon.emulator.state.spreadsheets[book!]!.sheets;
  for (const kind of FORM_KINDS) {
    const stored = JSON.parse(addon.stored(`form.${kind}`) ?? 'null') as StoredForm | null;
    expect([kind, stored?.complete]).toEqual([kind, true]);
    expect(forms.filter((f) => f.fileName === FORM_DEFINITIONS[kind].title).map((f) => f.id)).toEqual([stored!.formId]);
    const form = forms.find((f) => f.id === stored!.formId)!;
    expect(form.destination?.spreadsheetId).toBe(book);
    expect(tabs.filter((t) => t.sheetId === form.destination?.sheetId).map((t) => t.name)).toEqual([FORM_DEFINITIONS[kind].sheetName]);
    expect(form.items).toHaveLength(FORM_DEFINITIONS[kind].questions.length);
    expect(addon.lastAlert()).toContain(stored!.url);
  }
  expect(tabs.filter((t) => t.name.startsWith('Ответы')).map((t) => t.name).sort()).toEqual(FORM_KINDS.map((k) => FORM_DEFINITIONS[k].sheetName).sort());
}

export const RELIABLE_ACTIONS: ReliableAction[] = [
  { name: 'move a programme start', base: () => validSchool().emulator.state, attempt: (a) => void tryCall(a, 'saveProgramme', theMove()), finish: finishMove },
  { name: 'save a conclusion', base: () => validSchool().emulator.state, attempt: (a) => void tryCall(a, 'saveCompletion', theConclusion()), finish: finishConclusion },
  { name: 'rename a teacher', base: () => validSchool().emulator.state, attempt: (a) => void tryCall(a, 'saveTeacher', theRename()), finish: finishRename },
  { name: 'save a programme', base: () => validSchool().emulator.state, attempt: (a) => void tryCall(a, 'saveProgramme', programmeInput), finish: (a) => retryUntilSuccess(a, 'saveProgramme', programmeInput) },
  { name: 'schedule a series', base: () => validSchool().emulator.state, attempt: (a) => void tryCall(a, 'scheduleSessions', seriesInput), finish: (a) => retryUntilSuccess(a, 'scheduleSessions', seriesInput) },
  {
    name: 'record a protocol',
    base: withHeldMeeting,
    attempt: (a) => void tryCall(a, 'saveProtocol', theProtocol()),
    finish: (a) => retryUntilSuccess(a, 'saveProtocol', theProtocol()),
  },
  { name: 'generate a batch of documents', base: withFolder, attempt: (a) => void tryCall(a, 'startDocuments', { kind: 'passport', scope: 'needed' }), finish: continueJob },
  // The run after a cut: it recovers the window (the passport made before the cut, kept in the
  // saved window, registered with its link; not made again) and makes the rest; a fault at any of
  // its calls, then «Продолжить».
  { name: 'continue a batch cut inside its window', base: withCutBatch, attempt: (a) => void tryCall(a, 'continueDocuments', {}), finish: continueJob },
  {
    name: 'process form responses',
    base: withResponses,
    attempt: (a) => void a.host.click('Анкеты → Обработать ответы'),
    finish: (a) => {
      const outcome = a.host.click('Анкеты → Обработать ответы');
      if (!outcome.ok) throw new Error(`the sweep failed again: ${outcome.error.message}`);
    },
  },
  {
    name: 'create the questionnaires',
    base: () => validSchool().emulator.state,
    attempt: (a) => void a.host.click(CREATE_FORMS),
    // The deputy chooses the item again (declining to remake the finished ones), then the links.
    finish: (a) => {
      const outcome = a.host.click(CREATE_FORMS);
      if (!outcome.ok) throw new Error(`«Создать анкеты» failed again: ${outcome.error.message}`);
      a.click('Анкеты → Ссылки на анкеты');
    },
    finishClean: true,
    check: oneFormEach,
  },
  {
    name: 'the monthly tick',
    base: withReminders,
    // The run of the 25th (the reminder day), at about 08:00 Moscow time.
    attempt: (a) => void a.host.advanceClock('2026-09-25T06:00:00Z'),
    // The next day's run picks up whatever the 25th left (its lease has expired by then).
    finish: nextDayRun,
    finishClean: true,
  },
  {
    // The same run with the plan in weekly parts: a cut part is archived and made again, a part
    // recorded made is not, and the queue ends with one live document a week.
    name: 'the monthly tick with the plan by week',
    base: withPlanByWeek,
    attempt: (a) => void a.host.advanceClock('2026-09-25T06:00:00Z'),
    // «Запустить сейчас» the same day, once the cut run's lease is over: the documents carry the
    // day they were made, which a retry on the next day would change.
    finish: (a) => {
      a.emulator.setClock('2026-09-25T06:10:00Z');
      a.click('Напоминания → Запустить сейчас');
    },
    finishClean: true,
    // The plan's documents: from the first Drive or Docs call to the last (the rest is the monthly tick's suite).
    faultsWithin: (call) => ['DriveApp', 'DocumentApp', 'Docs'].includes(call.service),
    check: (a) => {
      const parts = listDriveFiles(a.emulator).filter((f) => f.name.startsWith('План работы на месяц — октябрь 2026, ') && !f.path.includes('Архив версий'));
      if (parts.length < 2) throw new Error(`expected October's plan in weekly parts, found ${parts.length}`);
    },
  },
  {
    // The same run where a person's notice and reminder share one e-mail: its rows are kept
    // together, so a cut while sending it leaves both «не подтверждено» and neither is resent.
    name: 'the monthly tick with a notice in the reminder',
    base: withMeetingNotice,
    attempt: (a) => void a.host.advanceClock('2026-09-25T06:00:00Z'),
    finish: nextDayRun,
    finishClean: true,
  },
];
