/**
 * Protocol of a community meeting (003 §5.2): every question discussed gets a decision, recorded
 * here and signed by the leader (chair) and the secretary.
 */
import type { LocalDate } from '../../domain/local-date';
import * as O from '../../domain/options';
import type { Community, Decision, Protocol, Session } from '../../domain/records';
import type { Settings } from '../../workbook/settings';
import { RU } from '../../text/ru';
import type { Dictionary, FieldValues } from '../dictionary';
import { collection, commonFields, commonValues, date, day, label, num, str, text } from './common';

export const PROTOCOL: Dictionary = {
  kind: 'protocol',
  title: O.DOCUMENT_KINDS.label('protocol'),
  fields: [
    ...commonFields(false),
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
    text('Присутствовали', 'Присутствовали (Ф.И.О.)'),
    text('Число_присутствовавших', 'Число присутствовавших', false),
    text('Отсутствовали', 'Отсутствовали (Ф.И.О.)'),
    text('Приглашённые', 'Приглашённые', false),
    collection('Вопросы', 'Повестка: одна строка таблицы на вопрос с его решением', [
      text('Номер', '№ вопроса'),
      text('Вопрос', 'Вопрос повестки'),
      text('Слушали', 'Слушали'),
      text('Решили', 'Решили (постановили)'),
      text('Ответственный', 'Ответственный'),
      date('Срок', 'Срок исполнения'),
      text('Исполнение', 'Отметка об исполнении', false),
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
  today: LocalDate;
}

export function protocolValues({ protocol, decisions, community, session, settings, today }: ProtocolInput): FieldValues {
  return {
    ...commonValues(settings, today),
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
    Присутствовали: str(protocol.presentNames),
    Число_присутствовавших: protocol.presentIds.length ? num(protocol.presentIds.length) : '',
    // «нет» rather than a blank: an empty line would read as not filled in.
    Отсутствовали: str(protocol.absentNames) || (protocol.presentIds.length ? RU.documentNames.nobody : ''),
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
        Исполнение: label(O.DECISION_STATUSES, d.status),
      })),
  };
}
