/**
 * Passport of an individual support programme (001 §6.1, 002 §5.1): who is supported, by whom,
 * since when, the problems found, the planned help, and the plan table.
 */
import type { LocalDate } from '../../domain/local-date';
import * as O from '../../domain/options';
import { REGULATED } from '../../domain/regulation';
import { otherText } from '../../domain/other-option';
import type { PlanItem, SupportProgramme, Teacher } from '../../domain/records';
import type { Settings } from '../../workbook/settings';
import type { Dictionary, FieldValues } from '../dictionary';
import { collection, commonFields, commonValues, date, day, joined, label, labels, num, option, options, signatureFields, signatureValues, str, text } from './common';

export const PASSPORT: Dictionary = {
  kind: 'passport',
  title: O.DOCUMENT_KINDS.label('passport'),
  fields: [
    ...commonFields(),
    ...signatureFields('Сопровождение_ведёт', 'ФИО_учителя'),
    text('ФИО_учителя', 'Ф.И.О. сопровождаемого учителя'),
    text('Предмет', 'Преподаваемый предмет', false),
    date('Решение_принято', 'Решение о сопровождении принято (дата)'),
    text('Сопровождение_ведёт', 'Индивидуальное сопровождение ведёт (Ф.И.О. специалиста)'),
    text('Принимают_участие', 'В организации сопровождения принимают участие (Ф.И.О. специалистов)'),
    options('Характер_затруднений', 'Затруднения по характеру (002 §4.1)', O.DIFFICULTY_CATEGORIES, false),
    options('Диагностика_по_результатам', 'Диагностика проведена по результатам (002 §4.2)', O.DIAGNOSTIC_SOURCES, false),
    text('Диагностика_другое', 'Диагностика проведена по результатам: другое (свой вариант заместителя)', false),
    text('Выявленные_проблемы', 'Выявленные проблемы/трудности'),
    options('Формы_помощи', 'Планируемые формы оказания помощи', O.HELP_FORMS),
    option('Доминанта_маршрута', 'Доминанта маршрута: теоретическая или практическая (002 §3.1)', O.ROUTE_EMPHASES, false),
    option('Маршрут_реализуется', 'Маршрут реализуется в рамках школы или вне её (002 §3.1)', O.ROUTE_PLACES, false),
    date('Начало_программы', 'Начало реализации программы', false),
    date('Окончание_программы', 'Окончание реализации программы', false),
    option('Статус_программы', 'Статус программы', O.PROGRAMME_STATUSES, false),
    collection('Пункты_плана', 'План программы: одна строка таблицы на пункт', [
      text('Номер', '№ пункта'),
      text('Содержание', 'Содержание пункта'),
      date('Срок', 'Срок выполнения'),
      text('Деятельность_сопровождаемого', 'Деятельность сопровождаемого'),
      text('Деятельность_сопровождающего', 'Деятельность сопровождающего'),
      text('Совместная_деятельность', 'Совместная деятельность'),
      text('Контрольный_срез', 'Контрольный срез (002 §3.2)', false),
      text('Статус', 'Статус выполнения', false),
      date('Выполнено', 'Дата выполнения', false),
    ]),
  ],
};

export interface PassportInput {
  programme: SupportProgramme;
  /** The supported teacher's card, when found: gives the subject. */
  teacher: Teacher | null;
  lead: Teacher | null;
  participants: Teacher[];
  items: PlanItem[];
  settings: Settings;
  /** Unused: a passport is dated by the decision. */
  today?: LocalDate;
}

export function passportValues({ programme, teacher, lead, participants, items, settings }: PassportInput): FieldValues {
  const participantNames = participants.length ? joined(participants.map((t) => t.fullName)) : str(programme.participantsNames);
  const values: FieldValues = {
    // A passport is drawn up when the decision to support is taken.
    ...commonValues(settings, programme.decisionDate),
    ФИО_учителя: teacher?.fullName ?? str(programme.teacherName),
    Предмет: str(teacher?.subject),
    Решение_принято: day(programme.decisionDate),
    Сопровождение_ведёт: lead?.fullName ?? str(programme.leadName),
    Принимают_участие: participantNames,
    Характер_затруднений: labels(O.DIFFICULTY_CATEGORIES, programme.categories),
    Диагностика_по_результатам: labels(REGULATED.diagnosticSources.in(settings.regulation), programme.sources),
    Диагностика_другое: joined(programme.sources.map(otherText)),
    Выявленные_проблемы: programme.problems,
    Формы_помощи: labels(REGULATED.helpForms.in(settings.regulation), programme.helpForms),
    Доминанта_маршрута: label(O.ROUTE_EMPHASES, programme.emphasis),
    Маршрут_реализуется: label(O.ROUTE_PLACES, programme.place),
    Начало_программы: day(programme.start),
    Окончание_программы: day(programme.end),
    Статус_программы: label(O.PROGRAMME_STATUSES, programme.status),
    Пункты_плана: [...items]
      .sort((a, b) => a.order - b.order)
      .map((item) => ({
        Номер: num(item.order),
        Содержание: item.content,
        Срок: day(item.deadline),
        Деятельность_сопровождаемого: str(item.supportedActivity),
        Деятельность_сопровождающего: str(item.supporterActivity),
        Совместная_деятельность: str(item.jointActivity),
        Контрольный_срез: label(REGULATED.checkpointKinds.in(settings.regulation), item.checkpoint),
        Статус: label(O.PLAN_ITEM_STATUSES, item.status),
        Выполнено: day(item.doneDate),
      })),
  };
  return { ...values, ...signatureValues(values, 'Сопровождение_ведёт', 'ФИО_учителя') };
}
