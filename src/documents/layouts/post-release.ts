/** Default post-release template (004 §5.2): what, when and where, who, results. */
import type { TemplateShape } from '../dictionary';
import { documentShape, p, ph, signature, table } from './common';

const cells = (fields: string[]): string[] => fields.map((f) => ph(`Достижения.${f}`));

export const POST_RELEASE_LAYOUT: TemplateShape = documentShape({
  approval: false,
  title: ['ПОСТ-РЕЛИЗ', `«${ph('Название_мероприятия')}»`],
  body: [
    p(`Сообщество: ${ph('Сообщество')}`),
    p(`Что: ${ph('Вид_мероприятия')}, форма: ${ph('Форма_работы')}. Серия: ${ph('Серия')}`),
    p(`Когда: ${ph('Дата_мероприятия')}, ${ph('Время')}`),
    p(`Где: ${ph('Место')}`),
    p(`Ведущий (организатор): ${ph('Организатор')}`),
    p(`Кто участвовал (${ph('Число_участников')} чел.): ${ph('Участники')}`),
    p(`Результаты: ${ph('Результаты')}`),
    p(`Итоги: ${ph('Итоги')}`),
    p('Достижения участников:'),
    table([['Педагог', 'Название', 'Уровень', 'Результат'], cells(['Педагог', 'Название', 'Уровень', 'Результат'])]),
    p(`Дата: ${ph('Дата_документа')}`),
    signature('Ведущий', 'Организатор'),
  ],
});
