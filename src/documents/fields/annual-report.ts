/**
 * A community's report for the school year (003 §7; the deputy's yearly control, 003 §9): the
 * meetings held with dates and topics, the decisions and their execution, each member's
 * participation, and the members' results (achievements) in the year.
 */
import { addMonths, makeLocalDate, schoolYearOf, type LocalDate } from '../../domain/local-date';
import { isCommunityKind } from '../../domain/meetings';
import { finalReportFrom } from '../../domain/year-close';
import * as O from '../../domain/options';
import type { Achievement, Community, CommunityMember, Decision, Protocol, Session } from '../../domain/records';
import { RU } from '../../text/ru';
import type { Settings } from '../../workbook/settings';
import type { Dictionary, FieldValues } from '../dictionary';
import { attendance } from './attendance';
import { collection, commonFields, commonValues, date, day, contestNote, joined, label, num, people, signatureFields, signatureValues, str, text } from './common';

export const ANNUAL_REPORT: Dictionary = {
  kind: 'annualReport',
  title: O.DOCUMENT_KINDS.label('annualReport'),
  fields: [
    ...commonFields(),
    ...signatureFields('Руководитель', 'Секретарь'),
    text('Заголовок_отчёта', '«ОТЧЁТ», или «ПРОМЕЖУТОЧНЫЙ ОТЧЁТ» пока учебный год не закончился (до 1 июня)', false),
    text('Сообщество', 'Название сообщества'),
    text('Вид_сообщества', 'Вид сообщества', false),
    text('Учебный_год', 'Учебный год отчёта'),
    text('Руководитель', 'Руководитель сообщества'),
    text('Секретарь', 'Секретарь сообщества'),
    text('Цель', 'Цель работы сообщества', false),
    text('Периодичность', 'Периодичность заседаний', false),
    text('Число_заседаний', 'Проведено заседаний (по протоколам и отмеченным проведёнными встречам)'),
    text('Месяцы_без_заседаний', 'Закончившиеся месяцы учебного года (сентябрь–май) без заседаний, или «нет» (заседания — не реже раза в месяц)', false),
    text('Число_участников', 'Число членов сообщества'),
    text('Решений_всего', 'Принято решений'),
    text('Решений_исполнено', 'Из них исполнено'),
    collection('Заседания', 'Проведённые заседания: строка на протокол или на проведённую встречу без протокола', [
      text('Номер', '№ протокола'),
      date('Дата', 'Дата заседания'),
      text('Тема', 'Тема (вопросы повестки)'),
      text('Присутствовало', 'Присутствовало, «N чел.» (председатель и секретарь — среди присутствовавших)'),
    ]),
    collection('Решения', 'Решения заседаний и их исполнение', [
      text('Протокол', 'Протокол (№ и дата)'),
      text('Вопрос', 'Вопрос'),
      text('Решение', 'Решение'),
      text('Ответственный', 'Ответственный'),
      date('Срок', 'Срок'),
      text('Исполнение', 'Исполнение'),
    ]),
    collection('Участие', 'Участие членов сообщества в заседаниях', [
      text('ФИО', 'Ф.И.О.'),
      text('Роль', 'Роль в сообществе'),
      text('Посещено', 'Посещено заседаний (из проведённых)'),
      text('Решений_поручено', 'Сколько решений поручено члену сообщества', false),
    ]),
    collection('Результаты', 'Результаты членов сообщества за год (достижения)', [
      text('Педагог', 'Педагог'),
      date('Дата', 'Дата'),
      text('Вид', 'Вид'),
      text('Уровень', 'Уровень', false),
      text('Название', 'Название'),
      text('Результат', 'Результат', false),
    ], false),
  ],
};

export interface AnnualReportInput {
  community: Community;
  members: CommunityMember[];
  protocols: Protocol[];
  decisions: Decision[];
  sessions: Session[];
  achievements: Achievement[];
  /** "2026/2027"; by default the school year of `today`. */
  schoolYear?: string;
  settings: Settings;
  today: LocalDate;
}

export function annualReportValues(input: AnnualReportInput): FieldValues {
  const { community, settings, today } = input;
  const year = input.schoolYear ?? schoolYearOf(today);
  const start = makeLocalDate(Number(year.slice(0, 4)), 9, 1)!;
  const end = makeLocalDate(Number(year.slice(0, 4)) + 1, 8, 31)!;
  const within = (d: LocalDate) => d >= start && d <= end;
  const protocols = input.protocols.filter((p) => p.communityId === community.id && p.schoolYear === year).sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number);
  const byProtocol = new Map(protocols.map((p) => [p.id, p]));
  const decisions = input.decisions
    .filter((d) => d.protocolId !== null && byProtocol.has(d.protocolId))
    .sort((a, b) => byProtocol.get(a.protocolId!)!.date.localeCompare(byProtocol.get(b.protocolId!)!.date) || a.order - b.order);
  const members = input.members.filter((m) => m.communityId === community.id && (!m.since || m.since <= end) && (!m.until || m.until >= start));
  const memberIds = new Set(members.flatMap((m) => (m.teacherId ? [m.teacherId] : [])));
  const topics = new Map(input.sessions.map((s) => [s.id, s.topic]));
  // A meeting marked held but never given a protocol is still a meeting of the year.
  const recorded = new Set(protocols.map((p) => p.sessionId));
  const unrecorded = input.sessions.filter((s) => s.communityId === community.id && s.status === 'held' && isCommunityKind(s.kind) && within(s.date) && !recorded.has(s.id));
  const questions = (p: Protocol) => joined(decisions.filter((d) => d.protocolId === p.id).map((d) => d.question));
  const statusOf = (d: Decision) => (d.status === 'open' && d.deadline && d.deadline < today ? 'overdue' : d.status);
  const present = new Map(protocols.map((p) => [p.id, attendance(p)]));
  const months = monthsWithoutMeetings(start, today, [...protocols, ...unrecorded].map((m) => m.date));
  const values: FieldValues = {
    ...commonValues(settings, today),
    Заголовок_отчёта: RU.documentNames.reportTitle(isInterim(year, today)),
    Сообщество: community.name,
    Вид_сообщества: O.COMMUNITY_KINDS.label(community.kind),
    Учебный_год: year,
    Руководитель: str(community.leaderName),
    Секретарь: str(community.secretaryName),
    Цель: str(community.goal),
    Периодичность: O.MEETING_FREQUENCIES.label(community.frequency),
    Число_заседаний: num(protocols.length + unrecorded.length),
    Месяцы_без_заседаний: months.length ? months.join(', ') : RU.documentNames.nobody,
    Число_участников: num(members.length),
    Решений_всего: num(decisions.length),
    Решений_исполнено: num(decisions.filter((d) => d.status === 'done').length),
    Заседания: [
      ...protocols.map((p) => ({
        date: p.date,
        Номер: num(p.number),
        Дата: day(p.date),
        Тема: (p.sessionId ? topics.get(p.sessionId) : undefined) ?? questions(p),
        Присутствовало: present.get(p.id)!.known ? people(present.get(p.id)!.present.length) : '',
      })),
      ...unrecorded.map((s) => ({ date: s.date, Номер: RU.documentNames.noProtocol, Дата: day(s.date), Тема: s.topic, Присутствовало: s.participantsIds.length ? people(s.participantsIds.length) : '' })),
    ]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map(({ date: _date, ...row }) => row),
    Решения: decisions.map((d) => {
      const p = byProtocol.get(d.protocolId!)!;
      return {
        Протокол: RU.documentNames.protocolRef(p.number, day(p.date)),
        Вопрос: d.question,
        Решение: d.decision,
        Ответственный: str(d.responsibleNames),
        Срок: day(d.deadline),
        Исполнение: label(O.DECISION_STATUSES, statusOf(d)),
      };
    }),
    Участие: members.map((m) => ({
      ФИО: str(m.teacherName),
      Роль: O.MEMBER_ROLES.label(m.role),
      Посещено: RU.documentNames.attended(protocols.filter((p) => m.teacherId !== null && present.get(p.id)!.presentIds.includes(m.teacherId)).length, protocols.length),
      Решений_поручено: num(decisions.filter((d) => m.teacherId !== null && d.responsibleIds.includes(m.teacherId)).length),
    })),
    Результаты: input.achievements
      .filter((a) => a.teacherId !== null && memberIds.has(a.teacherId) && within(a.date))
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((a) => ({
        Педагог: str(a.teacherName),
        Дата: day(a.date),
        Вид: [O.ACHIEVEMENT_KINDS.label(a.kind), contestNote(a)].filter(Boolean).join(' '),
        Уровень: label(O.ACHIEVEMENT_LEVELS, a.level),
        Название: a.title,
        Результат: label(O.ACHIEVEMENT_RESULTS, a.result),
      })),
  };
  return { ...values, ...signatureValues(values, 'Руководитель', 'Секретарь') };
}

/** School months (September to May) that have ended by `today` with no meeting dated in them. */
function monthsWithoutMeetings(start: LocalDate, today: LocalDate, dates: LocalDate[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < 9; i++) {
    const first = addMonths(start, i);
    const next = addMonths(start, i + 1);
    // A month still running may yet have its meeting (24.10 is planned on 15.10).
    if (next > today) break;
    if (!dates.some((d) => d >= first && d < next)) out.push(RU.documentNames.monthsNominative[Number(first.slice(5, 7)) - 1]!);
  }
  return out;
}

/** A report made before its school year has ended (domain/year-close.ts: 1 June) is an interim one. */
export function isInterim(year: string, today: LocalDate): boolean {
  return today < finalReportFrom(year);
}
