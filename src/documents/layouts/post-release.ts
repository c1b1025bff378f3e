/** Default post-release template (004 §5.2): what, when and where, who, results. */
import type { TemplateShape } from '../dictionary';
import { documentShape, p, ph, repeatingTable, signatures, TEXT_WIDTH } from './common';

export const POST_RELEASE_LAYOUT: TemplateShape = documentShape({
  approval: false,
  title: ['ПОСТ-РЕЛИЗ', `«${ph('Название_мероприятия')}»`],
  body: [
    p(`Сообщество: ${ph('Сообщество')}`),
    p(`Что: ${ph('Вид_мероприятия')}, форма: ${ph('Форма_работы')}`),
    p(`В серии мероприятий: ${ph('Серия')}`),
    p(`Когда: ${ph('Дата_мероприятия')}, ${ph('Время')}`),
    p(`Где: ${ph('Место')}`),
    p(`Ведущий (организатор): ${ph('Организатор')}`),
    p(`Кто участвовал (${ph('Число_участников')}): ${ph('Участники')}`),
    p(`Результаты: ${ph('Результаты')}`),
    p(`Итоги: ${ph('Итоги')}`),
    p('Достижения участников:'),
    repeatingTable(['Педагог', 'Название', 'Уровень', 'Результат'], 'Достижения', ['Педагог', 'Название', 'Уровень', 'Результат'], [150, TEXT_WIDTH.portrait - 330, 95, 85]),
    p(''),
    p(`Дата: ${ph('Дата_документа')}`),
    p(''),
    signatures(TEXT_WIDTH.portrait, ['Ведущий', 'Организатор']),
  ],
});
