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
import { COACH_BASES, QUALIFICATION_CATEGORIES, TEACHER_ROLES } from '../domain/options';
import type { Teacher, TeacherClass } from '../domain/records';
import { openWorkbook } from '../workbook/sheets';
import { insertRecords, loadTab, MissingTabError, type LoadedTab } from '../workbook/repo';
import { activeEmail } from '../platform/identity';
import { ROLES } from '../text/roles';
import { claimedId, claimId, REQUEST_KEY } from '../workbook/requests';
import { PendingNames } from '../workbook/pending-names';
import { teacherChoices } from '../workbook/context';
import { refersTo, teacherGlance, type GlanceTabs, type TeacherGlance } from './teacher-glance';
import { teacherMonitoring, type MonitoringTabs, type TeacherMonitoring } from './teacher-monitoring';
import { Unit, type TeacherNames } from '../workbook/unit';
import { splitList } from '../workbook/cells';
import type { TabKey } from '../workbook/columns';
import { accessOf } from '../workbook/admins';
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
  /** 000 I.3: whom the teacher may coach as (blank: not a coach). */
  coachBases: Array<{ value: string; label: string }>;
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
    const unit = new Unit(workbook);
    const names = unit.teacherNames();
    const id = teacherId || fromSelection(unit);
    const row = id ? names.byId.get(id)?.row : undefined;
    const found = id && row ? unit.part('teachers', [row]).byId.get(id) : undefined;
    if (teacherId && !found) return failure('not-found', RU.teacherPage.notFound);
    const teacher = found ? withMentorResolved(found.value, names) : null;
    const tabs = teacher ? teacherTabs(unit, teacher, names) : null;
    const today = workbook.zone.dayOf(new Date());
    const shownClasses = found && tabs ? classesOf(found.value, names, tabs.classes).map((r) => r.value) : [];
    return success({
      version: found ? pageVersion(found.value, shownClasses) : {},
      teacher: teacher ? { ...teacher, attestationDate: teacher.attestationDate as string | null } : null,
      classes: teacher && tabs ? classesOf(teacher, names, tabs.classes).map((r) => r.value).sort(byYearAndClass) : [],
      teachers: teacherChoices(names),
      roles: options(TEACHER_ROLES),
      coachBases: options(COACH_BASES),
      categories: options(QUALIFICATION_CATEGORIES),
      schoolYear: schoolYearOf(today),
      glance: teacher && tabs ? teacherGlance(teacher, tabs, today) : null,
      monitoring: teacher && tabs ? teacherMonitoring(teacher, tabs, today, workbook.regulation) : null,
    });
  }),
);

/**
 * The rows that may be the teacher's, read whole: each tab's reference columns are scanned (all
 * in one call), and a row is read when its id is hers, or it has no id and a name that may be
 * hers. The glance and the monitoring then decide as over whole tabs.
 */
function teacherTabs(unit: Unit, teacher: Teacher, names: TeacherNames): GlanceTabs & MonitoringTabs & { classes: LoadedTab<'classes'> } {
  const own = normalizeLabel(teacher.fullName);
  const one = (id: string | null, name: string | null) => (id ? id === teacher.id : name !== null && normalizeLabel(name) === own);
  const many = (ids: readonly string[], shown: string | null) => (ids.length ? ids.includes(teacher.id) : splitList(shown ?? '').some((n) => normalizeLabel(n) === own));
  const byTeacher = ['teacherId', 'teacherName'] as const;
  const owned = ['classes', 'programmes', 'achievements', 'selfDiagnoses', 'feedback', 'studentSurveys'] as const;
  // The leader's name is left unread: a row without the leader's id is read whole instead.
  const sessionColumns = ['leaderId', 'participantsIds', 'participantsNames'] as const;
  unit.scanMany([...owned.map((key) => [key, byTeacher] as const), ['sessions', sessionColumns]]);
  const rows = (key: (typeof owned)[number]) => {
    const scanned = unit.scan(key, byTeacher);
    return [...scanned.records.filter((r) => one(r.value.teacherId, r.value.teacherName)).map((r) => r.row), ...scanned.failed];
  };
  const sessionScan = unit.scan('sessions', sessionColumns);
  const sessionRows = [
    ...sessionScan.records.filter(({ value: s }) => !s.leaderId || s.leaderId === teacher.id || many(s.participantsIds, s.participantsNames)).map((r) => r.row),
    ...sessionScan.failed,
  ];
  const [classes, programmes, achievements, selfDiagnoses, feedback, studentSurveys] = unit.partMany(owned.map((key) => [key, rows(key)] as const)) as [
    LoadedTab<'classes'>,
    LoadedTab<'programmes'>,
    LoadedTab<'achievements'>,
    LoadedTab<'selfDiagnoses'>,
    LoadedTab<'feedback'>,
    LoadedTab<'studentSurveys'>,
  ];
  // Documents and plan items belong to her programmes (the broken ones' ids count too).
  const programmeIds = new Set<string>(programmes.read.records.map((r) => r.values.id).filter((v): v is string => typeof v === 'string' && v !== ''));
  unit.scanMany([
    ['documents', ['recordId']],
    ['planItems', ['programmeId']],
  ]);
  const documentScan = unit.scan('documents', ['recordId']);
  const planScan = unit.scan('planItems', ['programmeId']);
  const [sessions, documents, planItems] = unit.partMany<TabKey>([
    ['sessions', sessionRows],
    ['documents', [...documentScan.records.filter((r) => r.value.recordId === teacher.id || programmeIds.has(r.value.recordId ?? '')).map((r) => r.row), ...documentScan.failed]],
    ['planItems', [...planScan.records.filter((r) => programmeIds.has(r.value.programmeId ?? '')).map((r) => r.row), ...planScan.failed]],
  ]) as [LoadedTab<'sessions'>, LoadedTab<'documents'>, LoadedTab<'planItems'>];
  return { teachers: names, classes, programmes, sessions, achievements, documents, planItems, selfDiagnoses, feedback, studentSurveys };
}

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
      const unit = new Unit(workbook);
      const givenId = input.teacher.id?.trim() || null;
      const { teachers, classes } = saveViews(unit, givenId, input.teacher.mentorId?.trim() || null, input.teacher.email.trim().toLowerCase(), input.requestKey);
      const existing = givenId ? teachers.byId.get(givenId) : undefined;
      if (givenId && !existing) return failure('not-found', RU.teacherPage.notFound);
      const shownClasses = existing ? classesOf(existing.value, unit.teacherNames(), classes) : [];
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
      const values = checkTeacher(input.teacher, givenId ?? earlier, teachers, errors, workbook.zone.dayOf(new Date()));
      // A teacher's address receives her mail and her documents: only an administrator redirects it.
      const redirected = existing && (existing.value.email ?? '').trim().toLowerCase() !== input.teacher.email.trim().toLowerCase() ? accessOf(workbook).refusal : null;
      if (redirected) errors['teacher.email'] = redirected;
      const ownClasses = new Map(shownClasses.map((r) => [r.value.id, r]));
      const seen = new Set<string>();
      const rows = input.classes.map((row, i) => ({ id: row.id?.trim() || null, values: checkClass(row, i, seen, errors, workbook.zone.dayOf(new Date())) }));
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
      // A new name is remembered before anything is written: a retry finishes showing it everywhere.
      const names = new PendingNames();
      if (target && target.value.fullName !== values.fullName) names.intend('teachers', id);
      unit.update(classes, diff.updates);
      unit.remove(classes, diff.deletes);
      const newIds = unit.insert(classes, diff.inserts);
      // The teacher's own row last: until it exists, a failed attempt leaves nothing a retry must avoid.
      if (target) unit.update(teachers, [{ row: target.row, values }]);
      else unit.insert(teachers, [{ ...values, id }]);
      // Her mail and her documents' sharing follow the address: who changed it is on «Журнал».
      const emailBefore = (target?.value.email ?? '').trim().toLowerCase();
      if (target && emailBefore !== (values.email ?? '').trim().toLowerCase() && workbook.tab('log')) {
        const line = ROLES.logLine(ROLES.teacherEmail(values.fullName), emailBefore, (values.email ?? '').trim().toLowerCase());
        insertRecords(workbook, loadTab(workbook, 'log'), [{ at: new Date().toISOString(), user: activeEmail() || null, level: 'info', action: 'settings', target: values.fullName, message: line }]);
      }
      // A new name shows everywhere the teacher is referred to (mentees, programmes, sessions…),
      // and so does one an earlier attempt left half shown.
      names.finish(unit);
      // Each submitted row's id (a skipped blank row: null), so the page can save again safely.
      const version = pageVersion(afterSave(target?.value, values as Partial<Teacher>, id), recordsAfter(classesBefore, diff, newIds));
      const classIds = rows.map((r) => r.id ?? (r.values ? newIds.shift()! : null));
      return success({ id, classIds, version });
    }),
  ),
);

/**
 * What a save reads, in two calls: the teachers' ids, names and e-mails and the classes' owners
 * scanned; then whole only the teacher, the mentor, every row with the same e-mail or an unreadable
 * one (a typo must not let a duplicate in), and the classes that are this teacher's (or, for a
 * retried new teacher, under the id its first attempt claimed).
 */
function saveViews(unit: Unit, id: string | null, mentorId: string | null, email: string, requestKey: string | null | undefined): { teachers: LoadedTab<'teachers'>; classes: LoadedTab<'classes'> } {
  unit.scanMany([
    ['teachers', ['id', 'fullName', 'email']],
    ['teachers', ['id', 'fullName']],
    ['classes', ['teacherId', 'teacherName']],
  ]);
  const scanned = unit.scan('teachers', ['id', 'fullName', 'email']);
  const wanted = (t: { id: string; email: string | null }) => t.id === id || t.id === mentorId || (email !== '' && (t.email ?? '').trim().toLowerCase() === email);
  const own = scanned.records.find((r) => r.value.id === id)?.value;
  const names = unit.teacherNames();
  const matches = own ? refersTo(own as Teacher, names) : null;
  const earlier = id ? null : claimedId({ key: 'teachers' }, requestKey);
  const [teachers, classes] = unit.partMany<'teachers' | 'classes'>([
    ['teachers', [...scanned.records.filter((r) => wanted(r.value)).map((r) => r.row), ...scanned.failed]],
    ['classes', classRows(unit, (v) => (matches ? matches(v.teacherId, v.teacherName) : earlier !== null && v.teacherId === earlier))],
  ]);
  return { teachers: teachers as LoadedTab<'teachers'>, classes: classes as LoadedTab<'classes'> };
}

function classRows(unit: Unit, keep: (v: { teacherId: string | null; teacherName: string | null }) => boolean): number[] {
  const scanned = unit.scan('classes', ['teacherId', 'teacherName']);
  return [...scanned.records.filter((r) => keep(r.value)).map((r) => r.row), ...scanned.failed];
}

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
function fromSelection(unit: Unit): string | null {
  for (const key of ['teachers', 'classes', 'programmes', 'achievements'] as const) {
    const { row, tab } = unit.selection(key);
    if (row < 2) continue;
    const value = tab.records.find((r) => r.row === row)?.value as { id: string; teacherId?: string | null } | undefined;
    return (key === 'teachers' ? value?.id : value?.teacherId) ?? null;
  }
  return null;
}

/** A mentor typed by name (no id) is shown picked when the name is exactly one teacher's. */
function withMentorResolved(teacher: Teacher, teachers: TeacherNames): Teacher {
  if (teacher.mentorId || !teacher.mentorName) return teacher;
  const name = normalizeLabel(teacher.mentorName);
  const matches = teachers.records.filter((r) => normalizeLabel(r.value.fullName) === name);
  return matches.length === 1 ? { ...teacher, mentorId: matches[0]!.value.id, mentorName: matches[0]!.value.fullName } : teacher;
}

function classesOf(teacher: Teacher, teachers: TeacherNames, classes: LoadedTab<'classes'>) {
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
