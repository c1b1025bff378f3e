/**
 * planFill says what a filled document must read; replacementPairs says how to get there with
 * replaceText. Both are checked here, and against each other on a simulated replaceText.
 */
import type { FieldValues, TemplateShape } from '../../../src/documents/dictionary';
import { planFill } from '../../../src/documents/fill-plan';
import { BLANK } from '../../../src/documents/fill-values';
import type { ReplacementPair } from '../../../src/documents/replacement-pairs';
import { itemPairs, replacementPairs, templateRowCollection } from '../../../src/documents/replacement-pairs';
import { SAMPLE, SHAPE, para } from './sample';
import { replaceText } from './replace-text';

const item = (n: number) => ({ Номер: String(n), Содержание: `Пункт ${n}`, Срок: `0${n}.10.2025` });

const VALUES: FieldValues = {
  ФИО_учителя: 'Иванова Анна Петровна',
  Дата: '01.09.2025',
  Ёмкость: '3',
  Итог: 'успешным, эффективным',
  Проблемы: ['низкая мотивация', 'другое'],
  Пункты: [item(1), item(2), item(3)],
};

function texts(shape: TemplateShape, values: FieldValues) {
  return planFill(shape, SAMPLE, values).sections.flatMap((s) => s.blocks.map((b) => (b.type === 'paragraph' ? b.text : b.rows)));
}

describe('planFill', () => {
  test('scalars in header, body and footer; option marks for single and multiple choice', () => {
    const plan = planFill(SHAPE, SAMPLE, VALUES);
    expect(plan.sections.map((s) => s.where)).toEqual(['header', 'body', 'footer']);
    expect(texts(SHAPE, VALUES).filter((t) => typeof t === 'string')).toEqual([
      'Педагог: Иванова Анна Петровна',
      'Составлено 01.09.2025 для Иванова Анна Петровна; ёмкость 3.',
      'Сопровождение было ☑ успешным, эффективным; ☐ недостаточно эффективным',
      '☐ время ☑ мотивация ☑ другое',
      'Иванова Анна Петровна',
    ]);
  });

  test.each([
    [0, []],
    [1, [item(1)]],
    [3, [item(1), item(2), item(3)]],
  ])('a collection of %i item(s): one row each, none removes the template row', (_n, items) => {
    const plan = planFill(SHAPE, SAMPLE, { ...VALUES, Пункты: items });
    const block = plan.sections[1]?.blocks[3];
    if (block?.type !== 'table') throw new Error('expected the table');
    const rendered = items.map((it) => [it.Номер, `${it.Содержание} (Иванова Анна Петровна)`, it.Срок]);
    expect(block.repeats).toEqual([{ row: 1, collection: 'Пункты', rendered }]);
    expect(block.rows).toEqual([['№', 'Содержание', 'Срок'], ...rendered, ['Итого', 'успешным, эффективным', '']]);
  });

  test('missing values, required or not: one way, a line to fill by hand; no option marked', () => {
    expect(texts(SHAPE, {})).toEqual([
      `Педагог: ${BLANK}`,
      `Составлено ${BLANK} для ${BLANK}; ёмкость ${BLANK}.`,
      'Сопровождение было ☐ успешным, эффективным; ☐ недостаточно эффективным',
      '☐ время ☐ мотивация ☐ другое',
      [['№', 'Содержание', 'Срок'], ['Итого', BLANK, '']],
      BLANK,
    ]);
  });

  test('an item missing a field prints the line to fill by hand; option labels compared as normalizeLabel does', () => {
    const values = { ...VALUES, Итог: 'Успешным,  эффективным', Пункты: [{ Номер: '1' }] };
    const [, , single, , rows] = texts(SHAPE, values);
    expect(single).toContain('☑ успешным');
    expect(rows).toContainEqual(['1', `${BLANK} (Иванова Анна Петровна)`, BLANK]);
  });

  test('unknown and malformed placeholders are left exactly as written', () => {
    expect(texts(para('{{Нет}} {{ФИО}} x}} {{?Итог=что-то}} {{ФИО_учителя'), VALUES)).toEqual(['{{Нет}} {{ФИО}} x}} ☐ {{ФИО_учителя']);
  });

  test('spaced placeholders are filled', () => {
    expect(texts(para('{{ ФИО_учителя }}'), VALUES)).toEqual(['Иванова Анна Петровна']);
  });
});

const INJECTIONS = ['Цена $5 \\ итог', '$1$2', '{{Дата}}', '{{Пункты.Срок}}', '=HYPERLINK("http://evil")', '\\$&{{', '{{?Итог=неэффективным}}'];

describe('values that look like syntax come out verbatim', () => {
  test.each(INJECTIONS)('%p as a scalar and as an item field', (evil) => {
    const values = { ...VALUES, ФИО_учителя: evil, Пункты: [{ Номер: evil, Содержание: evil, Срок: '' }] };
    const [header, body, , , rows] = texts(SHAPE, values);
    expect(header).toBe(`Педагог: ${evil}`);
    expect(body).toBe(`Составлено 01.09.2025 для ${evil}; ёмкость 3.`);
    expect(rows).toContainEqual([evil, `${evil} (${evil})`, BLANK]);
  });
});

/** Applies a replacement plan the way the Docs layer will: document-wide, then rows, then restore. */
function applyPairs(text: string, pairs: readonly ReplacementPair[]): string {
  return pairs.reduce((t, p) => replaceText(t, p.pattern, p.replacement), text);
}

function simulate(shape: TemplateShape, values: FieldValues): Array<string | string[][]> {
  const plan = replacementPairs(shape, SAMPLE, values);
  const restore = (t: string) => (plan.restore ? applyPairs(t, [plan.restore]) : t);
  return shape.sections.flatMap((s) =>
    s.blocks.map((b) => {
      if (b.type === 'paragraph') return restore(applyPairs(b.text, plan.pairs));
      return b.rows.flatMap((row) => {
        const cells = row.map((c) => applyPairs(c, plan.pairs));
        const collection = templateRowCollection(row, SAMPLE);
        if (!collection) return [cells.map(restore)];
        const items = (values[collection.name] ?? []) as Array<Record<string, string>>;
        return items.map((it) => {
          const pairs = itemPairs(row, collection, it);
          return cells.map((c) => restore(applyPairs(c, pairs)));
        });
      });
    }),
  );
}

describe('replacementPairs', () => {
  test('one pair per distinct placeholder, however often it occurs; item placeholders excluded', () => {
    const plan = replacementPairs(SHAPE, SAMPLE, VALUES);
    const names = plan.pairs.map((p) => p.placeholder);
    expect(names.filter((n) => n === '{{ФИО_учителя}}')).toHaveLength(1);
    expect(names).toEqual([
      '{{ФИО_учителя}}',
      '{{Дата}}',
      '{{Ёмкость}}',
      '{{?Итог=успешным, эффективным}}',
      '{{?Итог=недостаточно эффективным}}',
      '{{?Проблемы=нехватка времени}}',
      '{{?Проблемы=низкая мотивация}}',
      '{{?Проблемы=другое}}',
      '{{Итог}}',
    ]);
    expect(plan.restore).toBeNull();
  });

  test('applied with replaceText semantics, it yields exactly the fill plan', () => {
    expect(simulate(SHAPE, VALUES)).toEqual(texts(SHAPE, VALUES));
    expect(simulate(SHAPE, {})).toEqual(texts(SHAPE, {}));
  });

  test.each(INJECTIONS)('with %p injected into values filled early it still yields the fill plan', (evil) => {
    // Injected where a LATER call could pick it up: the scalar replaced first, the first item field.
    const values: FieldValues = { ...VALUES, ФИО_учителя: evil, Пункты: [{ ...item(1), Номер: evil }, { ...item(2), Содержание: evil }] };
    expect(simulate(SHAPE, values)).toEqual(texts(SHAPE, values));
    expect(replacementPairs(SHAPE, SAMPLE, values).restore !== null).toBe(evil.includes('{{'));
  });

  test('a value like "Цена $5 \\ итог" survives', () => {
    const values = { ...VALUES, ФИО_учителя: 'Цена $5 \\ итог' };
    const [header] = simulate(SHAPE, values);
    expect(header).toBe('Педагог: Цена $5 \\ итог');
  });
});
