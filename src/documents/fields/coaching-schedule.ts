/**
 * A teacher's coaching schedule for a school year (000 IV.4–IV.5, V.1): the coaching sessions of
 * «Сессии и встречи» where she takes part (planned, held or moved; cancelled ones left out), in
 * date order, with the record of «Согласование расписаний сессий» that she and the coach agreed it.
 */
import { schoolYearOf, type LocalDate } from '../../domain/local-date';
import * as O from '../../domain/options';
import type { CoachingAgreement, Session, Teacher } from '../../domain/records';
import { COACHING_SCHEDULE } from '../../text/coaching-schedule';
import type { Settings } from '../../workbook/settings';
import type { Dictionary, FieldValues } from '../dictionary';
import { collection, commonFields, commonValues, date, day, signatureFields, signatureValues, str, text } from './common';

export const COACHING_SCHEDULE_FIELDS: Dictionary = {
  kind: 'coachingSchedule',
  title: O.DOCUMENT_KINDS.label('coachingSchedule'),
  fields: [
    ...commonFields(),
    ...signatureFields('ФИО_учителя', 'Коуч_консультант'),
    text('ФИО_учителя', 'Ф.И.О. педагога'),
    text('Учебный_год', 'Учебный год расписания, «2026/2027»'),
    text('Коуч_консультант', 'Коуч-консультант, с которым согласовано расписание (или ведущие его сессий)'),
    date('Дата_согласования', 'Дата согласования расписания педагогом и коуч-консультантом', false),
    text('Согласование', '«Согласовано педагогом и коуч-консультантом.» по листу «Согласование расписаний сессий»; пусто, пока не согласовано', false),
    collection('Сессии', 'Коучинг-сессии педагога за учебный год, по датам', [
      text('Номер', '№ п/п'),
      text('Дата', 'Дата'),
      text('Время', 'Время', false),
      text('Тема', 'Тема'),
      text('Коуч', 'Коуч-консультант'),
      text('Отметка', 'Отметка: запланирована, проведена, перенесена'),
    ]),
  ],
};

export interface CoachingScheduleInput {
  teacher: Teacher;
  /** «2026/2027». */
  schoolYear: string;
  sessions: readonly Session[];
  agreements: readonly CoachingAgreement[];
  settings: Settings;
  today: LocalDate;
}

/** The teacher's coaching sessions of the year in date order, cancelled ones left out. */
export function scheduledSessions(sessions: readonly Session[], teacherId: string, schoolYear: string): Session[] {
  return sessions
    .filter((s) => s.kind === 'coaching' && s.status !== 'cancelled' && s.participantsIds.includes(teacherId) && schoolYearOf(s.date) === schoolYear)
    .sort((a, b) => a.date.localeCompare(b.date) || (a.startTime ?? '').localeCompare(b.startTime ?? '') || a.id.localeCompare(b.id));
}

/** The latest agreement of this teacher and year (a second one marks the schedule agreed again). */
export function agreementOf(agreements: readonly CoachingAgreement[], teacherId: string, schoolYear: string): CoachingAgreement | null {
  const own = agreements.filter((a) => a.teacherId === teacherId && a.schoolYear.trim() === schoolYear);
  return own.sort((a, b) => b.agreedOn.localeCompare(a.agreedOn) || b.id.localeCompare(a.id)).at(0) ?? null;
}

export function coachingScheduleValues({ teacher, schoolYear, sessions, agreements, settings, today }: CoachingScheduleInput): FieldValues {
  const own = scheduledSessions(sessions, teacher.id, schoolYear);
  if (own.length === 0) throw new Error(COACHING_SCHEDULE.noSessions(teacher.fullName, schoolYear));
  const agreement = agreementOf(agreements, teacher.id, schoolYear);
  const coaches = [...new Set(own.map((s) => s.leaderName).filter((n): n is string => !!n))];
  const values: FieldValues = {
    // Dated the day it was agreed; until then, the day it is printed.
    ...commonValues(settings, agreement?.agreedOn ?? today),
    ФИО_учителя: teacher.fullName,
    Учебный_год: schoolYear,
    Коуч_консультант: str(agreement?.coachName ?? coaches.join(', ')),
    Дата_согласования: day(agreement?.agreedOn),
    Согласование: agreement ? COACHING_SCHEDULE.printedAgreed : '',
    Сессии: own.map((s, i) => ({
      Номер: String(i + 1),
      Дата: day(s.date),
      Время: s.startTime ? (s.endTime ? `${s.startTime}–${s.endTime}` : s.startTime) : '',
      Тема: s.topic,
      Коуч: str(s.leaderName),
      Отметка: O.SESSION_STATUSES.label(s.status),
    })),
  };
  return { ...values, ...signatureValues(values, 'ФИО_учителя', 'Коуч_консультант') };
}
