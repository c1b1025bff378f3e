/**
 * Form responses into the workbook's tabs. Idempotent by the response key (questionnaire +
 * timestamp + a hash of the answers, response-key.ts) kept in each target row: every run handles ALL responses whose key is not in
 * the target tab yet, so a duplicated submit event does nothing and a missed one is caught up by
 * the next event or by the sweep. The responses tabs are only read, never written.
 * Reads per run: the responses tab(s), the target tab(s), teachers and the log, once each; writes:
 * one block per target tab and one to the log.
 */
import { DIFFICULTY_CATEGORIES, type LOG_LEVELS } from '../domain/options';
import type { LocalDate } from '../domain/local-date';
import { normalizeLabel } from '../domain/option-set';
import { withDocumentLock } from '../platform/lock';
import { RU } from '../text/ru';
import type { RawCell } from '../workbook/cells';
import type { TabKey } from '../workbook/columns';
import { insertRecords, loadTab, type LoadedTab } from '../workbook/repo';
import { openWorkbook, type Workbook } from '../workbook/sheets';
import { diagnosisKey, statementKey } from '../workbook/tabs';
import type { RecordOf } from '../workbook/typed';
import { FORM_DEFINITIONS, FORM_KINDS, type FormKind } from './definitions';
import { isDate, parseAnswer, responseLayout, type ParseOutcome, type ParsedAnswer } from './process-parse';
import { verifiesEmails } from './email-collection';
import { storedForm } from './create';
import { findResponsesTab, kindOfResponsesSheet } from './responses-tab';
import { answersHash, keyMaker, legacyMatcher, stampOf } from './response-key';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type TargetKey = 'selfDiagnoses' | 'feedback' | 'helpRequests' | 'studentSurveys';

export const TARGET_TABS: Record<FormKind, TargetKey> = {
  selfDiagnosis: 'selfDiagnoses',
  feedback: 'feedback',
  request: 'helpRequests',
  students: 'studentSurveys',
};

export const LOG_ACTION = 'formsProcess' as const;
type LogLevel = (typeof LOG_LEVELS.keys)[number];

export interface ProcessSummary {
  /** Rows written to target tabs. */
  written: number;
  /** Responses waiting for the deputy's review (a name or an unverified address only). */
  toReview: number;
  /** Responses not written (unknown teacher or a malformed answer), with their reason. */
  problems: string[];
  /** Responses tabs that do not exist yet (the form not created). */
  missingTabs: string[];
  /** Questionnaires created whose responses tab is not (or no longer) found by its form. */
  tabsNotFound: string[];
  /** Responses tabs found by their form under a new name: «old» → «new». */
  renamedTabs: string[];
}

const emptySummary = (): ProcessSummary => ({ written: 0, toReview: 0, problems: [], missingTabs: [], tabsNotFound: [], renamedTabs: [] });

export interface Context {
  workbook: Workbook;
  teachers: LoadedTab<'teachers'>;
  byEmail: Map<string, RecordOf<'teachers'>>;
  byName: Map<string, RecordOf<'teachers'>[]>;
  log: LoadedTab<'log'>;
  logged: Set<string>;
  /** Responses the deputy turned down in the review: never recorded, never listed again. */
  rejected: Set<string>;
  logRows: Partial<RecordOf<'log'>>[];
  /** Whether each questionnaire's form verifies its addresses (asked once a run). */
  verified: Map<FormKind, boolean>;
  now: Date;
}

/** The log's target of a response the deputy turned down in the review. */
export const REJECTED_PREFIX = 'отклонён: ';

export function context(workbook: Workbook): Context {
  const teachers = loadTab(workbook, 'teachers');
  const byEmail = new Map<string, RecordOf<'teachers'>>();
  const byName = new Map<string, RecordOf<'teachers'>[]>();
  for (const { value } of teachers.records) {
    if (value.email) byEmail.set(value.email.trim().toLowerCase(), value);
    const name = normalizeLabel(value.fullName);
    byName.set(name, [...(byName.get(name) ?? []), value]);
  }
  const log = loadTab(workbook, 'log');
  const targets = log.records.filter((r) => r.value.action === LOG_ACTION && r.value.target).map((r) => r.value.target!);
  const rejected = new Set(targets.filter((t) => t.startsWith(REJECTED_PREFIX)).map((t) => t.slice(REJECTED_PREFIX.length)));
  return { workbook, teachers, byEmail, byName, log, logged: new Set(targets), rejected, logRows: [], verified: new Map(), now: new Date() };
}

/** Whether the form of `kind` verifies respondents' addresses; a form that cannot be opened does not. */
function verified(ctx: Context, kind: FormKind): boolean {
  let known = ctx.verified.get(kind);
  if (known === undefined) {
    const stored = storedForm(kind);
    try {
      known = stored !== null && verifiesEmails(FormApp.openById(stored.formId));
    } catch {
      known = false;
    }
    ctx.verified.set(kind, known);
  }
  return known;
}

/** The one teacher with this full name (spaces and case aside), or null. */
export function teacherNamed(ctx: Context, fullName: string): RecordOf<'teachers'> | null {
  const byName = ctx.byName.get(normalizeLabel(fullName)) ?? [];
  return byName.length === 1 ? byName[0]! : null;
}

/** A response's teacher, or why there is none yet. */
export type Attribution = { teacher: RecordOf<'teachers'> } | { review: true; hint: RecordOf<'teachers'> | null } | { unknown: true };

/**
 * Self-diagnosis, feedback and requests are a teacher's only by her address as Google verified
 * it; a typed name (or a typed address) is a hint the deputy confirms in the review («Анкеты →
 * Проверить ответы»). The pupils' questionnaire is anonymous: its teacher is the one it names.
 */
export function attribute(ctx: Context, kind: FormKind, email: string, fullName: string): Attribution {
  if (kind === 'students') {
    const teacher = teacherNamed(ctx, fullName);
    return teacher ? { teacher } : { unknown: true };
  }
  const byEmail = email && verified(ctx, kind) ? ctx.byEmail.get(email.trim().toLowerCase()) : undefined;
  return byEmail ? { teacher: byEmail } : { review: true, hint: teacherNamed(ctx, fullName) };
}

export function targetRecord(answer: ParsedAnswer, teacher: RecordOf<'teachers'>, date: string, key: string): Record<string, unknown> {
  const base = { teacherId: teacher.id, teacherName: teacher.fullName, date, responseKey: key };
  switch (answer.kind) {
    case 'selfDiagnosis': {
      const scores: Record<string, number> = {};
      for (const c of DIFFICULTY_CATEGORIES.keys) scores[diagnosisKey(c)] = answer.scores[c];
      return { ...base, ...scores };
    }
    case 'feedback':
      return { ...base, session: answer.session, usefulness: answer.usefulness, changed: answer.changed, next: answer.next };
    case 'request':
      return { ...base, problem: answer.problem, category: answer.category, helpKind: answer.helpKind, status: 'new' };
    case 'students': {
      const statements: Record<string, number> = {};
      answer.statements.forEach((v, i) => (statements[statementKey(i + 1)] = v));
      return { ...base, phase: answer.phase, className: answer.className, ...statements };
    }
  }
}

/** A response not yet recorded (nor turned down), as read from its tab. */
export interface OpenResponse {
  key: string;
  row: number;
  timestamp: RawCell;
  email: string;
  parsed: ParseOutcome;
}

export interface Scan {
  target: LoadedTab<TargetKey>;
  open: OpenResponse[];
  /** Rows read, header included. */
  read: number;
}

/** One responses tab and its target tab, once each: the responses not yet recorded. */
export function scanKind(ctx: Context, kind: FormKind, sheet: Sheet): Scan {
  const values = sheet.getDataRange().getValues() as RawCell[][];
  const target = loadTab(ctx.workbook, TARGET_TABS[kind]);
  const done = new Set(target.records.map((r) => (r.value as { responseKey: string }).responseKey));
  const headers = values[0] ?? [];
  const layout = responseLayout(kind, headers);
  const stampAt = (cells: RawCell[]) => stampOf(layout.timestamp >= 0 ? cells[layout.timestamp]! : '');
  const stampCounts = new Map<string, number>();
  for (const cells of values.slice(1)) stampCounts.set(stampAt(cells), (stampCounts.get(stampAt(cells)) ?? 0) + 1);
  const recordedBefore = legacyMatcher(FORM_DEFINITIONS[kind].sheetName, done, stampCounts);
  const keyOf = keyMaker(kind);
  const open: OpenResponse[] = [];
  for (let row = 2; row <= values.length; row++) {
    const cells = values[row - 1]!;
    if (cells.every((c) => c === '' || c === null)) continue;
    const stamp = stampAt(cells);
    const key = keyOf(stamp, answersHash(headers, cells, layout.timestamp));
    if (done.has(key) || ctx.rejected.has(key) || recordedBefore(stamp, row)) continue;
    done.add(key);
    const timestamp = layout.timestamp >= 0 ? cells[layout.timestamp]! : '';
    const email = layout.email >= 0 ? String(cells[layout.email] ?? '').trim() : '';
    open.push({ key, row, timestamp, email, parsed: parseAnswer(kind, layout, cells) });
  }
  return { target: target as LoadedTab<TargetKey>, open, read: values.length };
}

export function dayOf(ctx: Context, timestamp: RawCell): LocalDate {
  return isDate(timestamp) ? ctx.workbook.zone.dayOf(timestamp) : ctx.workbook.zone.dayOf(ctx.now);
}

/** Handles every unprocessed response of one responses tab; returns how far it read. */
function processKind(ctx: Context, kind: FormKind, sheet: Sheet, summary: ProcessSummary): number {
  const sheetName = sheet.getName();
  const scan = scanKind(ctx, kind, sheet);
  const rows: Record<string, unknown>[] = [];
  for (const { key, row, timestamp, email, parsed } of scan.open) {
    const report = (level: LogLevel, message: string) => {
      summary.problems.push(`${sheetName}, строка ${row}: ${message}`);
      if (ctx.logged.has(key)) return;
      ctx.logged.add(key);
      ctx.logRows.push({ at: ctx.now.toISOString(), level, action: LOG_ACTION, target: key, message });
    };
    if (!parsed.ok) {
      report('error', RU.formsProcess.malformed(parsed.message));
      continue;
    }
    const found = attribute(ctx, kind, email, parsed.answer.fullName);
    if ('teacher' in found) {
      rows.push(targetRecord(parsed.answer, found.teacher, dayOf(ctx, timestamp), key));
      continue;
    }
    // Left unrecorded: the deputy confirms it in the review, or it is picked up once its
    // teacher (her verified address) is on «Педагоги»; logged once.
    if ('review' in found) summary.toReview += 1;
    report('warning', 'review' in found && found.hint ? RU.formsProcess.needsReview(email, parsed.answer.fullName) : RU.formsProcess.unknownTeacher(email, parsed.answer.fullName));
  }
  insertRecords(ctx.workbook, scan.target as LoadedTab<TabKey>, rows as Partial<RecordOf<TabKey>>[]);
  summary.written += rows.length;
  return scan.read;
}

export function finish(ctx: Context): void {
  insertRecords(ctx.workbook, ctx.log, ctx.logRows);
  ctx.logRows = [];
}

/**
 * A responses tab found by its form under a new name: told in the summary and, once, on the log
 * (a submission's trigger, which has no one to tell, is usually the first to find it).
 */
function reportRename(ctx: Context, summary: ProcessSummary, from: string, to: string): void {
  summary.renamedTabs.push(`«${from}» → «${to}»`);
  const target = `${from} → ${to}`;
  if (ctx.logged.has(target)) return;
  ctx.logged.add(target);
  ctx.logRows.push({ at: ctx.now.toISOString(), level: 'info', action: LOG_ACTION, target, message: RU.formsProcess.renamedTabs([`«${from}» → «${to}»`]) });
}

/**
 * The form-submit trigger's work: the responses tab the event came from, all its unprocessed
 * rows. Its questionnaire is the one whose form writes there (responses-tab.ts), whatever its name.
 */
export function processSubmission(eventSheet: Sheet): ProcessSummary {
  const summary = emptySummary();
  const kind = kindOfResponsesSheet(eventSheet);
  if (!kind) return summary;
  return withDocumentLock(() => {
    const workbook = openWorkbook();
    const { sheet, renamedFrom } = findResponsesTab(workbook, kind);
    if (!sheet) return summary;
    const ctx = context(workbook);
    if (renamedFrom) reportRename(ctx, summary, renamedFrom, sheet.getName());
    let read = processKind(ctx, kind, sheet, summary);
    // A response that arrived while this ran (its own event could not get the lock): take it too.
    for (let round = 0; round < 3 && sheet.getLastRow() > read; round++) read = processKind(ctx, kind, sheet, summary);
    finish(ctx);
    return summary;
  });
}

/** Every responses tab (the menu item and the daily tick). */
export function sweepResponses(): ProcessSummary {
  const summary = emptySummary();
  return withDocumentLock(() => {
    const workbook = openWorkbook();
    const ctx = context(workbook);
    for (const kind of FORM_KINDS) {
      const stored = storedForm(kind);
      const { sheet, renamedFrom } = findResponsesTab(workbook, kind, stored);
      if (renamedFrom && sheet) reportRename(ctx, summary, renamedFrom, sheet.getName());
      if (!sheet) {
        // Created but its tab not found is not «never created»: say which.
        (stored ? summary.tabsNotFound : summary.missingTabs).push(stored ? RU.formsPage.kinds[kind] : FORM_DEFINITIONS[kind].sheetName);
        continue;
      }
      processKind(ctx, kind, sheet, summary);
    }
    finish(ctx);
    return summary;
  });
}
