/**
 * The deputy's review of answers the add-on may not attribute by itself: self-diagnosis,
 * feedback and requests whose address Google did not verify, or verified but not on «Педагоги»
 * (process.ts, `attribute`). She records each for a teacher or turns it down; nothing is
 * attributed without her. A response is found again by its key (response-key.ts), so a tab
 * sorted between the list and the decision changes nothing.
 */
import { formatRu } from '../domain/local-date';
import { withDocumentLock } from '../platform/lock';
import { RU } from '../text/ru';
import { insertRecords } from '../workbook/repo';
import type { RecordOf } from '../workbook/typed';
import type { TabKey } from '../workbook/columns';
import type { LoadedTab } from '../workbook/repo';
import { openWorkbook } from '../workbook/sheets';
import type { FormKind } from './definitions';
import type { ParsedAnswer } from './process-parse';
import { attribute, context, dayOf, finish, LOG_ACTION, REJECTED_PREFIX, scanKind, targetRecord, type Context, type OpenResponse, type Scan } from './process';
import { responsesSheet } from './responses-tab';

/** The pupils' questionnaire is anonymous: it names the teacher it is about, and is not reviewed. */
export const REVIEWED_KINDS = ['selfDiagnosis', 'feedback', 'request'] as const satisfies readonly FormKind[];

export interface ReviewItem {
  key: string;
  kind: FormKind;
  /** dd.MM.yyyy */
  date: string;
  email: string;
  fullName: string;
  /** The one teacher with the typed name, to confirm or not. */
  hint: { id: string; fullName: string } | null;
}

interface Found {
  item: ReviewItem;
  response: OpenResponse;
  answer: ParsedAnswer;
  scan: Scan;
}

function collect(ctx: Context): Found[] {
  const out: Found[] = [];
  for (const kind of REVIEWED_KINDS) {
    const sheet = responsesSheet(ctx.workbook, kind);
    if (!sheet) continue;
    const scan = scanKind(ctx, kind, sheet);
    for (const response of scan.open) {
      if (!response.parsed.ok) continue;
      const answer = response.parsed.answer;
      const found = attribute(ctx, kind, response.email, answer.fullName);
      if (!('review' in found)) continue;
      const hint = found.hint ? { id: found.hint.id, fullName: found.hint.fullName } : null;
      const date = dayOf(ctx, response.timestamp);
      out.push({ item: { key: response.key, kind, date: formatRu(date), email: response.email, fullName: answer.fullName, hint }, response, answer, scan });
    }
  }
  return out;
}

/** Every answer waiting for the deputy, oldest tab first. */
export function reviewItems(): ReviewItem[] {
  return withDocumentLock(() => collect(context(openWorkbook())).map((f) => f.item));
}

/** `teacherId` null turns the answer down. */
export interface ReviewDecision {
  key: string;
  teacherId: string | null;
}

export type ReviewOutcome = 'recorded' | 'rejected' | 'gone' | 'noTeacher';

/** Records the answer for the teacher, or turns it down; logged with who decided. */
export function decideReview(decision: ReviewDecision, by: string): ReviewOutcome {
  return withDocumentLock(() => {
    const ctx = context(openWorkbook());
    const found = collect(ctx).find((f) => f.item.key === decision.key);
    // Recorded or turned down meanwhile (another deputy, the daily run once her address was added).
    if (!found) return 'gone';
    const at = ctx.now.toISOString();
    if (decision.teacherId === null) {
      ctx.logRows.push({ at, level: 'info', action: LOG_ACTION, target: REJECTED_PREFIX + decision.key, message: RU.formsReview.rejectedLog(found.item.fullName, by) });
      finish(ctx);
      return 'rejected';
    }
    const teacher = ctx.teachers.records.find((r) => r.value.id === decision.teacherId)?.value;
    if (!teacher) return 'noTeacher';
    const row = targetRecord(found.answer, teacher, dayOf(ctx, found.response.timestamp), decision.key);
    insertRecords(ctx.workbook, found.scan.target as LoadedTab<TabKey>, [row] as Partial<RecordOf<TabKey>>[]);
    ctx.logRows.push({ at, level: 'info', action: LOG_ACTION, target: decision.key, message: RU.formsReview.recordedLog(found.item.fullName, teacher.fullName, by) });
    finish(ctx);
    return 'recorded';
  });
}

/**
 * The deputy's answer to the list: «<number> да» (the suggested teacher), «<number> T00003» (that
 * teacher), «<number> нет» (turn it down). Pure.
 */
export function parseDecision(text: string, shown: readonly ReviewItem[]): ReviewDecision | { error: string } {
  const m = /^\s*(\d+)\s*[.,:]?\s+(\S+)\s*$/u.exec(text);
  if (!m) return { error: RU.formsReview.badAnswer(text) };
  const item = shown[Number(m[1]) - 1];
  if (!item) return { error: RU.formsReview.badNumber(Number(m[1]), shown.length) };
  const word = m[2]!.toLowerCase();
  if (word === 'нет') return { key: item.key, teacherId: null };
  if (word === 'да') return item.hint ? { key: item.key, teacherId: item.hint.id } : { error: RU.formsReview.noHint(Number(m[1])) };
  if (/^t\d{5}$/.test(word)) return { key: item.key, teacherId: word.toUpperCase() };
  return { error: RU.formsReview.badAnswer(text) };
}
