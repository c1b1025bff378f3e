/** DocumentApp: gas-fakes test/testdocs.js, testdocslistitems.js (live Apps Script) and reference/document. */
import { gasFakes, group, ref } from '../kit';

const DOCS = 'test/testdocs.js';
const LISTS = 'test/testdocslistitems.js';

export default group('DocumentApp', (c) => {
  c('a new document body has one empty paragraph', gasFakes(DOCS, 116), ['Body.getNumChildren', 'Body.getChild', 'Body.getChildIndex'], (s, x, t) => {
    const body = x.document().getBody();
    t.is(body.getNumChildren(), 1, 'children');
    t.is(body.getChildIndex(body.getChild(0)), 0, 'index');
    t.is(String(body.getChild(0).getType()), String(s.DocumentApp.ElementType.PARAGRAPH), 'type');
  });
  c('the body is a BODY_SECTION', gasFakes(DOCS, 115), 'Body.getType', (s, x, t) => {
    t.is(String(x.document().getBody().getType()), String(s.DocumentApp.ElementType.BODY_SECTION));
  });
  c('appendParagraph after the empty first paragraph: body text "\\np1"', gasFakes(DOCS, 53), ['Body.appendParagraph', 'Body.getText'], (_s, x, t) => {
    const body = x.document().getBody();
    body.appendParagraph('p1');
    t.is(body.getText(), '\np1');
  });
  c('insertParagraph of a copy at index 1', gasFakes(DOCS, 58), ['Body.insertParagraph', 'Paragraph.copy'], (_s, x, t) => {
    const body = x.document().getBody();
    body.appendParagraph('p1');
    const p0 = body.appendParagraph('p0').copy();
    body.insertParagraph(1, p0);
    t.is(body.getText(), '\np0\np1\np0');
  });
  c('an appended table is followed by an empty paragraph', gasFakes(DOCS, 79), ['Body.appendTable'], (s, x, t) => {
    const body = x.document().getBody();
    const table = body.appendTable([['t1c1', 't1c2']]);
    const n = body.getNumChildren();
    t.is(table.getCell(0, 0).getText(), 't1c1', 'cell');
    t.is(String(body.getChild(n - 2).getType()), String(s.DocumentApp.ElementType.TABLE), 'second to last');
    t.is(String(body.getChild(n - 1).getType()), String(s.DocumentApp.ElementType.PARAGRAPH), 'last');
    t.is(body.getChild(n - 1).asParagraph().getText(), '', 'the paragraph is empty');
  });
  c('insertTable of a copy', gasFakes(DOCS, 86), ['Body.insertTable', 'Table.copy'], (s, x, t) => {
    const body = x.document().getBody();
    const copy = body.appendTable([['t0c1']]).copy();
    body.insertTable(1, copy);
    t.is(String(body.getChild(1).getType()), String(s.DocumentApp.ElementType.TABLE), 'type');
    t.is(body.getChild(1).asTable().getCell(0, 0).getText(), 't0c1', 'text');
  });
  c('Table.getText joins cells and rows with newlines', 'docs/platform.md «Docs and Drive» (live runs); reference/document/table#gettext', ['Table.getText'], (_s, x, t) => {
    const table = x.document().getBody().appendTable([['a', 'b'], ['c', 'd']]);
    t.is(table.getText(), 'a\nb\nc\nd');
  });
  c('getParagraphs includes list items; getListItems and getTables find theirs', gasFakes(DOCS, 27), ['Body.getParagraphs', 'Body.getListItems', 'Body.getTables'], (_s, x, t) => {
    const body = x.document().getBody();
    body.appendParagraph('Para 1');
    body.appendListItem('ListItem 1');
    body.appendTable([['Cell 1', 'Cell 2']]);
    body.appendParagraph('Para 2');
    const types = body.getParagraphs().map((p) => String(p.getType()));
    t.true(types.includes('PARAGRAPH') && types.includes('LIST_ITEM'), 'paragraphs and list items');
    t.true(body.getListItems().every((li) => String(li.getType()) === 'LIST_ITEM'), 'list items');
    t.true(body.getTables().length >= 1, 'tables');
  });
  c('DocumentApp.create names the document; openById and openByUrl find it', gasFakes(DOCS, 96), ['DocumentApp.create', 'DocumentApp.openById', 'DocumentApp.openByUrl'], (s, _x, t) => {
    const doc = s.DocumentApp.create('contract doc');
    t.is(doc.getName(), 'contract doc', 'name');
    t.is(s.DocumentApp.openById(doc.getId()).getName(), 'contract doc', 'openById');
    t.is(s.DocumentApp.openByUrl(doc.getUrl()).getId(), doc.getId(), 'openByUrl');
    s.DriveApp.getFileById(doc.getId()).setTrashed(true);
  });
  c('String(document) is "Document", String(body) is "DocumentBodySection"', gasFakes(DOCS, 144), ['Document.toString', 'Body.toString'], (_s, x, t) => {
    const doc = x.document();
    t.is(String(doc), 'Document', 'document');
    t.is(String(doc.getBody()), 'DocumentBodySection', 'body');
  });

  // ---- list items (testdocslistitems.js) ----
  c('a list item keeps its alignment, indents, spacing and direction', gasFakes(LISTS, 27), ['ListItem.setAlignment', 'ListItem.setIndentEnd', 'ListItem.setLineSpacing', 'ListItem.setSpacingAfter', 'ListItem.setSpacingBefore', 'ListItem.setLeftToRight'], (s, x, t) => {
    const li = x.document().getBody().appendListItem('Initial list item text.');
    li.setAlignment(s.DocumentApp.HorizontalAlignment.RIGHT);
    t.is(String(li.getAlignment()), 'RIGHT', 'alignment');
    li.setIndentEnd(40);
    t.is(li.getIndentEnd(), 40, 'indent end');
    li.setLineSpacing(2);
    t.is(li.getLineSpacing(), 2, 'line spacing');
    li.setSpacingAfter(12);
    t.is(li.getSpacingAfter(), 12, 'spacing after');
    li.setSpacingBefore(6);
    t.is(li.getSpacingBefore(), 6, 'spacing before');
    li.setLeftToRight(false);
    t.is(li.isLeftToRight(), false, 'right to left');
  });
  c('clear() empties a list item; setText fills it', gasFakes(LISTS, 53), ['ListItem.clear', 'ListItem.setText'], (_s, x, t) => {
    const li = x.document().getBody().appendListItem('text');
    li.clear();
    t.is(li.getText(), '', 'cleared');
    li.setText('New text after clear.');
    t.is(li.getText(), 'New text after clear.', 'set');
  });
  c('indent start and first line of a list item', gasFakes(LISTS, 83), ['ListItem.setIndentStart', 'ListItem.setIndentFirstLine'], (_s, x, t) => {
    const li = x.document().getBody().appendListItem('Item 1');
    li.setIndentStart(36);
    li.setIndentFirstLine(-18);
    t.is([li.getIndentStart(), li.getIndentFirstLine()], [36, -18]);
  });
  c('appended list items share one list, nesting level 0, glyph NUMBER by default', gasFakes(LISTS, 94), ['ListItem.getListId', 'ListItem.getNestingLevel', 'ListItem.getGlyphType'], (s, x, t) => {
    const body = x.document().getBody();
    const one = body.appendListItem('Item 1');
    const two = body.appendListItem('Item 2');
    t.is(one.getListId(), two.getListId(), 'same list');
    t.is(one.getNestingLevel(), 0, 'nesting');
    t.is(String(one.getGlyphType()), String(s.DocumentApp.GlyphType.NUMBER), 'glyph');
  });
  c('appendListItem after the empty first paragraph', gasFakes(LISTS, 132), ['Body.appendListItem'], (s, x, t) => {
    const body = x.document().getBody();
    const li = body.appendListItem('Item 1');
    t.is(li.getText(), 'Item 1', 'text');
    t.is(body.getNumChildren(), 2, 'children');
    t.is(String(body.getChild(1).getType()), String(s.DocumentApp.ElementType.LIST_ITEM), 'type');
  });
  c('insertListItem between paragraphs', gasFakes(LISTS, 180), ['Body.insertListItem'], (_s, x, t) => {
    const body = x.document().getBody();
    body.appendParagraph('p1');
    body.appendParagraph('p3');
    const li = body.insertListItem(2, 'Item 2');
    t.is(li.getText(), 'Item 2', 'text');
    t.is(body.getNumChildren(), 4, 'children');
    t.is(body.getText(), '\np1\nItem 2\np3', 'body text');
  });
  c('a copied list item inserts as a list item', gasFakes(LISTS, 186), ['Body.insertListItem', 'ListItem.copy'], (s, x, t) => {
    const body = x.document().getBody();
    const copy = body.appendListItem('Item 1').copy();
    body.insertListItem(1, copy);
    t.is(String(body.getChild(1).getType()), String(s.DocumentApp.ElementType.LIST_ITEM), 'type');
    t.is(body.getChild(1).asListItem().getText(), 'Item 1', 'text');
  });

  // ---- paragraphs and text (reference/document/paragraph, text) ----
  c('a new paragraph is NORMAL', ref('document/paragraph-heading'), ['Paragraph.getHeading'], (_s, x, t) => {
    t.is(String(x.document().getBody().appendParagraph('x').getHeading()), 'NORMAL');
  });
  c('setLeftToRight(false) then true reads back', gasFakes(LISTS, 47), ['Paragraph.setLeftToRight', 'Paragraph.isLeftToRight'], (_s, x, t) => {
    const p = x.document().getBody().appendParagraph('x');
    p.setLeftToRight(false);
    t.is(p.isLeftToRight(), false, 'false');
    p.setLeftToRight(true);
    t.is(p.isLeftToRight(), true, 'true');
  });
  c('setHeading and getHeading', ref('document/paragraph#setheadingheading'), ['Paragraph.setHeading'], (s, x, t) => {
    const p = x.document().getBody().appendParagraph('x');
    p.setHeading(s.DocumentApp.ParagraphHeading.HEADING1);
    t.is(String(p.getHeading()), 'HEADING1');
  });
  c('editAsText().setBold on a range, then isBold at offsets', ref('document/text#setboldstartoffset,-endoffsetinclusive,-bold'), ['Text.setBold', 'Text.isBold'], (_s, x, t) => {
    const text = x.document().getBody().appendParagraph('Hello world').editAsText();
    text.setBold(0, 4, true);
    t.is(text.isBold(0), true);
  });
  c('Text.insertText and deleteText', ref('document/text#inserttextoffset,-text'), ['Text.insertText', 'Text.deleteText'], (_s, x, t) => {
    const text = x.document().getBody().appendParagraph('Hello world').editAsText();
    text.insertText(5, ',');
    t.is(text.getText(), 'Hello, world', 'inserted');
    text.deleteText(0, 6);
    t.is(text.getText(), 'world', 'deleted');
  });
  c('findText finds the first match', ref('document/body#findtextsearchpattern'), ['Body.findText'], (_s, x, t) => {
    const body = x.document().getBody();
    body.appendParagraph('one two three');
    const found = body.findText('two');
    t.is([found!.getStartOffset(), found!.getEndOffsetInclusive()], [4, 6]);
  });
  c('findText of something absent is null', ref('document/body#findtextsearchpattern'), ['Body.findText'], (_s, x, t) => {
    t.is(x.document().getBody().findText('absent-text'), null);
  });
  c('replaceText with a plain word', ref('document/body#replacetextsearchpattern,-replacement'), ['Body.replaceText'], (_s, x, t) => {
    const body = x.document().getBody();
    body.appendParagraph('Dear {{name}},');
    body.replaceText('\\{\\{name\\}\\}', 'Ivan');
    t.is(body.getText(), '\nDear Ivan,');
  });
  c('removing the last paragraph of the body is refused', ref('document/paragraph#removefromparent'), ['Paragraph.removeFromParent'], (_s, x, t) => {
    const body = x.document().getBody();
    t.throws(() => body.getChild(0).removeFromParent());
  });
  c('Body.clear leaves one empty paragraph', ref('document/body#clear'), ['Body.clear'], (_s, x, t) => {
    const body = x.document().getBody();
    body.appendParagraph('a');
    body.appendTable([['b']]);
    body.clear();
    t.is([body.getNumChildren(), body.getText()], [1, '']);
  });
  c('a table row and cell: getRow, getCell, getNumCells', ref('document/table#getrowrowindex'), ['Table.getRow', 'TableRow.getCell', 'TableRow.getNumCells', 'Table.getNumRows'], (_s, x, t) => {
    const table = x.document().getBody().appendTable([['a', 'b'], ['c', 'd']]);
    t.is([table.getNumRows(), table.getRow(1).getNumCells(), table.getRow(1).getCell(0).getText()], [2, 2, 'c']);
  });
  c('appendTableRow adds a row; removeRow takes it away', ref('document/table#appendtablerow'), ['Table.appendTableRow', 'Table.removeRow'], (_s, x, t) => {
    const table = x.document().getBody().appendTable([['a']]);
    table.appendTableRow().appendTableCell('b');
    t.is(table.getNumRows(), 2, 'appended');
    table.removeRow(1);
    t.is(table.getNumRows(), 1, 'removed');
  });
  c('insertTableRow of a row copy repeats the row', ref('document/table#inserttablerowchildindex,-tablerow'), ['Table.insertTableRow', 'TableRow.copy'], (_s, x, t) => {
    const table = x.document().getBody().appendTable([['h'], ['row']]);
    table.insertTableRow(2, table.getRow(1).copy());
    t.is([table.getNumRows(), table.getCell(2, 0).getText()], [3, 'row']);
  });
});
