/** Default passport template: the form of 001 §6.1 with the lines of 002 §5.1, lists in the school's regulation's words. */
import * as O from '../../domain/options';
import { REGULATED, type Regulation } from '../../domain/regulation';
import { OTHER } from '../../domain/other-option';
import type { TemplateShape } from '../dictionary';
import { checklist, documentShape, mark, merges, p, ph, signatures, table, TEXT_WIDTH } from './common';

const item = (field: string): string => ph(`Пункты_плана.${field}`);

export function passportLayout(regulation: Regulation): TemplateShape {
  return documentShape({
    approval: false,
    title: ['ПАСПОРТ', 'программы индивидуального сопровождения учителя', ph('ФИО_учителя')],
    body: [
      p(`Ф.И.О. учителя: ${ph('ФИО_учителя')}`),
      p(`Преподаваемый предмет: ${ph('Предмет')}`),
      p(`1. Решение о сопровождении принято: ${ph('Решение_принято')}`),
      p(`2. Индивидуальное сопровождение ведёт: ${ph('Сопровождение_ведёт')}`),
      p(`3. В организации сопровождения принимают участие: ${ph('Принимают_участие')}`),
      p('4. Характер затруднений (проблем):'),
      ...checklist('Характер_затруднений', O.DIFFICULTY_CATEGORIES.labels),
      p('5. Диагностика затруднений проведена по результатам:'),
      ...checklist('Диагностика_по_результатам', REGULATED.diagnosticSources.in(regulation).labels),
      // 002 §4.2 ends «и т. д.»: the deputy's own sources, or a line to fill by hand.
      p(`${OTHER}: ${ph('Диагностика_другое')}`),
      p(`6. Выявленные проблемы/трудности: ${ph('Выявленные_проблемы')}`),
      p('7. Планируемые формы оказания помощи:'),
      ...checklist('Формы_помощи', REGULATED.helpForms.in(regulation).labels),
      p(
        `8. Доминанта маршрута: ${O.ROUTE_EMPHASES.labels.map((l) => `${mark('Доминанта_маршрута', l)} ${l}`).join('   ')}; ` +
          `маршрут реализуется: ${O.ROUTE_PLACES.labels.map((l) => `${mark('Маршрут_реализуется', l)} ${l}`).join('   ')}`,
      ),
      p(`9. Срок реализации программы: с ${ph('Начало_программы')} по ${ph('Окончание_программы')}. Статус: ${ph('Статус_программы')}`),
      p('10. План индивидуального сопровождения'),
      // 001 §6.1: «Деятельность» over the three kinds of activity.
      table(
        [
          ['№', 'Содержание пункта', 'Срок выполнения', 'Деятельность', '', '', 'Контрольный срез, отметка о выполнении'],
          ['', '', '', 'сопровождаемого', 'сопровождающего', 'совместная', ''],
          [
            ...['Номер', 'Содержание', 'Срок', 'Деятельность_сопровождаемого', 'Деятельность_сопровождающего', 'Совместная_деятельность'].map(item),
            `${item('Контрольный_срез')}\n${item('Статус')} ${item('Выполнено')}`,
          ],
        ],
        {
          widths: [20, 91, 66, 88, 92, 73, TEXT_WIDTH.portrait - 430],
          headerRows: 2,
          merges: merges([0, 0, 2, 1], [0, 1, 2, 1], [0, 2, 2, 1], [0, 3, 1, 3], [0, 6, 2, 1]),
          fontSize: 10,
          padding: 3,
        },
      ),
      p(''),
      p(`Дата составления: ${ph('Дата_документа')}`),
      p(''),
      signatures(TEXT_WIDTH.portrait, ['Сопровождение ведёт', 'Сопровождение_ведёт'], ['Сопровождаемый учитель', 'ФИО_учителя']),
    ],
  });
}

/** The default (002) layout. */
export const PASSPORT_LAYOUT: TemplateShape = passportLayout('002');
