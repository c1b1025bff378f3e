/** DocumentApp enums (reference/document/*), as plain strings like the emulator's other enums. */
import type { TextAttrs } from './model';

const names = <K extends string>(...keys: K[]): { readonly [P in K]: P } =>
  Object.freeze(Object.fromEntries(keys.map((k) => [k, k]))) as { readonly [P in K]: P };

export const ParagraphHeading = names('NORMAL', 'HEADING1', 'HEADING2', 'HEADING3', 'HEADING4', 'HEADING5', 'HEADING6', 'TITLE', 'SUBTITLE');
export const HorizontalAlignment = names('LEFT', 'CENTER', 'RIGHT', 'JUSTIFY');
export const GlyphType = names('BULLET', 'HOLLOW_BULLET', 'SQUARE_BULLET', 'NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER');
export const ElementType = names(
  'BODY_SECTION', 'COMMENT_SECTION', 'DOCUMENT', 'EQUATION', 'EQUATION_FUNCTION', 'EQUATION_FUNCTION_ARGUMENT_SEPARATOR',
  'EQUATION_SYMBOL', 'FOOTER_SECTION', 'FOOTNOTE', 'FOOTNOTE_SECTION', 'HEADER_SECTION', 'HORIZONTAL_RULE', 'INLINE_DRAWING',
  'INLINE_IMAGE', 'LIST_ITEM', 'PAGE_BREAK', 'PARAGRAPH', 'TABLE', 'TABLE_CELL', 'TABLE_OF_CONTENTS', 'TABLE_ROW', 'TEXT', 'UNSUPPORTED',
);
export const Attribute = names(
  'BACKGROUND_COLOR', 'BOLD', 'BORDER_COLOR', 'BORDER_WIDTH', 'CODE', 'FONT_FAMILY', 'FONT_SIZE', 'FOREGROUND_COLOR', 'HEADING',
  'HEIGHT', 'HORIZONTAL_ALIGNMENT', 'INDENT_END', 'INDENT_FIRST_LINE', 'INDENT_START', 'ITALIC', 'GLYPH_TYPE', 'LEFT_TO_RIGHT',
  'LINE_SPACING', 'LINK_URL', 'LIST_ID', 'MARGIN_BOTTOM', 'MARGIN_LEFT', 'MARGIN_RIGHT', 'MARGIN_TOP', 'NESTING_LEVEL',
  'MINIMUM_HEIGHT', 'PADDING_BOTTOM', 'PADDING_LEFT', 'PADDING_RIGHT', 'PADDING_TOP', 'PAGE_HEIGHT', 'PAGE_WIDTH',
  'SPACING_AFTER', 'SPACING_BEFORE', 'STRIKETHROUGH', 'UNDERLINE', 'VERTICAL_ALIGNMENT', 'WIDTH',
);

/** Attribute enum name ↔ the emulator's text attribute key. */
export const TEXT_ATTRIBUTES: Record<string, keyof TextAttrs> = {
  BOLD: 'bold',
  ITALIC: 'italic',
  UNDERLINE: 'underline',
  STRIKETHROUGH: 'strikethrough',
  FONT_SIZE: 'fontSize',
  FONT_FAMILY: 'fontFamily',
  FOREGROUND_COLOR: 'foregroundColor',
  LINK_URL: 'linkUrl',
};
