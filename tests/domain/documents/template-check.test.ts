/**
 * Template validation: each broken template is reported with the placeholder as written and a
 * Russian sentence; a valid one has no problems.
 */
import type { TemplateShape } from '../../../src/documents/dictionary';
import { checkTemplate } from '../../../src/documents/template-check';
import { RU } from '../../../src/text/ru';
import { OUTCOMES, SAMPLE, SHAPE, para, table } from './sample';

const T = RU.documents;
/** The required fields, so a test's shape only shows the problem it is about. */
const REQUIRED = '{{ФИО_учителя}} {{?Итог=неэффективным}}';
const ITEMS_ROW = ['{{Пункты.Номер}}'];

function withRequired(shape: TemplateShape): TemplateShape {
  return {
    sections: [
      ...shape.sections,
      { where: 'footer', blocks: [{ type: 'paragraph', text: REQUIRED }, { type: 'table', rows: [ITEMS_ROW] }] },
    ],
  };
}

const problems = (shape: TemplateShape) => checkTemplate(withRequired(shape), SAMPLE);

describe('checkTemplate', () => {
  test('a valid template, placeholders in header, body, footer and tables: no problems', () => {
    expect(checkTemplate(SHAPE, SAMPLE)).toEqual([]);
    expect(problems(para(''))).toEqual([]);
  });

  test('unknown placeholders of every kind', () => {
    expect(problems(para('{{Отчество}} {{Нет.Поля}} {{?Нет=да}}'))).toEqual([
      { placeholder: '{{Отчество}}', message: T.unknown('{{Отчество}}') },
      { placeholder: '{{Нет.Поля}}', message: T.unknown('{{Нет.Поля}}') },
      { placeholder: '{{?Нет=да}}', message: T.unknown('{{?Нет=да}}') },
    ]);
    expect(T.unknown('{{Отчество}}')).toContain('Неизвестный заполнитель {{Отчество}}');
  });

  test('names are exact: Е for Ё is unknown, and the Ё spelling is suggested', () => {
    expect(problems(para('{{Емкость}}'))).toEqual([{ placeholder: '{{Емкость}}', message: T.unknown('{{Емкость}}', '{{Ёмкость}}') }]);
  });

  test('a misspelt placeholder gets the nearest valid name as a suggestion', () => {
    const found = problems(table(['{{ФИО_учитля}} {{Пункты.Содержане}} {{Пунтки.Срок}} {{?Итоги=неэффективным}} {{?Итог=неэфективным}}']));
    expect(found.map((p) => p.message)).toEqual([
      T.unknown('{{ФИО_учитля}}', '{{ФИО_учителя}}'),
      T.unknownItemField('{{Пункты.Содержане}}', 'Пункты', ['Номер', 'Содержание', 'Срок'], '{{Пункты.Содержание}}'),
      T.unknown('{{Пунтки.Срок}}', '{{Пункты.Срок}}'),
      T.unknown('{{?Итоги=неэффективным}}', '{{?Итог=неэффективным}}'),
      T.unknownOption('{{?Итог=неэфективным}}', 'Итог', OUTCOMES, '{{?Итог=неэффективным}}'),
    ]);
    expect(found[0]!.message).toContain('Возможно, имелось в виду {{ФИО_учителя}}.');
    // Nothing near: no guess.
    expect(problems(para('{{Отчество}}'))[0]!.message).not.toContain('Возможно');
  });

  test('the same problem many times is reported once', () => {
    expect(problems(para('{{Х}} {{Х}}'))).toHaveLength(1);
  });

  test('a missing required field, scalar, option and collection', () => {
    expect(checkTemplate(para(''), SAMPLE)).toEqual([
      { placeholder: '{{ФИО_учителя}}', message: T.missingRequired('{{ФИО_учителя}}', 'Пробный документ') },
      { placeholder: '{{Итог}}', message: T.missingRequired('{{Итог}}', 'Пробный документ') },
      { placeholder: '{{Пункты.…}}', message: T.missingRequired('{{Пункты.…}}', 'Пробный документ') },
    ]);
    expect(T.missingRequired('{{ФИО_учителя}}', 'Паспорт')).toBe('В шаблоне «Паспорт» нет обязательного заполнителя {{ФИО_учителя}}.');
  });

  test('an option field is present when printed as text or as any one mark', () => {
    const shape = (t: string) => ({ sections: [{ where: 'body' as const, blocks: [{ type: 'paragraph' as const, text: `{{ФИО_учителя}} ${t}` }, { type: 'table' as const, rows: [ITEMS_ROW] }] }] });
    expect(checkTemplate(shape('{{Итог}}'), SAMPLE)).toEqual([]);
    expect(checkTemplate(shape(`{{?Итог=${OUTCOMES[1]}}}`), SAMPLE)).toEqual([]);
  });

  test('a dotted placeholder outside a table row', () => {
    expect(problems(para('{{Пункты.Срок}}'))).toEqual([{ placeholder: '{{Пункты.Срок}}', message: T.itemOutsideTable('{{Пункты.Срок}}') }]);
  });

  test('a row mixing two collections names the second one', () => {
    expect(problems(table(['{{Пункты.Номер}}', '{{Классы.Класс}}', '{{ФИО_учителя}}']))).toEqual([
      { placeholder: '{{Классы.Класс}}', message: T.mixedRow('{{Классы.Класс}}', 'Пункты', 'Классы') },
    ]);
  });

  test("a collection's row twice in one table; in two tables it is fine", () => {
    expect(problems(table(['{{Пункты.Номер}}'], ['шапка'], ['{{Пункты.Срок}}']))).toEqual([
      { placeholder: '{{Пункты.Срок}}', message: T.rowTwice('{{Пункты.Срок}}', 'Пункты') },
    ]);
    expect(problems(table(['{{Пункты.Номер}}', '{{Пункты.Срок}}'], ['{{Классы.Класс}}']))).toEqual([]);
  });

  test('a dotted field unknown for its collection lists the known ones', () => {
    expect(problems(table(['{{Пункты.Итог}}']))).toEqual([
      { placeholder: '{{Пункты.Итог}}', message: T.unknownItemField('{{Пункты.Итог}}', 'Пункты', ['Номер', 'Содержание', 'Срок']) },
    ]);
    expect(T.unknownItemField('{{Пункты.Итог}}', 'Пункты', ['Номер', 'Срок'])).toContain('Есть: Номер, Срок');
  });

  test('a dotted placeholder on a field that is not a collection; a collection used as a scalar', () => {
    expect(problems(table(['{{ФИО_учителя.Имя}}', '{{Классы}}']))).toEqual([
      { placeholder: '{{ФИО_учителя.Имя}}', message: T.notCollection('{{ФИО_учителя.Имя}}', 'ФИО_учителя') },
      { placeholder: '{{Классы}}', message: T.collectionAsScalar('{{Классы}}', 'Классы') },
    ]);
  });

  test('an option placeholder on a non-option field', () => {
    expect(problems(para('{{?Дата=01.09.2025}}'))).toEqual([{ placeholder: '{{?Дата=01.09.2025}}', message: T.optionOnPlainField('{{?Дата=01.09.2025}}', 'Дата') }]);
  });

  test('an option label not among the options; case, ё and spacing forgiven as in normalizeLabel', () => {
    const bad = '{{?Итог=блестящим}}';
    expect(problems(para(bad))).toEqual([{ placeholder: bad, message: T.unknownOption(bad, 'Итог', OUTCOMES) }]);
    expect(T.unknownOption(bad, 'Итог', ['а', 'б'])).toContain('Варианты: «а»; «б»');
    expect(problems(para('{{?Итог=Успешным,   эффективным}} {{?Проблемы=Нехватка времени}}'))).toEqual([]);
  });

  test('malformed, unclosed and stray braces', () => {
    expect(problems(para('{{ФИО учителя}} x}} {{Дата'))).toEqual([
      { placeholder: '{{ФИО учителя}}', message: T.malformed('{{ФИО учителя}}') },
      { placeholder: '}}', message: T.stray },
      { placeholder: '{{Дата', message: T.unclosed('{{Дата') },
    ]);
  });

  test('problems in a header or footer are found too', () => {
    const shape: TemplateShape = { sections: [{ where: 'header', blocks: [{ type: 'paragraph', text: '{{Шапка}}' }] }] };
    expect(problems(shape)).toEqual([{ placeholder: '{{Шапка}}', message: T.unknown('{{Шапка}}') }]);
  });
});
