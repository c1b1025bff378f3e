/**
 * Outcome analysis and general conclusion (001 §6.4, 002 §5.3–5.4): the analysis table per problem,
 * then the conclusion's option lists, every option printed and the chosen ones marked.
 */
import type { LocalDate } from '../../domain/local-date';
import * as O from '../../domain/options';
import { REGULATED, wordingOf } from '../../domain/regulation';
import type { Attachment, OutcomeRow, SupportProgramme, Teacher } from '../../domain/records';
import type { Settings } from '../../workbook/settings';
import type { Dictionary, FieldValues } from '../dictionary';
import { attachmentsField, attachmentValues } from './attachments';
import { collection, commonFields, commonValues, date, day, label, labels, option, options, signatureFields, signatureValues, str, text } from './common';

const WAYS_002 = wordingOf('002').furtherWays;

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
    // 002 offers the ways of further support as item 6's last option, marked when they are named.
    { ...options('Педагог_нуждается', 'Сопровождаемый педагог (002, п. 6) / специалист (001, п. 4)', O.CONCLUSION_NEEDS), options: [...O.CONCLUSION_NEEDS.labels, WAYS_002] },
    text('Причина_другого_маршрута', 'Причина разработки другого индивидуального маршрута'),
    text('Пути_сопровождения', 'Наиболее эффективные пути (способы) дальнейшего сопровождения (указать)'),
    date('Дата_заключения', 'Дата заключения'),
    attachmentsField(),
  ],
};

export interface ConclusionInput {
  programme: SupportProgramme;
  teacher: Teacher | null;
  lead: Teacher | null;
  rows: OutcomeRow[];
  /** The programme's attachments: the materials the analysis rests on. */
  attachments?: readonly Attachment[];
  settings: Settings;
  today: LocalDate;
}

export function conclusionValues({ programme, teacher, lead, rows, attachments = [], settings, today }: ConclusionInput): FieldValues {
  const wording = wordingOf(settings.regulation);
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
    Проблемы_сняты: label(REGULATED.conclusionProblems.in(settings.regulation), programme.problemsResult),
    Неснятые_проблемы: str(programme.unresolvedProblems),
    Причины: str(programme.reasons),
    Педагог_нуждается: [...labels(REGULATED.conclusionNeeds.in(settings.regulation), programme.needs), ...(wording.furtherWaysIsOption && programme.furtherWays?.trim() ? [wording.furtherWays] : [])],
    Причина_другого_маршрута: str(programme.anotherRouteReason),
    Пути_сопровождения: str(programme.furtherWays),
    // An unsigned conclusion is dated the day it is printed.
    Дата_заключения: day(programme.conclusionDate ?? today),
    ...attachmentValues(attachments, settings.regulation),
  };
  return { ...values, ...signatureValues(values, 'Сопровождение_ведёт', 'ФИО_учителя', 'Заместитель_директора') };
}
