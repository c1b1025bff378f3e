/**
 * Shared contract between the field dictionaries (src/documents/fields), the default layouts
 * (src/documents/layouts) and the placeholder engine (src/documents/placeholders.ts).
 * Plain data only: nothing here touches Apps Script.
 */

export type FieldKind = 'text' | 'date' | 'number' | 'option' | 'options' | 'collection';

export interface FieldSpec {
  /** The placeholder name, e.g. 'ФИО_учителя'. */
  name: string;
  /** Russian, for the help table. */
  description: string;
  kind: FieldKind;
  /** The template must contain it. */
  required: boolean;
  /** Labels, for 'option' / 'options'. */
  options?: readonly string[];
  /** Item fields, for 'collection' (scalar kinds only). */
  fields?: readonly FieldSpec[];
}

export interface Dictionary {
  /** Document kind key, e.g. 'passport'. */
  kind: string;
  title: string;
  fields: readonly FieldSpec[];
}

/**
 * Field values of one document: scalars as display strings (dates already dd.MM.yyyy), options as
 * chosen label(s), collections as arrays of item records of display strings.
 */
export type FieldValues = Record<string, string | string[] | Array<Record<string, string>>>;

/** One block of a template section: a paragraph's text or a table's cell texts. */
export type TemplateBlock =
  | { type: 'paragraph'; text: string; /** A title line of a default layout: bold, centred. */ title?: boolean }
  | { type: 'table'; rows: string[][] /* cell texts */ };

export type SectionWhere = 'header' | 'body' | 'footer';

/** A template reduced to its texts, so it can be checked and planned without DocumentApp. */
export interface TemplateShape {
  sections: Array<{ where: SectionWhere; blocks: TemplateBlock[] }>;
}
