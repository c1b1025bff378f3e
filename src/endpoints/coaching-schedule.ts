/**
 * The coaching schedule on the teacher's page (000 IV.4–IV.5): her coaching sessions of the
 * current school year, and the record that she and the coach agreed the schedule, and when — a
 * row of «Согласование расписаний сессий» per teacher and year (marked again, the row is
 * updated). Open to everyone who may edit a teacher's card.
 */
import { z } from 'zod';
import { defineEndpoint } from '../shared/endpoint';
import { failure, success } from '../shared/result';
import { withDocumentLock } from '../platform/lock';
import { formatRu, isLocalDate, schoolYearOf, type LocalDate } from '../domain/local-date';
import * as O from '../domain/options';
import type { CoachingAgreement } from '../domain/records';
import { outOfRange } from '../domain/sane-values';
import { agreementOf, scheduledSessions } from '../documents/fields/coaching-schedule';
import { COACHING_SCHEDULE } from '../text/coaching-schedule';
import { RU } from '../text/ru';
import { dateOutsideOf } from '../text/values-ru';
import { Unit } from '../workbook/unit';
import { openWorkbook } from '../workbook/sheets';

const C = COACHING_SCHEDULE;
const refId = z.string().max(20);

/** The teacher, her sessions of the year and the year's agreement, read in few calls. */
function read(unit: Unit, teacherId: string, year: string) {
  const teacher = unit.byId('teachers', teacherId).byId.get(teacherId)?.value ?? null;
  const sessions = scheduledSessions(
    unit.find('sessions', ['kind', 'participantsIds'], (s) => s.kind === 'coaching' && (s.participantsIds ?? []).includes(teacherId)).records.map((r) => r.value),
    teacherId,
    year,
  );
  const agreements = unit.has('coachingAgreements') ? unit.find('coachingAgreements', ['teacherId'], (a) => a.teacherId === teacherId) : null;
  return { teacher, sessions, agreements };
}

/** The coaches of the teacher's sessions: the ones who may agree her schedule. */
function coachesOf(sessions: ReturnType<typeof scheduledSessions>): Array<{ value: string; label: string }> {
  const seen = new Map<string, string>();
  for (const s of sessions) if (s.leaderId && !seen.has(s.leaderId)) seen.set(s.leaderId, s.leaderName ?? s.leaderId);
  return [...seen].map(([value, label]) => ({ value, label }));
}

export const getCoachingSchedule = defineEndpoint(z.object({ teacherId: refId }).strict(), (input) => {
  const workbook = openWorkbook();
  const today = workbook.zone.dayOf(new Date());
  const year = schoolYearOf(today);
  const unit = new Unit(workbook);
  const { teacher, sessions, agreements } = read(unit, input.teacherId, year);
  if (!teacher) return failure('not-found', C.teacherNotFound(input.teacherId));
  const agreement = agreements ? agreementOf(agreements.records.map((r) => r.value), teacher.id, year) : null;
  return success({
    teacherId: teacher.id,
    schoolYear: year,
    today: today as string,
    sessions: sessions.map((s) => ({ id: s.id, date: s.date as string, topic: s.topic, coach: s.leaderName ?? '', statusLabel: O.SESSION_STATUSES.label(s.status) })),
    coaches: coachesOf(sessions),
    agreement: agreement ? { coachId: agreement.coachId ?? '', coachName: agreement.coachName ?? '', agreedOn: agreement.agreedOn as string } : null,
  });
});

const AgreeInput = z.object({ teacherId: refId, coachId: z.string().max(20), agreedOn: z.string().max(20) }).strict();

export const agreeCoachingSchedule = defineEndpoint(AgreeInput, (input) =>
  withDocumentLock(() => {
    const workbook = openWorkbook();
    const today = workbook.zone.dayOf(new Date());
    const year = schoolYearOf(today);
    const unit = new Unit(workbook);
    const { teacher, sessions, agreements } = read(unit, input.teacherId, year);
    if (!teacher) return failure('not-found', C.teacherNotFound(input.teacherId));
    if (sessions.length === 0) return failure('validation', C.noSessions(teacher.fullName, year));
    const errors: Record<string, string> = {};
    const coach = coachesOf(sessions).find((c) => c.value === input.coachId);
    if (!input.coachId) errors.coachId = RU.form.pickFromList;
    else if (!coach) errors.coachId = C.notCoach;
    if (!isLocalDate(input.agreedOn)) errors.agreedOn = RU.form.date;
    else if (outOfRange(input.agreedOn, today)) errors.agreedOn = dateOutsideOf(today);
    if (Object.keys(errors).length > 0) return failure('validation', RU.form.fix, errors);
    // A book set up before this tab existed: «Настроить книгу» adds it.
    const tab = agreements ?? unit.part('coachingAgreements', []);
    const values: Partial<CoachingAgreement> = { teacherId: teacher.id, schoolYear: year, coachId: coach!.value, coachName: null, agreedOn: input.agreedOn as LocalDate };
    // Marked again (or retried), the year's row is updated: one record per teacher and year.
    const existing = tab.records.find((r) => r.value.teacherId === teacher.id && r.value.schoolYear.trim() === year);
    if (existing) unit.update(tab, [{ row: existing.row, values }]);
    else unit.insert(tab, [values]);
    return success({ agreedOn: input.agreedOn, message: C.saved(formatRu(input.agreedOn as LocalDate)) });
  }),
);
