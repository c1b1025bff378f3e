/**
 * The Google-Docs side of documents (src/documents/docs-io.ts) on the emulator, source-level:
 * templates built from the default layouts and read back, kept when the deputy edited them and
 * made again when trashed; filling a copy with one batchUpdate whose calls grow only with items.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Emulator, documentDocx, documentText, documentTree, hostCreateFolder, createSpreadsheet } from '@pds/emulator';
import type { Dictionary, FieldValues, TemplateShape } from '../../src/documents/dictionary';
import { createTemplateDoc, ensureTemplates, fillDocument, readTemplateShape } from '../../src/documents/docs-io';
import { DICTIONARIES, type DocumentKind } from '../../src/documents/fields';
import { planFill } from '../../src/documents/fill-plan';
import { DEFAULT_LAYOUTS } from '../../src/documents/layouts';
import { parsePlaceholders } from '../../src/documents/placeholders';
import { GUARD } from '../../src/documents/replacement-pairs';
import { checkTemplate } from '../../src/documents/template-check';
import { DOCUMENT_KINDS } from '../../src/domain/options';
import { RU } from '../../src/text/ru';
import { documentStore } from '../../src/platform/store';
import { withGlobals } from '../helpers/globals';

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'appsscript.json'), 'utf8')) as { oauthScopes: string[]; timeZone: string };
const OUT = path.resolve(__dirname, '..', '..', 'test-output', 'documents');
const KINDS = DOCUMENT_KINDS.keys as readonly DocumentKind[];

function workspace(advancedServices = ['Docs']) {
  const emulator = new Emulator({ scopes: manifest.oauthScopes, advancedServices, scriptTimeZone: manifest.timeZone });
  createSpreadsheet(emulator, { name: 'Сопровождение педагогов', timeZone: 'Europe/Moscow', locale: 'ru_RU' });
  const school = hostCreateFolder(emulator, 'Школа № 1');
  const run = <T>(work: () => T): T => withGlobals(emulator, work, { authMode: 'FULL' });
  return { emulator, school, run };
}

function placeholdersOf(shape: TemplateShape): string[] {
  const out: string[] = [];
  for (const section of shape.sections) {
    for (const block of section.blocks) {
      const texts = block.type === 'paragraph' ? [block.text] : block.rows.flat();
      for (const text of texts) out.push(...parsePlaceholders(text).map((p) => `${section.where}:${p.raw}`));
    }
  }
  return out.sort();
}

/** Values for every field of a dictionary; `scalar` makes a scalar's text from its name. */
function valuesFor(dictionary: Dictionary, items: number, scalar = (name: string) => `знач ${name}`): FieldValues {
  const values: FieldValues = {};
  for (const spec of dictionary.fields) {
    if (spec.kind === 'option') values[spec.name] = spec.options?.[0] ?? '';
    else if (spec.kind === 'options') values[spec.name] = (spec.options ?? []).slice(0, 2);
    else if (spec.kind === 'collection') {
      values[spec.name] = Array.from({ length: items }, (_, i) =>
        Object.fromEntries((spec.fields ?? []).map((f) => [f.name, `${f.name} №${i + 1}`])),
      );
    } else values[spec.name] = scalar(spec.name);
  }
  return values;
}

/** Every text the fill plan says the document must show (paragraphs, lines of cells). */
function plannedTexts(shape: TemplateShape, dictionary: Dictionary, values: FieldValues): string[] {
  const out: string[] = [];
  for (const section of planFill(shape, dictionary, values).sections) {
    for (const block of section.blocks) {
      if (block.type === 'paragraph') out.push(block.text);
      else for (const row of block.rows) for (const cell of row) out.push(...cell.split('\n'));
    }
  }
  return out.filter((t) => t.trim() !== '');
}

function copyOf(templateId: string, name: string): string {
  const file = DriveApp.getFileById(templateId);
  return file.makeCopy(name, file.getParents().next()).getId();
}

describe('templates', () => {
  test('all seven kinds are built, read back with the placeholders of their layouts, and pass the check', () => {
    const { emulator, school, run } = workspace();
    const result = run(() => ensureTemplates(school));
    expect(result.created).toEqual([...KINDS]);
    for (const kind of KINDS) {
      const shape = run(() => readTemplateShape(result.ids[kind]));
      expect(placeholdersOf(shape)).toEqual(placeholdersOf(DEFAULT_LAYOUTS[kind]));
      expect(checkTemplate(shape, DICTIONARIES[kind])).toEqual([]);
    }
    // Named by kind, in «Шаблоны» under the school's folder.
    run(() => {
      const folder = DriveApp.getFolderById(result.folderId);
      expect(folder.getName()).toBe(RU.documentsIo.templatesFolder);
      expect(folder.getParents().next().getId()).toBe(school);
      expect(DriveApp.getFileById(result.ids.passport).getName()).toBe('Шаблон — паспорт программы');
      expect(DriveApp.getFileById(result.ids.passport).getParents().next().getId()).toBe(result.folderId);
    });
    // Title lines bold and centred; text in Times New Roman.
    const tree = documentTree(emulator, result.ids.passport);
    const paragraphs = tree.body.children.flatMap((b) => (b.type === 'PARAGRAPH' ? [b] : []));
    const title = paragraphs.find((p) => p.children.some((c) => c.type === 'TEXT' && c.runs.some((r) => r.text === 'ПАСПОРТ')));
    expect(title?.alignment).toBe('CENTER');
    expect(title?.children.flatMap((c) => (c.type === 'TEXT' ? c.runs : [])).every((r) => r.attrs.bold && r.attrs.fontFamily === 'Times New Roman')).toBe(true);
    // A4, ГОСТ Р 7.0.97's margins; the school's name first, in the body, not in a page header.
    expect(tree.body.page).toEqual({ width: 595.28, height: 841.89, marginTop: 56.69, marginBottom: 56.69, marginLeft: 56.69, marginRight: 28.35 });
    expect(tree.header).toBeNull();
    expect(tree.body.children[0]).toMatchObject({ type: 'PARAGRAPH', alignment: 'CENTER' });
    // The plan table: widths set, its two head rows pinned, «Деятельность» over three columns.
    const plan = tree.body.children.find((b) => b.type === 'TABLE' && b.children.length === 3);
    if (plan?.type !== 'TABLE') throw new Error('no plan table');
    expect(plan.columnWidths).toHaveLength(7);
    expect(plan.pinnedHeaderRows).toBe(2);
    expect(plan.children[0]!.children[3]).toMatchObject({ columnSpan: 3, rowSpan: 1 });
    expect(plan.children[1]!.children[0]!.merged).toBe(true);
    // The plan (landscape) carries the approval: a borderless table, its lines paragraphs of the cell.
    const planTree = documentTree(emulator, result.ids.monthlyPlan);
    expect(planTree.body.page?.width).toBe(841.89);
    const approval = planTree.body.children.find((b) => b.type === 'TABLE');
    if (approval?.type !== 'TABLE') throw new Error('no approval');
    expect(approval.borderWidth).toBe(0);
    expect(approval.children[0]!.children[1]!.children.length).toBe(4);
  });

  test('a second run creates nothing; an edited template is kept; a trashed or lost one is made again', () => {
    const { emulator, school, run } = workspace();
    const first = run(() => ensureTemplates(school));
    const second = run(() => ensureTemplates(school));
    expect(second).toEqual({ ...first, created: [] });

    run(() => {
      const doc = DocumentApp.openById(first.ids.passport);
      doc.getBody().appendParagraph('Правка завуча {{ФИО_учителя}}');
      doc.saveAndClose();
      DriveApp.getFileById(first.ids.card).setTrashed(true);
      documentStore().setProperty('template.protocol', 'no-such-file');
    });
    const third = run(() => ensureTemplates(school));
    expect(third.created.sort()).toEqual(['card', 'protocol']);
    expect(third.ids.passport).toBe(first.ids.passport);
    expect(documentText(emulator, third.ids.passport)).toContain('Правка завуча');
    expect(third.ids.card).not.toBe(first.ids.card);
    expect(third.folderId).toBe(first.folderId);
    const stored = run(() => documentStore().getProperties());
    expect(stored['template.card']).toBe(third.ids.card);
    expect(stored['template.protocol']).toBe(third.ids.protocol);
    expect(run(() => ensureTemplates(school)).created).toEqual([]);
  });
});

describe('filling a copy', () => {
  function fillPassport(items: number, extraParagraph?: string, values?: FieldValues) {
    const { emulator, school, run } = workspace();
    const { ids } = run(() => ensureTemplates(school));
    const copy = run(() => {
      const id = copyOf(ids.passport, `Паспорт ${items}`);
      if (extraParagraph) {
        const doc = DocumentApp.openById(id);
        doc.getBody().appendParagraph(extraParagraph);
        doc.saveAndClose();
      }
      return id;
    });
    const shape = run(() => readTemplateShape(copy));
    const vals = values ?? valuesFor(DICTIONARIES.passport, items);
    emulator.calls.reset();
    const result = run(() => fillDocument(copy, DICTIONARIES.passport, vals));
    const calls = { total: emulator.calls.total(), docs: emulator.calls.total('Docs'), byService: emulator.calls.byService() };
    return { emulator, copy, shape, values: vals, result, calls, text: documentText(emulator, copy) };
  }

  test.each([5, 50])('%i plan items: every value in, no placeholder left', (items) => {
    const { shape, values, result, text } = fillPassport(items);
    expect(text).not.toContain('{{');
    expect(text).not.toContain(GUARD);
    for (const expected of plannedTexts(shape, DICTIONARIES.passport, values)) expect(text).toContain(expected);
    for (let i = 1; i <= items; i++) expect(text).toContain(`Содержание №${i}`);
    expect(text).not.toContain(`Содержание №${items + 1}`);
    expect(result.replacements).toBeGreaterThan(items * 8);
  });

  test('calls grow with items only, never with placeholders', () => {
    const five = fillPassport(5);
    const fifty = fillPassport(50);
    const many = Array.from({ length: 40 }, (_, i) => `{{ФИО_учителя}} {{Предмет}} {{?Маршрут_реализуется=${i % 2 ? 'в рамках школы' : 'вне школы'}}}`).join(' ');
    const morePlaceholders = fillPassport(5, `Ещё: {{Выявленные_проблемы}} {{Дата_документа}} ${many}`);
    expect(five.calls.docs).toBe(1);
    expect(fifty.calls.docs).toBe(1);
    const perItem = (fifty.calls.total - five.calls.total) / 45;
    expect(Number.isInteger(perItem)).toBe(true);
    expect(perItem).toBeLessThanOrEqual(3); // copy, insertTableRow, replaceText
    expect(morePlaceholders.calls.total).toBe(five.calls.total);
    expect(morePlaceholders.text).not.toContain('{{');
    console.log(`fillDocument calls: 5 items ${five.calls.total}, 50 items ${fifty.calls.total} (${perItem} per item)`, five.calls.byService);
  });

  test('the fill is checked from the Docs API replies: the copy is opened once when they tell what its texts predict', () => {
    const { emulator, result, text } = fillPassport(3);
    expect(text).not.toContain('{{');
    expect(result.replacements).toBeGreaterThan(0);
    expect(emulator.calls.get('DocumentApp.openById')).toBe(1);
  });

  test('a placeholder the Docs API could not reach (split by a page break): the replies disagree, the copy is read again and the placeholder named', () => {
    const { emulator, school, run } = workspace();
    const { ids } = run(() => ensureTemplates(school));
    const copy = run(() => {
      const id = copyOf(ids.passport, 'Паспорт с разрывом');
      const doc = DocumentApp.openById(id);
      // The body's text reads «{{ФИО_учителя}}»; a page break between its halves keeps the API from matching it.
      doc.getBody().appendParagraph('{{ФИО_').appendPageBreak();
      const paragraphs = doc.getBody().getParagraphs();
      paragraphs[paragraphs.length - 1]!.appendText('учителя}}');
      doc.saveAndClose();
      return id;
    });
    emulator.calls.reset();
    expect(() => run(() => fillDocument(copy, DICTIONARIES.passport, valuesFor(DICTIONARIES.passport, 2)))).toThrow(RU.documentsIo.notFilled(['{{ФИО_учителя}}']));
    expect(emulator.calls.get('DocumentApp.openById')).toBe(2);
  });

  test('values go in verbatim: $1, backslashes, placeholders, formulas', () => {
    const tricky = ['$1 и $&', 'C:\\папка\\ \\\\', '{{Дата}} и {{x}} и {{ФИО_учителя}}', '=HYPERLINK("http://example.com";"ссылка")'];
    const base = valuesFor(DICTIONARIES.passport, 3, (name) => `${name}: ${tricky[name.length % tricky.length]}`);
    base['ФИО_учителя'] = 'Иванова $1 \\ {{Дата}}';
    base['Предмет'] = '=HYPERLINK("http://evil.example";"x")';
    // First in the document: without the guard, later requests of the batch would fill these.
    base['Наименование_ОО'] = 'ОО {{ФИО_учителя}} {{Пункты_плана#1.Содержание}} {{?Маршрут_реализуется=вне школы}}';
    const plan = base['Пункты_плана'] as Array<Record<string, string>>;
    plan[0]!['Содержание'] = '{{x}} $2 \\\\ {{Пункты_плана.Срок}} {{Пункты_плана#2.Срок}}';
    plan[1]!['Срок'] = '${0} \\$';
    const { text, shape, values } = fillPassport(3, undefined, base);
    expect(text).not.toContain(GUARD);
    expect(text).toContain('Иванова $1 \\ {{Дата}}');
    expect(text).toContain('=HYPERLINK("http://evil.example";"x")');
    expect(text).toContain('{{x}} $2 \\\\ {{Пункты_плана.Срок}} {{Пункты_плана#2.Срок}}');
    expect(text).toContain('${0} \\$');
    expect(text).toContain('ОО {{ФИО_учителя}} {{Пункты_плана#1.Содержание}} {{?Маршрут_реализуется=вне школы}}');
    expect(text).toContain('ОО {{ФИО_учителя}} {{Пункты_плана#1.Содержание}} {{?Маршрут_реализуется=вне школы}}');
    for (const expected of plannedTexts(shape, DICTIONARIES.passport, values)) expect(text).toContain(expected);
  });

  test('without the Docs advanced service: a Russian message, no template made, and a copy untouched', () => {
    const { emulator, school, run } = workspace();
    const { ids } = run(() => ensureTemplates(school));
    const copy = run(() => copyOf(ids.passport, 'Паспорт'));
    // The administrator switched the service off in the manifest.
    emulator.state.advancedServices = [];
    const other = workspace([]);
    expect(() => other.run(() => ensureTemplates(other.school))).toThrow(RU.documentsIo.docsServiceMissing);
    const before = documentText(emulator, copy);
    expect(() => run(() => fillDocument(copy, DICTIONARIES.passport, valuesFor(DICTIONARIES.passport, 2)))).toThrow(RU.documentsIo.docsServiceMissing);
    expect(documentText(emulator, copy)).toBe(before);
  });

  test('zero items remove the template row; a table of only a template row goes', () => {
    const { emulator, school, run } = workspace();
    const folder = run(() => ensureTemplates(school)).folderId;
    const shape: TemplateShape = {
      sections: [
        { where: 'body', blocks: [
          { type: 'paragraph', text: '{{ФИО_учителя}}' },
          { type: 'table', rows: [['№', 'Содержание'], ['{{ Пункты_плана.Номер }}', '{{Пункты_плана.Содержание}} {{Дата_документа}}']] },
          { type: 'table', rows: [['{{Пункты_плана.Срок}}']] },
          { type: 'paragraph', text: 'конец' },
        ] },
      ],
    };
    const id = run(() => createTemplateDoc('Проба', shape, DriveApp.getFolderById(folder)));
    const values = { ...valuesFor(DICTIONARIES.passport, 0), 'Дата_документа': '01.09.2026' };
    run(() => fillDocument(id, DICTIONARIES.passport, values));
    const tree = documentTree(emulator, id);
    const tables = tree.body.children.filter((b) => b.type === 'TABLE');
    expect(tables).toHaveLength(1);
    expect(tables[0]?.type === 'TABLE' && tables[0].children.length).toBe(1);
    expect(documentText(emulator, id)).not.toContain('{{');

    // The spaces a deputy typed inside the braces are kept by the tag and matched.
    const two = { ...values, 'Пункты_плана': [{ 'Номер': '1', 'Содержание': 'А' }, { 'Номер': '2', 'Содержание': 'Б' }] };
    const again = run(() => createTemplateDoc('Проба 2', shape, DriveApp.getFolderById(folder)));
    run(() => fillDocument(again, DICTIONARIES.passport, two));
    const text = documentText(emulator, again);
    expect(text).not.toContain('{{');
    expect(text).toContain('А 01.09.2026');
    expect(text).toContain('Б 01.09.2026');
  });
});

describe('samples for people', () => {
  test.each(KINDS.map((k) => [k]))('%s: a filled copy as .docx in test-output/documents', async (kind) => {
    const { emulator, school, run } = workspace();
    const { ids } = run(() => ensureTemplates(school));
    const copy = run(() => copyOf(ids[kind], `Образец — ${DOCUMENT_KINDS.label(kind)}`));
    run(() => fillDocument(copy, DICTIONARIES[kind], valuesFor(DICTIONARIES[kind], 3)));
    expect(documentText(emulator, copy)).not.toContain('{{');
    fs.mkdirSync(OUT, { recursive: true });
    fs.writeFileSync(path.join(OUT, `sample-${kind}.docx`), await documentDocx(emulator, copy));
    fs.writeFileSync(path.join(OUT, `template-${kind}.docx`), await documentDocx(emulator, ids[kind]));
  });
});
