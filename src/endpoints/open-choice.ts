/**
 * What a page sends for a list the regulations leave open: keys, or «другое: <текст>». A bare
 * «другое» (or one whose text would split the cell) is refused by the field's Russian name.
 */
import { z } from 'zod';
import type { OptionSet } from '../domain/option-set';
import { readChoice } from '../domain/other-option';
import { RU } from '../text/ru';

const MAX_CHOICE = 2000;

function refuse(field: string, problem: 'otherEmpty' | 'otherSeparator' | 'unknown'): string {
  return problem === 'otherEmpty' ? RU.other.empty(field) : problem === 'otherSeparator' ? RU.other.separator(field) : RU.form.pickFromList;
}

/** One value, '' for none (null once parsed). */
export const openChoice = <K extends string>(set: OptionSet<K>, field: string) =>
  z
    .string()
    .max(MAX_CHOICE)
    .optional()
    .transform((v, ctx): K | null => {
      if (!v) return null;
      const read = readChoice(set, v);
      if (read.ok) return read.value;
      ctx.addIssue({ code: 'custom', message: refuse(field, read.problem) });
      return z.NEVER;
    });

/** Several values; a problem is reported on the list itself, where the page shows it. */
export const openChoices = <K extends string>(set: OptionSet<K>, field: string) =>
  z
    .array(z.string().max(MAX_CHOICE))
    .max(100)
    .default([])
    .transform((values, ctx): K[] => {
      const out: K[] = [];
      for (const v of values) {
        const read = readChoice(set, v);
        if (!read.ok) {
          ctx.addIssue({ code: 'custom', message: refuse(field, read.problem) });
          return z.NEVER;
        }
        if (!out.includes(read.value)) out.push(read.value);
      }
      return out;
    });
