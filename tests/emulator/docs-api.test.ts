/**
 * The Docs advanced service: developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate,
 * .../documents/request#replacealltextrequest, .../documents/response#replacealltextresponse,
 * .../documents/get; guides/services/advanced (the global exists only when the manifest enables it).
 */
import vm from 'node:vm';
import { Emulator } from '../../emulator/core/emulator';
import type { Realm } from '../../emulator/core/realm';
import type { WorkspaceOptions } from '../../emulator/core/state';
import { createDocumentApp, documentText, documentTree } from '../../emulator/docs';
import { createDriveApp } from '../../emulator/drive';
import { createGlobals } from '../../emulator/globals';
import { advancedServicesOf } from '../../emulator/cli/workspace';
import type { ParagraphNode, TextNode } from '../../emulator/docs/model';

const DOCS_SCOPE = 'https://www.googleapis.com/auth/documents';

function setup(options: WorkspaceOptions = {}) {
  const emulator = new Emulator({ advancedServices: ['Docs'], ...options });
  const globals = createGlobals(emulator);
  const Docs = globals.Docs as GoogleAppsScript.Docs;
  const DocumentApp = createDocumentApp(emulator);
  const DriveApp = createDriveApp(emulator);
  const run = <T>(fn: () => T) => emulator.run({ authMode: 'FULL' }, fn);
  return { emulator, Docs, DocumentApp, DriveApp, run };
}

type Req = GoogleAppsScript.Docs.Schema.Request;
/** Request kinds newer than @types/google-apps-script (pinTableHeaderRows, mergeTableCells). */
const newer = (request: object): Req => request as Req;
const replace = (text: string, replaceText: string, matchCase = true): Req => ({ replaceAllText: { containsText: { text, matchCase }, replaceText } });

/** Body «Педагог: {{ФИО}}», a table with a placeholder in a cell, a header and a footer. */
function template(DocumentApp: GoogleAppsScript.Document.DocumentApp): string {
  const doc = DocumentApp.create('Шаблон');
  const body = doc.getBody();
  body.getChild(0).asParagraph().setText('Педагог: {{ФИО}}, ещё раз {{ФИО}}');
  body.appendTable([['№', '{{ФИО}}'], ['1', '{{Тема}}']]);
  doc.addHeader().appendParagraph('Шапка {{Школа}}');
  doc.addFooter().appendParagraph('Подвал {{ФИО}}');
  const id = doc.getId();
  doc.saveAndClose();
  return id;
}

describe('the Docs global', () => {
  // guides/services/advanced: an advanced service must be enabled (manifest dependencies) to be used.
  test('exists only when the manifest enables it', () => {
    expect(createGlobals(new Emulator()).Docs).toBeUndefined();
    expect(createGlobals(new Emulator({ advancedServices: ['Docs'] })).Docs).toBeDefined();
    expect(advancedServicesOf({ dependencies: { enabledAdvancedServices: [{ userSymbol: 'Docs', serviceId: 'docs', version: 'v1' }] } })).toEqual(['Docs']);
    expect(advancedServicesOf({})).toEqual([]);
  });

  test('methods not emulated say so; calls count as service Docs', () => {
    const { Docs, DocumentApp, emulator, run } = setup();
    run(() => {
      expect(() => Docs.Documents!.create({ title: 'x' })).toThrow('Docs.Documents.create is not emulated');
      const id = template(DocumentApp);
      Docs.Documents!.batchUpdate({ requests: [] }, id);
    });
    expect(emulator.calls.get('Documents.batchUpdate')).toBe(1);
    expect(emulator.calls.byService().Docs).toBe(2);
  });

  // reference/rest/v1/documents/batchUpdate "Authorization scopes": documents, drive or drive.file.
  test('needs the documents scope and FULL', () => {
    const { Docs, DocumentApp, emulator, run } = setup();
    const id = run(() => template(DocumentApp));
    emulator.state.scopes = ['https://www.googleapis.com/auth/spreadsheets'];
    expect(() => run(() => Docs.Documents!.batchUpdate({ requests: [] }, id))).toThrow('You do not have permission to call Docs.Documents.batchUpdate');
    emulator.state.scopes = [DOCS_SCOPE];
    expect(() => run(() => Docs.Documents!.batchUpdate({ requests: [] }, id))).not.toThrow();
    expect(() => emulator.run({ authMode: 'LIMITED' }, () => Docs.Documents!.get(id))).toThrow('Authorization is required');
  });
});

describe('batchUpdate with replaceAllText', () => {
  // request#replacealltextrequest: every instance in the body, table cells, headers and footers;
  // response#replacealltextresponse: occurrencesChanged per request, replies in request order.
  test('replaces everywhere and replies in order', () => {
    const { Docs, DocumentApp, emulator, run } = setup();
    run(() => {
      const id = template(DocumentApp);
      const res = Docs.Documents!.batchUpdate({ requests: [replace('{{ФИО}}', 'Иванова И. И.'), replace('{{Школа}}', 'ГБОУ № 1'), replace('{{Нет}}', 'x')] }, id);
      expect(res.documentId).toBe(id);
      expect(res.replies).toEqual([{ replaceAllText: { occurrencesChanged: 4 } }, { replaceAllText: { occurrencesChanged: 1 } }, { replaceAllText: {} }]);
    });
    const id = documentIds(emulator)[0]!;
    expect(documentText(emulator, id).split('\n').filter(Boolean)).toEqual([
      'Шапка ГБОУ № 1',
      'Педагог: Иванова И. И., ещё раз Иванова И. И.',
      '№',
      'Иванова И. И.',
      '1',
      '{{Тема}}',
      'Подвал Иванова И. И.',
    ]);
  });

  // request: literal text ("text": the text to search for), not a pattern; applied in order.
  test('literal text, later requests see earlier ones, matchCase', () => {
    const { Docs, DocumentApp, emulator, run } = setup();
    const id = run(() => {
      const doc = DocumentApp.create('d');
      doc.getBody().getChild(0).asParagraph().setText('a.b $1 A.B a.b');
      const docId = doc.getId();
      doc.saveAndClose();
      return docId;
    });
    const res = run(() => Docs.Documents!.batchUpdate({ requests: [replace('a.b', '$1', false), replace('$1', 'x')] }, id));
    expect(res.replies).toEqual([{ replaceAllText: { occurrencesChanged: 3 } }, { replaceAllText: { occurrencesChanged: 4 } }]);
    expect(documentText(emulator, id)).toBe('x x x x');
    // SubstringMatchCriteria.matchCase: true = case-sensitive.
    run(() => Docs.Documents!.batchUpdate({ requests: [replace('X', 'y', true)] }, id));
    expect(documentText(emulator, id)).toBe('x x x x');
    // An empty replaceText deletes the matches.
    run(() => Docs.Documents!.batchUpdate({ requests: [replace(' ', '')] }, id));
    expect(documentText(emulator, id)).toBe('xxxx');
  });

  // The REST API sees a paragraph's characters whatever their formatting: a placeholder split by a
  // style change matches; the replacement takes the first matched character's style (observed).
  test('matches across formatting runs and Text elements; the first character style wins', () => {
    const { Docs, DocumentApp, emulator, run } = setup();
    const id = run(() => {
      const doc = DocumentApp.create('d');
      const p = doc.getBody().getChild(0).asParagraph();
      p.setText('Итог: {{Ф');
      p.editAsText().setBold(6, 8, true);
      p.appendText('ИО}} конец');
      const docId = doc.getId();
      doc.saveAndClose();
      return docId;
    });
    // DocumentApp's replaceText does not match across runs (the emulator's stricter reading there).
    const res = run(() => Docs.Documents!.batchUpdate({ requests: [replace('{{ФИО}}', 'Петров')] }, id));
    expect(res.replies?.[0]).toEqual({ replaceAllText: { occurrencesChanged: 1 } });
    expect(documentText(emulator, id)).toBe('Итог: Петров конец');
    const p = documentTree(emulator, id).body.children[0] as ParagraphNode;
    const runs = p.children.flatMap((c) => (c as TextNode).runs);
    expect(runs).toEqual([
      { text: 'Итог: ', attrs: {} },
      { text: 'Петров', attrs: { bold: true } },
      { text: ' конец', attrs: {} },
    ]);
  });

  // batchUpdate: the REST API works on the saved document; unsaved DocumentApp edits are not seen.
  test('operates on the saved document, not an open one', () => {
    const { Docs, DocumentApp, emulator, run } = setup();
    const id = run(() => template(DocumentApp));
    run(() => {
      const doc = DocumentApp.openById(id);
      doc.getBody().appendParagraph('{{Тема}} (не сохранено)');
      const res = Docs.Documents!.batchUpdate({ requests: [replace('{{Тема}}', 'T')] }, id);
      expect(res.replies?.[0]).toEqual({ replaceAllText: { occurrencesChanged: 1 } });
      doc.saveAndClose(); // saving the open copy afterwards writes its own tree back
    });
    expect(documentText(emulator, id, 'body')).toContain('{{Тема}} (не сохранено)');
    run(() => Docs.Documents!.batchUpdate({ requests: [replace('{{Тема}}', 'T')] }, id));
    expect(documentText(emulator, id, 'body')).toContain('T (не сохранено)');
  });

  // batchUpdate: "If any request is not valid, then the entire request will fail and nothing will be applied."
  test('errors: shaped as Apps Script reports REST errors, nothing applied', () => {
    const { Docs, DocumentApp, emulator, run } = setup();
    const id = run(() => template(DocumentApp));
    const before = documentText(emulator, id);
    const fail = (resource: object, docId = id): Error => {
      try {
        run(() => Docs.Documents!.batchUpdate(resource, docId));
      } catch (e) {
        return e as Error;
      }
      throw new Error('no error');
    };
    const notFound = fail({ requests: [] }, 'nope');
    expect(notFound.name).toBe('GoogleJsonResponseException');
    expect(notFound.message).toBe('API call to docs.documents.batchUpdate failed with error: Requested entity was not found.');
    expect((notFound as Error & { details: { code: number } }).details.code).toBe(404);
    expect(fail({ requests: [replace('{{ФИО}}', 'x'), replace('', 'y')] }).message).toBe(
      'API call to docs.documents.batchUpdate failed with error: Invalid requests[1].replaceAllText: The containsText text must not be empty.',
    );
    expect(fail({ requests: [{ replaceAllText: { containsText: { text: 'a' } } }] }).message).toContain('replacement text parameter is required');
    expect(fail({ requests: [{ replaceAllTexts: {} }] }).message).toBe(
      'API call to docs.documents.batchUpdate failed with error: Invalid JSON payload received. Unknown name "replaceAllTexts" at \'requests[0]\': Cannot find field.',
    );
    expect(fail({ requests: [{ ...replace('a', 'b'), insertText: { text: 'x' } }] }).message).toContain("oneof field 'request' is already set. Cannot set 'insertText'");
    expect(fail({ requests: [{ insertText: { text: 'x', location: { index: 1 } } }] }).message).toBe('Docs.Documents.batchUpdate request insertText is not emulated');
    expect(documentText(emulator, id)).toBe(before);
  });

  test('the reader of a document may not update it; a non-Doc id is refused', () => {
    const { Docs, DocumentApp, DriveApp, emulator, run } = setup();
    const { id, fileId } = run(() => {
      const docId = template(DocumentApp);
      DriveApp.getFileById(docId).addViewer('teacher@school.example');
      return { id: docId, fileId: DriveApp.createFile('a.txt', 'x').getId() };
    });
    expect(() => run(() => Docs.Documents!.batchUpdate({ requests: [] }, fileId))).toThrow('Request contains an invalid argument.');
    const asTeacher = <T>(fn: () => T) => emulator.run({ authMode: 'FULL', user: 'teacher@school.example' }, fn);
    expect(asTeacher(() => Docs.Documents!.get(id).title)).toBe('Шаблон');
    expect(() => asTeacher(() => Docs.Documents!.batchUpdate({ requests: [] }, id))).toThrow(
      'API call to docs.documents.batchUpdate failed with error: The caller does not have permission',
    );
    expect(() => emulator.run({ authMode: 'FULL', user: 'other@school.example' }, () => Docs.Documents!.get(id))).toThrow('Requested entity was not found.');
  });

  test('errors are of the add-on realm', () => {
    const { Docs, emulator } = setup();
    const context = vm.createContext({});
    emulator.realm = vm.runInContext('({ Date, Error, Array, Object, Function })', context) as Realm;
    let caught: unknown;
    try {
      emulator.run({ authMode: 'FULL' }, () => Docs.Documents!.batchUpdate({ requests: [] }, 'nope'));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(emulator.realm.Error);
  });
});

describe('get', () => {
  // reference/rest/v1/documents/get: the Document resource; here documentId, title and body.content.
  test('documentId, title and the body with indexes; other fields not emulated', () => {
    const { Docs, DocumentApp, run } = setup();
    run(() => {
      const id = template(DocumentApp);
      const doc = Docs.Documents!.get(id);
      expect(doc.documentId).toBe(id);
      expect(doc.title).toBe('Шаблон');
      expect(() => doc.headers).toThrow('Docs.Documents.get headers is not emulated');
      expect(() => Docs.Documents!.get('nope')).toThrow('API call to docs.documents.get failed with error: Requested entity was not found.');
      const content = doc.body!.content!;
      // concepts/structure: a section break ends at 1; a paragraph ends with its newline.
      expect(content[0]).toEqual({ endIndex: 1, sectionBreak: {} });
      const first = 'Педагог: {{ФИО}}, ещё раз {{ФИО}}\n';
      expect(content[1]).toMatchObject({ startIndex: 1, endIndex: 1 + first.length, paragraph: { elements: [{ textRun: { content: first } }] } });
      const table = content[2]!;
      expect(table.startIndex).toBe(1 + first.length);
      expect(table.table).toMatchObject({ rows: 2, columns: 2 });
      // One unit opens the table, a row, a cell; the first cell's paragraph follows.
      const cell = table.table!.tableRows![0]!.tableCells![0]!;
      expect(cell.startIndex).toBe(table.startIndex! + 2);
      expect(cell.content![0]!.startIndex).toBe(table.startIndex! + 3);
    });
  });

  // Published scripts insert a 2x2 table at index 1 of a new document and write its cells at 5, 7, 10, 12.
  test('the cells of a 2x2 table after the first paragraph start where published scripts write them', () => {
    const { Docs, DocumentApp, run } = setup();
    run(() => {
      const doc = DocumentApp.create('t');
      doc.getBody().appendTable([['', ''], ['', '']]);
      const id = doc.getId();
      doc.saveAndClose();
      const table = Docs.Documents!.get(id).body!.content!.find((e) => e.table)!;
      expect(table.startIndex).toBe(2);
      const paragraphs = table.table!.tableRows!.flatMap((r) => r.tableCells!.map((c) => c.content![0]!.startIndex));
      expect(paragraphs).toEqual([5, 7, 10, 12]);
    });
  });
});

describe('tables', () => {
  function withTable(DocumentApp: GoogleAppsScript.Document.DocumentApp, Docs: GoogleAppsScript.Docs) {
    const doc = DocumentApp.create('t');
    doc.getBody().getChild(0).asParagraph().setText('Анализ');
    doc.getBody().appendTable([['Проблема', 'Состояние', '', 'Выводы'], ['', 'до', 'после', ''], ['x', 'a', 'b', 'c']]);
    const id = doc.getId();
    doc.saveAndClose();
    const start = Docs.Documents!.get(id).body!.content!.find((e) => e.table)!.startIndex!;
    return { id, start };
  }
  const cellAt = (start: number, rowIndex: number, columnIndex: number) => ({ tableStartLocation: { index: start }, rowIndex, columnIndex });

  // request#pintableheaderrowsrequest: "The number of table rows to pin, where 0 implies that all rows are unpinned."
  test('pinTableHeaderRows pins the first rows; 0 unpins', () => {
    const { Docs, DocumentApp, emulator, run } = setup();
    run(() => {
      const { id, start } = withTable(DocumentApp, Docs);
      const reply = Docs.Documents!.batchUpdate({ requests: [newer({ pinTableHeaderRows: { tableStartLocation: { index: start }, pinnedHeaderRowsCount: 2 } })] }, id);
      expect(reply.replies).toEqual([{}]);
      const table = () => documentTree(emulator, id).body.children.find((b) => b.type === 'TABLE') as { pinnedHeaderRows?: number };
      expect(table().pinnedHeaderRows).toBe(2);
      Docs.Documents!.batchUpdate({ requests: [newer({ pinTableHeaderRows: { tableStartLocation: { index: start }, pinnedHeaderRowsCount: 0 } })] }, id);
      expect(table().pinnedHeaderRows).toBeUndefined();
      expect(() => Docs.Documents!.batchUpdate({ requests: [newer({ pinTableHeaderRows: { tableStartLocation: { index: start + 1 }, pinnedHeaderRowsCount: 1 } })] }, id)).toThrow('is not the start of a table');
      expect(() => Docs.Documents!.batchUpdate({ requests: [newer({ pinTableHeaderRows: { tableStartLocation: { index: start }, pinnedHeaderRowsCount: 4 } })] }, id)).toThrow('outside 0..3');
    });
  });

  // request#updatetablerowstylerequest: "If no indices are specified, all rows will be updated."
  test('updateTableRowStyle keeps rows whole on a page; other row style fields are not emulated', () => {
    const { Docs, DocumentApp, emulator, run } = setup();
    run(() => {
      const { id, start } = withTable(DocumentApp, Docs);
      const style = (rowIndices: number[], preventOverflow: boolean, fields = 'preventOverflow') =>
        Docs.Documents!.batchUpdate({ requests: [newer({ updateTableRowStyle: { tableStartLocation: { index: start }, rowIndices, tableRowStyle: { preventOverflow }, fields } })] }, id);
      style([], true);
      const rows = () => (documentTree(emulator, id).body.children.find((b) => b.type === 'TABLE') as { children: Array<{ preventOverflow?: boolean }> }).children;
      expect(rows().map((r) => r.preventOverflow)).toEqual([true, true, true]);
      style([1], false);
      expect(rows().map((r) => r.preventOverflow)).toEqual([true, undefined, true]);
      expect(() => style([5], true)).toThrow('outside the table');
      expect(() => style([], true, 'minRowHeight')).toThrow('field minRowHeight is not emulated');
      expect(() => style([], true, '')).toThrow('At least one field must be specified');
    });
  });

  // request#updateparagraphstylerequest: paragraphStyle.keepWithNext over a range.
  test('updateParagraphStyle keeps a heading with what follows; other fields are not emulated', () => {
    const { Docs, DocumentApp, emulator, run } = setup();
    run(() => {
      const { id } = withTable(DocumentApp, Docs);
      const heading = Docs.Documents!.get(id).body!.content![1]!;
      const keep = (startIndex: number, endIndex: number, fields = 'keepWithNext') =>
        Docs.Documents!.batchUpdate({ requests: [newer({ updateParagraphStyle: { range: { startIndex, endIndex }, paragraphStyle: { keepWithNext: true }, fields } })] }, id);
      keep(heading.startIndex!, heading.endIndex!);
      const first = documentTree(emulator, id).body.children[0];
      expect(first).toMatchObject({ type: 'PARAGRAPH', keepWithNext: true });
      expect(() => keep(heading.startIndex!, heading.endIndex!, 'alignment')).toThrow('field alignment is not emulated');
      expect(() => keep(5, 5)).toThrow('empty or outside the body');
    });
  });

  // request#mergetablecellsrequest: text concatenated into the head cell; a non-rectangular range is a 400.
  test('mergeTableCells: the head cell spans the range, text kept in it; broken ranges refused, nothing applied', () => {
    const { Docs, DocumentApp, emulator, run } = setup();
    run(() => {
      const { id, start } = withTable(DocumentApp, Docs);
      Docs.Documents!.batchUpdate(
        {
          requests: [
            newer({ mergeTableCells: { tableRange: { tableCellLocation: cellAt(start, 0, 1), rowSpan: 1, columnSpan: 2 } } }),
            newer({ mergeTableCells: { tableRange: { tableCellLocation: cellAt(start, 0, 0), rowSpan: 2, columnSpan: 1 } } }),
          ],
        },
        id,
      );
      const table = documentTree(emulator, id).body.children.find((b) => b.type === 'TABLE')!;
      if (table.type !== 'TABLE') throw new Error('no table');
      const [row0, row1] = table.children;
      expect(row0!.children.map((c) => [c.columnSpan, c.rowSpan, c.merged])).toEqual([[1, 2, undefined], [2, 1, undefined], [undefined, undefined, true], [undefined, undefined, undefined]]);
      expect(row1!.children[0]!.merged).toBe(true);
      expect(documentText(emulator, id)).toContain('Состояние');
      const before = JSON.stringify(documentTree(emulator, id));
      expect(() =>
        Docs.Documents!.batchUpdate({ requests: [newer({ mergeTableCells: { tableRange: { tableCellLocation: cellAt(start, 0, 2), rowSpan: 1, columnSpan: 2 } } })] }, id),
      ).toThrow('not rectangular');
      expect(() =>
        Docs.Documents!.batchUpdate({ requests: [newer({ mergeTableCells: { tableRange: { tableCellLocation: cellAt(start, 2, 3), rowSpan: 1, columnSpan: 2 } } })] }, id),
      ).toThrow('outside the table');
      expect(JSON.stringify(documentTree(emulator, id))).toBe(before);
    });
  });
});

function documentIds(emulator: Emulator): string[] {
  return Object.keys((emulator.state.extra.docs as { documents: object }).documents);
}
