/**
 * Filling a copy of a template in Google Docs, with a number of service calls that grows with the
 * items of repeating rows but never with the number of placeholders:
 * 1. DocumentApp: the template row's item placeholders are marked once (markTemplateRow), then the
 *    row is copied once per item and the copy's mark becomes the item's number by ONE literal
 *    replaceText (`{{Пункты_плана.Срок}}` becomes `{{Пункты_плана#3.Срок}}`); the template row is
 *    removed; saveAndClose.
 * 2. Docs.Documents.batchUpdate in batches of at most DOCS_BATCH requests, a replaceAllText request
 *    per distinct placeholder text (one batch for most documents; a month's plan at region size
 *    is thousands of rows, and no single call should grow with them):
 *    scalars, option marks and tagged item fields. replaceAllText takes literal text, so values need
 *    no escaping; but the requests of a batch apply one after another, so a value holding `{{`
 *    would be matched by a later request: such values go in guarded (GUARD for `{{`) and a last
 *    request of the same batch turns the guard back (replacement-pairs.ts).
 */
import { RU } from '../text/ru';
import type { Dictionary, FieldSpec, FieldValues, TemplateShape } from './dictionary';
import { collectionItems } from './fill-values';
import { repliesAgree, simulateReplacements } from './fill-check';
import { unfilledPlaceholders } from './unfilled';
import { escapeRe2, itemPairs, replacementPairs, templateRowCollection, type ReplacementPair } from './replacement-pairs';
import { docsService } from './docs-build';

export { createTemplateDoc, readTemplateShape } from './docs-build';
export { ensureTemplates, SchoolFolderUnreachable, templateProperty, type EnsuredTemplates } from './docs-templates';

type Body = GoogleAppsScript.Document.Body;
type Table = GoogleAppsScript.Document.Table;
type TableRow = GoogleAppsScript.Document.TableRow;

/** The spaces placeholders.ts forgives just inside the braces, as a JS class. */
const SPACES = '[ \t\u00a0\u2007\u202f]*';

/** The opening of a collection's untagged item placeholders (`{{ Пункты_плана .`), spaces kept. */
function openingPattern(collection: string): RegExp {
  return new RegExp(`\\{\\{(${SPACES})${escapeRe2(collection)}(${SPACES})\\.`, 'g');
}

/** The tagged form of an item placeholder for item `n`: what the tagging leaves in the copy. */
export function tagItemPlaceholder(raw: string, collection: string, n: number): string {
  return raw.replace(openingPattern(collection), (_m, a: string, b: string) => `{{${a}${collection}#${n}${b}.`);
}

/** The distinct openings of a collection's item placeholders in a row's cell texts. */
function openingsIn(cells: readonly string[], collection: string): string[] {
  const out = new Set<string>();
  for (const cell of cells) for (const m of cell.matchAll(openingPattern(collection))) out.add(m[0]);
  return [...out];
}

interface TemplateRow {
  table: Table;
  index: number;
  cells: string[];
  collection: FieldSpec;
}

function templateRows(section: Body, dictionary: Dictionary): TemplateRow[] {
  const out: TemplateRow[] = [];
  for (const table of section.getTables()) {
    for (let index = 0; index < table.getNumRows(); index++) {
      const row = table.getRow(index);
      const cells: string[] = [];
      for (let c = 0; c < row.getNumCells(); c++) cells.push(row.getCell(c).getText());
      const collection = templateRowCollection(cells, dictionary);
      if (collection) out.push({ table, index, cells, collection });
    }
  }
  return out;
}

/** A private-use character (never typed in a template) marking where an item's number goes. */
const ITEM_MARK = '\uE001';

/**
 * Marks the template row's item placeholders (`{{Пункты_плана.Срок}}` → `{{Пункты_плана` + mark +
 * `.Срок}}`) without group references in the replacement (Google documents capture groups in
 * replaceText as not fully supported): one literal replaceText per spelling of the opening, almost
 * always one. replaceText may not match an opening split by formatting (`{{Пункты_` + bold
 * `плана.Срок}}`; Google's page does not say), so the row is read back and any opening left
 * unmarked is marked where it stands, in its paragraph's rich text. Each copy then needs one
 * replaceText of the one-character mark, which no formatting can split.
 */
function markTemplateRow(row: TableRow, collection: string, openings: readonly string[]): void {
  for (const opening of openings) row.replaceText(escapeRe2(opening), opening.replace(/(\s*)\.$/, `${ITEM_MARK}$1.`));
  if (!openingPattern(collection).test(row.getText())) return;
  for (let c = 0; c < row.getNumCells(); c++) {
    const cell = row.getCell(c);
    for (let k = 0; k < cell.getNumChildren(); k++) {
      const child = cell.getChild(k);
      const type = child.getType();
      if (type !== DocumentApp.ElementType.PARAGRAPH && type !== DocumentApp.ElementType.LIST_ITEM) continue;
      const text = (type === DocumentApp.ElementType.PARAGRAPH ? child.asParagraph() : child.asListItem()).editAsText();
      const found = [...text.getText().matchAll(openingPattern(collection))];
      // From the last one back, so earlier offsets stay valid.
      for (const m of found.reverse()) text.insertText(m.index + 2 + (m[1] ?? '').length + collection.length, ITEM_MARK);
    }
  }
}

/**
 * Repeats one template row `count` times and tags each copy with its item's number. The layout
 * depends on the number of items alone, never on their values (the values go in by the Docs API),
 * so a batch lays a template out once per count (docs-batch.ts).
 */
function repeatRow(template: TemplateRow, count: number): void {
  const { table, index, cells, collection } = template;
  const row = table.getRow(index);
  if (count > 0) markTemplateRow(row, collection.name, openingsIn(cells, collection.name));
  for (let n = 1; n <= count; n++) table.insertTableRow(index + n, row.copy()).replaceText(ITEM_MARK, `#${n}`);
  // A table that would be left with no rows goes as a whole (Docs keeps no empty tables).
  if (count === 0 && table.getNumRows() === 1) table.removeFromParent();
  else table.removeRow(index);
}

/** A template row as read: its cells' texts and its collection. */
export interface RowTexts {
  cells: readonly string[];
  collection: FieldSpec;
}

/** The tagged item pairs of every template row for one document's values, each text once. */
export function taggedItemPairs(rows: readonly RowTexts[], values: FieldValues): ReplacementPair[] {
  const byText = new Map<string, ReplacementPair>();
  for (const { cells, collection } of rows) {
    collectionItems(values[collection.name]).forEach((item, i) => {
      for (const p of itemPairs(cells, collection, item)) {
        const placeholder = tagItemPlaceholder(p.placeholder, collection.name, i + 1);
        if (!byText.has(placeholder)) byText.set(placeholder, { ...p, placeholder });
      }
    });
  }
  return [...byText.values()];
}

/**
 * Lays out the repeating rows of an open Doc: each template row repeated as many times as its
 * collection has items (`countOf`). Returns the rows as they were and the sections' texts after.
 */
export function layOutRows(doc: GoogleAppsScript.Document.Document, dictionary: Dictionary, countOf: (collection: string) => number): { rows: RowTexts[]; texts: string[] } {
  const rows: RowTexts[] = [];
  const sections = sectionsOf(doc);
  for (const section of sections) {
    // From the last template row up, so the indexes of the rows above stay valid.
    for (const template of templateRows(section, dictionary).reverse()) {
      repeatRow(template, countOf(template.collection.name));
      rows.push({ cells: template.cells, collection: template.collection });
    }
  }
  return { rows, texts: rows.length > 0 ? sections.map((s) => s.getText()) : [] };
}

function sectionsOf(doc: GoogleAppsScript.Document.Document): Body[] {
  return [doc.getHeader(), doc.getBody(), doc.getFooter()].filter((s) => s !== null) as unknown as Body[];
}

/**
 * Requests per batchUpdate. The order across batches is the order of one batch, so the guard
 * still holds until its restore, which goes last. Not atomic across batches: a copy a failure
 * left half-filled is never registered, and the retry archives it before copying again
 * (generate.ts).
 */
export const DOCS_BATCH = 500;

function request(placeholder: string, value: string): GoogleAppsScript.Docs.Schema.Request {
  return { replaceAllText: { containsText: { text: placeholder, matchCase: true }, replaceText: value } };
}

/**
 * Fills the Doc `docId` (a copy of a template: the caller copies) with one document's values.
 * `replacements`: occurrences replaced, as the Docs API reports them (the guard's restore excluded).
 */
export function fillDocument(docId: string, dictionary: Dictionary, values: FieldValues): { replacements: number } {
  // Before any change: a copy the missing service would leave half-done stays as it was.
  docsService();
  const doc = DocumentApp.openById(docId);
  // The texts, read once per section, say which scalar and option placeholders are there.
  const templateTexts = sectionsOf(doc).map((s) => s.getText());
  const shape = textShape(templateTexts);
  const laid = layOutRows(doc, dictionary, (collection) => collectionItems(values[collection]).length);
  doc.saveAndClose();
  return sendValues(docId, dictionary, { templateTexts, texts: laid.rows.length > 0 ? laid.texts : templateTexts, shape, rows: laid.rows }, values);
}

/** What a copy holds before its values go in: the template's texts and shape, its rows and its own texts. */
export interface CopyTexts {
  /** The template's texts (the placeholders as written), for the unfilled check. */
  templateTexts: readonly string[];
  /** The copy's texts as they are now (its rows laid out). */
  texts: readonly string[];
  shape: TemplateShape;
  rows: readonly RowTexts[];
}

/**
 * Puts one document's values into a copy whose rows are laid out, by the Docs API, and checks
 * that no placeholder is left: from the replies when they report what the copy's texts predict
 * (fill-check.ts), else by opening the copy again and reading it.
 */
export function sendValues(docId: string, dictionary: Dictionary, copy: CopyTexts, values: FieldValues): { replacements: number } {
  const plan = replacementPairs(copy.shape, dictionary, values);
  const pairs = [...plan.pairs, ...taggedItemPairs(copy.rows, values)];
  const all = plan.restore ? [...pairs, plan.restore] : pairs;
  if (all.length === 0) return { replacements: 0 };
  const docs = docsService();
  const requests = all.map((p) => request(p.placeholder, p.value));
  const replies: GoogleAppsScript.Docs.Schema.Response[] = [];
  for (let i = 0; i < requests.length; i += DOCS_BATCH) replies.push(...(docs.Documents.batchUpdate({ requests: requests.slice(i, i + DOCS_BATCH) }, docId).replies ?? []));
  const expected = simulateReplacements(copy.texts, all.map((p) => ({ text: p.placeholder, value: p.value })));
  const filled = repliesAgree(expected.counts, replies) ? expected.texts : sectionTexts(DocumentApp.openById(docId));
  const left = unfilledPlaceholders(copy.templateTexts, filled, values);
  if (left.length > 0) throw new Error(RU.documentsIo.notFilled(left));
  return { replacements: replies.slice(0, pairs.length).reduce((sum, r) => sum + (r.replaceAllText?.occurrencesChanged ?? 0), 0) };
}

function sectionTexts(doc: GoogleAppsScript.Document.Document): string[] {
  return sectionsOf(doc).map((s) => s.getText());
}

/** A template's sections' texts and its repeating rows, read without changing it. */
export function readLayout(docId: string, dictionary: Dictionary): { texts: string[]; rows: RowTexts[] } {
  const sections = sectionsOf(DocumentApp.openById(docId));
  const rows = sections.flatMap((s) => templateRows(s, dictionary).map((t) => ({ cells: t.cells, collection: t.collection })));
  return { texts: sections.map((s) => s.getText()), rows };
}

/** A shape of whole-section texts: what the scalar and option placeholders are found in. */
export function textShape(texts: readonly string[]): TemplateShape {
  return { sections: texts.map((text) => ({ where: 'body', blocks: [{ type: 'paragraph', text }] })) };
}
