/**
 * The actions the bench measures, each as the deputy (or a trigger) would start it. An action may
 * take several executions (a batch that pauses and is continued): `run` returns one entry per
 * execution so the bench can check each against the limits.
 */
import { submitFormResponse, type FiredTrigger, listDriveFiles, outbox } from '@pds/emulator';
import { FORM_DEFINITIONS, type StoredForm } from '../src/forms/definitions';
import { EMPTY_TALLY, mergeTallies, type SessionTally } from '../src/domain/session-tally';
import type { Book } from './driver';
import type { EndpointName, InputOf, ResponseOf } from '../src/wire';
import { dayText, teacherId, teacherName, type Size } from './fixtures';

export interface Action {
  name: string;
  /** Work done before measuring (not counted): what it returns is handed to `run`. */
  prepare?: (book: Book, size: Size) => unknown;
  /** Runs the action; several executions are reported through `step` (one call per execution). A text returned is printed with the measurement. */
  run: (book: Book, size: Size, step: (work: () => unknown) => unknown, prepared: unknown) => void | string;
  /** Several executions that resume one another (the 6-minute aim) instead of one action. */
  resumable?: boolean;
}

type Ok<T> = { status: 'success'; response: T };
type Job = { status: string; done: number; total: number; pending: number; failures: unknown[] };

const page = <K extends EndpointName>(name: string, fn: K, input?: InputOf<K>): Action => ({ name: `open ${name}`, run: (b, _s, step) => void step(() => b.callUnchecked(fn, input ?? {})) });

function documentsBatch(book: Book, step: (work: () => unknown) => unknown, first: () => unknown): void {
  let job = (step(first) as Ok<{ job: Job }>).response.job;
  for (let i = 0; job.status !== 'done' && i < 50; i++) job = (step(() => book.call('continueDocuments', {})) as Ok<{ job: Job }>).response.job;
  if (job.status !== 'done' || job.done !== job.total || job.failures.length) throw new Error(`documents job ended ${JSON.stringify(job)}`);
}

const RESPONSES = 100;

/** A coaching series of the bench's coach with its last teacher, as the sessions page sends it. */
const series = (s: Size, over: Partial<InputOf<'scheduleSessions'>>): InputOf<'scheduleSessions'> => ({
  kind: 'coaching',
  format: 'individual',
  leaderId: 'T00001',
  participantsIds: [teacherId(s.teachers - 1)],
  workForm: 'coachingConsulting',
  topic: 'Формирующее оценивание',
  place: 'каб. 12',
  date: '2026-11-16',
  startTime: '14:00',
  endTime: '15:00',
  repeat: '9',
  ...over,
});

export const ACTIONS: Action[] = [
  { name: 'set-up (again, on a filled book)', run: (b, _s, step) => void step(() => b.click('Настроить книгу')) },
  {
    // As the sidebar runs it: the plan, then each part in its own call.
    name: 'data check',
    run: (b, _s, step) => {
      const plan = step(() => b.response('planDataCheck', {})) as ResponseOf<'planDataCheck'>;
      for (const part of plan.steps) {
        const result = step(() => b.call('runDataCheckStep', { step: part })) as { status: string; message?: string };
        if (result.status !== 'success') throw new Error(`data check part failed: ${result.message}`);
      }
    },
  },
  page('settings', 'getSettingsPage'),
  page('teacher card', 'getTeacherPage', { teacherId: 'T00002' }),
  page('programme', 'getProgrammePage', { programmeId: 'P00001' }),
  page('completion', 'getCompletionPage', { programmeId: 'P00001' }),
  page('sessions', 'getSessionsPage'),
  page('protocol', 'getProtocolPage'),
  page('documents', 'getDocumentsPage'),
  page('help', 'getHelpInfo'),
  page('year close', 'getYearClosePage'),
  page('retention', 'getRetentionPage'),
  {
    name: 'save a programme',
    run: (b, s, step) =>
      void step(() =>
        b.call('saveProgramme', {
          programmeId: null,
          draft: false,
          teacherId: teacherId(s.teachers - 1),
          categories: ['methodical'],
          sources: ['interview'],
          problems: 'Затрудняется в планировании урока',
          leadId: 'T00001',
          participantsIds: [],
          decisionDate: '2026-11-01',
          helpForms: ['coaching'],
          emphasis: 'practical',
          place: 'inSchool',
          start: '2026-11-02',
          end: '2027-05-31',
          items: [1, 2, 3].map((n) => ({ id: null, content: `Пункт ${n}`, deadline: `2027-0${n}-15`, supportedActivity: '', supporterActivity: '', jointActivity: '', checkpoint: '' as const })),
        }),
      ),
  },
  {
    // As the card sends it: the page opened first (not measured), the teacher's subject changed
    // and the classes shown kept, with the page's version.
    name: 'save a teacher',
    prepare: (b) => b.response('getTeacherPage', { teacherId: 'T00001' }),
    run: (b, _s, step, prepared) => {
      const page = prepared as ResponseOf<'getTeacherPage'>;
      const t = page.teacher;
      if (!t) throw new Error('teacher T00001 not on its page');
      const teacher = { id: t.id, fullName: t.fullName, email: t.email ?? '', subject: 'астрономия', role: t.role, ...(t.mentorId ? { mentorId: t.mentorId } : {}) };
      const classes = page.classes.map((c) => ({ id: c.id, schoolYear: c.schoolYear, className: c.className, programme: c.programme ?? '', planning: c.planning ?? '', textbooks: c.textbooks ?? '' }));
      step(() => b.call('saveTeacher', { teacher, classes, removedClassIds: [], version: page.version }));
    },
  },
  {
    name: 'schedule a series (9 monthly sessions)',
    // The coach already has another session on one of the series' days at every size, so the
    // rows of her days are read at every size (otherwise whether the fixture happens to put one
    // there decides a read, and the calls differ by data, not by size).
    prepare: (b, s) => b.response('scheduleSessions', series(s, { date: '2026-12-16', startTime: '10:00', endTime: '11:00', repeat: '1' })),
    run: (b, s, step) => void step(() => b.call('scheduleSessions', series(s, {}))),
  },
  {
    name: 'record a protocol',
    // The page is opened first, as the deputy does (measured as «open protocol»), then the save.
    prepare: (b) => {
      const meetings = b.response('getProtocolPage', {}).meetings;
      const m = meetings.find((x) => x.chairId && x.secretaryId);
      if (!m?.chairId || !m.secretaryId) throw new Error('no held meeting without a protocol');
      // The page's version of the meeting: the one shown first carries it, another comes when picked.
      const version = m.version ?? b.response('getProtocolMeeting', { sessionId: m.sessionId }).version ?? {};
      return { m, version };
    },
    run: (b, _s, step, prepared) => {
      const { m, version } = prepared as { m: ResponseOf<'getProtocolPage'>['meetings'][number]; version: Record<string, string> };
      const { chairId, secretaryId } = m;
      if (!chairId || !secretaryId) throw new Error('no held meeting without a protocol');
      step(() =>
        b.call('saveProtocol', {
          version,
          sessionId: m.sessionId,
          date: m.date,
          chairId,
          secretaryId,
          presentIds: [chairId, secretaryId],
          invited: '',
          questions: [
            { question: 'Итоги взаимопосещений', heard: '', decision: 'Продолжить', responsibleIds: [chairId], deadline: '2026-12-20' },
            { question: 'Открытые уроки', heard: '', decision: 'Провести два урока', responsibleIds: [], deadline: '' },
          ],
        }),
      );
    },
  },
  {
    name: 'generate one document (passport)',
    prepare: (b) => b.select('Программы', 'A2'),
    run: (b, _s, step) => documentsBatch(b, step, () => b.call('startDocuments', { kind: 'passport', scope: 'selected' })),
  },
  {
    name: 'generate a batch of 100 documents',
    resumable: true,
    prepare: (b) => b.select('Программы', 'A3:A102'),
    run: (b, _s, step) => documentsBatch(b, step, () => b.call('startDocuments', { kind: 'passport', scope: 'selected' })),
  },
  {
    name: `process ${RESPONSES} form responses`,
    prepare: (b, s) => {
      b.click('Анкеты → Создать анкеты');
      const stored = b.stored('form.feedback');
      const formId = (JSON.parse(stored!) as StoredForm).formId;
      const titles = Object.fromEntries(FORM_DEFINITIONS.feedback.questions.map((q) => [q.key, q.title]));
      for (let i = 0; i < RESPONSES; i++) {
        const answers = { [titles.fullName!]: teacherName(i % s.teachers), [titles.session!]: `${dayText(60)} — коучинг-сессия`, [titles.usefulness!]: (i % 5) + 1, [titles.changed!]: 'Стала планировать иначе', [titles.next!]: 'Коучинг' };
        // 'missed': the form-submit trigger does not run, the sweep takes all 100 at once.
        submitFormResponse(b.host, formId, answers, { respondent: `t${(i % s.teachers) + 1}@school.example`, delivery: 'missed' });
      }
    },
    run: (b, _s, step) => void step(() => b.click('Анкеты → Обработать ответы')),
  },
  {
    // As the sidebar runs it: the plan, each block of sessions in its own call, the merge, the write.
    name: 'rebuild the dashboard',
    run: (b, _s, step) => {
      const plan = (step(() => b.call('planDashboardRebuild', {})) as Ok<{ today: string; steps: Array<{ from: number; to: number | null }> }>).response;
      let sessions: SessionTally = EMPTY_TALLY;
      for (const part of plan.steps) {
        const result = step(() => b.call('runDashboardRebuildStep', { today: plan.today, step: part })) as Ok<SessionTally> | { status: 'error'; message: string };
        if (result.status !== 'success') throw new Error(`dashboard part failed: ${result.message}`);
        sessions = mergeTallies(sessions, result.response);
      }
      const written = step(() => b.call('finishDashboardRebuild', { today: plan.today, sessions })) as { status: string; message?: string };
      if (written.status !== 'success') throw new Error(`dashboard write failed: ${written.message}`);
    },
  },
  {
    // Last: it moves the clock to the reminder day (the 25th by default, «Настройки»).
    name: 'the monthly tick with reminders',
    resumable: true,
    prepare: (b) => {
      b.click('Напоминания → Включить');
      b.emulator.setClock(Math.max(b.emulator.now(), Date.parse('2026-11-25T04:00:00Z')));
    },
    run: (b, _s, step) => tickToCompletion(b, step),
  },
];

/**
 * The tick's runs from the reminder day on, one execution per step: each step moves the clock to
 * the one trigger's next run (daily, or hourly while work is left). Stops when a run leaves the
 * month done, nothing deferred and no work queued: every due message sent, or deferred by the
 * day's quota and sent on a later day. Nothing may reach anyone twice.
 */
/** BENCH_TICK_TRACE=1: one line a run on stderr (when, the quota's window, what the run did). */
function trace(b: Book, run: number, at: number, state: { workLeft?: boolean; lastDeferred?: number; lastLines?: string[] }): void {
  const quota = Object.entries(b.emulator.state.quota).filter(([k]) => k.startsWith('email:'));
  const since = quota.find(([k]) => k.endsWith('|since'))?.[1];
  const used = quota.find(([k]) => k.endsWith('|used'))?.[1];
  const mail = outbox(b.emulator);
  const december = mail.filter((m) => /на декабрь 2026/.test(m.subject)).length;
  const window = since === undefined ? '-' : new Date(since).toISOString().slice(5, 19);
  console.error(`    run ${run} at ${new Date(at).toISOString().slice(5, 16)} ended ${new Date(b.emulator.now()).toISOString().slice(5, 19)}: quota window ${window} used ${used ?? 0}; mail ${mail.length} (December ${december}); workLeft ${state.workLeft} deferred ${state.lastDeferred}; ${(state.lastLines ?? []).join(' | ').replace(/\s+/g, ' ').slice(0, 200)}`);
}

function tickToCompletion(b: Book, step: (work: () => unknown) => unknown): string {
  const from = b.emulator.now();
  const days = new Set<string>();
  let idle = 0;
  const lost: string[] = [];
  const mskDay = (at: number) => new Date(at + 3 * 3_600_000).toISOString().slice(0, 10);
  for (let run = 1; run <= 24 * 30; run++) {
    const trigger = b.emulator.state.triggers.find((t) => t.handler === 'dailyTick');
    if (!trigger) throw new Error('no tick trigger');
    // A stored next run the clock passed without firing (set, not advanced) comes round again.
    const period = (trigger.schedule?.kind === 'hours' ? 3_600_000 : 86_400_000) * (trigger.schedule?.n ?? 1);
    let at = trigger.nextRun ?? b.emulator.now() + period;
    while (at <= b.emulator.now()) at += period;
    // The add-on's CPU leaves the clock at fractions of a millisecond; a Date has none.
    at = Math.ceil(at);
    if (at - from > 30 * 86_400_000) throw new Error(`the month's mail was not done in 30 days (${run - 1} runs)`);
    const fired = step(() => b.host.advanceClock(at)) as FiredTrigger[];
    const failed = fired.filter((f) => !f.outcome.ok);
    if (failed.length) throw new Error(`dailyTick failed: ${failed.map((f) => (f.outcome.ok ? '' : f.outcome.error.message)).join('; ')}`);
    if (fired.length === 0) {
      if (++idle > 48) throw new Error(`no run for 48 steps: now ${new Date(b.emulator.now()).toISOString()}, triggers ${JSON.stringify(b.emulator.state.triggers)}`);
      continue;
    }
    idle = 0;
    days.add(mskDay(at));
    const state = JSON.parse(b.stored('rhythm.state') ?? '{}') as { monthlyDone?: string; workLeft?: boolean; lastDeferred?: number; lastLines?: string[] };
    if (process.env.BENCH_TICK_TRACE === '1') trace(b, run, at, state);
    // A notice the quota held past its meeting is never sent: the run names it (rhythm/daily.ts lostNotices).
    for (const line of state.lastLines ?? []) if (/не ушли до дня заседания/.test(line)) lost.push(line);
    if (state.monthlyDone !== '2026-12' || state.workLeft || (state.lastDeferred ?? 0) > 0) continue;
    const mail = outbox(b.emulator);
    const december = mail.filter((m) => /на декабрь 2026/.test(m.subject));
    const twice = december.length - new Set(december.map((m) => m.to.join(','))).size;
    if (twice > 0) throw new Error(`${twice} people got December's reminder twice`);
    if (lost.length) throw new Error(`meeting notices never sent: ${lost.join(' | ')}`);
    const plan = listDriveFiles(b.emulator).filter((f) => f.name.startsWith('План работы на месяц — декабрь 2026') && !f.path.includes('Архив версий')).length;
    return `${days.size} day(s) (${[...days][0]} to ${[...days].at(-1)}), ${run} run(s); ${december.length} e-mails for December, ${mail.length} e-mails in all, none twice, no notice lost; December's plan in ${plan} document(s)`;
  }
  throw new Error('the tick did not finish');
}
