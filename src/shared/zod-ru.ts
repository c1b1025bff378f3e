/**
 * Zod's messages in the words a deputy reads next to a form field. Schemas give their own message
 * where a field needs a specific one; these cover the rest.
 */
import { z } from 'zod';
import { RU } from '../text/ru';

let installed = false;

export function installRussianErrors(): void {
  if (installed) return;
  installed = true;
  z.config({
    customError: (issue) => {
      switch (issue.code) {
        case 'invalid_type':
          return issue.input === undefined || issue.input === null || issue.input === '' ? RU.form.required : RU.form.invalid;
        case 'too_small':
          if (issue.origin === 'string' && issue.minimum === 1) return RU.form.required;
          if (issue.origin === 'array') return RU.form.pickAtLeast(Number(issue.minimum));
          return RU.form.tooSmall(Number(issue.minimum));
        case 'too_big':
          if (issue.origin === 'string') return RU.form.tooLong(Number(issue.maximum));
          if (issue.origin === 'array') return RU.form.tooMany(Number(issue.maximum));
          return RU.form.tooBig(Number(issue.maximum));
        case 'invalid_value':
          return RU.form.pickFromList;
        case 'invalid_format':
          return issue.format === 'email' ? RU.form.email : RU.form.invalid;
        default:
          return RU.form.invalid;
      }
    },
  });
}
