/**
 * DocumentApp: reference/document/document-app, document, body, paragraph, text, table,
 * table-row, table-cell, list-item, element-type; docs/platform.md "Docs and Drive".
 */
import { Emulator } from '../../emulator/core/emulator';
import type { WorkspaceOptions } from '../../emulator/core/state';
import { createDocumentApp, documentDocx, documentHtml, documentText, documentTree } from '../../emulator/docs';
import { createDriveApp, pdfText } from '../../emulator/drive';

type Doc = GoogleAppsScript.Document.Document;
type Body = GoogleAppsScript.Document.Body;
type Table = GoogleAppsScript.Document.Table;
type TableRow = GoogleAppsScript.Document.TableRow;
type Paragraph = GoogleAppsScript.Document.Paragraph;

function setup(options: WorkspaceOptions = {}) {
  const emulator = new Emulator(options);
  const DriveApp = createDriveApp(emulator);
  const DocumentApp = createDocumentApp(emulator);
  const run = <T>(fn: () => T) => emulator.run({ authMode: 'FULL' }, fn);
  return { emulator, DriveApp, DocumentApp, run };
}

/** A template as a deputy would lay it out: heading, fields, a table with a repeating row. */
function buildTemplate(DocumentApp: GoogleAppsScript.Document.DocumentApp): string {
  const doc = DocumentApp.create('Шаблон: паспорт');
  const body = doc.getBody();
  body.getChild(0).asParagraph().setText('Паспорт программы');
  body.getChild(0).asParagraph().setHeading(DocumentApp.ParagraphHeading.HEADING1);
  body.appendParagraph('Педагог: {{ФИО}}');
  body.appendParagraph('Тема: {{Тема}}');
  body.appendTable([
    ['№', 'Мероприятие', 'Срок'],
    ['{{п.№}}', '{{п.Мероприятие}}', '{{п.Срок}}'],
  ]);
  body.appendListItem('Пункт {{Пункт}}');
  doc.addHeader().appendParagraph('ГБОУ Школа № 1');
  doc.addFooter().appendParagraph('Стр. 1');
  const id = doc.getId();
  doc.saveAndClose();
  return id;
}

const escapeRe = (s: string) => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

describe('building a document', () => {
  // reference/document/document-app#createname: a new document has one empty paragraph.
  test('a new document, paragraphs, headings, lists, tables, element types', () => {
    const { DocumentApp, run } = setup();
    run(() => {
      const doc = DocumentApp.create('Новый');
      const body = doc.getBody();
      expect(body.getNumChildren()).toBe(1);
      expect(body.getType()).toBe(DocumentApp.ElementType.BODY_SECTION);
      const p = body.appendParagraph('Заголовок').setHeading(DocumentApp.ParagraphHeading.HEADING2).setAlignment(DocumentApp.HorizontalAlignment.CENTER);
      expect(p.getHeading()).toBe('HEADING2');
      expect(p.getAttributes()[DocumentApp.Attribute.HORIZONTAL_ALIGNMENT]).toBe('CENTER');
      body.insertParagraph(0, 'Первый');
      const li = body.appendListItem('пункт').setGlyphType(DocumentApp.GlyphType.NUMBER);
      const table = body.appendTable([['a', 'b'], ['c', 'd']]);
      expect(body.getChild(0).getType()).toBe('PARAGRAPH');
      expect(body.getChildIndex(li)).toBe(3);
      expect(li.getType()).toBe('LIST_ITEM');
      expect(table.getType()).toBe('TABLE');
      expect(table.getRow(0).getType()).toBe('TABLE_ROW');
      expect(table.getCell(1, 1).getText()).toBe('d');
      expect(table.getCell(1, 1).getParentTable().getNumRows()).toBe(2);
      // Cells are joined by newlines, and the appended table is followed by an empty paragraph
      // (live runs: gas-fakes test/testdocs.js; docs/platform.md «Docs and Drive»).
      expect(body.getText()).toBe('Первый\n\nЗаголовок\nпункт\na\nb\nc\nd\n');
      expect(body.getParagraphs().length).toBe(9); // 5 in the body (one after the table) and 4 in the cells
      expect(body.getTables().length).toBe(1);
      expect(body.getChild(0).asParagraph().getText()).toBe('Первый');
      expect(() => body.getChild(0).asTable()).toThrow();
    });
  });

  // Apps Script's messages for a bad child index, the last paragraph and inserting an attached element.
  test('structural errors', () => {
    const { DocumentApp, run } = setup();
    run(() => {
      const body = DocumentApp.create('x').getBody();
      expect(() => body.getChild(3)).toThrow('Child index (3) must be less than the number of child elements (1).');
      expect(() => body.getChild(0).removeFromParent()).toThrow("Can't remove the last paragraph in a document section.");
      const p = body.appendParagraph('второй');
      expect(() => body.appendParagraph(p)).toThrow('Element must be detached.');
      body.appendParagraph(p.copy() as Paragraph);
      expect(body.getNumChildren()).toBe(3);
      body.removeChild(p);
      expect(body.getText()).toBe('\nвторой');
      body.clear();
      expect(body.getNumChildren()).toBe(1);
      expect(body.getText()).toBe('');
    });
  });

  // reference/document/text: per-range formatting, attribute indices, insert and delete.
  test('Text: ranges of formatting, getTextAttributeIndices, insertText, deleteText', () => {
    const { DocumentApp, run } = setup();
    run(() => {
      const text = DocumentApp.create('x').getBody().appendParagraph('Hello world').editAsText();
      text.setBold(0, 4, true).setItalic(6, 10, true).setFontSize(6, 10, 14);
      expect(text.getTextAttributeIndices()).toEqual([0, 5, 6]);
      expect(text.isBold(0)).toBe(true);
      expect(text.isBold(5)).toBeNull();
      expect(text.isBold()).toBeNull(); // mixed
      expect(text.getFontSize(7)).toBe(14);
      text.insertText(5, ',');
      expect(text.getText()).toBe('Hello, world');
      expect(text.isBold(5)).toBe(true); // takes the formatting before it
      text.deleteText(0, 6);
      expect(text.getText()).toBe('world');
      expect(text.getTextAttributeIndices()).toEqual([0]);
      expect(() => text.deleteText(3, 10)).toThrow('Invalid argument');
    });
  });

  // reference/document/document#addheader; header and footer are sections of their own.
  test('header and footer', () => {
    const { DocumentApp, run } = setup();
    run(() => {
      const doc = DocumentApp.create('x');
      expect(doc.getHeader()).toBeNull();
      doc.addHeader().appendParagraph('Шапка');
      doc.addFooter().appendParagraph('Подвал');
      expect(doc.getHeader().getType()).toBe('HEADER_SECTION');
      expect(doc.getHeader().getText()).toBe('\nШапка');
      expect(doc.getFooter().getText()).toBe('\nПодвал');
      expect(() => doc.addHeader()).toThrow();
    });
  });
});

describe('templates: copy, replaceText, repeating rows', () => {
  // docs/platform.md: makeCopy a template, then replaceText with escaped placeholders.
  test('makeCopy of a template, then replaceText of escaped placeholders everywhere', () => {
    const { emulator, DriveApp, DocumentApp, run } = setup();
    const templateId = run(() => buildTemplate(DocumentApp));
    const copyId = run(() => {
      const copy = DriveApp.getFileById(templateId).makeCopy('Паспорт: Иванов', DriveApp.createFolder('Иванов'));
      const doc = DocumentApp.openById(copy.getId());
      const body = doc.getBody();
      body.replaceText(escapeRe('{{ФИО}}'), 'Иванов Иван Иванович');
      body.replaceText(escapeRe('{{Тема}}'), 'Цена 5 руб. / 10');
      doc.getHeader().replaceText('Школа', 'Лицей');
      doc.saveAndClose();
      return copy.getId();
    });
    const text = documentText(emulator, copyId);
    expect(text).toContain('Педагог: Иванов Иван Иванович');
    expect(text).toContain('Тема: Цена 5 руб. / 10');
    expect(text.startsWith('\nГБОУ Лицей № 1')).toBe(true);
    // The template itself is untouched.
    expect(documentText(emulator, templateId)).toContain('{{ФИО}}');
  });

  // reference/document/body#replacetext: matched within each text element; a placeholder split
  // across differently formatted runs, or across two Text elements, does not match.
  test('a placeholder split across formatting or Text elements is not replaced', () => {
    const { DocumentApp, run } = setup();
    run(() => {
      const body = DocumentApp.create('x').getBody();
      const p1 = body.appendParagraph('Имя: {{ФИО}}');
      p1.editAsText().setBold(6, 8, true); // "{{Ф" bold, "ИО}}" plain
      const p2 = body.appendParagraph('Тема: ');
      p2.appendText('{{Те');
      p2.appendText('ма}}');
      const p3 = body.appendParagraph('Срок: {{Срок}}');
      p3.editAsText().setItalic(6, 13, true); // the whole placeholder in one run: matches
      body.replaceText(escapeRe('{{ФИО}}'), 'X');
      body.replaceText(escapeRe('{{Тема}}'), 'Y');
      body.replaceText(escapeRe('{{Срок}}'), 'Z');
      expect(p1.getText()).toBe('Имя: {{ФИО}}');
      expect(p2.getText()).toBe('Тема: {{Тема}}');
      expect(p3.getText()).toBe('Срок: Z');
      expect(p3.editAsText().isItalic(6)).toBe(true); // the replacement keeps the run's formatting
      expect(body.findText(escapeRe('{{ФИО}}'))).toBeNull();
      const hit = body.findText('Срок');
      expect(hit.getStartOffset()).toBe(0);
      expect(hit.getEndOffsetInclusive()).toBe(3);
      expect(hit.getElement().asText().getText()).toBe('Срок: Z');
    });
  });

  // The pattern is a regular expression: unescaped metacharacters match more than meant.
  test('regex escaping, RE2 refusals, and no group references in the replacement', () => {
    const { DocumentApp, run } = setup();
    run(() => {
      const body = DocumentApp.create('x').getBody();
      const p = body.appendParagraph('a.c abc 2026-09-01');
      body.replaceText('a.c', 'X');
      expect(p.getText()).toBe('X X 2026-09-01');
      p.setText('a.c abc');
      body.replaceText('a\\.c', 'X');
      expect(p.getText()).toBe('X abc');
      p.setText('01.09.2026');
      // reference/document/body#replacetext: capture groups are "not fully supported"; the
      // emulator refuses `$` and `\\` in a replacement, matched or not, so nothing relies on them.
      expect(() => body.replaceText('(\\d{2})\\.(\\d{2})', '$2.$1')).toThrow(/group reference.*not emulated.*not fully supported/);
      expect(() => body.replaceText('(?P<d>\\d{2})\\.', '${d}/')).toThrow(/not emulated/);
      expect(() => body.replaceText('2026', 'US$')).toThrow(/not emulated/);
      expect(() => body.replaceText('no such text', '\\$5')).toThrow(/escape.*not emulated/);
      expect(p.getText()).toBe('01.09.2026');
      body.replaceText('\\.', '/');
      expect(p.getText()).toBe('01/09/2026');
      expect(() => body.replaceText('a(?=b)', 'x')).toThrow('invalid perl operator: (?=');
      expect(() => body.replaceText('(a)\\1', 'x')).toThrow('invalid escape sequence: \\1');
      expect(() => body.replaceText('(?<!a)b', 'x')).toThrow('invalid perl operator');
      body.replaceText('(?i)ABC|\\Q/\\E', '-');
      expect(p.getText()).toBe('01-09-2026');
    });
  });

  // docs/platform.md: repeating rows via getRow(i).copy(), insertTableRow(i, row), removeRow(i).
  test('repeating table rows', () => {
    const { emulator, DriveApp, DocumentApp, run } = setup();
    const templateId = run(() => buildTemplate(DocumentApp));
    const items = [
      ['1', 'Семинар', 'сентябрь'],
      ['2', 'Открытый урок', 'октябрь'],
      ['3', 'Отчёт', 'май'],
    ];
    const id = run(() => {
      const copy = DriveApp.getFileById(templateId).makeCopy('План');
      const doc = DocumentApp.openById(copy.getId());
      const table = doc.getBody().getTables()[0] as Table;
      const template = table.getRow(1);
      items.forEach((item, i) => {
        const row = table.insertTableRow(2 + i, template.copy() as TableRow);
        row.replaceText(escapeRe('{{п.№}}'), item[0]!);
        row.replaceText(escapeRe('{{п.Мероприятие}}'), item[1]!);
        row.replaceText(escapeRe('{{п.Срок}}'), item[2]!);
      });
      const removed = table.removeRow(1);
      expect(removed.getText()).toContain('{{п.№}}');
      expect(table.getNumRows()).toBe(4);
      expect(() => table.getRow(4)).toThrow('Child index (4) must be less than the number of child elements (4).');
      doc.saveAndClose();
      return copy.getId();
    });
    expect(documentText(emulator, id, 'body')).toContain('№\nМероприятие\nСрок\n1\nСеминар\nсентябрь\n2\nОткрытый урок\nоктябрь\n3\nОтчёт\nмай');
  });

  // reference/document/table-row, table-cell
  test('rows and cells: append, setText, clear, copy', () => {
    const { DocumentApp, run } = setup();
    run(() => {
      const table = DocumentApp.create('x').getBody().appendTable();
      const row = table.appendTableRow();
      row.appendTableCell('a');
      const cell = row.appendTableCell();
      cell.setText('b');
      cell.appendParagraph('c');
      expect(row.getNumCells()).toBe(2);
      expect(cell.getNumChildren()).toBe(2);
      expect(cell.getText()).toBe('b\nc');
      expect(table.getText()).toBe('a\nb\nc');
      cell.clear();
      expect(cell.getText()).toBe('');
      table.appendTableRow(row.copy() as TableRow);
      expect(table.getNumRows()).toBe(2);
      row.removeFromParent();
      expect(table.getNumRows()).toBe(1);
    });
  });
});

describe('saving and closing', () => {
  // reference/document/document#saveandclose; docs/platform.md: saveAndClose before getAs PDF.
  test('unsaved edits are not in the PDF; after saveAndClose they are, and the Document is closed', () => {
    const { DriveApp, DocumentApp, run } = setup();
    run(() => {
      const doc = DocumentApp.create('Отчёт');
      const id = doc.getId();
      const body = doc.getBody();
      body.appendParagraph('Итог: {{итог}}');
      expect(pdfText(DriveApp.getFileById(id).getAs('application/pdf').getBytes())).toBe('');
      body.replaceText(escapeRe('{{итог}}'), 'выполнено');
      doc.saveAndClose();
      const pdf = DriveApp.getFileById(id).getAs('application/pdf');
      expect(pdfText(pdf.getBytes())).toBe('\nИтог: выполнено');
      expect(Buffer.from(pdf.getBytes().map((b) => b & 0xff)).toString('latin1').startsWith('%PDF-1.4')).toBe(true);
      const closed = 'Document is closed, its contents cannot be updated.';
      expect(() => doc.getBody()).toThrow(closed);
      expect(() => body.appendParagraph('x')).toThrow(closed);
      expect(() => doc.saveAndClose()).toThrow(closed);
      // Reopening works on the saved document.
      expect(DocumentApp.openById(id).getBody().getText()).toBe('\nИтог: выполнено');
    });
  });

  // reference/document/document#saveandclose: "automatically saved and closed at the end of script execution".
  test('an execution that ends saves open documents', () => {
    const { emulator, DocumentApp, run } = setup();
    const id = run(() => {
      const doc = DocumentApp.create('x');
      doc.getBody().appendParagraph('сохранено');
      return doc.getId();
    });
    expect(documentText(emulator, id)).toBe('\nсохранено');
    const reloaded = new Emulator(JSON.parse(JSON.stringify(emulator.state)) as typeof emulator.state);
    expect(reloaded.run({}, () => (createDocumentApp(reloaded).openById(id) as Doc).getBody().getText())).toBe('\nсохранено');
  });

  test('openByUrl takes both URL forms', () => {
    const { DriveApp, DocumentApp, run } = setup();
    run(() => {
      const doc = DocumentApp.create('x');
      expect(DocumentApp.openByUrl(doc.getUrl()).getId()).toBe(doc.getId());
      expect(DocumentApp.openByUrl(DriveApp.getFileById(doc.getId()).getUrl()).getName()).toBe('x');
    });
  });
});

describe('authorization', () => {
  const DOCUMENTS = 'https://www.googleapis.com/auth/documents';
  test('create and openById need the documents scope; documents.currentonly is not enough', () => {
    const { emulator, DocumentApp, run } = setup();
    const id = run(() => DocumentApp.create('x').getId());
    emulator.state.scopes = ['https://www.googleapis.com/auth/documents.currentonly'];
    expect(() => run(() => DocumentApp.openById(id))).toThrow(`You do not have permission to call DocumentApp.openById. Required permissions: ${DOCUMENTS}`);
    emulator.state.scopes = [DOCUMENTS];
    expect(run(() => DocumentApp.openById(id).getName())).toBe('x');
  });

  test('methods outside the emulated set say so', () => {
    const { DocumentApp, run } = setup();
    run(() => {
      const body = DocumentApp.create('x').getBody() as Body & { appendImage(b: unknown): unknown };
      expect(() => body.appendImage(null)).toThrow('DocumentApp.Body.appendImage is not emulated');
    });
  });
});

describe('performance and host rendering', () => {
  test('replaceText over a 200-paragraph document is linear and fast', () => {
    const { emulator, DocumentApp, run } = setup();
    const id = run(() => {
      const doc = DocumentApp.create('big');
      const body = doc.getBody();
      for (let i = 0; i < 200; i++) body.appendParagraph(`Строка ${i}: {{A}} и {{B}} и ${'текст '.repeat(20)}`);
      return doc.getId();
    });
    const started = performance.now();
    const calls = emulator.calls.total();
    run(() => {
      const doc = DocumentApp.openById(id);
      for (let k = 0; k < 20; k++) doc.getBody().replaceText(escapeRe(`{{${k === 0 ? 'A' : k === 1 ? 'B' : `K${k}`}}}`), `значение ${k}`);
      doc.saveAndClose();
    });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(emulator.calls.total() - calls).toBe(1 + 20 * 2 + 1);
    expect(documentText(emulator, id)).toContain('Строка 199: значение 0 и значение 1');
  });

  test('HTML and .docx renderings of a generated document', async () => {
    const { emulator, DocumentApp, run } = setup();
    const id = run(() => {
      const id = buildTemplate(DocumentApp);
      const doc = DocumentApp.openById(id);
      doc.getBody().appendParagraph('жирный').editAsText().setBold(true);
      doc.saveAndClose();
      return id;
    });
    const html = documentHtml(emulator, id);
    expect(html).toContain('<h1>Паспорт программы</h1>');
    expect(html).toContain('<b>жирный</b>');
    expect(html).toContain('<td><p>{{п.Мероприятие}}</p></td>');
    // An appended list item numbers by default (gas-fakes test/testdocslistitems.js, live).
    expect(html).toContain('<ol><li>Пункт {{Пункт}}</li></ol>');
    expect(html).toContain('<header>');
    const docx = await documentDocx(emulator, id);
    expect(Buffer.from(docx.slice(0, 2)).toString()).toBe('PK');
    expect(docx.length).toBeGreaterThan(1000);
  });
});

describe('table layout and the page', () => {
  // reference/document/table#setcolumnwidth, #setborderwidth; reference/document/body#setpagewidth, #setmargintop.
  test('column widths, border width and cell padding in points; page size and margins; copies of rows keep them', () => {
    const { emulator, DocumentApp, run } = setup();
    const id = run(() => {
      const doc = DocumentApp.create('x');
      const body = doc.getBody();
      expect([body.getPageWidth(), body.getPageHeight(), body.getMarginLeft()]).toEqual([612, 792, 72]);
      body.setPageWidth(595.3).setPageHeight(841.9).setMarginLeft(56.7).setMarginRight(28.35).setMarginTop(56.7).setMarginBottom(56.7);
      expect(body.getMarginRight()).toBe(28.35);
      const table = body.appendTable([['Дата', 'Тема'], ['01.09.2026', 'x']]);
      expect(table.getColumnWidth(0)).toBeNull();
      table.setColumnWidth(0, 70).setBorderWidth(0);
      expect(table.getColumnWidth(0)).toBe(70);
      expect(table.getBorderWidth()).toBe(0);
      expect(() => table.setColumnWidth(2, 10)).toThrow('Child index (2)');
      expect(() => table.setColumnWidth(0, -1)).toThrow('Invalid argument: width');
      const cell = table.getCell(1, 0);
      expect(cell.getPaddingLeft()).toBeNull();
      cell.setPaddingLeft(3).setPaddingRight(3);
      expect(cell.getPaddingLeft()).toBe(3);
      table.insertTableRow(2, table.getRow(1).copy());
      const docId = doc.getId();
      doc.saveAndClose();
      return docId;
    });
    const tree = documentTree(emulator, id);
    expect(tree.body.page).toEqual({ width: 595.3, height: 841.9, marginTop: 56.7, marginBottom: 56.7, marginLeft: 56.7, marginRight: 28.35 });
    const table = tree.body.children.find((b) => b.type === 'TABLE');
    expect(table).toMatchObject({ columnWidths: [70], borderWidth: 0 });
    // The copied row keeps its cells' padding.
    if (table?.type === 'TABLE') expect(table.children.map((r) => r.children[0]!.padding)).toEqual([undefined, { left: 3, right: 3 }, { left: 3, right: 3 }]);
  });
});
