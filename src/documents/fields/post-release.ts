/**
 * Post-release of a community event (004 §5.2: «отчёты о проделанной работе (пост релиз)»): what
 * happened, who took part, and what came of it.
 */
import type { LocalDate } from '../../domain/local-date';
import * as O from '../../domain/options';
import type { Achievement, Community, Decision, Protocol, Session } from '../../domain/records';
import { RU } from '../../text/ru';
import type { Settings } from '../../workbook/settings';
import type { Dictionary, FieldValues } from '../dictionary';
import { attendance } from './attendance';
import { collection, commonFields, commonValues, date, day, contestNote, joined, label, labels, people, signatureFields, signatureValues, str, text } from './common';

export const POST_RELEASE: Dictionary = {
  kind: 'postRelease',
  title: O.DOCUMENT_KINDS.label('postRelease'),
  fields: [
    ...commonFields(),
    ...signatureFields('Организатор'),
    text('Название_мероприятия', 'Тема (название) мероприятия'),
    date('Дата_мероприятия', 'Дата проведения'),
    text('Время', 'Время проведения', false),
    text('Место', 'Место проведения'),
    text('Вид_мероприятия', 'Вид: мероприятие SkillsClub, заседание ПОС…', false),
    text('Форма_работы', 'Форма: семинар, круглый стол, митап, мастер-класс…'),
    text('Сообщество', 'Сообщество, проводившее мероприятие'),
    text('Серия', 'Место в серии мероприятий: «встреча 3 из 9, с 10.09.2026 по 10.05.2027» или «нет»', false),
    text('Организатор', 'Ведущий (организатор)'),
    text('Участники', 'Участники (Ф.И.О.): по протоколу — присутствовавшие, иначе — указанные в «Сессиях и встречах»'),
    text('Число_участников', 'Число участников, «N чел.»'),
    text('Результаты', 'Результаты мероприятия (из списка 000 IV.6) и решения его протокола'),
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
  /** The meeting's protocol, when one was kept: who was there, what was decided. */
  protocol?: Protocol | null;
  /** Decisions (only the protocol's are used). */
  decisions?: Decision[];
  /** Every session: the others of the same series place this one in it. */
  sessions?: Session[];
  settings: Settings;
  /** Unused: a post-release is dated by its event. */
  today?: LocalDate;
}

/** «встреча 3 из 9, с 10.09.2026 по 10.05.2027», or «нет» for a one-off event (never the series' id). */
function seriesLine(session: Session, sessions: readonly Session[]): string {
  if (!session.series) return RU.documentNames.nobody;
  const all = sessions.filter((s) => s.series === session.series && s.status !== 'cancelled').sort((a, b) => a.date.localeCompare(b.date));
  const at = all.findIndex((s) => s.id === session.id);
  if (all.length < 2 || at < 0) return RU.documentNames.nobody;
  return RU.documentNames.seriesPlace(at + 1, all.length, day(all[0]!.date), day(all[all.length - 1]!.date));
}

/** Who took part: those present by the protocol when there is one, else those the session names. */
function participantsOf(session: Session, protocol: Protocol | null): string[] {
  if (protocol) {
    const who = attendance(protocol);
    if (who.known) return who.present;
  }
  return (session.participantsNames ?? '').split(';').map((n) => n.trim()).filter((n) => n !== '');
}

export function postReleaseValues({ session, community, achievements, protocol = null, decisions = [], sessions = [], settings }: PostReleaseInput): FieldValues {
  const participants = participantsOf(session, protocol);
  const decided = protocol ? decisions.filter((d) => d.protocolId === protocol.id).sort((a, b) => a.order - b.order).map((d) => d.decision) : [];
  const values: FieldValues = {
    ...commonValues(settings, session.date),
    Название_мероприятия: session.topic,
    Дата_мероприятия: day(session.date),
    Время: session.startTime ? (session.endTime ? `${session.startTime}–${session.endTime}` : session.startTime) : '',
    Место: str(session.place),
    Вид_мероприятия: O.SESSION_KINDS.label(session.kind),
    Форма_работы: label(O.WORK_FORMS, session.workForm),
    Сообщество: community?.name ?? str(session.communityName),
    Серия: seriesLine(session, sessions),
    Организатор: str(session.leaderName),
    Участники: joined(participants),
    Число_участников: participants.length ? people(participants.length) : '',
    Результаты: joined([...labels(O.SESSION_RESULTS, session.results), ...(decided.length ? [RU.documentNames.decided(decided)] : [])]),
    Итоги: str(session.resultNote),
    Достижения: achievements
      .filter((a) => a.sessionId === session.id)
      .map((a) => ({
        Педагог: str(a.teacherName),
        Название: contestNote(a, a.title) ? `${a.title} (${contestNote(a, a.title)})` : a.title,
        Уровень: label(O.ACHIEVEMENT_LEVELS, a.level),
        Результат: label(O.ACHIEVEMENT_RESULTS, a.result),
      })),
  };
  return { ...values, ...signatureValues(values, 'Организатор') };
}
