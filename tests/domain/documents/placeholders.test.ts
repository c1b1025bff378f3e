/**
 * The placeholder language parsed from plain strings, and the escaping that lets Apps Script's
 * replaceText (RE2 pattern, Java-style replacement) insert any value verbatim.
 */
import { parsePlaceholders } from '../../../src/documents/placeholders';
import { escapeRe2, escapeReplacement } from '../../../src/documents/replacement-pairs';
import { replaceText } from './replace-text';

const kinds = (text: string) => parsePlaceholders(text).map(({ start: _s, end: _e, ...rest }) => rest);

describe('parsePlaceholders', () => {
  test('scalar, item and option, with their positions', () => {
    const text = 'А {{ФИО_учителя}} б {{Пункты.Содержание}} {{?Итог=успешным, эффективным}}';
    const found = parsePlaceholders(text);
    expect(found.map((p) => p.kind)).toEqual(['scalar', 'item', 'option']);
    for (const p of found) expect(text.slice(p.start, p.end)).toBe(p.raw);
    expect(found[0]).toMatchObject({ name: 'ФИО_учителя', start: 2, end: 17 });
    expect(found[1]).toMatchObject({ collection: 'Пункты', field: 'Содержание' });
    expect(found[2]).toMatchObject({ field: 'Итог', label: 'успешным, эффективным' });
  });

  test('no placeholder, empty text', () => {
    expect(parsePlaceholders('')).toEqual([]);
    expect(parsePlaceholders('просто текст { } {x}')).toEqual([]);
  });

  test('names with Ё/ё, Latin letters and digits are scalars; Ё and Е stay distinct', () => {
    expect(kinds('{{Ёмкость}} {{ёлка_2}} {{Name1}} {{Емкость}}')).toEqual([
      { kind: 'scalar', name: 'Ёмкость', raw: '{{Ёмкость}}' },
      { kind: 'scalar', name: 'ёлка_2', raw: '{{ёлка_2}}' },
      { kind: 'scalar', name: 'Name1', raw: '{{Name1}}' },
      { kind: 'scalar', name: 'Емкость', raw: '{{Емкость}}' },
    ]);
  });

  test('spaces just inside the braces (and around . and =) are forgiven; the raw text is kept', () => {
    expect(kinds('{{ ФИО }}')).toEqual([{ kind: 'scalar', name: 'ФИО', raw: '{{ ФИО }}' }]);
    expect(kinds('{{\u00a0ФИО\u00a0}}')).toEqual([{ kind: 'scalar', name: 'ФИО', raw: '{{\u00a0ФИО\u00a0}}' }]);
    expect(kinds('{{ Пункты . Срок }}')[0]).toMatchObject({ kind: 'item', collection: 'Пункты', field: 'Срок' });
    expect(kinds('{{? Итог = неэффективным }}')[0]).toMatchObject({ kind: 'option', field: 'Итог', label: 'неэффективным' });
  });

  test.each([
    ['space inside a name', '{{ФИО учителя}}'],
    ['empty', '{{}}'],
    ['only spaces', '{{   }}'],
    ['starts with a digit', '{{1поле}}'],
    ['starts with _', '{{_поле}}'],
    ['hyphen', '{{ФИО-учителя}}'],
    ['two dots', '{{А.Б.В}}'],
    ['empty item field', '{{Пункты.}}'],
    ['option without =', '{{?Итог}}'],
    ['option without label', '{{?Итог=  }}'],
    ['option on an item', '{{?Пункты.Срок=1}}'],
    ['nested braces', '{{a{{b}}'],
    ['triple braces', '{{{ФИО}}'],
  ])('malformed: %s', (_what, text) => {
    expect(kinds(text)).toEqual([{ kind: 'malformed', reason: 'syntax', raw: text }]);
  });

  test('triple braces: the placeholder ends at the first }}, the last } is plain text', () => {
    expect(kinds('{{{ФИО}}}')).toEqual([{ kind: 'malformed', reason: 'syntax', raw: '{{{ФИО}}' }]);
  });

  test('an unclosed {{ runs to the end of the text; a stray }} is reported', () => {
    expect(kinds('до {{ФИО после')).toEqual([{ kind: 'malformed', reason: 'unclosed', raw: '{{ФИО после' }]);
    expect(kinds('a}} {{ФИО}} b}} c}}')).toEqual([
      { kind: 'malformed', reason: 'stray', raw: '}}' },
      { kind: 'scalar', name: 'ФИО', raw: '{{ФИО}}' },
      { kind: 'malformed', reason: 'stray', raw: '}}' },
      { kind: 'malformed', reason: 'stray', raw: '}}' },
    ]);
    expect(kinds('{{ФИО}} и {{Дата')).toEqual([
      { kind: 'scalar', name: 'ФИО', raw: '{{ФИО}}' },
      { kind: 'malformed', reason: 'unclosed', raw: '{{Дата' },
    ]);
  });

  test('a placeholder may span lines only as malformed text', () => {
    expect(kinds('{{ФИО\nучителя}}')[0]).toMatchObject({ kind: 'malformed', reason: 'syntax' });
  });
});

describe('escapeRe2 / escapeReplacement', () => {
  test.each(['Цена $5 \\ итог', '$1', '$', '\\', '\\\\', '{{x}}', '=HYPERLINK("http://x")', '$0 и ${name}', 'a\\$b', ''])(
    'value %p survives replaceText verbatim',
    (value) => {
      const ph = '{{Цена}}';
      expect(replaceText(`до ${ph} после ${ph}`, escapeRe2(ph), escapeReplacement(value))).toBe(`до ${value} после ${value}`);
    },
  );

  test('unescaped, the same value breaks: the escaping is what makes it work', () => {
    expect(() => replaceText('{{Цена}}', escapeRe2('{{Цена}}'), 'Цена $5 \\ итог')).toThrow('No group 5');
  });

  test('every RE2 metacharacter in a placeholder is matched literally', () => {
    const raw = '{{?Итог=a.b*c+d?(e)|[f]^$\\g}}';
    const pattern = escapeRe2(raw);
    expect(replaceText(`x${raw}y`, pattern, 'V')).toBe('xVy');
    expect(replaceText('{{?Итог=aXbbbc+d?(e)|[f]^$\\g}}', pattern, 'V')).not.toBe('V');
    expect(escapeRe2('ФИО_учителя')).toBe('ФИО_учителя');
  });
});
