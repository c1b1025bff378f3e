/**
 * Protocol of a community meeting (003 §5.2): every question discussed gets a decision, recorded
 * here and signed by the leader (chair) and the secretary. A protocol records its day: dated by
 * the meeting, its decisions as adopted then, whenever the document is made.
 */
import type { LocalDate } from '../../domain/local-date';
import * as O from '../../domain/options';
import type { Community, Decision, Protocol, Session } from '../../domain/records';
import type { Settings } from '../../workbook/settings';
import { RU } from '../../text/ru';
import type { Dictionary, FieldValues } from '../dictionary';
import { attendance } from './attendance';
import { collection, commonFields, commonValues, date, day, joined, label, num, people, signatureFields, signatureValues, str, text } from './common';

export const PROTOCOL: Dictionary = {
  kind: 'protocol',
  title: O.DOCUMENT_KINDS.label('protocol'),
  fields: [
    ...commonFields(),
    ...signatureFields('Председатель', 'Секретарь'),
    text('Номер_протокола', 'Номер протокола в учебном году'),
    date('Дата_заседания', 'Дата заседания'),
    text('Учебный_год', 'Учебный год', false),
    text('Сообщество', 'Название сообщества (ПОС, SkillsClub, ШМО)'),
    text('Вид_сообщества', 'Вид сообщества', false),
    text('Место', 'Место проведения заседания', false),
    text('Тема_заседания', 'Тема заседания (из «Сессий и встреч»)', false),
    text('Форма_работы', 'Форма работы на заседании', false),
    text('Председатель', 'Председатель (руководитель сообщества)'),
    text('Секретарь', 'Секретарь'),
    text('Присутствовали', 'Присутствовали (Ф.И.О.), председатель и секретарь первыми'),
    text('Число_присутствовавших', 'Число присутствовавших, «N чел.»', false),
    text('Отсутствовали', 'Отсутствовали (Ф.И.О.)'),
    text('Приглашённые', 'Приглашённые', false),
    collection('Вопросы', 'Повестка: одна строка таблицы на вопрос с его решением', [
      text('Номер', '№ вопроса'),
      text('Вопрос', 'Вопрос повестки'),
      text('Слушали', 'Слушали'),
      text('Решили', 'Решили (постановили)'),
      text('Ответственный', 'Ответственный'),
      date('Срок', 'Срок исполнения'),
      text('Исполнение', 'Состояние решения в день заседания («на исполнении»): протокол не меняется задним числом', false),
    ]),
  ],
};

export interface ProtocolInput {
  protocol: Protocol;
  /** Decisions; only this protocol's are printed, by question number. */
  decisions: Decision[];
  community: Community | null;
  /** The meeting's row in «Сессии и встречи», when linked. */
  session: Session | null;
  settings: Settings;
  /** Unused: a protocol is the same whenever it is made. */
  today?: LocalDate;
}

export function protocolValues({ protocol, decisions, community, session, settings }: ProtocolInput): FieldValues {
  const who = attendance(protocol);
  const values: FieldValues = {
    ...commonValues(settings, protocol.date),
    Номер_протокола: num(protocol.number),
    Дата_заседания: day(protocol.date),
    Учебный_год: protocol.schoolYear,
    Сообщество: community?.name ?? str(protocol.communityName),
    Вид_сообщества: label(O.COMMUNITY_KINDS, community?.kind),
    Место: str(session?.place ?? community?.place),
    Тема_заседания: str(session?.topic),
    Форма_работы: label(O.WORK_FORMS, session?.workForm),
    Председатель: str(protocol.chairName),
    Секретарь: str(protocol.secretaryName),
    Присутствовали: joined(who.present),
    Число_присутствовавших: who.known ? people(who.present.length) : '',
    // «нет» rather than a blank: an empty line would read as not filled in.
    Отсутствовали: who.absent.length ? joined(who.absent) : who.known ? RU.documentNames.nobody : '',
    Приглашённые: str(protocol.invited),
    Вопросы: decisions
      .filter((d) => d.protocolId === protocol.id)
      .sort((a, b) => a.order - b.order)
      .map((d) => ({
        Номер: num(d.order),
        Вопрос: d.question,
        Слушали: str(d.heard),
        Решили: d.decision,
        Ответственный: str(d.responsibleNames),
        Срок: day(d.deadline),
        // What the decision was on the day of the meeting: adopted, to be carried out.
        Исполнение: O.DECISION_STATUSES.label('open'),
      })),
  };
  return { ...values, ...signatureValues(values, 'Председатель', 'Секретарь') };
}
