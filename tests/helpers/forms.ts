/** The valid school with its questionnaires created (cached once per test file), and a form's id. */
import type { WorkspaceState } from '@pds/emulator';
import type { FormKind, StoredForm } from '../../src/forms/definitions';
import { Addon } from './addon';
import { validSchool } from './school';

let cached: WorkspaceState | null = null;

export function schoolWithForms(): Addon {
  if (!cached) {
    const addon = validSchool();
    addon.click('Анкеты → Создать анкеты');
    cached = addon.emulator.state;
  }
  return Addon.from(cached);
}

/** The form the add-on made for a questionnaire, by the id it stored. */
export function formIdOf(addon: Addon, kind: FormKind): string {
  return (JSON.parse(addon.stored(`form.${kind}`)!) as StoredForm).formId;
}
