/**
 * Post-release of a community event (004 §5.2: «отчёты о проделанной работе (пост релиз)»): what
 * happened, who took part, and what came of it.
 */
import type { LocalDate } from '../../domain/local-date';
import * as O from '../../domain/options';
import type { Achievement, Community, Session } from '../../domain/records';
import type { Settings } from '../../workbook/settings';
import type { Dictionary, FieldValues } from '../dictionary';
import { collection, commonFields, commonValues, date, day, joined, label, labels, num, str, text } from './common';

export const POST_RELEASE: Dictionary = {
  kind: 'postRelease',
  title: O.DOCUMENT_KINDS.label('postRelease'),
  fields: [
    ...commonFields(false),
    text('Название_мероприятия', 'Тема (название) мероприятия'),
    date('Дата_мероприятия', 'Дата проведения'),
    text('Время', 'Время проведения', false),
    text('Место', 'Место проведения'),
    text('Вид_мероприятия', 'Вид: мероприятие SkillsClub, заседание ПОС…', false),
    text('Форма_работы', 'Форма: семинар, круглый стол, митап, мастер-класс…'),
    text('Сообщество', 'Сообщество, проводившее мероприятие'),
    text('Серия', 'Серия (цикл) мероприятий', false),
    text('Организатор', 'Ведущий (организатор)'),
    text('Участники', 'Участники (Ф.И.О.)'),
    text('Число_участников', 'Число участников'),
    text('Результаты', 'Результаты мероприятия (из списка 000 IV.6)'),
    text('Итоги', 'Итоги своими словами'),
    collection('Достижения', 'Достижения участников, связанные с мероприятием', [
      text('Педагог', 'Педагог'),
      text('Название', 'Название'),
      text('Уровень', 'Уровень', false),
      text('Результат', 'Результат', false),
    ], false),
  ],
};

export interface PostReleaseInput {
  session: Session;
  community: Community | null;
  /** Achievements linked to the session (others are ignored). */
  achievements: Achievement[];
  settings: Settings;
  today: LocalDate;
}

export function postReleaseValues({ session, community, achievements, settings, today }: PostReleaseInput): FieldValues {
  const participants = str(session.participantsNames);
  return {
    ...commonValues(settings, today),
    Название_мероприятия: session.topic,
    Дата_мероприятия: day(session.date),
    Время: session.startTime ? (session.endTime ? `${session.startTime}–${session.endTime}` : session.startTime) : '',
    Место: str(session.place),
    Вид_мероприятия: O.SESSION_KINDS.label(session.kind),
    Форма_работы: label(O.WORK_FORMS, session.workForm),
    Сообщество: community?.name ?? str(session.communityName),
    Серия: str(session.series),
    Организатор: str(session.leaderName),
    Участники: participants,
    // The ids are the count when present; typed names are counted otherwise.
    Число_участников: session.participantsIds.length ? num(session.participantsIds.length) : participants ? num(participants.split(';').length) : '',
    Результаты: joined(labels(O.SESSION_RESULTS, session.results)),
    Итоги: str(session.resultNote),
    Достижения: achievements
      .filter((a) => a.sessionId === session.id)
      .map((a) => ({
        Педагог: str(a.teacherName),
        Название: a.title,
        Уровень: label(O.ACHIEVEMENT_LEVELS, a.level),
        Результат: label(O.ACHIEVEMENT_RESULTS, a.result),
      })),
  };
}
