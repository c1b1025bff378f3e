/**
 * Form responses (reference/forms/form-response, item-response): views over the stored
 * responses, and the drafts a script builds with form.createResponse() and submits.
 * A script-made submission is recorded and written to the responses sheet, but fires no
 * trigger (docs/platform.md: "Script-made submissions do not fire triggers").
 */
import type { Emulator } from '../core/emulator';
import { badSignature, describeArgs, ServiceError } from '../core/errors';
import { expose } from '../core/expose';
import type { Emulates } from '../core/emulates';
import { missingRequired } from './answers';
import { appendResponseRow, collectsEmail } from './destination';
import { FORM_POLICY, makeItem, makeItemResponse } from './items';
import { formState, INVALID_DATA, type AnswerValue, type FormState, type ResponseState } from './state';

/** Whether a respondent can submit now: published and accepting (reference/forms/form#ispublished). */
export function isAccepting(form: FormState): boolean {
  return form.published && form.acceptingResponses;
}

function itemResponses(emulator: Emulator, form: FormState, answers: ResponseState['answers']): unknown[] {
  const out: unknown[] = [];
  // In form order; items deleted since are left out, unanswered items too.
  for (const item of form.items) {
    const answer = answers.find((a) => a.itemId === item.id);
    if (!answer || (Array.isArray(answer.value) ? answer.value.every((v) => v === '') : answer.value === '')) continue;
    out.push(makeItemResponse(emulator, makeItem(emulator, form.id, item.id, false), item, answer.value));
  }
  return emulator.realm.Array.from(out);
}

function itemIdOf(item: unknown, key: string): number {
  const id = (item as { _itemId?: unknown } | null)?._itemId;
  if (typeof id !== 'number') badSignature(describeArgs([item]), key);
  return id;
}

export function makeFormResponse(emulator: Emulator, formId: string, responseId: string): unknown {
  const form = () => formState(emulator, formId);
  const response = (): ResponseState => {
    const found = form().responses.find((r) => r.id === responseId);
    if (!found) throw new ServiceError(INVALID_DATA); // deleted by deleteAllResponses
    return found;
  };
  const target = {
    _responseId: responseId,
    getId: () => responseId,
    getTimestamp: () => new emulator.realm.Date(response().timestamp),
    // reference/forms/form-response#getrespondentemail: '' unless the form collects e-mails.
    getRespondentEmail: () => response().email,
    getItemResponses: () => itemResponses(emulator, form(), response().answers),
    getResponseForItem: (item: unknown) => {
      const id = itemIdOf(item, 'FormApp.FormResponse.getResponseForItem');
      const all = itemResponses(emulator, form(), response().answers) as Array<{ _itemId: number }>;
      return all.find((r) => r._itemId === id) ?? null;
    },
  };
  return expose(emulator, 'FormApp', 'FormResponse', target satisfies Emulates<GoogleAppsScript.Forms.FormResponse, 'getId' | 'getItemResponses' | 'getRespondentEmail' | 'getResponseForItem' | 'getTimestamp'>, () => FORM_POLICY);
}

/** form.createResponse(): a draft the script fills with withItemResponse and submits. */
export function makeDraftResponse(emulator: Emulator, formId: string): unknown {
  const answers: Array<{ itemId: number; value: AnswerValue }> = [];
  const target = {
    // reference/forms/form-response#getid and #gettimestamp: null until the response is submitted.
    getId: () => null,
    getTimestamp: () => null,
    getRespondentEmail: () => '',
    getItemResponses: () => itemResponses(emulator, formState(emulator, formId), answers),
    withItemResponse: (response: unknown) => {
      const r = response as { _itemId?: unknown; _value?: unknown } | null;
      if (typeof r?._itemId !== 'number') badSignature(describeArgs([response]), 'FormApp.FormResponse.withItemResponse');
      const at = answers.findIndex((a) => a.itemId === r._itemId);
      const entry = { itemId: r._itemId, value: r._value as AnswerValue };
      if (at >= 0) answers[at] = entry;
      else answers.push(entry);
      return self;
    },
    submit: () => {
      const form = formState(emulator, formId);
      // Stricter choices (messages not documented): a closed form, a required question left
      // blank, or a form collecting e-mails (a script cannot fill Forms' own e-mail field, widely
      // reported as "Invalid data updating form.") refuse the submission.
      if (!isAccepting(form)) throw new ServiceError('This form is no longer accepting responses.');
      if (collectsEmail(form)) throw new ServiceError(INVALID_DATA);
      for (const item of form.items) {
        if (missingRequired(item, answers.find((a) => a.itemId === item.id)?.value)) throw new ServiceError(INVALID_DATA);
      }
      const stored = recordResponse(emulator, form, answers, '', 'script');
      return makeFormResponse(emulator, formId, stored.id);
    },
  };
  const checked = target satisfies Emulates<GoogleAppsScript.Forms.FormResponse, 'getId' | 'getItemResponses' | 'getRespondentEmail' | 'getTimestamp' | 'submit' | 'withItemResponse', 'getId' | 'getTimestamp'>;
  const self: unknown = expose(emulator, 'FormApp', 'FormResponse', checked, () => FORM_POLICY);
  return self;
}

/** Stores a response at the current time and writes it to the responses sheet, if any. */
export function recordResponse(
  emulator: Emulator,
  form: FormState,
  answers: ResponseState['answers'],
  email: string,
  by: ResponseState['by'],
  respondent?: string,
): ResponseState & { written: ReturnType<typeof appendResponseRow> } {
  const response: ResponseState = {
    id: emulator.nextId('response-'),
    timestamp: emulator.now(),
    email,
    answers: answers.map((a) => ({ itemId: a.itemId, value: Array.isArray(a.value) ? [...a.value] : a.value })),
    by,
  };
  if (respondent) response.respondent = respondent;
  form.responses.push(response);
  const written = appendResponseRow(emulator, form, response);
  return { ...response, written };
}
