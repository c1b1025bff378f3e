/**
 * One run of the rhythm, from the daily trigger or «Запустить сейчас». Each run does what is due:
 * every day, unfinished document batches, unprocessed form answers, notices of coming meetings
 * and what fell overdue, and a new version of the month's plan when its sessions changed since it
 * was made; on the configured day (or the first run after it), the next month's plan (tab and
 * document), the «Сводка» dashboard, each person's reminder and the deputy's digest. Each stage
 * fails alone: its error is logged and shown, and the others still run.
 */
import { formatRu, type LocalDate } from '../domain/local-date';
import { loadJob, resumeDocumentJob } from '../documents/generate-job';
import { Book } from '../documents/generate-records';
import { monthlyPlanValues } from '../documents/fields/monthly-plan';
import { rebuildDashboardHoldingLock } from '../overview/dashboard-write';
import { parseMinimumMonths } from '../domain/minimum-months';
import { planChanges, planSnapshot, type PlanSnapshot } from '../domain/plan-snapshot';
import { guardDailyRun } from './settings-guard';
import { sweepResponses } from '../forms/process';
import { BusyError, withDocumentLock } from '../platform/lock';
import { documentStore } from '../platform/store';
import { RU } from '../text/ru';
import { insertRecords, loadTab } from '../workbook/repo';
import { openWorkbook, type Workbook } from '../workbook/sheets';
import { TABS } from '../workbook/tabs';
import type { TabKey } from '../workbook/columns';
import { firstOf, monthlyTarget, monthName, monthOf, type MonthKey } from './calendar';
import type { RhythmData, RhythmLinks } from './data';
import { lostNotices, meetingNotices, overdueNotice, planUpdatedNotice, type PlanUpdate } from './daily';
import { deputyDigest, type Failures } from './digest';
import type { Outgoing } from './email';
import { monthlyReminders } from './monthly';
import { advancePlanDocuments } from './plan-document';
import { planGrid, writePlanTab } from './plan-tab';
import { alreadyHandled, MailLog, recoverProgress, sendAll, type Handled } from './send';
import { LEASE_MS, loadState, saveState, type RhythmState } from './state';

const T = RU.rhythm;
/**
 * The run's budget on the execution's own clock (Date.now(), which counts the add-on's CPU as well
 * as the services' time): sending stops here, the rest goes next run. 1.5 min stay for what
 * follows (the mail log's last write, the run's state and log row) within the 6-minute limit.
 */
export const SEND_BUDGET_MS = 4.5 * 60 * 1000;
/**
 * A heavy stage (the month's plan, «Сводка») starts only this early in a run: at region size it
 * may take minutes; started later it is left to the next (hourly) run, never cut by the limit.
 * Reading the book of a region takes about 1.5 min (bench), so a run always reaches the first.
 */
export const HEAVY_START_MS = 2 * 60 * 1000;
/**
 * A part of the plan's documents starts only this early in a run: a part is bounded (at most
 * PLAN_PART_ROWS rows, well under a minute estimated), so it ends before the sending's budget,
 * and what is left of the run sends mail.
 */
export const PLAN_PART_START_MS = 3 * 60 * 1000;
const NEEDED: TabKey[] = ['teachers', 'programmes', 'planItems', 'sessions', 'communities', 'members', 'protocols', 'decisions', 'mailings', 'log', 'settings'];

export interface TickReport {
  busy: boolean;
  lines: string[];
  errors: string[];
  /**
   * Work for a run within the hour: what the run's time left, or mail the day's quota held back
   * before its first e-mail (its window is about to close: see runMail). Not mail a quota filled
   * during the run: that waits for the next day.
   */
  more?: boolean;
}

/** Milliseconds since the run began, on the execution's clock. */
type Clock = () => number;

/** Takes the run's lease, or returns null when another run holds it or the workbook stays busy. */
function takeLease(): RhythmState | null {
  try {
    return withDocumentLock(() => {
      const store = documentStore();
      const state = loadState(store);
      if (state.leaseUntil > Date.now()) return null;
      state.leaseUntil = Date.now() + LEASE_MS;
      saveState(state, store);
      return state;
    });
  } catch (e) {
    // A deputy's save holds the workbook: this run is "busy"; the next one does the day's work.
    if (e instanceof BusyError) return null;
    throw e;
  }
}

/** Runs one stage; true when it finished. */
function stage(report: TickReport, name: string, work: () => void): boolean {
  try {
    work();
    return true;
  } catch (e) {
    report.errors.push(T.stageFailed(name, e instanceof Error ? e.message : String(e)));
    return false;
  }
}

export function runTick(): TickReport {
  const started = Date.now();
  const report: TickReport = { busy: false, lines: [], errors: [] };
  const state = takeLease();
  if (!state) return { ...report, busy: true };
  let workbook: Workbook | null = null;
  try {
    // By identity: the record of what was sent is on the mail log the add-on made, whatever its name.
    const opened = openWorkbook(undefined, { byIdentity: true });
    workbook = opened;
    const missing = NEEDED.filter((k) => !opened.tab(k)).map((k) => TABS[k].name);
    if (missing.length) {
      report.errors.push(T.missingTabs(missing));
      return report;
    }
    // Settings as an administrator saved them, and a user who still is one, before anything else.
    const refused = guardDailyRun(opened);
    if (refused) {
      report.errors.push(refused);
      return report;
    }
    // Work other issues left unfinished comes first: it writes the tabs read below.
    stage(report, T.stageDocuments, () => {
      if (loadJob()?.pending.length) {
        resumeDocumentJob();
        report.lines.push(T.documentsResumed);
        // Paused by its own time budget: the next run goes on (a quota pause waits for the day).
        if (loadJob()?.status === 'paused') report.more = true;
      }
    });
    stage(report, T.stageForms, () => {
      const swept = sweepResponses();
      if (swept.written) report.lines.push(T.formsSwept(swept.written));
    });
    const book = new Book(opened, opened.zone.dayOf(new Date()));
    runMail(book, state, report, started);
  } finally {
    state.workLeft = report.more ?? false;
    state.leaseUntil = 0;
    state.lastRun = new Date().toISOString();
    state.lastLines = [...report.lines, ...report.errors];
    persist(state);
    if (workbook) writeLog(workbook, report);
  }
  return report;
}

/** Saves the run's own fields; switching off (or on) while the run worked is kept. */
function persist(state: RhythmState): void {
  withDocumentLock(() => {
    const store = documentStore();
    const current = loadState(store);
    saveState({ ...state, enabled: current.enabled, owner: current.owner, triggerId: current.triggerId, hour: current.hour, zone: current.zone, pace: current.pace }, store);
  });
}

function dataOf(book: Book): RhythmData {
  return {
    today: book.today,
    teachers: book.values('teachers'),
    programmes: book.values('programmes'),
    items: book.values('planItems'),
    sessions: book.values('sessions'),
    communities: book.values('communities'),
    members: book.values('members'),
    protocols: book.values('protocols'),
    decisions: book.values('decisions'),
    minimumMonths: parseMinimumMonths(book.settings.minimumMonths).months,
  };
}

function runMail(book: Book, state: RhythmState, report: TickReport, started: number): void {
  const elapsed: Clock = () => Date.now() - started;
  const heavy = () => {
    if (elapsed() <= HEAVY_START_MS) return true;
    report.more = true;
    return false;
  };
  const data = dataOf(book);
  const settings = book.settings;
  const links: RhythmLinks = { workbook: book.workbook.spreadsheet.getUrl(), planDocument: state.planDocument };
  // Read once a run and kept current in memory as rows are added (send.ts).
  const log = new MailLog(book.tab('mailings'));
  const handled = log.handled;
  const recovered = recoverProgress(book.workbook, log);
  if (recovered) report.lines.push(T.recovered(recovered));
  const deputy = settings.deputyEmail ?? Session.getEffectiveUser().getEmail();
  const target = monthlyTarget(book.today, settings.reminderDay, state.monthlyDone);
  const outgoing: Outgoing[] = [...meetingNotices(data, settings.noticeDaysBefore)];
  let planMade = false;
  if (target && state.planDone !== target && heavy()) {
    makePlan(book, state, target, planSnapshot(target, data.sessions, data.items), report);
    planMade = true;
  }
  // A plan made earlier is remade, once a run, when its month's sessions or deadlines changed since.
  const updated = planMade ? null : refreshPlan(book, state, data, report, heavy);
  // The month's reminders link its plan: they wait for its tab (a plan left to the next run holds them).
  const monthReady = target !== null && state.planDone === target;
  // «Сводка» is a step of its own: a rebuild the budget, the lock or a server error stopped is
  // done by the next run instead of waiting a month. Before the plan's documents: their parts
  // may fill a run's first minutes for several runs at region size.
  if (target && monthReady && state.dashboardDone !== target && heavy()) rebuildDashboardStage(book, state, target, report);
  // The plan's documents: the parts not made from their current rows, while the run's time allows.
  if (state.planDone && state.planDone >= monthOf(book.today)) planDocumentsStage(book, state, state.planDone as MonthKey, report, elapsed);
  if (updated) outgoing.push(planUpdatedNotice(updated, deputy, { ...links, planDocument: state.planDocument }));
  if (target && monthReady) {
    links.planDocument = state.planDocument;
    const reminders = monthlyReminders(data, target, links);
    outgoing.push(...reminders, deputyDigest(data, target, deputy, failuresSince(book, handled, state, reminders), links));
  }
  const overdue = overdueNotice(data, state.lastRunDay as LocalDate | null, deputy, links);
  if (overdue) outgoing.push(overdue);
  // Notices the day's quota held past their meeting: never sent, so the deputy is told (the log's error row counts in the digest).
  const lost = lostNotices(data, state.lastRunDay as LocalDate | null, settings.noticeDaysBefore, (n) => alreadyHandled(handled, n));
  if (lost.length) report.errors.push(T.noticesLost(lost.length, [...new Set(lost.map((n) => n.subject))]));
  let result: ReturnType<typeof sendAll> | null = null;
  stage(report, T.stageMail, () => {
    result = sendAll(book.workbook, log, outgoing, { senderName: settings.schoolShortName ?? settings.schoolName ?? T.defaultSender, started, budgetMs: SEND_BUDGET_MS });
  });
  const sent = result as ReturnType<typeof sendAll> | null;
  if (sent) {
    if (sent.sent || sent.failed) report.lines.push(T.didSend(sent.sent, sent.failed));
    if (sent.deferred.length) report.lines.push(T.deferred(sent.deferred.length));
    // The quota's 24-hour window opens with a day's first e-mail (docs/platform.md, «Limits»), at
    // about the trigger's hour; after a day the quota filled, the next morning's run (a trigger
    // made anew has another minute: scheduled triggers are "slightly randomized",
    // guides/triggers/installable) may come minutes before that window closes. A run the quota
    // stopped before its first e-mail comes back within the hour, not the next morning.
    if (sent.stoppedBy === 'time' || (sent.stoppedBy === 'quota' && sent.sent === 0 && sent.failed === 0)) report.more = true;
    report.errors.push(...sent.errors);
    state.lastDeferred = sent.deferred.length;
    // The month is done once its reminders and digest are all handled.
    if (target && monthReady && !sent.deferred.some((m) => m.month === target && (m.kind === 'monthly' || m.kind === 'digest'))) state.monthlyDone = target;
    if (target && handled.has(`digest|${target}`)) state.lastDigest = handled.get(`digest|${target}`)!.at;
    state.lastRunDay = book.today;
  }
}

function rebuildDashboardStage(book: Book, state: RhythmState, month: MonthKey, report: TickReport): void {
  const done = stage(report, T.stageDashboard, () => {
    withDocumentLock(() => rebuildDashboardHoldingLock(book.workbook));
    report.lines.push(T.didDashboard);
  });
  if (done) state.dashboardDone = month;
}

/** The plan tab of a month; true when written. */
function writePlan(book: Book, month: MonthKey, report: TickReport): boolean {
  return stage(report, T.stagePlan, () => {
    const values = monthlyPlanValues({ month: firstOf(month), sessions: book.values('sessions'), items: book.values('planItems'), programmes: book.values('programmes'), settings: book.settings, today: book.today });
    writePlanTab(book.workbook, planGrid(values, monthName(month), formatRu(book.today), book.workbook.zone));
    report.lines.push(T.didPlan(monthName(month)));
  });
}

/**
 * The month's plan documents, part by part while the run's time allows (plan-document.ts keeps
 * which are made); parts left go to the next run. A month's document made again archives the one
 * before (documents/generate.ts): never deleted.
 */
function planDocumentsStage(book: Book, state: RhythmState, month: MonthKey, report: TickReport, elapsed: Clock): void {
  try {
    const made = advancePlanDocuments(book, month, () => elapsed() <= PLAN_PART_START_MS, state.planDocumentsMark, state.planDocument);
    if (made.link) state.planDocument = made.link;
    state.planDocumentsMark = made.done ? made.mark : null;
    if (made.made > 0) report.lines.push(made.parts > 1 ? T.didPlanParts(made.made, made.parts, made.link ?? '') : T.didPlanDoc(made.link ?? ''));
    if (!made.done) report.more = true;
    state.planDocumentsFailed = null;
  } catch (e) {
    // Tried again every run; told once a month for the same reason (no folder yet, a broken template).
    const reason = (e instanceof Error ? e.message : String(e)).slice(0, 300);
    if (state.planDocumentsFailed !== `${month}:${reason}`) report.errors.push(T.planDocFailed(reason));
    state.planDocumentsFailed = `${month}:${reason}`;
  }
}

function makePlan(book: Book, state: RhythmState, month: MonthKey, snapshot: PlanSnapshot, report: TickReport): void {
  writePlan(book, month, report);
  state.planDone = month;
  state.planDocument = null;
  state.planSnapshot = snapshot;
  state.planVersion = 1;
  // Kept at once: a run cut later while sending must not make the plan a second time.
  persist(state);
}

/**
 * Remakes the current plan (tab and document) when its month differs from the snapshot it was
 * made from; the changes, or null. A remake that failed keeps the old snapshot, so the next run
 * tries again; no more than once a run, whatever the number of saves (the documents' quota).
 */
function refreshPlan(book: Book, state: RhythmState, data: RhythmData, report: TickReport, heavy: () => boolean): PlanUpdate | null {
  const month = state.planDone;
  if (!month || month < monthOf(book.today)) return null;
  const now = planSnapshot(month, data.sessions, data.items);
  const changes = planChanges(state.planSnapshot, now);
  if (!changes) {
    // A plan made before snapshots were kept is taken as current from here on.
    state.planSnapshot ??= now;
    return null;
  }
  if (!heavy()) return null;
  // The tab now; the documents whose rows changed follow as steps (planDocumentsStage).
  if (!writePlan(book, month, report)) return null;
  state.planSnapshot = now;
  state.planVersion = Math.max(state.planVersion, 1) + 1;
  report.lines.push(T.planUpdated(monthName(month), state.planVersion, changes));
  persist(state);
  return { month, version: state.planVersion, changes };
}

/** The add-on's own failures since the previous digest, for the deputy. */
function failuresSince(book: Book, handled: Handled, state: RhythmState, reminders: readonly Outgoing[]): Failures {
  const since = state.lastDigest ?? '';
  const logErrors = book.values('log').filter((r) => r.level === 'error' && r.at > since).length;
  let mailFailed = 0;
  // A message to nobody is the one row kept without an address: the digest names those people instead.
  for (const entry of handled.values()) if (entry.status !== 'sent' && entry.at > since && entry.email) mailFailed += 1;
  return {
    logErrors,
    mailFailed,
    documentsFailed: loadJob()?.failed.length ?? 0,
    deferred: state.lastDeferred ?? 0,
    noAddress: [...new Set([...[...handled.values()].filter((e) => e.status === 'failed' && !e.email && e.at > since).map((e) => e.name ?? ''), ...reminders.filter((m) => !m.email).map((m) => m.recipientName)])],
  };
}

/** One row for the run, one for each error, appended in one block. */
function writeLog(workbook: Workbook, report: TickReport): void {
  // A quiet day leaves no row: the settings page shows the last run anyway.
  if (report.busy || (report.lines.length === 0 && report.errors.length === 0)) return;
  try {
    withDocumentLock(() => {
      if (!workbook.tab('log')) return;
      const log = loadTab(workbook, 'log');
      const at = new Date().toISOString();
      const user = Session.getEffectiveUser().getEmail() || null;
      insertRecords(workbook, log, [
        ...(report.lines.length ? [{ at, user, level: 'info' as const, action: 'dailyRun' as const, message: report.lines.join('\n') }] : []),
        ...report.errors.map((message) => ({ at, user, level: 'error' as const, action: 'dailyRun' as const, message })),
      ]);
    });
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
  }
}
