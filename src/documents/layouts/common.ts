/**
 * Building blocks of the default templates, after ГОСТ Р 7.0.97-2016: the organisation's name and
 * requisites in the page header, the approval block of regulation 002 at the top of the body, the
 * title, then the form. The texts are the template itself, which the deputy may edit in Docs.
 */
import type { SectionWhere, TemplateBlock, TemplateShape } from '../dictionary';

export const ph = (name: string): string => `{{${name}}}`;
/** The paper form's checkbox beside a printed option. */
export const mark = (field: string, label: string): string => `{{?${field}=${label}}}`;
export const p = (text: string): TemplateBlock => ({ type: 'paragraph', text });
export const table = (rows: string[][]): TemplateBlock => ({ type: 'table', rows });

/** Every option of a list, each with its mark: the chosen ones render ☑, the others ☐. */
export function checklist(field: string, labels: readonly string[], prefix = ''): TemplateBlock[] {
  return labels.map((label) => p(`${prefix}${mark(field, label)} ${label}`));
}

/** A header row and one template row of a repeating table: `Коллекция.Поле` per cell. */
export function repeatingTable(head: string[], collection: string, fields: string[]): TemplateBlock {
  return table([head, fields.map((f) => ph(`${collection}.${f}`))]);
}

/** A line to sign: the role, the blank for the signature, the name in the Russian order. */
export function signature(role: string, nameField: string): TemplateBlock {
  return p(`${role} _______________ ${ph(nameField)}`);
}

/** The organisation's full and short name, address and contacts (ГОСТ: реквизиты 08, 09). */
export function requisites(): { where: SectionWhere; blocks: TemplateBlock[] } {
  return {
    where: 'header',
    blocks: [
      p(ph('Наименование_ОО')),
      p(`(${ph('Краткое_наименование_ОО')})`),
      p(ph('Адрес_ОО')),
      p(ph('Контакты_ОО')),
    ],
  };
}

/** Regulation 002's approval block: РАССМОТРЕНО — УТВЕРЖДАЮ — УТВЕРЖДЕНО, side by side. */
export function approvalBlock(): TemplateBlock {
  return table([
    [
      ['РАССМОТРЕНО', 'Протокол заседания', 'Методического совета', `от ${ph('Протокол_совета_дата')} № ${ph('Протокол_совета_номер')}`].join('\n'),
      ['УТВЕРЖДАЮ', `Директор ${ph('Краткое_наименование_ОО')}`, `_______________ ${ph('Директор')}`, '(подпись)', ph('Дата_утверждения'), '(дата)'].join('\n'),
      ['УТВЕРЖДЕНО', `приказом ${ph('Краткое_наименование_ОО')}`, `от ${ph('Приказ_дата')} № ${ph('Приказ_номер')}`].join('\n'),
    ],
  ]);
}

/** The whole template: requisites in the header, then (approval block,) title lines and the form. */
export function documentShape(options: { approval: boolean; title: string[]; body: TemplateBlock[] }): TemplateShape {
  const top = options.approval ? [approvalBlock()] : [];
  return {
    sections: [requisites(), { where: 'body', blocks: [...top, ...options.title.map((t): TemplateBlock => ({ type: 'paragraph', text: t, title: true })), ...options.body] }],
  };
}
