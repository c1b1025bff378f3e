/**
 * Checks of the «Педагог» form, field by field, into typed values for the repository. Errors are
 * keyed by the form field's name (`teacher.email`, `classes.1.className`) and worded in Russian.
 */
import { z } from 'zod';
import { isLocalDate, type LocalDate } from '../domain/local-date';
import { outOfRange, parsePlainNumber, schoolYearOutOfRange } from '../domain/sane-values';
import { dateOutsideOf, schoolYearOutsideOf, VALUES_RU } from '../text/values-ru';
import { normalizeLabel, type OptionSet } from '../domain/option-set';
import { COACH_BASES, QUALIFICATION_CATEGORIES, TEACHER_ROLES } from '../domain/options';
import { coachMarkConflict } from '../domain/coach';
import type { Teacher, TeacherClass } from '../domain/records';
import { RU } from '../text/ru';
import { cardConflicts } from '../domain/teacher-card';
import type { LoadedTab } from '../workbook/repo';
import { TABS } from '../workbook/tabs';

const text = (max: number) => z.string().max(max).default('');
const numberText = z.union([z.number(), z.string().max(20)]).nullable().default('');
const optionalId = z.string().max(20).nullable().default(null);

export const TeacherInput = z
  .object({
    id: optionalId,
    fullName: text(200),
    email: text(200),
    subject: text(200),
    position: text(200),
    role: text(100),
    /** 000 I.3's line the teacher coaches under; blank: she is no coach; not sent: kept as it is. */
    coachBasis: z.string().max(100).optional(),
    totalExperience: numberText,
    schoolExperience: numberText,
    load: numberText,
    totalLoad: numberText,
    category: text(100),
    attestationDate: text(20),
    mentorId: text(20),
    note: text(5000),
  })
  .strict();

export const ClassInput = z
  .object({ id: optionalId, schoolYear: text(20), className: text(50), programme: text(500), planning: text(500), textbooks: text(500) })
  .strict();

export type TeacherInput = z.infer<typeof TeacherInput>;
export type ClassInput = z.infer<typeof ClassInput>;

export type TeacherValues = Omit<Teacher, 'id'>;
export type ClassValues = Pick<TeacherClass, 'schoolYear' | 'className' | 'programme' | 'planning' | 'textbooks'>;
export type Errors = Record<string, string>;

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** An option given by key or by its Russian label. */
function option<K extends string>(set: OptionSet<K>, value: string): K | null {
  return (set.keys as readonly string[]).includes(value) ? (value as K) : set.fromLabel(value);
}

/** A number within the column's bounds in tabs.ts; blank is null. */
function number(key: keyof TeacherValues, value: string | number | null, errors: Errors): number | null {
  if (value === null || (typeof value === 'string' && value.trim() === '')) return null;
  // Digits as typed: Number() would take «0x10» as 16 and «1e1» as 10.
  const n = typeof value === 'number' ? value : (parsePlainNumber(value) ?? Number.NaN);
  const kind = TABS.teachers.columns.find((c) => c.key === key)?.kind;
  const bounds: { min?: number; max?: number; integer?: boolean } = kind?.type === 'number' ? kind : {};
  if (!Number.isFinite(n)) errors[`teacher.${key}`] = typeof value === 'string' ? VALUES_RU.plainNumber : RU.teacherPage.number;
  else if (bounds.min !== undefined && n < bounds.min) errors[`teacher.${key}`] = RU.form.tooSmall(bounds.min);
  else if (bounds.max !== undefined && n > bounds.max) errors[`teacher.${key}`] = RU.form.tooBig(bounds.max);
  else if (bounds.integer && !Number.isInteger(n)) errors[`teacher.${key}`] = RU.teacherPage.integer;
  else return n;
  return null;
}

/** The card's values, or errors by field. `id` is the teacher being edited (null for a new one). */
export function checkTeacher(input: TeacherInput, id: string | null, teachers: LoadedTab<'teachers'>, errors: Errors, today: LocalDate): TeacherValues {
  const fullName = input.fullName.trim().replace(/\s+/g, ' ');
  if (fullName === '') errors['teacher.fullName'] = RU.teacherPage.fullNameRequired;

  const email = input.email.trim().toLowerCase();
  if (email !== '' && !z.email().safeParse(email).success) errors['teacher.email'] = RU.form.email;
  else if (email !== '') {
    // Every row counts, a row with a problem elsewhere too: a typo must not let a duplicate in.
    const other = teachers.read.records.find((r) => r.values.id !== id && typeof r.values.email === 'string' && r.values.email.trim().toLowerCase() === email);
    if (other) errors['teacher.email'] = RU.teacherPage.emailTaken(String(other.values.fullName ?? other.values.id ?? ''));
  }

  const role = option(TEACHER_ROLES, input.role.trim());
  if (!role) errors['teacher.role'] = input.role.trim() === '' ? RU.teacherPage.roleRequired : RU.form.pickFromList;

  const basisText = input.coachBasis?.trim() ?? '';
  const kept = id !== null ? (teachers.byId.get(id)?.value.coachBasis ?? null) : null;
  const coachBasis = input.coachBasis === undefined ? kept : basisText === '' ? null : option(COACH_BASES, basisText);
  if (basisText !== '' && !coachBasis) errors['teacher.coachBasis'] = RU.form.pickFromList;
  else if (coachMarkConflict(role, coachBasis)) errors['teacher.coachBasis'] = RU.teacherPage.studentCoach;

  const category = input.category.trim() === '' ? null : option(QUALIFICATION_CATEGORIES, input.category.trim());
  if (input.category.trim() !== '' && !category) errors['teacher.category'] = RU.form.pickFromList;

  const attestation = input.attestationDate.trim();
  if (attestation !== '' && !isLocalDate(attestation)) errors['teacher.attestationDate'] = RU.teacherPage.date;
  else if (attestation !== '' && outOfRange(attestation, today)) errors['teacher.attestationDate'] = dateOutsideOf(today);

  const mentorId = orNull(input.mentorId);
  const mentor = mentorId ? teachers.byId.get(mentorId) : undefined;
  if (mentorId && id !== null && mentorId === id) errors['teacher.mentorId'] = RU.teacherPage.mentorSelf;
  else if (mentorId && !mentor) errors['teacher.mentorId'] = RU.teacherPage.mentorUnknown;

  const numbers = {
    totalExperience: number('totalExperience', input.totalExperience, errors),
    schoolExperience: number('schoolExperience', input.schoolExperience, errors),
    load: number('load', input.load, errors),
    totalLoad: number('totalLoad', input.totalLoad, errors),
  };
  for (const conflict of cardConflicts(numbers)) {
    errors[`teacher.${conflict.field}`] = conflict.field === 'load' ? RU.teacherPage.loadOverTotal(conflict.limit) : RU.teacherPage.experienceOverTotal(conflict.limit);
  }

  return {
    fullName,
    email: email || null,
    subject: orNull(input.subject),
    position: orNull(input.position),
    role: role ?? 'teacher',
    coachBasis,
    ...numbers,
    category,
    attestationDate: attestation !== '' && isLocalDate(attestation) ? (attestation as LocalDate) : null,
    mentorId: mentor ? mentor.value.id : null,
    mentorName: mentor ? mentor.value.fullName : null,
    note: orNull(input.note),
  };
}

const SCHOOL_YEAR = /^(\d{4})\s*[/\\-]\s*(\d{4})$/;

/** A class row's values; null for a new row left entirely blank (skipped, not an error). */
export function checkClass(input: ClassInput, index: number, seen: Set<string>, errors: Errors, today: LocalDate): ClassValues | null {
  const values = { schoolYear: input.schoolYear.trim(), className: input.className.trim(), programme: orNull(input.programme), planning: orNull(input.planning), textbooks: orNull(input.textbooks) };
  const blank = !values.schoolYear && !values.className && !values.programme && !values.planning && !values.textbooks;
  if (blank && !orNull(input.id ?? '')) return null;
  const field = (key: string) => `classes.${index}.${key}`;
  const year = SCHOOL_YEAR.exec(values.schoolYear);
  if (values.schoolYear === '') errors[field('schoolYear')] = RU.teacherPage.schoolYearRequired;
  else if (!year || Number(year[2]) !== Number(year[1]) + 1) errors[field('schoolYear')] = RU.teacherPage.schoolYearFormat;
  else if (schoolYearOutOfRange(`${year[1]}/${year[2]}`, today)) errors[field('schoolYear')] = schoolYearOutsideOf(today);
  else values.schoolYear = `${year[1]}/${year[2]}`;
  if (values.className === '') errors[field('className')] = RU.teacherPage.classRequired;
  const key = `${values.schoolYear}|${normalizeLabel(values.className)}`;
  if (values.className !== '' && seen.has(key)) errors[field('className')] = RU.teacherPage.classTwice;
  seen.add(key);
  return values;
}
