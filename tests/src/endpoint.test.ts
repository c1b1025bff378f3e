import { z } from 'zod';
import { defineEndpoint } from '../../src/shared/endpoint';
import { success, type Wire } from '../../src/shared/result';

describe('defineEndpoint', () => {
  const echo = defineEndpoint(z.object({ name: z.string().min(1, 'Укажите ФИО') }), (input) => success({ hello: input.name }));

  test('parses unknown input and answers with a tagged result', () => {
    expect(echo({ name: 'Иванова' })).toEqual({ status: 'success', response: { hello: 'Иванова' } });
  });

  test('reports validation problems per field, in Russian', () => {
    const result = echo({ name: '' });
    expect(result).toMatchObject({ status: 'error', type: 'validation', fields: { name: 'Укажите ФИО' } });
  });

  test('turns an unexpected throw into an error result instead of a failed call', () => {
    const broken = defineEndpoint(z.object({}), () => {
      throw new Error('Лист «Педагоги» не найден');
    });
    expect(broken({})).toMatchObject({ status: 'error', type: 'unexpected' });
    expect((broken({}) as { message: string }).message).toContain('Лист «Педагоги» не найден');
  });

  test('a Date in a result is a compile-time error (google.script.run would fail)', () => {
    // @ts-expect-error: Date cannot cross google.script.run
    defineEndpoint(z.object({}), () => success({ at: new Date() }));
    // Nested too.
    // @ts-expect-error: Date cannot cross google.script.run
    defineEndpoint(z.object({}), () => success({ rows: [{ at: new Date() }] }));
    const ok: Wire<{ at: string }> = { at: '2026-09-01' };
    expect(ok.at).toBe('2026-09-01');
  });
});
