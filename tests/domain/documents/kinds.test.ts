/**
 * Every document kind: its dictionary is well formed, its default layout passes the template check
 * and shows every required field, and its builder fills every field from realistic records.
 */
import type { FieldSpec } from '../../../src/documents/dictionary';
import { commonFields } from '../../../src/documents/fields/common';
import { DICTIONARIES } from '../../../src/documents/fields';
import { DEFAULT_LAYOUTS } from '../../../src/documents/layouts';
import { planFill } from '../../../src/documents/fill-plan';
import { NAME_PATTERN, parsePlaceholders } from '../../../src/documents/placeholders';
import { TEXT_WIDTH } from '../../../src/documents/layouts/common';
import { checkTemplate } from '../../../src/documents/template-check';
import * as O from '../../../src/domain/options';
import { wordingOf } from '../../../src/domain/regulation';
import { KINDS } from './kinds';

const NAME = new RegExp(`^${NAME_PATTERN}$`);
// 002 §5.4 lists the ways of further support as the teacher item's last option (domain/regulation.ts).
const ALL_OPTION_SETS = [...Object.values(O).map((set) => set.labels), [...O.CONCLUSION_NEEDS.labels, wordingOf('002').furtherWays]];

function layoutTexts(kind: (typeof KINDS)[number]): string[] {
  return kind.layout.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : b.rows.flat())));
}

function placeholdersOf(kind: (typeof KINDS)[number]) {
  return layoutTexts(kind).flatMap((t) => parsePlaceholders(t));
}

test('every document kind of the register has a dictionary and a default layout, all tested here', () => {
  expect(Object.keys(DICTIONARIES).sort()).toEqual([...O.DOCUMENT_KINDS.keys].sort());
  expect(Object.keys(DEFAULT_LAYOUTS).sort()).toEqual([...O.DOCUMENT_KINDS.keys].sort());
  for (const k of KINDS) {
    expect(DICTIONARIES[k.dictionary.kind as keyof typeof DICTIONARIES]).toBe(k.dictionary);
    expect(DEFAULT_LAYOUTS[k.dictionary.kind as keyof typeof DEFAULT_LAYOUTS]).toBe(k.layout);
  }
  expect(KINDS).toHaveLength(O.DOCUMENT_KINDS.keys.length);
});

test('the requisites are required everywhere; the approval is never required, and only the plans carry it', () => {
  const approval = ['Протокол_совета_дата', 'Протокол_совета_номер', 'Директор', 'Дата_утверждения', 'Приказ_дата', 'Приказ_номер'];
  for (const k of KINDS) {
    const required = new Set(k.dictionary.fields.filter((f) => f.required).map((f) => f.name));
    expect(required).toContain('Наименование_ОО');
    for (const name of approval) expect([k.dictionary.kind, name, required.has(name)]).toEqual([k.dictionary.kind, name, false]);
    const texts = k.layout.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : b.rows.flat())));
    // 002's РАССМОТРЕНО / УТВЕРЖДЕНО приказом approve the regulation: never in a document.
    expect(texts.join('\n')).not.toMatch(/РАССМОТРЕНО|УТВЕРЖДЕНО|Протокол_совета|Приказ_/);
    // The month's plan and a community's year plan (approved by its order, 003 §7) are approved documents.
    expect([k.dictionary.kind, texts.some((t) => t.includes('УТВЕРЖДАЮ'))]).toEqual([k.dictionary.kind, ['monthlyPlan', 'communityPlan'].includes(k.dictionary.kind)]);
  }
});

describe.each(KINDS.map((k) => [k.dictionary.kind, k] as const))('%s', (_name, kind) => {
  const { dictionary } = kind;

  test('is one of the document kinds, titled as the register names it', () => {
    expect(O.DOCUMENT_KINDS.keys).toContain(dictionary.kind);
    expect(dictionary.title).toBe(O.DOCUMENT_KINDS.label(dictionary.kind as (typeof O.DOCUMENT_KINDS.keys)[number]));
  });

  test('field names are valid and unique, item names unique within their collection', () => {
    const names = dictionary.fields.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const f of dictionary.fields) {
      expect(f.name).toMatch(NAME);
      const itemNames = (f.fields ?? []).map((i) => i.name);
      expect(new Set(itemNames).size).toBe(itemNames.length);
      for (const item of f.fields ?? []) {
        expect(item.name).toMatch(NAME);
        expect(['text', 'date', 'number', 'option', 'options']).toContain(item.kind);
      }
      expect(f.kind === 'collection').toBe(f.fields !== undefined);
    }
  });

  test('shares the requisites, the approval and the document date', () => {
    const common = commonFields().map((f) => f.name);
    expect(dictionary.fields.map((f) => f.name)).toEqual(expect.arrayContaining(common));
  });

  test('option fields carry the exact labels of an options.ts list', () => {
    for (const f of dictionary.fields.filter((x) => x.kind === 'option' || x.kind === 'options')) {
      expect(ALL_OPTION_SETS).toContainEqual(f.options);
    }
  });

  test("every field of the seed's form is a required field", () => {
    const required = dictionary.fields.filter((f) => f.required).map((f) => f.name);
    expect(required).toEqual(expect.arrayContaining(kind.seedFields));
  });

  test('the default layout passes the template check', () => {
    expect(checkTemplate(kind.layout, dictionary)).toEqual([]);
  });

  test('the default layout shows every required item field and every option of a marked list', () => {
    const phs = placeholdersOf(kind);
    const items = new Set(phs.flatMap((p) => (p.kind === 'item' ? [`${p.collection}.${p.field}`] : [])));
    for (const c of dictionary.fields.filter((f) => f.kind === 'collection')) {
      for (const item of (c.fields ?? []).filter((i) => i.required)) expect(items).toContain(`${c.name}.${item.name}`);
    }
    const marks = new Set(phs.flatMap((p) => (p.kind === 'option' ? [`${p.field}=${p.label}`] : [])));
    for (const f of dictionary.fields.filter((x) => x.kind === 'option' || x.kind === 'options')) {
      const marked = (f.options ?? []).filter((l) => marks.has(`${f.name}=${l}`));
      // A list is either printed whole with its marks or printed as the chosen labels.
      if (marked.length) expect(marked).toEqual(f.options);
    }
    // The school's name once, at the top of page one (not in a header repeated on every page).
    expect(kind.layout.sections.map((s) => s.where)).toEqual(['body']);
    const first = kind.layout.sections[0]!.blocks[0]!;
    expect(first).toMatchObject({ type: 'paragraph', text: '{{Наименование_ОО}}' });
  });

  test('every table has a width per column within the page, and merges inside its head', () => {
    const width = kind.layout.page?.landscape ? TEXT_WIDTH.landscape : TEXT_WIDTH.portrait;
    for (const block of kind.layout.sections.flatMap((s) => s.blocks)) {
      if (block.type !== 'table') continue;
      const columns = Math.max(...block.rows.map((r) => r.length));
      expect(block.layout?.widths).toHaveLength(columns);
      const total = block.layout!.widths.reduce((a, b) => a + b, 0);
      expect(total).toBeLessThanOrEqual(width + 0.01);
      for (const m of block.layout!.merges ?? []) expect(m.row + m.rowSpan).toBeLessThanOrEqual(block.layout!.headerRows ?? 0);
    }
  });

  test('the builder gives every field, of the right shape', () => {
    const values = kind.values();
    expect(Object.keys(values).sort()).toEqual(dictionary.fields.map((f) => f.name).sort());
    for (const f of dictionary.fields) checkValue(f, values[f.name]);
  });

  test('the default layout filled with those values keeps no placeholder and shows the data', () => {
    const plan = planFill(kind.layout, dictionary, kind.values());
    const texts = plan.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : b.rows.flat())));
    const all = texts.join('\n');
    expect(all).not.toMatch(/\{\{|\}\}/);
    expect(all).toContain('МБОУ «СОШ №2»');
  });
});

function checkValue(f: FieldSpec, value: unknown): void {
  const where = `${f.name}`;
  switch (f.kind) {
    case 'text':
    case 'number':
      expect([where, typeof value]).toEqual([where, 'string']);
      return;
    case 'date':
      expect([where, value]).toEqual([where, expect.stringMatching(/^(\d{2}\.\d{2}\.\d{4})?$/)]);
      return;
    case 'option':
      expect([where, typeof value]).toEqual([where, 'string']);
      if (value !== '') expect(f.options).toContain(value);
      return;
    case 'options':
      expect(Array.isArray(value)).toBe(true);
      for (const l of value as string[]) expect(f.options).toContain(l);
      return;
    case 'collection': {
      const list = value as Array<Record<string, string>>;
      expect([where, list.length > 0]).toEqual([where, true]);
      for (const item of list) {
        expect(Object.keys(item).sort()).toEqual((f.fields ?? []).map((i) => i.name).sort());
        for (const sub of f.fields ?? []) checkValue(sub, item[sub.name]);
      }
    }
  }
}
