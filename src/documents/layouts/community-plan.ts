/** Default community work plan template (003 §7, 004 §5.1): approved by the director, a table of months. */
import type { TemplateShape } from '../dictionary';
import { documentShape, p, ph, repeatingTable, signatures, TEXT_WIDTH } from './common';

const W = TEXT_WIDTH.portrait;

export const COMMUNITY_PLAN_LAYOUT: TemplateShape = documentShape({
  approval: true,
  title: ['ПЛАН РАБОТЫ', `${ph('Вид_сообщества')} «${ph('Сообщество')}»`, `на ${ph('Учебный_год')} учебный год`],
  body: [
    p(ph('Утверждение_приказом')),
    p(`Руководитель: ${ph('Руководитель')}`),
    p(`Цель работы: ${ph('Цель')}`),
    p(''),
    repeatingTable(['№', 'Месяц', 'Тема', 'Форма работы', 'Ответственный'], 'Мероприятия', ['Номер', 'Месяц', 'Тема', 'Форма_работы', 'Ответственный'], [30, 72, W - 342, 110, 130]),
    p(''),
    signatures(W, ['Руководитель', 'Руководитель']),
  ],
});
