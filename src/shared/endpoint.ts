import type { z } from 'zod';
import { RU } from '../text/ru';
import { BookProblem, failure, type Result, type Wire } from './result';
import { installRussianErrors } from './zod-ru';

declare const INPUT: unique symbol;

/**
 * A sidebar endpoint: takes `unknown` from google.script.run, parses it with zod, and returns a
 * tagged result. Validation problems come back per field, in Russian, so the page can show each
 * next to its field. `I` is what a page should send (the schema's input): it exists only in the
 * type, for src/wire.ts.
 */
export type Endpoint<I, O> = ((input: unknown) => Result<O>) & { readonly [INPUT]?: I };

export function defineEndpoint<S extends z.ZodType, O>(schema: S, handler: (input: z.output<S>) => Result<O & Wire<O>>): Endpoint<z.input<S>, O> {
  return (input: unknown) => {
    installRussianErrors();
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const fields: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path.join('.') || '_';
        fields[key] ??= issue.message;
      }
      // Problems with named fields are the user's to fix; a request of the wrong shape is the page's.
      const malformed = parsed.error.issues.some((issue) => issue.path.length === 0 || issue.code === 'unrecognized_keys');
      return failure('validation', malformed ? RU.errors.badRequest : RU.form.fix, fields);
    }
    try {
      return handler(parsed.data);
    } catch (error) {
      if (error instanceof BookProblem) return failure('not-found', error.message);
      return failure('unexpected', `${RU.errors.unexpected} (${errorMessage(error)})`);
    }
  };
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
