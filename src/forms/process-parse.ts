/**
 * One row of a responses tab → the typed answer of its questionnaire (zod-parsed), by the question
 * titles of src/forms/definitions.ts. Pure: no Apps Script here.
 */
import { z } from 'zod';
import { DIFFICULTY_CATEGORIES, STUDENT_PHASES } from '../domain/options';
import type { RawCell } from '../workbook/cells';
import { EMAIL_TITLES, FORM_DEFINITIONS, SELF_DIAGNOSIS_STATEMENTS, STUDENT_STATEMENTS, TIMESTAMP_TITLES, type DifficultyKey, type FormKind } from './definitions';

/** A responses tab's header row → the column index of each question key (and timestamp, email). */
export interface ResponseLayout {
  timestamp: number;
  email: number;
  byKey: Map<string, number>;
}

export function responseLayout(kind: FormKind, headers: readonly RawCell[]): ResponseLayout {
  const texts = headers.map((h) => String(h).trim());
  const find = (titles: readonly string[]) => texts.findIndex((t) => titles.includes(t));
  const byKey = new Map<string, number>();
  for (const q of FORM_DEFINITIONS[kind].questions) {
    const index = texts.indexOf(q.title);
    if (index >= 0) byKey.set(q.key, index);
  }
  return { timestamp: find(TIMESTAMP_TITLES), email: find(EMAIL_TITLES), byKey };
}

/** A Date from any realm (a trigger's values may come from another context than `Date`). */
export const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';
const cellText = (v: unknown): string => (v === null || v === undefined ? '' : isDate(v) ? v.toISOString() : String(v)).trim();
const required = z.preprocess(cellText, z.string().min(1, 'нет ответа'));
const optional = z.preprocess(cellText, z.string()).transform((s) => (s === '' ? null : s));
const score = z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v), z.number().int().min(1).max(5));
const optionOf = <K extends string>(set: { fromLabel(text: string): K | null }) =>
  z.preprocess(cellText, z.string()).transform((s, ctx) => {
    const key = set.fromLabel(s);
    if (key === null) {
      ctx.addIssue({ code: 'custom', message: `неизвестный вариант «${s}»` });
      return z.NEVER;
    }
    return key;
  });

const selfDiagnosisShape: Record<string, z.ZodType> = { fullName: required };
for (const category of DIFFICULTY_CATEGORIES.keys) {
  SELF_DIAGNOSIS_STATEMENTS[category].forEach((_, i) => (selfDiagnosisShape[`${category}.${i + 1}`] = score));
}
const studentsShape: Record<string, z.ZodType> = { teacher: required, phase: optionOf(STUDENT_PHASES), class: optional };
STUDENT_STATEMENTS.forEach((_, i) => (studentsShape[`statement.${i + 1}`] = score));

export const ANSWER_SCHEMAS = {
  selfDiagnosis: z.object(selfDiagnosisShape),
  feedback: z.object({ fullName: required, session: required, usefulness: score, changed: optional, next: optional }),
  request: z.object({ fullName: required, problem: required, category: optionOf(DIFFICULTY_CATEGORIES), helpKind: optional }),
  students: z.object(studentsShape),
} satisfies Record<FormKind, z.ZodType>;

/** A response parsed, ready to be matched to a teacher and written. */
export type ParsedAnswer =
  | { kind: 'selfDiagnosis'; fullName: string; scores: Record<DifficultyKey, number> }
  | { kind: 'feedback'; fullName: string; session: string; usefulness: number; changed: string | null; next: string | null }
  | { kind: 'request'; fullName: string; problem: string; category: DifficultyKey; helpKind: string | null }
  | { kind: 'students'; fullName: string; phase: 'before' | 'after'; className: string | null; statements: number[] };

export type ParseOutcome = { ok: true; answer: ParsedAnswer } | { ok: false; message: string };

const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100;

export function parseAnswer(kind: FormKind, layout: ResponseLayout, row: readonly RawCell[]): ParseOutcome {
  const raw: Record<string, unknown> = {};
  for (const q of FORM_DEFINITIONS[kind].questions) {
    const index = layout.byKey.get(q.key);
    raw[q.key] = index === undefined ? '' : row[index];
  }
  const parsed = ANSWER_SCHEMAS[kind].safeParse(raw);
  if (!parsed.success) {
    const message = parsed.error.issues
      .map((issue) => {
        const key = String(issue.path[0] ?? '');
        const title = FORM_DEFINITIONS[kind].questions.find((q) => q.key === key)?.title ?? key;
        return `«${title}»: ${issue.message}`;
      })
      .join('; ');
    return { ok: false, message };
  }
  const a = parsed.data as Record<string, unknown>;
  switch (kind) {
    case 'selfDiagnosis': {
      const scores = {} as Record<DifficultyKey, number>;
      for (const category of DIFFICULTY_CATEGORIES.keys) {
        scores[category] = mean(SELF_DIAGNOSIS_STATEMENTS[category].map((_, i) => a[`${category}.${i + 1}`] as number));
      }
      return { ok: true, answer: { kind, fullName: a.fullName as string, scores } };
    }
    case 'feedback':
      return {
        ok: true,
        answer: { kind, fullName: a.fullName as string, session: a.session as string, usefulness: a.usefulness as number, changed: a.changed as string | null, next: a.next as string | null },
      };
    case 'request':
      return { ok: true, answer: { kind, fullName: a.fullName as string, problem: a.problem as string, category: a.category as DifficultyKey, helpKind: a.helpKind as string | null } };
    case 'students':
      return {
        ok: true,
        answer: {
          kind,
          fullName: a.teacher as string,
          phase: a.phase as 'before' | 'after',
          className: a.class as string | null,
          statements: STUDENT_STATEMENTS.map((_, i) => a[`statement.${i + 1}`] as number),
        },
      };
  }
}
