/**
 * Results of the questionnaires used by the pages: a teacher's latest self-diagnosis
 * pre-fills a new programme's diagnosis; the pupils' answers before and after a programme are the
 * completion page's evidence. Plain strings and numbers only: they cross the wire.
 */
import { addMonths, compareDays, formatRu, type LocalDate } from '../domain/local-date';
import * as O from '../domain/options';
import type { SelfDiagnosis, StudentSurvey } from '../domain/records';
import { STUDENT_STATEMENTS } from '../forms/definitions';

/** A mean at or above this marks the category as a difficulty («Мне трудно…», 1–5). */
export const DIFFICULTY_THRESHOLD = 3.5;

export type CategoryMean = { category: string; label: string; mean: number };
export type LatestDiagnosis = { date: string; means: CategoryMean[] };

/** Each teacher's latest self-diagnosis (by date; a later row wins a tie). */
export function latestDiagnoses(rows: readonly SelfDiagnosis[]): Record<string, LatestDiagnosis> {
  const latest = new Map<string, SelfDiagnosis>();
  for (const r of rows) {
    if (!r.teacherId) continue;
    const had = latest.get(r.teacherId);
    if (!had || compareDays(r.date, had.date) >= 0) latest.set(r.teacherId, r);
  }
  const out: Record<string, LatestDiagnosis> = {};
  for (const [teacherId, r] of latest) {
    const means: CategoryMean[] = [];
    for (const category of O.DIFFICULTY_CATEGORIES.keys) {
      const mean = r[`score_${category}`];
      if (typeof mean === 'number') means.push({ category, label: O.DIFFICULTY_CATEGORIES.label(category), mean: Math.round(mean * 100) / 100 });
    }
    out[teacherId] = { date: formatRu(r.date), means };
  }
  return out;
}

export type StatementChange = { statement: string; before: number | null; after: number | null; change: number | null };
export type SurveyEvidence = { beforeCount: number; afterCount: number; statements: StatementChange[] };

const MARGIN_MONTHS = 1;
const oneDecimal = (n: number): number => Math.round(n * 10) / 10;

/** The teacher's pupils' answers dated within the programme, mean per statement before and after. */
export function surveyEvidence(rows: readonly StudentSurvey[], teacherId: string | null, start: LocalDate, end: LocalDate): SurveyEvidence {
  // The period, widened by a margin: «до» is often asked just before the start, «после» just after the end.
  const from = addMonths(start, -MARGIN_MONTHS);
  const to = addMonths(end, MARGIN_MONTHS);
  const own = rows.filter((r) => !!teacherId && r.teacherId === teacherId && compareDays(r.date, from) >= 0 && compareDays(r.date, to) <= 0);
  const phase = (p: 'before' | 'after') => own.filter((r) => r.phase === p);
  const before = phase('before');
  const after = phase('after');
  const meanOf = (list: StudentSurvey[], n: number): number | null => {
    const values = list.map((r) => r[`statement${n}` as 'statement1']).filter((v): v is number => typeof v === 'number');
    return values.length > 0 ? oneDecimal(values.reduce((a, b) => a + b, 0) / values.length) : null;
  };
  const statements = STUDENT_STATEMENTS.map((statement, i) => {
    const b = meanOf(before, i + 1);
    const a = meanOf(after, i + 1);
    return { statement, before: b, after: a, change: a !== null && b !== null ? oneDecimal(a - b) : null };
  });
  return { beforeCount: before.length, afterCount: after.length, statements };
}
