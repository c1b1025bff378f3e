/**
 * Monthly work plan (000 IV.4, 003 §5.2, 004 §4.2): every coaching session, community meeting,
 * SkillsClub event and lesson visit of the month, and every programme plan item due in it.
 */
import { daysInMonth, makeLocalDate, schoolYearOf, type LocalDate } from '../../domain/local-date';
import * as O from '../../domain/options';
import { REGULATED } from '../../domain/regulation';
import { programmeLinkHolds } from '../../domain/sane-values';
import type { PlanItem, Session, SupportProgramme } from '../../domain/records';
import { RU } from '../../text/ru';
import type { Settings } from '../../workbook/settings';
import type { Dictionary, FieldValues } from '../dictionary';
import { collection, commonFields, commonValues, date, day, joined, label, num, signatureFields, signatureValues, str, text } from './common';

export const MONTHLY_PLAN: Dictionary = {
  kind: 'monthlyPlan',
  title: O.DOCUMENT_KINDS.label('monthlyPlan'),
  fields: [
    ...commonFields(),
    ...signatureFields('Заместитель_директора'),
    text('Месяц', 'Месяц и год плана, например «ноябрь 2026»'),
    date('Начало_месяца', 'Первый день месяца', false),
    date('Конец_месяца', 'Последний день месяца', false),
    text('Учебный_год', 'Учебный год', false),
    text('Число_мероприятий', 'Сколько мероприятий в плане', false),
    collection('Мероприятия', 'Коучинг-сессии, заседания, мероприятия, посещения уроков месяца: строка на каждое', [
      date('Дата', 'Дата'),
      text('Время', 'Время (начало–окончание)'),
      text('Вид', 'Вид: коучинг-сессия, заседание ПОС, мероприятие SkillsClub, посещение урока…'),
      text('Формат', 'Индивидуальная / групповая', false),
      text('Форма_работы', 'Форма работы', false),
      text('Тема', 'Тема'),
      text('Ответственный', 'Коуч-консультант, руководитель или ведущий'),
      text('Участники', 'Участники'),
      text('Место', 'Место проведения'),
      text('Сообщество_или_программа', 'Сообщество или программа сопровождения', false),
      text('Статус', 'Статус', false),
    ]),
    collection('Сроки_плана', 'Пункты программ сопровождения со сроком в этом месяце', [
      date('Срок', 'Срок выполнения'),
      text('Педагог', 'Сопровождаемый педагог'),
      text('Содержание', 'Содержание пункта'),
      text('Контрольный_срез', 'Контрольный срез', false),
      text('Ответственный', 'Кто ведёт сопровождение'),
      text('Статус', 'Статус', false),
    ]),
  ],
};

export interface MonthlyPlanInput {
  /** Any day of the month planned. */
  month: LocalDate;
  sessions: Session[];
  items: PlanItem[];
  /** Programmes the items belong to: give the teacher and the lead. */
  programmes: SupportProgramme[];
  settings: Settings;
  today: LocalDate;
}

/** The first and last day of the month a day falls in. */
export function monthBounds(dayInMonth: LocalDate): { first: LocalDate; last: LocalDate; year: number; month: number } {
  const [year, month] = dayInMonth.split('-').map(Number) as [number, number];
  return { first: makeLocalDate(year, month, 1)!, last: makeLocalDate(year, month, daysInMonth(year, month))!, year, month };
}

/** The session's programme as the plan names it; a link to a programme of a teacher not at the session names none. */
function programmeOf(s: Session, byId: ReadonlyMap<string, SupportProgramme>): string | null {
  const programme = s.programmeId ? byId.get(s.programmeId) : undefined;
  if (programme && !programmeLinkHolds(s.participantsIds, programme.teacherId)) return null;
  return s.programmeName ?? programme?.teacherName ?? null;
}

export function monthlyPlanValues({ month, sessions, items, programmes, settings, today }: MonthlyPlanInput): FieldValues {
  const { first, last, year, month: m } = monthBounds(month);
  const inMonth = (d: LocalDate) => d >= first && d <= last;
  // A cancelled session is no longer part of the plan; postponed ones keep their row and status.
  const events = sessions
    .filter((s) => inMonth(s.date) && s.status !== 'cancelled')
    .sort((a, b) => (a.date + (a.startTime ?? '')).localeCompare(b.date + (b.startTime ?? '')));
  const byId = new Map(programmes.map((p) => [p.id, p]));
  const due = items.filter((i) => inMonth(i.deadline)).sort((a, b) => a.deadline.localeCompare(b.deadline) || a.order - b.order);
  const values: FieldValues = {
    ...commonValues(settings, today),
    Месяц: `${RU.documentNames.monthsNominative[m - 1]} ${year}`,
    Начало_месяца: day(first),
    Конец_месяца: day(last),
    Учебный_год: schoolYearOf(first),
    Число_мероприятий: num(events.length),
    Мероприятия: events.map((s) => ({
      Дата: day(s.date),
      Время: s.startTime ? (s.endTime ? `${s.startTime}–${s.endTime}` : s.startTime) : '',
      Вид: O.SESSION_KINDS.label(s.kind),
      Формат: O.SESSION_FORMATS.label(s.format),
      Форма_работы: label(O.WORK_FORMS, s.workForm),
      Тема: s.topic,
      Ответственный: str(s.leaderName),
      Участники: str(s.participantsNames),
      Место: str(s.place),
      Сообщество_или_программа: joined([s.communityName, programmeOf(s, byId)]),
      Статус: O.SESSION_STATUSES.label(s.status),
    })),
    Сроки_плана: due.map((i) => {
      const programme = i.programmeId ? byId.get(i.programmeId) : undefined;
      return {
        Срок: day(i.deadline),
        Педагог: str(programme?.teacherName ?? i.programmeName),
        Содержание: i.content,
        Контрольный_срез: label(REGULATED.checkpointKinds.in(settings.regulation), i.checkpoint),
        Ответственный: str(programme?.leadName),
        Статус: O.PLAN_ITEM_STATUSES.label(i.status),
      };
    }),
  };
  return { ...values, ...signatureValues(values, 'Заместитель_директора') };
}
