/** Each document kind with its dictionary, default layout and values built from the test school. */
import type { Dictionary, FieldValues, TemplateShape } from '../../../src/documents/dictionary';
import { CARD, cardValues } from '../../../src/documents/fields/card';
import { CONCLUSION, conclusionValues } from '../../../src/documents/fields/conclusion';
import { PASSPORT, passportValues } from '../../../src/documents/fields/passport';
import { CARD_LAYOUT } from '../../../src/documents/layouts/card';
import { CONCLUSION_LAYOUT } from '../../../src/documents/layouts/conclusion';
import { PASSPORT_LAYOUT } from '../../../src/documents/layouts/passport';
import { ANNUAL_REPORT, annualReportValues } from '../../../src/documents/fields/annual-report';
import { MONTHLY_PLAN, monthlyPlanValues } from '../../../src/documents/fields/monthly-plan';
import { POST_RELEASE, postReleaseValues } from '../../../src/documents/fields/post-release';
import { PROTOCOL, protocolValues } from '../../../src/documents/fields/protocol';
import { ANNUAL_REPORT_LAYOUT } from '../../../src/documents/layouts/annual-report';
import { MONTHLY_PLAN_LAYOUT } from '../../../src/documents/layouts/monthly-plan';
import { POST_RELEASE_LAYOUT } from '../../../src/documents/layouts/post-release';
import { PROTOCOL_LAYOUT } from '../../../src/documents/layouts/protocol';
import { COMMUNITY_PLAN, communityPlanValues } from '../../../src/documents/fields/community-plan';
import { COACHING_SCHEDULE_FIELDS, coachingScheduleValues } from '../../../src/documents/fields/coaching-schedule';
import { COACHING_SCHEDULE_LAYOUT } from '../../../src/documents/layouts/coaching-schedule';
import { LEADERS_ORDER, leadersOrderValues, PLAN_ORDER, planOrderValues } from '../../../src/documents/fields/order';
import { COMMUNITY_PLAN_LAYOUT } from '../../../src/documents/layouts/community-plan';
import { LEADERS_ORDER_LAYOUT, PLAN_ORDER_LAYOUT } from '../../../src/documents/layouts/order';
import * as S from './records';

export interface KindCase {
  dictionary: Dictionary;
  layout: TemplateShape;
  values: () => FieldValues;
  /** The seed form's own fields, by placeholder name: each must be a required field. */
  seedFields: string[];
}

export const KINDS: KindCase[] = [
  {
    dictionary: PASSPORT,
    layout: PASSPORT_LAYOUT,
    values: () => passportValues({ programme: S.programme, teacher: S.sidorova, lead: S.petrov, participants: [S.ivanova], items: S.items, settings: S.settings, today: S.TODAY }),
    seedFields: ['ФИО_учителя', 'Решение_принято', 'Сопровождение_ведёт', 'Принимают_участие', 'Выявленные_проблемы', 'Формы_помощи', 'Пункты_плана'],
  },
  {
    dictionary: CARD,
    layout: CARD_LAYOUT,
    values: () => cardValues({ teacher: S.sidorova, classes: S.classes, programme: S.programme, attachments: S.attachments, settings: S.settings, today: S.TODAY }),
    seedFields: ['ФИО_учителя', 'Преподаваемый_предмет', 'Общий_стаж', 'Стаж_в_ОУ', 'Нагрузка_в_учебном_году', 'Всего_нагрузки', 'Классы'],
  },
  {
    dictionary: CONCLUSION,
    layout: CONCLUSION_LAYOUT,
    values: () => conclusionValues({ programme: S.programme, teacher: S.sidorova, lead: S.petrov, rows: S.outcomeRows, attachments: S.attachments, settings: S.settings, today: S.TODAY }),
    seedFields: ['ФИО_учителя', 'Анализ_итогов', 'Итог_сопровождения', 'Проблемы_сняты', 'Неснятые_проблемы', 'Причины', 'Педагог_нуждается', 'Причина_другого_маршрута', 'Пути_сопровождения'],
  },
  {
    dictionary: PROTOCOL,
    layout: PROTOCOL_LAYOUT,
    values: () => protocolValues({ protocol: S.protocols[0]!, decisions: S.decisions, community: S.community, session: S.sessions[5]!, settings: S.settings, today: S.TODAY }),
    seedFields: ['Номер_протокола', 'Дата_заседания', 'Сообщество', 'Председатель', 'Секретарь', 'Присутствовали', 'Отсутствовали', 'Вопросы'],
  },
  {
    dictionary: MONTHLY_PLAN,
    layout: MONTHLY_PLAN_LAYOUT,
    values: () => monthlyPlanValues({ month: S.d('2026-11-01'), sessions: S.sessions, items: S.items, programmes: [S.programme], settings: S.settings, today: S.TODAY }),
    seedFields: ['Месяц', 'Мероприятия', 'Сроки_плана'],
  },
  {
    dictionary: ANNUAL_REPORT,
    layout: ANNUAL_REPORT_LAYOUT,
    values: () => annualReportValues({ community: S.community, members: S.members, protocols: S.protocols, decisions: S.decisions, sessions: S.sessions, achievements: S.achievements, settings: S.settings, today: S.d('2027-06-15') }),
    seedFields: ['Сообщество', 'Учебный_год', 'Число_заседаний', 'Заседания', 'Решения', 'Участие'],
  },
  {
    dictionary: POST_RELEASE,
    layout: POST_RELEASE_LAYOUT,
    values: () => postReleaseValues({ session: S.sessions[2]!, community: S.skillsClub, achievements: S.achievements, settings: S.settings, today: S.TODAY }),
    seedFields: ['Название_мероприятия', 'Дата_мероприятия', 'Участники', 'Результаты'],
  },
  {
    dictionary: COMMUNITY_PLAN,
    layout: COMMUNITY_PLAN_LAYOUT,
    values: () => communityPlanValues({ community: S.community, schoolYear: '2026/2027', rows: S.planRows, orders: S.orders, settings: S.settings, today: S.TODAY }),
    // 003 §7, 004 §5.1 name the plan, not its form: the deputy's rows (month, topic, form, responsible).
    seedFields: ['Сообщество', 'Учебный_год', 'Мероприятия'],
  },
  {
    dictionary: LEADERS_ORDER,
    layout: LEADERS_ORDER_LAYOUT,
    values: () => leadersOrderValues({ order: S.orders[0]!, communities: [S.community, S.skillsClub], settings: S.settings }),
    seedFields: ['Номер_приказа', 'Дата_приказа', 'Вид_приказа', 'Назначения'],
  },
  {
    dictionary: PLAN_ORDER,
    layout: PLAN_ORDER_LAYOUT,
    values: () => planOrderValues({ order: S.orders[1]!, communities: [S.community, S.skillsClub], planRows: S.planRows, settings: S.settings }),
    seedFields: ['Номер_приказа', 'Дата_приказа', 'Вид_приказа', 'Планы'],
  },
  {
    dictionary: COACHING_SCHEDULE_FIELDS,
    layout: COACHING_SCHEDULE_LAYOUT,
    values: () => coachingScheduleValues({ teacher: S.sidorova, schoolYear: '2026/2027', sessions: S.sessions, agreements: S.agreements, settings: S.settings, today: S.TODAY }),
    // 000 IV.4–IV.5, V.1 name the schedule, not its form: the sessions, the teacher and coach, the agreement.
    seedFields: ['ФИО_учителя', 'Учебный_год', 'Коуч_консультант', 'Сессии'],
  },
];
