/**
 * Form responses into the workbook's tabs. Idempotent by the response key (questionnaire +
 * timestamp + a hash of the answers, response-key.ts) kept in each target row: every run handles ALL responses whose key is not in
 * the target tab yet, so a duplicated submit event does nothing and a missed one is caught up by
 * the next event or by the sweep. The responses tabs are only read, never written.
 * Reads per run: the responses tab(s), the target tab(s), teachers and the log, once each; writes:
 * one block per target tab and one to the log.
 */
import { DIFFICULTY_CATEGORIES, type LOG_LEVELS } from '../domain/options';
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
import { isDate, parseAnswer, responseLayout, type ParsedAnswer } from './process-parse';
import { storedForm } from './create';
import { findResponsesTab, kindOfResponsesSheet, responsesSheet } from './responses-tab';
import { answersHash, keyMaker, legacyMatcher, stampOf } from './response-key';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type TargetKey = 'selfDiagnoses' | 'feedback' | 'helpRequests' | 'studentSurveys';

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
  /** Responses not written (unknown teacher or a malformed answer), with their reason. */
  problems: string[];
  /** Responses tabs that do not exist yet (the form not created). */
  missingTabs: string[];
  /** Questionnaires created whose responses tab is not (or no longer) found by its form. */
  tabsNotFound: string[];
  /** Responses tabs found by their form under a new name: «old» → «new». */
  renamedTabs: string[];
}

const emptySummary = (): ProcessSummary => ({ written: 0, problems: [], missingTabs: [], tabsNotFound: [], renamedTabs: [] });

interface Context {
  workbook: Workbook;
  teachers: LoadedTab<'teachers'>;
  byEmail: Map<string, RecordOf<'teachers'>>;
  byName: Map<string, RecordOf<'teachers'>[]>;
  log: LoadedTab<'log'>;
  logged: Set<string>;
  logRows: Partial<RecordOf<'log'>>[];
  now: Date;
}

function context(workbook: Workbook): Context {
  const teachers = loadTab(workbook, 'teachers');
  const byEmail = new Map<string, RecordOf<'teachers'>>();
  const byName = new Map<string, RecordOf<'teachers'>[]>();
  for (const { value } of teachers.records) {
    if (value.email) byEmail.set(value.email.trim().toLowerCase(), value);
    const name = normalizeLabel(value.fullName);
    byName.set(name, [...(byName.get(name) ?? []), value]);
  }
  const log = loadTab(workbook, 'log');
  const logged = new Set(log.records.filter((r) => r.value.action === LOG_ACTION && r.value.target).map((r) => r.value.target!));
  return { workbook, teachers, byEmail, byName, log, logged, logRows: [], now: new Date() };
}

function findTeacher(ctx: Context, email: string, fullName: string): RecordOf<'teachers'> | null {
  const byEmail = email ? ctx.byEmail.get(email.trim().toLowerCase()) : undefined;
  if (byEmail) return byEmail;
  const byName = ctx.byName.get(normalizeLabel(fullName)) ?? [];
  return byName.length === 1 ? byName[0]! : null;
}

function targetRecord(answer: ParsedAnswer, teacher: RecordOf<'teachers'>, date: string, key: string): Record<string, unknown> {
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

/** Handles every unprocessed response of one responses tab; returns how far it read. */
function processKind(ctx: Context, kind: FormKind, sheet: Sheet, summary: ProcessSummary): number {
  const sheetName = sheet.getName();
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
  const rows: Record<string, unknown>[] = [];
  for (let row = 2; row <= values.length; row++) {
    const cells = values[row - 1]!;
    if (cells.every((c) => c === '' || c === null)) continue;
    const timestamp = layout.timestamp >= 0 ? cells[layout.timestamp]! : '';
    const stamp = stampAt(cells);
    const key = keyOf(stamp, answersHash(headers, cells, layout.timestamp));
    if (done.has(key) || recordedBefore(stamp, row)) continue;
    done.add(key);
    const report = (level: LogLevel, message: string) => {
      summary.problems.push(`${sheetName}, строка ${row}: ${message}`);
      if (ctx.logged.has(key)) return;
      ctx.logged.add(key);
      ctx.logRows.push({ at: ctx.now.toISOString(), level, action: LOG_ACTION, target: key, message });
    };
    const parsed = parseAnswer(kind, layout, cells);
    if (!parsed.ok) {
      report('error', RU.formsProcess.malformed(parsed.message));
      continue;
    }
    const email = layout.email >= 0 ? String(cells[layout.email] ?? '') : '';
    const teacher = findTeacher(ctx, email, parsed.answer.fullName);
    if (!teacher) {
      // Left unprocessed: picked up once the deputy adds the teacher; logged once.
      report('warning', RU.formsProcess.unknownTeacher(email, parsed.answer.fullName));
      continue;
    }
    const date = isDate(timestamp) ? ctx.workbook.zone.dayOf(timestamp) : ctx.workbook.zone.dayOf(ctx.now);
    rows.push(targetRecord(parsed.answer, teacher, date, key));
  }
  insertRecords(ctx.workbook, target as LoadedTab<TabKey>, rows as Partial<RecordOf<TabKey>>[]);
  summary.written += rows.length;
  return values.length;
}

function finish(ctx: Context): void {
  insertRecords(ctx.workbook, ctx.log, ctx.logRows);
  ctx.logRows = [];
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
    const sheet = responsesSheet(workbook, kind);
    if (!sheet) return summary;
    const ctx = context(workbook);
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
      if (renamedFrom && sheet) summary.renamedTabs.push(`«${renamedFrom}» → «${sheet.getName()}»`);
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
