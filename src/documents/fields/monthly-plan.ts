/**
 * Monthly work plan (000 IV.4, 003 §5.2, 004 §4.2): every coaching session, community meeting,
 * SkillsClub event and lesson visit of the month, and every programme plan item due in it.
 */
import { addDays, daysInMonth, makeLocalDate, schoolYearOf, type LocalDate } from '../../domain/local-date';
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
    date('Начало_месяца', 'Первый день месяца (недели, когда план составлен по неделям)', false),
    date('Конец_месяца', 'Последний день месяца (недели, когда план составлен по неделям)', false),
    text('Учебный_год', 'Учебный год', false),
    // A suffix of the title's period: empty, it prints nothing (not the line to fill by hand).
    { ...text('Часть', 'Когда неделя плана разбита на части (больше 500 строк): « — часть 2 из 3»; иначе пусто', false), emptyText: '' },
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

/** The month's rows as the plan lists them: its sessions (cancelled ones are not in it) by date and time, its items by deadline. */
function planRows(sessions: readonly Session[], items: readonly PlanItem[], first: LocalDate, last: LocalDate): { events: Session[]; due: PlanItem[] } {
  const within = (d: LocalDate) => d >= first && d <= last;
  // A cancelled session is no longer part of the plan; postponed ones keep their row and status.
  const events = sessions.filter((s) => within(s.date) && s.status !== 'cancelled').sort((a, b) => (a.date + (a.startTime ?? '')).localeCompare(b.date + (b.startTime ?? '')));
  const due = items.filter((i) => within(i.deadline)).sort((a, b) => a.deadline.localeCompare(b.deadline) || a.order - b.order);
  return { events, due };
}

export function monthlyPlanValues(input: MonthlyPlanInput): FieldValues {
  const { first, last } = monthBounds(input.month);
  const { events, due } = planRows(input.sessions, input.items, first, last);
  return planValues(input, events, due, { first, last, label: '' });
}

/** The values of a plan listing `events` and `due` (already in order) for the days first..last of the month. */
function planValues({ month, programmes, settings, today }: MonthlyPlanInput, events: readonly Session[], due: readonly PlanItem[], part: { first: LocalDate; last: LocalDate; label: string }): FieldValues {
  const { year, month: m } = monthBounds(month);
  const byId = new Map(programmes.map((p) => [p.id, p]));
  const values: FieldValues = {
    ...commonValues(settings, today),
    Месяц: `${RU.documentNames.monthsNominative[m - 1]} ${year}`,
    Начало_месяца: day(part.first),
    Конец_месяца: day(part.last),
    Учебный_год: schoolYearOf(part.first),
    Часть: part.label,
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

/**
 * Rows one plan document holds at most. A longer month goes in parts, one a week, a week longer
 * than this in several: the Docs work of filling a document grows faster than its rows (every
 * replacement scans the document), so bounded parts keep a month's cost linear in its rows and
 * each part a step one execution can finish. A school's month (a few hundred rows) stays one document.
 */
export const PLAN_PART_ROWS = 500;

export interface PlanPart {
  /** '' when the month is one document; «w2.1» for the month's second week (from Monday), its first part. */
  key: string;
  first: LocalDate;
  last: LocalDate;
  /** « — часть 2 из 3» when the week is in several parts, else ''. */
  label: string;
  events: Session[];
  due: PlanItem[];
}

/** Monday = 0 … Sunday = 6. */
function weekday(d: LocalDate): number {
  const [y, m, dd] = d.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, dd)).getUTCDay() + 6) % 7;
}

/**
 * The parts the month's plan is made in: one (the whole month) unless the school asked for a
 * document a week («Настройки») or the month has more than `maxRows` rows.
 */
export function monthlyPlanParts(input: MonthlyPlanInput, maxRows = PLAN_PART_ROWS): PlanPart[] {
  const { first, last } = monthBounds(input.month);
  const { events, due } = planRows(input.sessions, input.items, first, last);
  const rows = events.length + due.length;
  // A month with nothing planned is still one (empty) plan, weeks or not.
  if (rows === 0 || (!input.settings.planByWeek && rows <= maxRows)) return [{ key: '', first, last, label: '', events, due }];
  const offset = weekday(first);
  const weekOf = (d: LocalDate) => Math.floor((Number(d.slice(8, 10)) - 1 + offset) / 7) + 1;
  const weeks = new Map<number, { events: Session[]; due: PlanItem[] }>();
  const at = (w: number) => weeks.get(w) ?? weeks.set(w, { events: [], due: [] }).get(w)!;
  for (const s of events) at(weekOf(s.date)).events.push(s);
  for (const i of due) at(weekOf(i.deadline)).due.push(i);
  const parts: PlanPart[] = [];
  for (const [week, rows] of [...weeks].sort((a, b) => a[0] - b[0])) {
    const start = week === 1 ? first : addDays(first, (week - 1) * 7 - offset);
    const end = addDays(start, 6 - weekday(start)) > last ? last : addDays(start, 6 - weekday(start));
    const total = rows.events.length + rows.due.length;
    const count = Math.ceil(total / maxRows);
    for (let c = 0; c < count; c++) {
      // Events first, then the deadlines: a part takes the next maxRows of the week's rows.
      const from = c * maxRows;
      const to = from + maxRows;
      parts.push({
        key: `w${week}.${c + 1}`,
        first: start,
        last: end,
        label: count > 1 ? ` — часть ${c + 1} из ${count}` : '',
        events: rows.events.slice(from, to),
        due: rows.due.slice(Math.max(0, from - rows.events.length), Math.max(0, to - rows.events.length)),
      });
    }
  }
  return parts;
}

/** A part's values: its rows, its days as the plan's first and last. */
export function planPartValues(input: MonthlyPlanInput, part: PlanPart): FieldValues {
  return planValues(input, part.events, part.due, part);
}
