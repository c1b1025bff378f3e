/**
 * Default monthly plan template (000 IV.4: every coaching session is in the month's plan), on a
 * landscape page: the events table and the plan-item deadlines of the month, approved by the
 * director (гриф утверждения) on the plan's own date.
 */
import type { TemplateShape } from '../dictionary';
import { documentShape, heading, p, ph, repeatingTable, signatures, TEXT_WIDTH } from './common';

const event = (f: string): string => ph(`Мероприятия.${f}`);
const W = TEXT_WIDTH.landscape;

export const MONTHLY_PLAN_LAYOUT: TemplateShape = documentShape({
  approval: true,
  landscape: true,
  title: ['ПЛАН РАБОТЫ', `по сопровождению педагогов на ${ph('Месяц')}`, `(${ph('Начало_месяца')} – ${ph('Конец_месяца')}, ${ph('Учебный_год')} учебный год)${ph('Часть')}`],
  body: [
    heading(`1. Коучинг-сессии, заседания сообществ, мероприятия и посещения уроков (всего: ${ph('Число_мероприятий')})`),
    {
      type: 'table',
      rows: [
        ['Дата, время', 'Мероприятие, форма работы', 'Тема', 'Ответственный', 'Участники', 'Место', 'Сообщество / программа', 'Отметка'],
        [
          `${event('Дата')}\n${event('Время')}`,
          `${event('Вид')} (${event('Формат')})\n${event('Форма_работы')}`,
          event('Тема'),
          event('Ответственный'),
          event('Участники'),
          event('Место'),
          event('Сообщество_или_программа'),
          event('Статус'),
        ],
      ],
      layout: { widths: [64, 104, W - 638, 106, 120, 72, 92, 80], headerRows: 1, fontSize: 10 },
    },
    p(''),
    heading('2. Сроки пунктов программ индивидуального сопровождения'),
    repeatingTable(
      ['Срок', 'Педагог', 'Содержание пункта', 'Контрольный срез', 'Ответственный', 'Отметка'],
      'Сроки_плана',
      ['Срок', 'Педагог', 'Содержание', 'Контрольный_срез', 'Ответственный', 'Статус'],
      [66, 140, W - 574, 150, 140, 78],
      10,
    ),
    p(''),
    p(`Дата составления: ${ph('Дата_документа')}`),
    p(''),
    signatures(W, ['Заместитель директора по УВР', 'Заместитель_директора']),
  ],
});
