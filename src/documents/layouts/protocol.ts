/**
 * Default protocol template (003 §5.2), in the form of a Russian collegial body's protocol
 * (ГОСТ Р 7.0.97): title, date and number, place of compilation; who chaired, who was present and
 * absent; the agenda; then СЛУШАЛИ / РЕШИЛИ per question; the chair's and secretary's signatures.
 */
import type { TemplateShape } from '../dictionary';
import { documentShape, heading, p, ph, signatures, table, TEXT_WIDTH } from './common';

const item = (field: string): string => ph(`Вопросы.${field}`);
const W = TEXT_WIDTH.portrait;

export const PROTOCOL_LAYOUT: TemplateShape = documentShape({
  approval: false,
  title: ['ПРОТОКОЛ', `заседания ${ph('Вид_сообщества')} «${ph('Сообщество')}»`],
  body: [
    table([[ph('Дата_заседания'), `№ ${ph('Номер_протокола')}`]], { widths: [W / 2, W / 2], borderless: true, fontSize: 12, align: ['left', 'right'], padding: 0 }),
    p(ph('Место_составления'), 'center'),
    p(''),
    p(`Учебный год: ${ph('Учебный_год')}. Место проведения: ${ph('Место')}`),
    p(`Тема заседания: ${ph('Тема_заседания')}. Форма работы: ${ph('Форма_работы')}`),
    p(`Председатель: ${ph('Председатель')}`),
    p(`Секретарь: ${ph('Секретарь')}`),
    p(`Присутствовали (${ph('Число_присутствовавших')}): ${ph('Присутствовали')}`),
    p(`Отсутствовали: ${ph('Отсутствовали')}`),
    p(`Приглашённые: ${ph('Приглашённые')}`),
    p(''),
    heading('ПОВЕСТКА ДНЯ:'),
    table([[`${item('Номер')}.`, item('Вопрос')]], { widths: [28, W - 28], borderless: true, fontSize: 12, padding: 0 }),
    p(''),
    heading('ХОД ЗАСЕДАНИЯ:'),
    table(
      [[`${item('Номер')}.`, [`СЛУШАЛИ: ${item('Слушали')}`, `РЕШИЛИ: ${item('Решили')}`, `Ответственный: ${item('Ответственный')}. Срок: ${item('Срок')}.`].join('\n')]],
      { widths: [28, W - 28], borderless: true, fontSize: 12, padding: 0 },
    ),
    p(''),
    signatures(W, ['Председатель', 'Председатель'], ['Секретарь', 'Секретарь']),
  ],
});
