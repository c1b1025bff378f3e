/**
 * Default templates of the orders 003 §7 names (ГОСТ Р 7.0.97: the kind «ПРИКАЗ», date and
 * number, the heading, the text with «ПРИКАЗЫВАЮ:» in points, control last, the director's signature).
 * One per kind; both kinds have two points before the control.
 */
import type { TemplateBlock, TemplateShape } from '../dictionary';
import { documentShape, p, ph, repeatingTable, signatures, TEXT_WIDTH } from './common';

const W = TEXT_WIDTH.portrait;

function orderShape(body: TemplateBlock[]): TemplateShape {
  return documentShape({
    approval: false,
    title: ['ПРИКАЗ', `${ph('Дата_приказа')} № ${ph('Номер_приказа')}`, ph('Вид_приказа')],
    body: [
      ...body,
      // «Фамилия И.О.» ends with its own full stop, which ends the sentence.
      p(`3. Контроль за исполнением приказа возложить на заместителя директора по УВР ${ph('Заместитель_директора')}`),
      p(''),
      signatures(W, ['Директор', 'Директор_приказа']),
    ],
  });
}

export const LEADERS_ORDER_LAYOUT: TemplateShape = orderShape([
  p(`В соответствии с Положением о профессиональном обучающемся сообществе (ПОС), п. 5.1 и 7, в целях организации работы ПОС в ${ph('Учебный_год')} учебном году`),
  p('ПРИКАЗЫВАЮ:'),
  p(`1. Назначить руководителей и секретарей ПОС на ${ph('Учебный_год')} учебный год:`),
  repeatingTable(['Сообщество', 'Руководитель', 'Секретарь'], 'Назначения', ['Сообщество', 'Руководитель', 'Секретарь'], [W - 340, 170, 170]),
  p(''),
  p('2. Руководителям ПОС проводить заседания не реже одного раза в месяц, вести протоколы заседаний и хранить обязательную документацию ПОС.'),
]);

export const PLAN_ORDER_LAYOUT: TemplateShape = orderShape([
  p(`В соответствии с Положением о профессиональном обучающемся сообществе (ПОС), п. 7`),
  p('ПРИКАЗЫВАЮ:'),
  p(`1. Утвердить планы работы ПОС на ${ph('Учебный_год')} учебный год (приложения):`),
  repeatingTable(['Сообщество', 'Руководитель', 'Мероприятий в плане'], 'Планы', ['Сообщество', 'Руководитель', 'Мероприятий'], [W - 320, 190, 130]),
  p(''),
  p('2. Руководителям ПОС обеспечить выполнение планов работы.'),
]);
