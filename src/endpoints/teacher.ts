/**
 * «Педагог»: the teacher's card (001 §6.2: subject, experience, load, classes with programme,
 * planning and textbook set) with the attestation fields, and at a glance their programmes,
 * sessions, achievements and documents. Opens on the teacher in the selected row.
 */
import { z } from 'zod';
import { defineEndpoint } from '../shared/endpoint';
import { failure, success, type Result } from '../shared/result';
import { showSidebar } from '../platform/ui';
import { withDocumentLock } from '../platform/lock';
import { RU } from '../text/ru';
import { schoolYearOf } from '../domain/local-date';
import { normalizeLabel } from '../domain/option-set';
import { QUALIFICATION_CATEGORIES, TEACHER_ROLES } from '../domain/options';
import type { Teacher, TeacherClass } from '../domain/records';
import { openWorkbook } from '../workbook/sheets';
import { deleteRows, insertRecords, loadTab, MissingTabError, updateRecords, type LoadedTab } from '../workbook/repo';
import { claimedId, claimId, REQUEST_KEY } from '../workbook/requests';
import { refreshTeacherNames } from '../workbook/names';
import { selectedId, teacherChoices } from '../workbook/context';
import { refersTo, teacherGlance, type GlanceTabs, type TeacherGlance } from './teacher-glance';
import { teacherMonitoring, type TeacherMonitoring } from './teacher-monitoring';
import { checkClass, checkTeacher, ClassInput, TeacherInput, type Errors } from './teacher-check';
import { afterSave, recordsAfter, type RowsDiff } from '../domain/programme-save';
import { shownIds, versionKey, versionOf, type Version } from '../domain/version';
import { TEACHER_PAGE } from '../domain/page-versions';
import { describeChange, refuseStale, VersionInput } from './stale';

/** The card as the page shows it: the attestation date as "yyyy-MM-dd". */
export type TeacherCard = Omit<Teacher, 'attestationDate'> & { attestationDate: string | null };

export type TeacherPage = {
  /** Null: a blank form for a new teacher. */
  teacher: TeacherCard | null;
  classes: TeacherClass[];
  teachers: Array<{ id: string; name: string }>;
  roles: Array<{ value: string; label: string }>;
  categories: Array<{ value: string; label: string }>;
  /** For a new class row ("2026/2027"). */
  schoolYear: string;
  glance: TeacherGlance | null;
  /** 001 §3.4: the teacher's timeline and questionnaire scores. */
  monitoring: TeacherMonitoring | null;
  /** The card and its classes as shown: a save is refused if they changed since. */
  version: Version;
};

export function showTeacher(): void {
  showSidebar('teacher', RU.teacherPage.title);
}

const options = (set: { keys: readonly string[]; label(key: never): string }) => set.keys.map((k) => ({ value: k, label: set.label(k as never) }));

export const getTeacherPage = defineEndpoint(z.object({ teacherId: z.string().max(20).optional() }).strict(), ({ teacherId }) =>
  missingTabAsFailure((): Result<TeacherPage> => {
    const workbook = openWorkbook();
    const tabs = {
      teachers: loadTab(workbook, 'teachers'),
      classes: loadTab(workbook, 'classes'),
      programmes: loadTab(workbook, 'programmes'),
      sessions: loadTab(workbook, 'sessions'),
      achievements: loadTab(workbook, 'achievements'),
      documents: loadTab(workbook, 'documents'),
      planItems: loadTab(workbook, 'planItems'),
      selfDiagnoses: loadTab(workbook, 'selfDiagnoses'),
      feedback: loadTab(workbook, 'feedback'),
      studentSurveys: loadTab(workbook, 'studentSurveys'),
    };
    const id = teacherId || fromSelection(tabs);
    const found = id ? tabs.teachers.byId.get(id) : undefined;
    if (teacherId && !found) return failure('not-found', RU.teacherPage.notFound);
    const teacher = found ? withMentorResolved(found.value, tabs.teachers) : null;
    const shownClasses = found ? classesOf(found.value, tabs.teachers, tabs.classes).map((r) => r.value) : [];
    return success({
      version: found ? pageVersion(found.value, shownClasses) : {},
      teacher: teacher ? { ...teacher, attestationDate: teacher.attestationDate as string | null } : null,
      classes: teacher ? classesOf(teacher, tabs.teachers, tabs.classes).map((r) => r.value).sort(byYearAndClass) : [],
      teachers: teacherChoices(tabs.teachers),
      roles: options(TEACHER_ROLES),
      categories: options(QUALIFICATION_CATEGORIES),
      schoolYear: schoolYearOf(workbook.zone.dayOf(new Date())),
      glance: teacher ? teacherGlance(teacher, tabs, workbook.zone.dayOf(new Date())) : null,
      monitoring: teacher ? teacherMonitoring(teacher, tabs, workbook.zone.dayOf(new Date())) : null,
    });
  }),
);

const SaveInput = z
  .object({
    teacher: TeacherInput,
    classes: z.array(ClassInput).max(200).default([]),
    /** Class rows the deputy removed on the page: only these are deleted (rows added in the sheet meanwhile stay). */
    removedClassIds: z.array(z.string().max(20)).max(200).default([]),
    /** Made by the page for a new teacher: retries of the same save never create a second one. */
    requestKey: z.string().regex(REQUEST_KEY).nullish(),
    /** The page's version of an existing teacher; a new one has nothing to compare. */
    version: VersionInput.nullish(),
  })
  .strict();

export const saveTeacher = defineEndpoint(SaveInput, (input) =>
  missingTabAsFailure(() =>
    withDocumentLock((): Result<{ id: string; classIds: Array<string | null>; version: Version }> => {
      const workbook = openWorkbook();
      const teachers = loadTab(workbook, 'teachers');
      const classes = loadTab(workbook, 'classes');
      const givenId = input.teacher.id?.trim() || null;
      const existing = givenId ? teachers.byId.get(givenId) : undefined;
      if (givenId && !existing) return failure('not-found', RU.teacherPage.notFound);
      const shownClasses = existing ? classesOf(existing.value, teachers, classes) : [];
      if (existing) {
        // A page that no longer shows the card and its classes as they are may not overwrite them.
        if (!input.version?.[versionKey('teacher', existing.value.id)]) return failure('stale', RU.stale.noVersion);
        const stale = refuseStale(TEACHER_PAGE, input.version, pageVersion(existing.value, shownClasses.map((r) => r.value)), (c) => {
          if (c.kind === 'teacher') return describeChange(c, 'teachers', RU.stale.teacher);
          const row = classes.byId.get(c.id)?.value;
          return describeChange(c, 'classes', row ? RU.stale.teacherClass(row.schoolYear, row.className) : RU.stale.classGone(c.id));
        });
        if (stale) return stale;
      }

      const errors: Errors = {};
      // A retry of a new teacher's save may find the row its first attempt wrote: that row is this teacher.
      const earlier = existing ? null : claimedId(teachers, input.requestKey);
      const values = checkTeacher(input.teacher, givenId ?? earlier, teachers, errors);
      const ownClasses = new Map(shownClasses.map((r) => [r.value.id, r]));
      const seen = new Set<string>();
      const rows = input.classes.map((row, i) => ({ id: row.id?.trim() || null, values: checkClass(row, i, seen, errors) }));
      if (rows.some((r) => r.id !== null && !ownClasses.has(r.id))) return failure('not-found', RU.teacherPage.classNotFound);
      if (Object.keys(errors).length > 0) return failure('validation', RU.teacherPage.fix, errors);

      // A new teacher's id is claimed before any write, so a retry finishes the same teacher.
      const claim = existing ? null : claimId(teachers, input.requestKey);
      const target = existing ?? (claim ? teachers.byId.get(claim.id) : undefined);
      const id = target?.value.id ?? claim!.id;
      // For a new teacher, class rows under the claimed id can only be an earlier attempt's: replaced.
      const leftovers = existing ? [] : classes.records.filter((r) => r.value.teacherId === id);

      // Classes: kept rows rewritten in place, rows removed on the page deleted, new ones appended.
      const owner = { teacherId: id, teacherName: values.fullName };
      const kept = new Set(rows.map((r) => r.id).filter((r): r is string => r !== null));
      // Only rows the page showed may go: a class typed into the sheet after it opened stays.
      const shown = input.version ? shownIds(input.version, 'class') : new Set<string>();
      const removed = new Set(input.removedClassIds.filter((id) => shown.has(id)));
      for (const row of leftovers) {
        ownClasses.set(row.value.id, row);
        removed.add(row.value.id);
      }
      const diff: RowsDiff<TeacherClass> = {
        updates: rows.flatMap((r) => (r.id && r.values ? [{ row: ownClasses.get(r.id)!.row, values: { ...r.values, ...owner } }] : [])),
        inserts: rows.flatMap((r) => (r.id === null && r.values ? [{ ...r.values, ...owner }] : [])),
        deletes: [...ownClasses.values()].filter((r) => removed.has(r.value.id) && !kept.has(r.value.id)).map((r) => r.row),
      };
      const classesBefore = [...ownClasses.values()];
      updateRecords(workbook, classes, diff.updates);
      deleteRows(classes, diff.deletes);
      const newIds = insertRecords(workbook, classes, diff.inserts);
      // The teacher's own row last: until it exists, a failed attempt leaves nothing a retry must avoid.
      if (target) updateRecords(workbook, teachers, [{ row: target.row, values }]);
      else insertRecords(workbook, teachers, [{ ...values, id }]);
      // A new name shows everywhere the teacher is referred to (mentees, programmes, sessions…).
      if (target && target.value.fullName !== values.fullName) refreshTeacherNames(workbook, { teachers, classes }, { id, name: values.fullName! });
      // Each submitted row's id (a skipped blank row: null), so the page can save again safely.
      const version = pageVersion(afterSave(target?.value, values as Partial<Teacher>, id), recordsAfter(classesBefore, diff, newIds));
      const classIds = rows.map((r) => r.id ?? (r.values ? newIds.shift()! : null));
      return success({ id, classIds, version });
    }),
  ),
);

/** A missing tab is the deputy's to fix by «Настроить книгу», not an unexpected error. */
function missingTabAsFailure<T>(work: () => Result<T>): Result<T> {
  try {
    return work();
  } catch (error) {
    if (error instanceof MissingTabError) return failure('not-found', error.message);
    throw error;
  }
}

/** The teacher of the selected row: on «Педагоги», or the teacher a selected class, programme or achievement belongs to. */
function fromSelection(tabs: GlanceTabs & { classes: LoadedTab<'classes'> }): string | null {
  const own = selectedId(tabs.teachers);
  if (own) return own;
  for (const tab of [tabs.classes, tabs.programmes, tabs.achievements] as const) {
    const id = selectedId(tab);
    if (id) return (tab.byId.get(id)?.value as { teacherId: string | null } | undefined)?.teacherId ?? null;
  }
  return null;
}

/** A mentor typed by name (no id) is shown picked when the name is exactly one teacher's. */
function withMentorResolved(teacher: Teacher, teachers: LoadedTab<'teachers'>): Teacher {
  if (teacher.mentorId || !teacher.mentorName) return teacher;
  const name = normalizeLabel(teacher.mentorName);
  const matches = teachers.records.filter((r) => normalizeLabel(r.value.fullName) === name);
  return matches.length === 1 ? { ...teacher, mentorId: matches[0]!.value.id, mentorName: matches[0]!.value.fullName } : teacher;
}

function classesOf(teacher: Teacher, teachers: LoadedTab<'teachers'>, classes: LoadedTab<'classes'>) {
  const matches = refersTo(teacher, teachers);
  return classes.records.filter((r) => matches(r.value.teacherId, r.value.teacherName));
}

/** The version of the teacher card: the teacher and the classes shown on it. */
function pageVersion(teacher: Teacher, classes: readonly TeacherClass[]): Version {
  return versionOf(TEACHER_PAGE, [{ kind: 'teacher', id: teacher.id, value: teacher }, ...classes.map((c) => ({ kind: 'class', id: c.id, value: c }))]);
}

function byYearAndClass(a: TeacherClass, b: TeacherClass): number {
  return b.schoolYear.localeCompare(a.schoolYear) || a.className.localeCompare(b.className, 'ru', { numeric: true });
}
