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
  /** The list is open: a value may also be «другое: <текст>» (domain/other-option.ts). */
  open?: boolean;
  /** Item fields, for 'collection' (scalar kinds only). */
  fields?: readonly FieldSpec[];
  /** What an empty value prints as, when not the line to fill by hand (a suffix the text reads on without). */
  emptyText?: string;
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

/**
 * How a default layout's paragraph is set (templates read back from Docs carry none):
 * title — bold, centred, larger; org — the organisation's name, bold and centred; heading — bold;
 * center / right — aligned; small — the requisites' smaller centred lines.
 */
export type ParagraphStyle = 'title' | 'org' | 'heading' | 'center' | 'right' | 'small';

/** A merged range of a default layout's table: its top-left cell and how far it reaches. */
export interface CellMerge {
  row: number;
  column: number;
  rowSpan: number;
  columnSpan: number;
}

/** How a default layout's table is set out (templates read back from Docs carry none). */
export interface TableLayout {
  /** Column widths in points; they add up to at most the page's text width. */
  widths: number[];
  /** Rows repeated at the top of every page (the table's head), bold and centred. */
  headerRows?: number;
  merges?: CellMerge[];
  /** No lines: a layout grid (approval block, signatures, protocol's date and number). */
  borderless?: boolean;
  /** Text size in the cells, points. */
  fontSize?: number;
  /** Left and right padding of the cells, points (absent: Docs' 5 pt), for the densest tables. */
  padding?: number;
  /** Alignment per column (absent: left). */
  align?: Array<'left' | 'center' | 'right'>;
  /**
   * How many paragraphs right before the table stay on its page, blank ones included: signatures
   * never open a page of their own, apart from the text they sign.
   */
  keepWithPrevious?: number;
}

/** One block of a template section: a paragraph's text or a table's cell texts. */
export type TemplateBlock =
  | { type: 'paragraph'; text: string; style?: ParagraphStyle }
  | { type: 'table'; rows: string[][] /* cell texts, lines split by \n */; layout?: TableLayout };

export type SectionWhere = 'header' | 'body' | 'footer';

/** A template reduced to its texts, so it can be checked and planned without DocumentApp. */
export interface TemplateShape {
  sections: Array<{ where: SectionWhere; blocks: TemplateBlock[] }>;
  /** A default layout's page: A4, portrait unless landscape (templates read back carry none). */
  page?: { landscape: boolean };
}
