/**
 * Form (reference/forms/form): settings, publish state, response destination, items and
 * responses. A view over one FormState in `state.extra.forms`.
 */
import type { Emulator } from '../core/emulator';
import { notEmulated, badSignature, describeArgs, ServiceError } from '../core/errors';
import { expose } from '../core/expose';
import { isDate } from '../core/realm';
import type { Emulates } from '../core/emulates';
import { linkSpreadsheet, materializeTab, PENDING_SHEET, requireDestination, syncColumns } from './destination';
import { FORM_POLICY, makeItem, newItem } from './items';
import { isAccepting, makeDraftResponse, makeFormResponse } from './responses';
import { formsState, formState, nextItemId, type EmulatedType, type FormState } from './state';

export const EMAIL_COLLECTION_TYPES = ['DO_NOT_COLLECT', 'VERIFIED', 'RESPONDER_INPUT'] as const;

function bool(value: unknown, method: string): boolean {
  if (typeof value !== 'boolean') badSignature(describeArgs([value]), `FormApp.Form.${method}`);
  return value;
}

function str(value: unknown, method: string): string {
  if (typeof value !== 'string') badSignature(describeArgs([value]), `FormApp.Form.${method}`);
  return value;
}

export function makeForm(emulator: Emulator, formId: string): unknown {
  const form = (): FormState => formState(emulator, formId);
  const realm = emulator.realm;
  const set = (change: (f: FormState) => void): unknown => {
    change(form());
    return self;
  };
  /** An item index or Item argument → index in the form. */
  const indexOf = (arg: unknown, method: string): number => {
    const items = form().items;
    if (typeof arg === 'number') {
      // Message is the emulator's: the reference only says the index must exist.
      if (!Number.isInteger(arg) || arg < 0 || arg >= items.length) throw new ServiceError(`Invalid argument: index (${arg})`);
      return arg;
    }
    const id = (arg as { _itemId?: unknown } | null)?._itemId;
    const at = typeof id === 'number' ? items.findIndex((i) => i.id === id) : -1;
    if (at < 0) badSignature(describeArgs([arg]), `FormApp.Form.${method}`);
    return at;
  };
  const add = (type: EmulatedType) => () => {
    const f = form();
    const item = newItem(nextItemId(emulator), type);
    f.items.push(item);
    syncColumns(emulator, f);
    return makeItem(emulator, formId, item.id, true);
  };
  const target = {
    _formId: formId,
    _kind: 'Form',
    getId: () => formId,
    getTitle: () => form().title,
    setTitle: (title: unknown) => set((f) => (f.title = str(title, 'setTitle'))),
    getDescription: () => form().description,
    setDescription: (text: unknown) => set((f) => (f.description = str(text, 'setDescription'))),
    getConfirmationMessage: () => form().confirmationMessage,
    setConfirmationMessage: (text: unknown) => set((f) => (f.confirmationMessage = str(text, 'setConfirmationMessage'))),
    getEditUrl: () => `https://docs.google.com/forms/d/${formId}/edit`,
    getPublishedUrl: () => `https://docs.google.com/forms/d/e/${form().publishedId}/viewform`,
    getSummaryUrl: () => `https://docs.google.com/forms/d/${formId}/viewanalytics`,

    // ---- who may answer, and how ----
    collectsEmail: () => form().emailCollection !== 'DO_NOT_COLLECT',
    // reference/forms/form#setcollectemailcollect only "Sets whether the form collects
    // respondents' email addresses", not whether Google verifies them: the strict reading is an
    // address the respondent types (RESPONDER_INPUT); a form already verifying keeps verifying.
    setCollectEmail: (enabled: unknown) =>
      set((f) => {
        const collect = bool(enabled, 'setCollectEmail');
        f.emailCollection = !collect ? 'DO_NOT_COLLECT' : f.emailCollection === 'VERIFIED' ? 'VERIFIED' : 'RESPONDER_INPUT';
        syncColumns(emulator, f);
      }),
    getEmailCollectionType: () => form().emailCollection,
    // VERIFIED: the signed-in respondent's address, which Google checks; RESPONDER_INPUT: typed.
    setEmailCollectionType: (type: unknown) =>
      set((f) => {
        if (!EMAIL_COLLECTION_TYPES.includes(String(type) as never)) badSignature(describeArgs([type]), 'FormApp.Form.setEmailCollectionType');
        f.emailCollection = String(type);
        syncColumns(emulator, f);
      }),
    // reference/forms/form#setrequireloginrequirelogin: respondents must sign in to the owner's domain.
    requiresLogin: () => form().requireLogin,
    setRequireLogin: (enabled: unknown) => set((f) => (f.requireLogin = bool(enabled, 'setRequireLogin'))),
    canEditResponse: () => form().allowResponseEdits,
    setAllowResponseEdits: (enabled: unknown) => set((f) => (f.allowResponseEdits = bool(enabled, 'setAllowResponseEdits'))),
    hasLimitOneResponsePerUser: () => form().limitOneResponsePerUser,
    setLimitOneResponsePerUser: (enabled: unknown) => set((f) => (f.limitOneResponsePerUser = bool(enabled, 'setLimitOneResponsePerUser'))),

    // ---- publishing (forms/api/reference/rest/v1/forms#PublishState: "If is_published is set
    // to false, [is_accepting_responses] is forced to false"; accepting while unpublished "isn't
    // supported and returns an error") ----
    // forms/api/guides/publish-form: "All newly created forms now support publishing"; a legacy
    // form (host-made, `legacy: true`) does not, and what setPublished does there is not sourced.
    supportsAdvancedResponderPermissions: () => !form().legacy,
    isPublished: () => {
      if (form().legacy) notEmulated('FormApp.Form.isPublished on a legacy form');
      return form().published;
    },
    setPublished: (enabled: unknown) =>
      set((f) => {
        if (f.legacy) notEmulated('FormApp.Form.setPublished on a legacy form');
        f.published = bool(enabled, 'setPublished');
        f.acceptingResponses = f.published;
      }),
    isAcceptingResponses: () => isAccepting(form()),
    setAcceptingResponses: (enabled: unknown) =>
      set((f) => {
        const accept = bool(enabled, 'setAcceptingResponses');
        // Message is the emulator's, after the REST API's rule quoted above.
        if (accept && !f.published) throw new ServiceError('An unpublished form cannot accept responses. Publish it first with setPublished(true).');
        f.acceptingResponses = accept;
      }),

    // ---- destination ----
    setDestination: (type: unknown, id: unknown) =>
      set((f) => {
        if (String(type) !== 'SPREADSHEET' || typeof id !== 'string') badSignature(describeArgs([type, id]), 'FormApp.Form.setDestination');
        const current = f.destination;
        const linked = current?.spreadsheetId === id && (current.sheetId === PENDING_SHEET || emulator.state.spreadsheets[id]?.sheets.some((s) => s.sheetId === current.sheetId));
        if (!linked) linkSpreadsheet(emulator, f, id);
      }),
    getDestinationId: () => requireDestination(form()),
    getDestinationType: () => {
      requireDestination(form());
      return 'SPREADSHEET';
    },
    // A tab already asked for still appears (Forms made the link); the form just stops writing there.
    removeDestination: () =>
      set((f) => {
        // Tabs appear in the order their forms were linked.
        for (const other of Object.values(formsState(emulator).forms)) if (other.destination?.sheetId === PENDING_SHEET && other !== f && other.createdAt <= f.createdAt) materializeTab(emulator, other);
        materializeTab(emulator, f);
        f.destination = null;
      }),

    // ---- items ----
    getItems: (type?: unknown) => {
      const items = form().items.filter((i) => type === undefined || i.type === String(type));
      return realm.Array.from(items, (i) => makeItem(emulator, formId, i.id, false));
    },
    getItemById: (id: unknown) => {
      if (typeof id !== 'number') badSignature(describeArgs([id]), 'FormApp.Form.getItemById');
      return form().items.some((i) => i.id === id) ? makeItem(emulator, formId, id, false) : null;
    },
    deleteItem: (arg: unknown) => {
      const at = indexOf(arg, 'deleteItem');
      form().items.splice(at, 1);
    },
    moveItem: (from: unknown, to: unknown) => {
      const at = indexOf(from, 'moveItem');
      const items = form().items;
      if (typeof to !== 'number' || !Number.isInteger(to) || to < 0 || to >= items.length) throw new ServiceError(`Invalid argument: toIndex (${String(to)})`);
      const [moved] = items.splice(at, 1);
      items.splice(to, 0, moved!);
      return makeItem(emulator, formId, moved!.id, false);
    },

    // ---- responses ----
    getResponses: (since?: unknown) => {
      if (since !== undefined && !isDate(since)) badSignature(describeArgs([since]), 'FormApp.Form.getResponses');
      const from = since === undefined ? -Infinity : since.getTime();
      return realm.Array.from(
        form().responses.filter((r) => r.timestamp >= from),
        (r) => makeFormResponse(emulator, formId, r.id),
      );
    },
    getResponse: (id: unknown) => {
      if (typeof id !== 'string') badSignature(describeArgs([id]), 'FormApp.Form.getResponse');
      // Message is the emulator's; the reference does not give one.
      if (!form().responses.some((r) => r.id === id)) throw new ServiceError(`No response with ID ${id} exists for this form.`);
      return makeFormResponse(emulator, formId, id);
    },
    // The responses sheet keeps its rows: deleting responses in Forms does not touch the sheet.
    deleteAllResponses: () => set((f) => (f.responses = [])),
    createResponse: () => makeDraftResponse(emulator, formId),

    // ---- adding items ----
    addTextItem: add('TEXT'),
    addParagraphTextItem: add('PARAGRAPH_TEXT'),
    addMultipleChoiceItem: add('MULTIPLE_CHOICE'),
    addCheckboxItem: add('CHECKBOX'),
    addListItem: add('LIST'),
    addScaleItem: add('SCALE'),
    addGridItem: add('GRID'),
    addSectionHeaderItem: add('SECTION_HEADER'),
    addPageBreakItem: add('PAGE_BREAK'),
    addDateItem: add('DATE'),
  };
  const checked = target satisfies Emulates<
    GoogleAppsScript.Forms.Form,
    | 'addCheckboxItem' | 'addDateItem' | 'addGridItem' | 'addListItem' | 'addMultipleChoiceItem' | 'addPageBreakItem' | 'addParagraphTextItem'
    | 'addScaleItem' | 'addSectionHeaderItem' | 'addTextItem' | 'canEditResponse' | 'collectsEmail' | 'createResponse' | 'deleteAllResponses'
    | 'deleteItem' | 'getConfirmationMessage' | 'getDescription' | 'getDestinationId' | 'getDestinationType' | 'getEditUrl' | 'getId'
    | 'getItemById' | 'getItems' | 'getPublishedUrl' | 'getResponse' | 'getResponses' | 'getSummaryUrl' | 'getTitle'
    | 'hasLimitOneResponsePerUser' | 'isAcceptingResponses' | 'moveItem' | 'removeDestination' | 'requiresLogin' | 'setAcceptingResponses'
    | 'setAllowResponseEdits' | 'setCollectEmail' | 'setConfirmationMessage' | 'setDescription' | 'setDestination'
    | 'setLimitOneResponsePerUser' | 'setRequireLogin' | 'setTitle'
  >;
  const self: unknown = expose(emulator, 'FormApp', 'Form', checked, () => FORM_POLICY);
  return self;
}

