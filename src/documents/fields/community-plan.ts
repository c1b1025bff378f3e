/**
 * A community's work plan for the school year (003 §7, 004 §5.1): «План работы … на 20__/20__
 * учебный год», its rows from «План работы сообществ» (month, topic, form of work, responsible),
 * approved by the director; the order approving it is named when the register holds one.
 */
import { schoolYearOf, type LocalDate } from '../../domain/local-date';
import * as O from '../../domain/options';
import type { Community, CommunityPlanRow, Order } from '../../domain/records';
import { COMMUNITY_PLANS } from '../../text/community-plans';
import type { Settings } from '../../workbook/settings';
import type { Dictionary, FieldValues } from '../dictionary';
import { collection, commonFields, commonValues, day, label, signatureFields, signatureValues, str, text } from './common';

export const COMMUNITY_PLAN: Dictionary = {
  kind: 'communityPlan',
  title: O.DOCUMENT_KINDS.label('communityPlan'),
  fields: [
    ...commonFields(),
    ...signatureFields('Руководитель'),
    text('Сообщество', 'Название сообщества'),
    text('Вид_сообщества', 'Вид сообщества: ПОС, SkillsClub, ШМО'),
    text('Учебный_год', 'Учебный год плана, «2026/2027»'),
    text('Руководитель', 'Руководитель сообщества'),
    text('Цель', 'Цель работы сообщества', false),
    text('Утверждение_приказом', '«Утверждён приказом от 01.09.2026 № 45» по листу «Приказы»; пусто, пока такого приказа нет', false),
    collection('Мероприятия', 'Строки плана в порядке месяцев учебного года', [
      text('Номер', '№ п/п'),
      text('Месяц', 'Месяц'),
      text('Тема', 'Тема'),
      text('Форма_работы', 'Форма работы', false),
      text('Ответственный', 'Ответственный', false),
    ]),
  ],
};

export interface CommunityPlanInput {
  community: Community;
  /** «2026/2027». */
  schoolYear: string;
  rows: CommunityPlanRow[];
  orders: Order[];
  settings: Settings;
  today: LocalDate;
}

const MONTH_ORDER = O.PLAN_MONTHS.keys as readonly string[];

/** The register's order approving this plan: of kind «plan», for this community or all, of this year. */
export function approvingOrder(orders: readonly Order[], community: Community, year: string): Order | null {
  const fits = orders.filter((o) => o.kind === 'plan' && (o.communityId === null || o.communityId === community.id) && (o.schoolYear?.trim() || schoolYearOf(o.date)) === year);
  return fits.sort((a, b) => b.date.localeCompare(a.date)).at(0) ?? null;
}

export function communityPlanValues({ community, schoolYear, rows, orders, settings, today }: CommunityPlanInput): FieldValues {
  const own = rows
    .filter((r) => r.communityId === community.id && r.schoolYear.trim() === schoolYear)
    .map((r, i) => ({ r, i }))
    .sort((a, b) => MONTH_ORDER.indexOf(a.r.month) - MONTH_ORDER.indexOf(b.r.month) || a.i - b.i)
    .map(({ r }) => r);
  if (own.length === 0) throw new Error(COMMUNITY_PLANS.planNoRows(community.name, schoolYear));
  const order = approvingOrder(orders, community, schoolYear);
  const values: FieldValues = {
    ...commonValues(settings, today),
    Сообщество: community.name,
    Вид_сообщества: O.COMMUNITY_KINDS.label(community.kind),
    Учебный_год: schoolYear,
    Руководитель: str(community.leaderName),
    Цель: str(community.goal),
    Утверждение_приказом: order ? `Утверждён приказом от ${day(order.date)} № ${order.number}` : '',
    // Approved by its order: the order's director and date, not the day the document is made.
    ...(order ? { Директор: str(order.director ?? settings.directorName), Дата_утверждения: day(order.date) } : {}),
    Мероприятия: own.map((r, i) => ({
      Номер: String(i + 1),
      Месяц: O.PLAN_MONTHS.label(r.month),
      Тема: r.topic,
      Форма_работы: label(O.WORK_FORMS, r.workForm),
      Ответственный: str(r.responsible),
    })),
  };
  return { ...values, ...signatureValues(values, 'Руководитель') };
}
