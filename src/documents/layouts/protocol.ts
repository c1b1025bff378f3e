/**
 * Default protocol template (003 §5.2), in the usual form of a Russian collegial-body protocol:
 * number and date, who was present, the agenda, then СЛУШАЛИ / РЕШИЛИ per question, signatures.
 */
import type { TemplateShape } from '../dictionary';
import { documentShape, p, ph, signature, table } from './common';

const item = (field: string): string => ph(`Вопросы.${field}`);

export const PROTOCOL_LAYOUT: TemplateShape = documentShape({
  approval: false,
  title: ['ПРОТОКОЛ', `заседания ${ph('Вид_сообщества')} «${ph('Сообщество')}»`],
  body: [
    table([[`${ph('Дата_заседания')}`, `№ ${ph('Номер_протокола')}`]]),
    p(`Учебный год: ${ph('Учебный_год')}. Место проведения: ${ph('Место')}`),
    p(`Тема заседания: ${ph('Тема_заседания')}. Форма работы: ${ph('Форма_работы')}`),
    p(`Председатель: ${ph('Председатель')}`),
    p(`Секретарь: ${ph('Секретарь')}`),
    p(`Присутствовали (${ph('Число_присутствовавших')} чел.): ${ph('Присутствовали')}`),
    p(`Отсутствовали: ${ph('Отсутствовали')}`),
    p(`Приглашённые: ${ph('Приглашённые')}`),
    p('ПОВЕСТКА ДНЯ:'),
    table([[`${item('Номер')}.`, item('Вопрос')]]),
    p('ХОД ЗАСЕДАНИЯ И РЕШЕНИЯ:'),
    table([
      ['№', 'Вопрос повестки', 'СЛУШАЛИ', 'РЕШИЛИ', 'Ответственный', 'Срок', 'Исполнение'],
      ['Номер', 'Вопрос', 'Слушали', 'Решили', 'Ответственный', 'Срок', 'Исполнение'].map(item),
    ]),
    signature('Председатель (руководитель сообщества)', 'Председатель'),
    signature('Секретарь', 'Секретарь'),
  ],
});
