/**
 * FormApp (reference/forms/form-app): create and open forms, the enums. The forms themselves are
 * in ./form.ts, items in ./items.ts, responses in ./responses.ts, the responses sheet in
 * ./destination.ts; a respondent's submission (and the form-submit trigger it fires) is the
 * host's: emulator/host/forms.ts.
 */
import { registerFile } from '../drive/state';
import type { Emulator } from '../core/emulator';
import { badSignature, describeArgs, ServiceError } from '../core/errors';
import { expose, type PolicyOf } from '../core/expose';
import type { Emulates } from '../core/emulates';
import { makeForm, EMAIL_COLLECTION_TYPES } from './form';
import { FORMS_CURRENT_SCOPE, FORMS_SCOPE } from './items';
import { formsState, ITEM_TYPES, NO_ITEM_MESSAGE, type FormState } from './state';

export { formsState, type FormState, type FormsState, type ResponseState } from './state';
export { FORMS_SCOPE, FORMS_CURRENT_SCOPE } from './items';

function enumOf<T extends string>(names: readonly T[]): Readonly<Record<T, T>> {
  // Values are their names, as ScriptApp's enums here: String(FormApp.ItemType.TEXT) === 'TEXT'.
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n])) as Record<T, T>);
}

export const ItemType = enumOf(ITEM_TYPES);
export const DestinationType = enumOf(['SPREADSHEET'] as const);
export const EmailCollectionType = enumOf(EMAIL_COLLECTION_TYPES);

/**
 * Forms created through the API "after June 30, 2026 will have an unpublished state by default"
 * (forms/api/reference/rest/v1beta/forms/get, banner "API changes to Google Forms"); FormApp's
 * create(title, isPublished) exists for the same change (reference/forms/form-app#createtitle,-ispublished).
 */
export const UNPUBLISHED_BY_DEFAULT_FROM = Date.UTC(2026, 6, 1);

const policy: PolicyOf = (method) => {
  // getActiveForm reads the current document only: LIMITED and either scope.
  if (method === 'getActiveForm') return { access: 'limited', scopes: [FORMS_CURRENT_SCOPE, FORMS_SCOPE] };
  // create / openById / openByUrl reach any form: FULL and the full forms scope.
  return { access: 'full', scopes: [FORMS_SCOPE] };
};

/** Host: a form by id (tests and the preview use it to find what the add-on created). */
export function findForm(emulator: Emulator, id: string): FormState | undefined {
  return formsState(emulator).forms[id];
}

export function createFormApp(emulator: Emulator): GoogleAppsScript.Forms.FormApp {
  const forms = () => formsState(emulator).forms;
  const open = (id: string): unknown => {
    if (!forms()[id]) throw new ServiceError(NO_ITEM_MESSAGE);
    return makeForm(emulator, id);
  };
  const service = {
    ItemType,
    DestinationType,
    EmailCollectionType,

    // reference/forms/form-app#createtitle: "throws an exception if the given title is null or empty".
    create(title: unknown, isPublished?: unknown) {
      if (typeof title !== 'string' || (isPublished !== undefined && typeof isPublished !== 'boolean')) {
        badSignature(describeArgs(isPublished === undefined ? [title] : [title, isPublished]), 'FormApp.create');
      }
      if (title.trim() === '') throw new ServiceError('Invalid argument: title');
      const id = emulator.nextId('form-');
      const published = typeof isPublished === 'boolean' ? isPublished : emulator.now() < UNPUBLISHED_BY_DEFAULT_FROM;
      forms()[id] = {
        id,
        publishedId: `1FAIpQLS${id}`,
        // In live runs the form's own title stays empty after create(title): only the Drive file
        // is named (issuetracker.google.com/issues/442747794). The strict reading: empty.
        title: '',
        fileName: title,
        description: '',
        owner: emulator.user,
        createdAt: emulator.now(),
        published,
        acceptingResponses: published,
        emailCollection: 'DO_NOT_COLLECT',
        requireLogin: false,
        allowResponseEdits: false,
        limitOneResponsePerUser: false,
        confirmationMessage: '',
        items: [],
        destination: null,
        responses: [],
      };
      registerFile(emulator, id);
      return makeForm(emulator, id);
    },
    openById(id: unknown) {
      if (typeof id !== 'string') badSignature(describeArgs([id]), 'FormApp.openById');
      return open(id);
    },
    openByUrl(url: unknown) {
      if (typeof url !== 'string') badSignature(describeArgs([url]), 'FormApp.openByUrl');
      const edit = /\/forms\/d\/(?!e\/)([^/?#]+)/.exec(url);
      const published = /\/forms\/d\/e\/([^/?#]+)/.exec(url);
      const byPublished = published && Object.values(forms()).find((f) => f.publishedId === published[1]);
      // "No item with the given ID could be found..." for a bad URL too (stevenschmatz/export-google-form#5).
      if (byPublished) return open(byPublished.id);
      return open(edit?.[1] ?? '');
    },
    // reference/forms/form-app#getactiveform: the form the script is bound to; an add-on of a
    // spreadsheet has none.
    getActiveForm() {
      return null;
    },
  };
  return expose(emulator, 'FormApp', 'FormApp', service satisfies Emulates<GoogleAppsScript.Forms.FormApp, 'create' | 'getActiveForm' | 'openById' | 'openByUrl'>, policy) as unknown as GoogleAppsScript.Forms.FormApp;
}
