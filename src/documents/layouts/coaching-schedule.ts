/** Default coaching schedule template (000 IV.4–IV.5): the teacher's sessions of the year, agreed by both. */
import type { TemplateShape } from '../dictionary';
import { documentShape, p, ph, repeatingTable, signatures, TEXT_WIDTH } from './common';

const W = TEXT_WIDTH.portrait;

export const COACHING_SCHEDULE_LAYOUT: TemplateShape = documentShape({
  approval: false,
  title: ['РАСПИСАНИЕ', 'коучинг-сессий', ph('ФИО_учителя'), `на ${ph('Учебный_год')} учебный год`],
  body: [
    p(`Коуч-консультант: ${ph('Коуч_консультант')}`),
    p('Расписание разработано педагогом совместно с коуч-консультантом.'),
    p(''),
    repeatingTable(['№', 'Дата', 'Время', 'Тема', 'Коуч-консультант', 'Отметка'], 'Сессии', ['Номер', 'Дата', 'Время', 'Тема', 'Коуч', 'Отметка'], [24, 62, 66, W - 348, 116, 80]),
    p(''),
    p(ph('Согласование')),
    p(`Дата согласования: ${ph('Дата_согласования')}`),
    p(''),
    signatures(W, ['Педагог', 'ФИО_учителя'], ['Коуч-консультант', 'Коуч_консультант']),
  ],
});
