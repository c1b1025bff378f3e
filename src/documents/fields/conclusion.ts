/**
 * Outcome analysis and general conclusion (001 §6.4, 002 §5.3–5.4): the analysis table per problem,
 * then the conclusion's option lists, every option printed and the chosen ones marked.
 */
import type { LocalDate } from '../../domain/local-date';
import * as O from '../../domain/options';
import type { OutcomeRow, SupportProgramme, Teacher } from '../../domain/records';
import type { Settings } from '../../workbook/settings';
import type { Dictionary, FieldValues } from '../dictionary';
import { collection, commonFields, commonValues, date, day, label, labels, option, options, signatureFields, signatureValues, str, text } from './common';

export const CONCLUSION: Dictionary = {
  kind: 'conclusion',
  title: O.DOCUMENT_KINDS.label('conclusion'),
  fields: [
    ...commonFields(),
    ...signatureFields('Сопровождение_ведёт', 'ФИО_учителя', 'Заместитель_директора'),
    text('ФИО_учителя', 'Ф.И.О. учителя'),
    text('Сопровождение_ведёт', 'Индивидуальное сопровождение вёл (Ф.И.О. специалиста)'),
    date('Начало_программы', 'Начало программы сопровождения', false),
    date('Окончание_программы', 'Окончание программы сопровождения', false),
    collection('Анализ_итогов', 'Анализ итогов: одна строка таблицы на проблему', [
      text('Проблема', 'Проблема'),
      text('До_сопровождения', 'Состояние проблемы до начала сопровождения'),
      text('После_сопровождения', 'Состояние проблемы после завершения сопровождения'),
      text('Способ_диагностики', 'Способ диагностики результатов'),
      text('Выводы', 'Выводы'),
    ]),
    option('Итог_сопровождения', '1. Индивидуальное сопровождение можно считать', O.CONCLUSION_OUTCOMES),
    option('Проблемы_сняты', '2. Выявленные в результате предварительной диагностики проблемы', O.CONCLUSION_PROBLEMS),
    text('Неснятые_проблемы', 'Проблемы, которые не сняты (указать)'),
    text('Причины', '3. Причины, по которым не состоялось индивидуальное сопровождение и/или не были сняты проблемы'),
    options('Педагог_нуждается', '4. Сопровождаемый педагог', O.CONCLUSION_NEEDS),
    text('Причина_другого_маршрута', 'Причина разработки другого индивидуального маршрута'),
    text('Пути_сопровождения', '5. Наиболее эффективные пути (способы) дальнейшего сопровождения'),
    date('Дата_заключения', 'Дата заключения'),
  ],
};

export interface ConclusionInput {
  programme: SupportProgramme;
  teacher: Teacher | null;
  lead: Teacher | null;
  rows: OutcomeRow[];
  settings: Settings;
  today: LocalDate;
}

export function conclusionValues({ programme, teacher, lead, rows, settings, today }: ConclusionInput): FieldValues {
  const values: FieldValues = {
    ...commonValues(settings, programme.conclusionDate ?? today),
    ФИО_учителя: teacher?.fullName ?? str(programme.teacherName),
    Сопровождение_ведёт: lead?.fullName ?? str(programme.leadName),
    Начало_программы: day(programme.start),
    Окончание_программы: day(programme.end),
    Анализ_итогов: rows.map((row) => ({
      Проблема: row.problem,
      До_сопровождения: str(row.before),
      После_сопровождения: str(row.after),
      Способ_диагностики: str(row.method),
      Выводы: str(row.conclusions),
    })),
    Итог_сопровождения: label(O.CONCLUSION_OUTCOMES, programme.outcome),
    Проблемы_сняты: label(O.CONCLUSION_PROBLEMS, programme.problemsResult),
    Неснятые_проблемы: str(programme.unresolvedProblems),
    Причины: str(programme.reasons),
    Педагог_нуждается: labels(O.CONCLUSION_NEEDS, programme.needs),
    Причина_другого_маршрута: str(programme.anotherRouteReason),
    Пути_сопровождения: str(programme.furtherWays),
    // An unsigned conclusion is dated the day it is printed.
    Дата_заключения: day(programme.conclusionDate ?? today),
  };
  return { ...values, ...signatureValues(values, 'Сопровождение_ведёт', 'ФИО_учителя', 'Заместитель_директора') };
}
