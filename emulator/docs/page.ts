/**
 * The page of a document's body (reference/document/body: getPageWidth/getPageHeight and
 * getMarginTop/Bottom/Left/Right and their setters, all in points). A new document's page is the
 * Docs default of its owner's locale (US Letter with 1-inch margins; A4 in many locales, Google
 * does not say which an API-created document gets): the emulator gives Letter, so an add-on that
 * needs A4 must set it, as it must on Google.
 */
import type { PageStyle, SectionNode } from './model';

export const DEFAULT_PAGE: PageStyle = { width: 612, height: 792, marginTop: 72, marginBottom: 72, marginLeft: 72, marginRight: 72 };

export function pageOf(body: SectionNode): PageStyle {
  return body.page ?? DEFAULT_PAGE;
}
