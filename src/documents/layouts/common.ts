/**
 * Building blocks of the default templates, after ГОСТ Р 7.0.97-2016 and the seed forms: A4 with
 * the standard's margins; the organisation's name and requisites once, at the top of page one; an
 * approval block only where the kind asks for one (гриф утверждения at the right, no frame); the
 * title; then the form. Tables carry their column widths, head rows repeated on every page and
 * merged head cells. The texts are the template itself, which the deputy may edit in Docs.
 */
import type { CellMerge, ParagraphStyle, TableLayout, TemplateBlock, TemplateShape } from '../dictionary';

/** A4 in points, and ГОСТ Р 7.0.97-2016's margins: left 20 mm, right 10 mm, top and bottom 20 mm. */
export const PAGE = { width: 595.28, height: 841.89, marginTop: 56.69, marginBottom: 56.69, marginLeft: 56.69, marginRight: 28.35 } as const;
/** The width text and tables may take, portrait and landscape. */
export const TEXT_WIDTH = { portrait: PAGE.width - PAGE.marginLeft - PAGE.marginRight, landscape: PAGE.height - PAGE.marginLeft - PAGE.marginRight } as const;

export const ph = (name: string): string => `{{${name}}}`;
/** The paper form's checkbox beside a printed option. */
export const mark = (field: string, label: string): string => `{{?${field}=${label}}}`;
export const p = (text: string, style?: ParagraphStyle): TemplateBlock => (style ? { type: 'paragraph', text, style } : { type: 'paragraph', text });
export const heading = (text: string): TemplateBlock => p(text, 'heading');
export const table = (rows: string[][], layout: TableLayout): TemplateBlock => ({ type: 'table', rows, layout });

/** Every option of a list, each with its mark: the chosen ones render ☑, the others ☐. */
export function checklist(field: string, labels: readonly string[], prefix = ''): TemplateBlock[] {
  return labels.map((label) => p(`${prefix}${mark(field, label)} ${label}`));
}

/** A table with one head row and one template row (`Коллекция.Поле` per cell). */
export function repeatingTable(head: string[], collection: string, fields: string[], widths: number[], fontSize = 11): TemplateBlock {
  return table([head, fields.map((f) => ph(`${collection}.${f}`))], { widths, headerRows: 1, fontSize });
}

/**
 * The card's attachments as listed by the card and the outcome analysis (fields/attachments.ts):
 * two columns, the link in the wide one — a link is one long word, never broken inside a cell.
 */
export function attachmentsTable(width: number): TemplateBlock {
  const item = (f: string) => ph(`Приложения.${f}`);
  return table(
    [
      ['Материал', 'Файл и ссылка на него'],
      [[item('Вид'), item('Уточнение'), item('Дата'), item('Примечание')].join('\n'), `${item('Файл')}\n${item('Ссылка')}`],
    ],
    { widths: [140, width - 140], headerRows: 1, fontSize: 9 },
  );
}

/** Head cells spanning rows or columns, as `[row, column, rowSpan, columnSpan]`. */
export const merges = (...ranges: Array<[number, number, number, number]>): CellMerge[] =>
  ranges.map(([row, column, rowSpan, columnSpan]) => ({ row, column, rowSpan, columnSpan }));

/**
 * The signatures as ГОСТ Р 7.0.97 sets them: the signer's role at the left, the line to sign, the
 * signature deciphered at the right (initials and surname: the `_подпись` field of the name);
 * one row per signer, no frame.
 */
export function signatures(width: number, ...signers: Array<[role: string, nameField: string]>): TemplateBlock {
  const line = 110;
  const name = 170;
  return table(
    signers.map(([role, field]) => [role, '_______________', ph(`${field}_подпись`)]),
    // The blank line before them and the line before that (a date, a closing sentence) on their page.
    { widths: [width - line - name, line, name], borderless: true, fontSize: 12, align: ['left', 'center', 'right'], padding: 0, keepWithPrevious: 2 },
  );
}

/** The organisation's full and short name, address and contacts (ГОСТ: реквизиты 08, 09). */
export function requisites(): TemplateBlock[] {
  return [p(ph('Наименование_ОО'), 'org'), p(`(${ph('Краткое_наименование_ОО')})`, 'org'), p(ph('Адрес_ОО'), 'small'), p(ph('Контакты_ОО'), 'small'), p('')];
}

/**
 * The approval (гриф утверждения, ГОСТ Р 7.0.97 п. 5.19; laid out as in seed 002): at the right,
 * no frame, the lines flush with each other; the document's own approver and date.
 */
export function approvalBlock(width: number): TemplateBlock {
  const right = 260;
  const lines = ['УТВЕРЖДАЮ', `Директор ${ph('Краткое_наименование_ОО')}`, `_______________ ${ph('Директор')}`, ph('Дата_утверждения')];
  return table([['', lines.join('\n')]], { widths: [width - right, right], borderless: true, fontSize: 12, padding: 0 });
}

/** The whole template: requisites, (approval,) title lines, the form. */
export function documentShape(options: { approval: boolean; landscape?: boolean; title: string[]; body: TemplateBlock[] }): TemplateShape {
  const width = options.landscape ? TEXT_WIDTH.landscape : TEXT_WIDTH.portrait;
  const top = options.approval ? [approvalBlock(width), p('')] : [];
  const title = options.title.map((t) => p(t, 'title'));
  return {
    page: { landscape: options.landscape === true },
    sections: [{ where: 'body', blocks: [...requisites(), ...top, ...title, p(''), ...options.body] }],
  };
}
