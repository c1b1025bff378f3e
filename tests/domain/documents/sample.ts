/** A small dictionary and template shape for the placeholder engine's tests (not a real kind). */
import type { Dictionary, FieldSpec, TemplateShape } from '../../../src/documents/dictionary';

const text = (name: string, required = false): FieldSpec => ({ name, description: name, kind: 'text', required });

export const OUTCOMES = ['успешным, эффективным', 'недостаточно эффективным', 'неэффективным'] as const;
export const PROBLEMS = ['нехватка времени', 'низкая мотивация', 'другое'] as const;

export const SAMPLE: Dictionary = {
  kind: 'sample',
  title: 'Пробный документ',
  fields: [
    text('ФИО_учителя', true),
    { name: 'Дата', description: 'Дата', kind: 'date', required: false },
    { name: 'Ёмкость', description: 'С Ё в имени', kind: 'number', required: false },
    { name: 'Итог', description: 'Итог', kind: 'option', required: true, options: OUTCOMES },
    { name: 'Проблемы', description: 'Проблемы', kind: 'options', required: false, options: PROBLEMS },
    { name: 'Пункты', description: 'Пункты плана', kind: 'collection', required: true, fields: [text('Номер'), text('Содержание'), text('Срок')] },
    { name: 'Классы', description: 'Классы', kind: 'collection', required: false, fields: [text('Класс')] },
  ],
};

/** A valid template using every kind of placeholder, in header, body and footer. */
export const SHAPE: TemplateShape = {
  sections: [
    { where: 'header', blocks: [{ type: 'paragraph', text: 'Педагог: {{ФИО_учителя}}' }] },
    {
      where: 'body',
      blocks: [
        { type: 'paragraph', text: 'Составлено {{Дата}} для {{ФИО_учителя}}; ёмкость {{Ёмкость}}.' },
        { type: 'paragraph', text: 'Сопровождение было {{?Итог=успешным, эффективным}} успешным, эффективным; {{?Итог=недостаточно эффективным}} недостаточно эффективным' },
        { type: 'paragraph', text: '{{?Проблемы=нехватка времени}} время {{?Проблемы=низкая мотивация}} мотивация {{?Проблемы=другое}} другое' },
        {
          type: 'table',
          rows: [
            ['№', 'Содержание', 'Срок'],
            ['{{Пункты.Номер}}', '{{Пункты.Содержание}} ({{ФИО_учителя}})', '{{Пункты.Срок}}'],
            ['Итого', '{{Итог}}', ''],
          ],
        },
      ],
    },
    { where: 'footer', blocks: [{ type: 'paragraph', text: '{{ФИО_учителя}}' }] },
  ],
};

export const para = (t: string): TemplateShape => ({ sections: [{ where: 'body', blocks: [{ type: 'paragraph', text: t }] }] });
export const table = (...rows: string[][]): TemplateShape => ({ sections: [{ where: 'body', blocks: [{ type: 'table', rows }] }] });
