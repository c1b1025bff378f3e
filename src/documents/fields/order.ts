/**
 * The orders 003 §7 makes mandatory, each with its own requisites (number, date, director) from
 * the register «Приказы»: appointing the ПОС leaders (003 §5.1) and approving the ПОС work plans
 * for the school year. One dictionary per kind, so each kind has its own template.
 */
import { schoolYearOf, type LocalDate } from '../../domain/local-date';
import * as O from '../../domain/options';
import type { Community, CommunityPlanRow, Order } from '../../domain/records';
import { COMMUNITY_PLANS } from '../../text/community-plans';
import type { Settings } from '../../workbook/settings';
import type { Dictionary, FieldSpec, FieldValues } from '../dictionary';
import { collection, commonFields, commonValues, day, num, signatureFields, signatureValues, str, text } from './common';

function orderFields(): FieldSpec[] {
  return [
    ...commonFields(),
    ...signatureFields('Директор_приказа'),
    text('Номер_приказа', '№ приказа (лист «Приказы»)'),
    text('Дата_приказа', 'Дата приказа (лист «Приказы»)'),
    text('Вид_приказа', 'Заголовок приказа: «О назначении руководителей ПОС»…'),
    text('Учебный_год', 'Учебный год, о котором приказ, «2026/2027»'),
    text('Директор_приказа', 'Директор, подписывающий приказ: из строки приказа, иначе из «Настроек»', false),
  ];
}

export const LEADERS_ORDER: Dictionary = {
  kind: 'leadersOrder',
  title: O.DOCUMENT_KINDS.label('leadersOrder'),
  fields: [
    ...orderFields(),
    collection('Назначения', 'Сообщество приказа, или все ПОС школы: руководитель и секретарь', [
      text('Сообщество', 'Название сообщества'),
      text('Руководитель', 'Руководитель'),
      text('Секретарь', 'Секретарь', false),
    ]),
  ],
};

export const PLAN_ORDER: Dictionary = {
  kind: 'planOrder',
  title: O.DOCUMENT_KINDS.label('planOrder'),
  fields: [
    ...orderFields(),
    collection('Планы', 'Утверждаемые планы работы: сообщество приказа, или все ПОС школы', [
      text('Сообщество', 'Название сообщества'),
      text('Руководитель', 'Руководитель'),
      text('Мероприятий', 'Строк в плане работы на учебный год'),
    ]),
  ],
};

export interface OrderInput {
  order: Order;
  communities: Community[];
  /** The plans' rows (only the plan order reads them). */
  planRows?: CommunityPlanRow[];
  settings: Settings;
  today?: LocalDate;
}

/** The communities an order is about: its own, or every ПОС of the school. */
function concerned(order: Order, communities: readonly Community[]): Community[] {
  const found = order.communityId ? communities.filter((c) => c.id === order.communityId) : communities.filter((c) => c.kind === 'pos');
  if (found.length === 0) throw new Error(COMMUNITY_PLANS.orderNoCommunities);
  return found;
}

export function orderYear(order: Order): string {
  return order.schoolYear?.trim() || schoolYearOf(order.date);
}

function base(order: Order, settings: Settings): FieldValues {
  const values: FieldValues = {
    ...commonValues(settings, order.date),
    Номер_приказа: order.number,
    Дата_приказа: day(order.date),
    // «… на учебный год» names its year: «… на 2026/2027 учебный год».
    Вид_приказа: O.ORDER_KINDS.label(order.kind).replace('на учебный год', `на ${orderYear(order)} учебный год`),
    Учебный_год: orderYear(order),
    Директор: str(order.director ?? settings.directorName),
    Директор_приказа: str(order.director ?? settings.directorName),
  };
  return { ...values, ...signatureValues(values, 'Директор_приказа') };
}

export function leadersOrderValues({ order, communities, settings }: OrderInput): FieldValues {
  return {
    ...base(order, settings),
    Назначения: concerned(order, communities).map((c) => ({ Сообщество: c.name, Руководитель: str(c.leaderName), Секретарь: str(c.secretaryName) })),
  };
}

export function planOrderValues({ order, communities, planRows = [], settings }: OrderInput): FieldValues {
  const year = orderYear(order);
  const all = concerned(order, communities).map((c) => ({ c, rows: planRows.filter((r) => r.communityId === c.id && r.schoolYear.trim() === year).length }));
  // An order about every ПОС approves the plans that exist; one about a ПОС without a plan is refused.
  const planned = all.filter((p) => p.rows > 0);
  if (planned.length === 0) throw new Error(COMMUNITY_PLANS.orderNoPlan(all.map((p) => p.c.name).join('», «'), year));
  return {
    ...base(order, settings),
    Планы: planned.map(({ c, rows }) => ({ Сообщество: c.name, Руководитель: str(c.leaderName), Мероприятий: num(rows) })),
  };
}
