/**
 * The card's attachments as the card and the outcome analysis list them (001 §6.3, 002 §5.2):
 * one table row per file — its kind in the school's regulation's words, the side of the
 * comparison or who ran the survey, its date, note and Drive link.
 */
import { driveIdOf } from '../../domain/attachments';
import * as O from '../../domain/options';
import type { Attachment } from '../../domain/records';
import { REGULATED, type Regulation } from '../../domain/regulation';
import type { FieldSpec, FieldValues } from '../dictionary';
import { collection, day, str, text } from './common';

export const ATTACHMENTS_FIELD = 'Приложения';

/** Not required: a template made before attachments existed stays valid. */
export function attachmentsField(): FieldSpec {
  return collection(
    ATTACHMENTS_FIELD,
    'Приложения к карте (лист «Приложения к карте»): одна строка таблицы на файл',
    [
      text('Вид', 'Вид материала (аналитические материалы или отзывы), по положению школы'),
      text('Уточнение', '«до начала / после завершения сопровождения» или кем проведено анкетирование'),
      text('Дата', 'Дата материала'),
      text('Примечание', 'Примечание'),
      text('Файл', 'Имя файла'),
      text('Ссылка', 'Ссылка на файл на Google Диске'),
    ],
    false,
  );
}

/**
 * A Drive file's link as printed: the short form every Drive file opens by (…/open?id=), some
 * twenty characters shorter than «…/file/d/<id>/view?usp=drivesdk», so it fits its column whole.
 */
export function printedLink(url: string): string {
  const id = /^https:\/\/(drive|docs)\.google\.com\//.test(url) ? driveIdOf(url) : null;
  return id ? `https://drive.google.com/open?id=${id}` : url;
}

export function attachmentValues(attachments: readonly Attachment[], regulation: Regulation): FieldValues {
  const kinds = REGULATED.attachmentKinds.in(regulation);
  // In the seed's order of kinds, then by date: the comparisons read «до» before «после».
  const order = (a: Attachment) => O.ATTACHMENT_KINDS.keys.indexOf(a.kind);
  const rows = [...attachments].sort((a, b) => order(a) - order(b) || a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return {
    [ATTACHMENTS_FIELD]: rows.map((a) => ({
      Вид: kinds.label(a.kind),
      Уточнение: a.stage ? O.ATTACHMENT_STAGES.label(a.stage) : a.surveyedBy ? `анкетирование проведено ${O.SURVEYORS.label(a.surveyedBy)}` : '',
      Дата: day(a.date),
      Примечание: str(a.note),
      Файл: str(a.fileName),
      Ссылка: printedLink(a.fileUrl),
    })),
  };
}
