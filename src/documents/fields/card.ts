/**
 * Card of individual support (001 §6.2–6.3): the teacher's subject, experience and load, the
 * classes table of the school year, and what is attached to the card as the work goes on.
 */
import type { LocalDate } from '../../domain/local-date';
import { schoolYearOf } from '../../domain/local-date';
import * as O from '../../domain/options';
import type { Attachment, SupportProgramme, Teacher, TeacherClass } from '../../domain/records';
import type { Settings } from '../../workbook/settings';
import type { Dictionary, FieldValues } from '../dictionary';
import { attachmentsField, attachmentValues } from './attachments';
import { collection, commonFields, commonValues, date, day, hours, label, number, signatureFields, signatureValues, str, text, years } from './common';

export const CARD: Dictionary = {
  kind: 'card',
  title: O.DOCUMENT_KINDS.label('card'),
  fields: [
    ...commonFields(),
    ...signatureFields('Сопровождение_ведёт', 'ФИО_учителя'),
    text('ФИО_учителя', 'Ф.И.О. учителя'),
    text('Должность', 'Должность', false),
    text('Преподаваемый_предмет', 'Преподаваемый предмет'),
    number('Общий_стаж', 'Общий педагогический стаж, «12 лет»'),
    number('Стаж_в_ОУ', 'Стаж работы в ОУ, «5 лет»'),
    number('Нагрузка_в_учебном_году', 'Нагрузка в учебном году, часов в неделю, «18 ч в неделю»'),
    number('Всего_нагрузки', 'Всего учебной нагрузки, часов в неделю, «24 ч в неделю»'),
    text('Учебный_год', 'Учебный год, к которому относятся нагрузка и классы'),
    text('Квалификационная_категория', 'Квалификационная категория', false),
    date('Дата_аттестации', 'Дата последней аттестации', false),
    text('Наставник', 'Наставник учителя', false),
    text('Сопровождение_ведёт', 'Индивидуальное сопровождение ведёт (по программе)', false),
    date('Начало_сопровождения', 'Начало программы сопровождения', false),
    date('Окончание_сопровождения', 'Окончание программы сопровождения', false),
    collection('Классы', 'Классы, в которых работает учитель: одна строка таблицы на класс', [
      text('Класс', 'Класс'),
      text('Программа', 'Программа'),
      text('Планирование', 'Планирование'),
      text('Учебный_комплекс', 'Учебный комплекс'),
    ]),
    attachmentsField(),
  ],
};

export interface CardInput {
  teacher: Teacher;
  /** The teacher's classes; only those of the reference date's school year are printed. */
  classes: TeacherClass[];
  /** The programme the card belongs to, if any. */
  programme: SupportProgramme | null;
  /** The programme's attachments (none without a programme). */
  attachments?: readonly Attachment[];
  settings: Settings;
  today: LocalDate;
}

export function cardValues({ teacher, classes, programme, attachments = [], settings, today }: CardInput): FieldValues {
  // The programme's start decides the school year when there is one: a card describes that year.
  const year = schoolYearOf(programme?.start ?? today);
  const values: FieldValues = {
    // Drawn up when the programme starts; without one, the day it is printed.
    ...commonValues(settings, programme?.start ?? today),
    ФИО_учителя: teacher.fullName,
    Должность: str(teacher.position),
    Преподаваемый_предмет: str(teacher.subject),
    Общий_стаж: years(teacher.totalExperience),
    Стаж_в_ОУ: years(teacher.schoolExperience),
    Нагрузка_в_учебном_году: hours(teacher.load),
    Всего_нагрузки: hours(teacher.totalLoad),
    Учебный_год: year,
    Квалификационная_категория: label(O.QUALIFICATION_CATEGORIES, teacher.category),
    Дата_аттестации: day(teacher.attestationDate),
    Наставник: str(teacher.mentorName),
    Сопровождение_ведёт: str(programme?.leadName),
    Начало_сопровождения: day(programme?.start),
    Окончание_сопровождения: day(programme?.end),
    Классы: classes
      .filter((c) => c.schoolYear === year)
      .sort((a, b) => a.className.localeCompare(b.className, 'ru'))
      .map((c) => ({
        Класс: c.className,
        Программа: str(c.programme),
        Планирование: str(c.planning),
        Учебный_комплекс: str(c.textbooks),
      })),
    ...attachmentValues(attachments, settings.regulation),
  };
  return { ...values, ...signatureValues(values, 'Сопровождение_ведёт', 'ФИО_учителя') };
}
