/**
 * Default conclusion template: the analysis table and the conclusion form of 002 §5.3–5.4 or
 * 001 §6.4, in the school's regulation's words and numbering.
 */
import * as O from '../../domain/options';
import { REGULATED, wordingOf, type Regulation } from '../../domain/regulation';
import type { TemplateBlock, TemplateShape } from '../dictionary';
import { attachmentsTable, checklist, documentShape, mark, merges, p, ph, signatures, table, TEXT_WIDTH } from './common';

export function conclusionLayout(regulation: Regulation): TemplateShape {
  const problems = REGULATED.conclusionProblems.in(regulation);
  const needs = REGULATED.conclusionNeeds.in(regulation);
  const wording = wordingOf(regulation);
  const notResolved = problems.label('notResolved');
  const anotherRoute = needs.label('anotherRoute');
  // 002 lists the ways of further support as the last option of item 6; 001 asks them as item 5.
  const ways: TemplateBlock = wording.furtherWaysIsOption
    ? p(`${mark('Педагог_нуждается', wording.furtherWays)} ${wording.furtherWays}: ${ph('Пути_сопровождения')}`)
    : p(`${wording.furtherWays} ${ph('Пути_сопровождения')}`);
  return documentShape({
    approval: false,
    title: ['АНАЛИЗ ИТОГОВ', 'реализации программы индивидуального сопровождения учителя', ph('ФИО_учителя')],
    body: [
      p(`Сопровождение вёл: ${ph('Сопровождение_ведёт')}; срок программы: с ${ph('Начало_программы')} по ${ph('Окончание_программы')}`),
      p(''),
      // The seed's two-level head: «Состояние проблемы» over «до начала» and «после завершения».
      table(
        [
          ['Проблема', 'Состояние проблемы', '', 'Способ диагностики результатов', 'Выводы'],
          ['', 'до начала сопровождения', 'после завершения сопровождения', '', ''],
          ['Проблема', 'До_сопровождения', 'После_сопровождения', 'Способ_диагностики', 'Выводы'].map((f) => ph(`Анализ_итогов.${f}`)),
        ],
        { widths: [110, 100, 100, 100, TEXT_WIDTH.portrait - 410], headerRows: 2, merges: merges([0, 0, 2, 1], [0, 1, 1, 2], [0, 3, 2, 1], [0, 4, 2, 1]), fontSize: 11 },
      ),
      p(''),
      p('Материалы, приложенные к карте индивидуального сопровождения:'),
      attachmentsTable(TEXT_WIDTH.portrait),
      p(''),
      p('ОБЩЕЕ ЗАКЛЮЧЕНИЕ', 'title'),
      p('о результатах индивидуального сопровождения', 'title'),
      p(''),
      p(`Ф.И.О. учителя: ${ph('ФИО_учителя')}`),
      p('1. Индивидуальное сопровождение можно считать:'),
      ...checklist('Итог_сопровождения', O.CONCLUSION_OUTCOMES.labels),
      p(wording.problemsHeading),
      ...problems.labels.map((l) => p(`${mark('Проблемы_сняты', l)} ${l}${l === notResolved ? `: ${ph('Неснятые_проблемы')}` : ''}`)),
      p(`3. Причины, по которым не состоялось индивидуальное сопровождение и/или не были сняты проблемы: ${ph('Причины')}`),
      p(wording.needsHeading),
      ...needs.labels.map((l) => p(`${mark('Педагог_нуждается', l)} ${l}${l === anotherRoute ? `: ${ph('Причина_другого_маршрута')}` : ''}`)),
      ways,
      p(''),
      p(`Дата: ${ph('Дата_заключения')}`),
      p(''),
      signatures(
        TEXT_WIDTH.portrait,
        ['Сопровождение вёл', 'Сопровождение_ведёт'],
        ['С заключением ознакомлен(а)', 'ФИО_учителя'],
        ['Заместитель директора по УВР', 'Заместитель_директора'],
      ),
    ],
  });
}

/** The default (002) layout. */
export const CONCLUSION_LAYOUT: TemplateShape = conclusionLayout('002');
