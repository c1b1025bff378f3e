/**
 * A person submits a Google Form: what Google's servers do. The response is recorded in the
 * form, a row is appended to the responses sheet (emulator/forms/destination.ts), and every
 * installable spreadsheet form-submit trigger of that spreadsheet runs as its creator in FULL
 * with the event of guides/triggers/events#form-submit: authMode, namedValues (question →
 * array of strings, timestamp and e-mail included), range (the new row), source (the
 * Spreadsheet), triggerUid, values (strings in column order).
 *
 * docs/platform.md: submit events can be duplicated or missed; `delivery` reproduces both.
 */
import type { FiredTrigger, Host } from '../host';
import { isBlank, missingRequired, normalizeAnswer } from '../forms/answers';
import { collectsEmail, linkSpreadsheet } from '../forms/destination';
import { isAccepting, recordResponse } from '../forms/responses';
import { formsState, LAYOUT_TYPES, type AnswerValue, type FormState, type ItemState } from '../forms/state';
import { makeRange, makeSpreadsheet } from '../spreadsheet/factories';

export interface SubmitOptions {
  /** The signed-in respondent's e-mail; needed when the form collects e-mails or requires login. */
  respondent?: string;
  /**
   * The address typed into a form that collects typed addresses (RESPONDER_INPUT): anything,
   * a colleague's too; the respondent's own when not given. A VERIFIED form ignores it.
   */
  typedEmail?: string;
  /** 'once' (default), 'duplicate' (each trigger runs twice) or 'missed' (no trigger runs). */
  delivery?: 'once' | 'duplicate' | 'missed';
}

export interface SubmitResult {
  responseId: string;
  /** Where the row went (null when the form has no destination). */
  spreadsheetId: string | null;
  row: number | null;
  values: string[];
  namedValues: Record<string, string[]>;
  fired: FiredTrigger[];
}

/** What the form page would refuse: the submission never reaches Google. */
export class FormSubmitError extends Error {
  /** The titles of required questions left blank, for a respondent's page to name them. */
  readonly missing: string[];

  constructor(message: string, missing: string[] = []) {
    super(message);
    this.name = 'FormSubmitError';
    this.missing = missing;
  }
}

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

function findItem(form: FormState, key: string): ItemState {
  const questions = form.items.filter((i) => !LAYOUT_TYPES.includes(i.type));
  const byId = questions.find((i) => String(i.id) === key);
  if (byId) return byId;
  const byTitle = questions.filter((i) => i.title === key);
  if (byTitle.length === 1) return byTitle[0]!;
  throw new FormSubmitError(byTitle.length > 1 ? `Several questions are titled "${key}": answer by item id` : `The form "${form.title}" has no question "${key}"`);
}

/** Checks the submission as the form page would, then records it and fires the triggers. */
export function submitFormResponse(host: Host, formId: string, answers: Record<string, unknown>, options: SubmitOptions = {}): SubmitResult {
  const emulator = host.emulator;
  const form = formsState(emulator).forms[formId];
  if (!form) throw new FormSubmitError(`No form ${formId}`);
  const respondent = options.respondent ?? '';
  // Forms created through the API after mid-2026 start unpublished (docs/platform.md): nobody can answer.
  if (!form.published) throw new FormSubmitError(`The form "${form.title}" is not published: responders cannot open it`);
  // The page Forms shows for a closed form.
  if (!isAccepting(form)) throw new FormSubmitError(`The form ${form.title} is no longer accepting responses.`);
  const typed = form.emailCollection === 'RESPONDER_INPUT' ? (options.typedEmail ?? respondent) : respondent;
  if (form.emailCollection === 'RESPONDER_INPUT' && typed === '') throw new FormSubmitError(`The form "${form.title}" needs a signed-in respondent or a typed e-mail address (options.respondent, options.typedEmail)`);
  if ((form.requireLogin || form.limitOneResponsePerUser || form.emailCollection === 'VERIFIED') && respondent === '') {
    throw new FormSubmitError(`The form "${form.title}" needs a signed-in respondent (options.respondent)`);
  }
  if (form.requireLogin && domainOf(respondent) !== domainOf(form.owner)) {
    throw new FormSubmitError(`The form "${form.title}" is only for users of ${domainOf(form.owner)}`);
  }
  if (form.limitOneResponsePerUser && form.responses.some((r) => r.respondent === respondent)) {
    throw new FormSubmitError(`You've already responded: the form "${form.title}" allows one response per user`);
  }
  const given = new Map<number, AnswerValue>();
  for (const [key, raw] of Object.entries(answers)) {
    const item = findItem(form, key);
    given.set(item.id, normalizeAnswer(item, raw, emulator.state.scriptTimeZone, (m) => new FormSubmitError(m)));
  }
  const missing = form.items.filter((item) => missingRequired(item, given.get(item.id))).map((item) => item.title);
  if (missing.length > 0) throw new FormSubmitError(`"${missing[0]}" is a required question`, missing);
  const list = [...given].filter(([, v]) => !isBlank(v)).map(([itemId, value]) => ({ itemId, value }));
  const stored = recordResponse(emulator, form, list, collectsEmail(form) ? typed : '', 'respondent', respondent || undefined);
  const written = stored.written;
  const namedValues: Record<string, string[]> = {};
  written?.headers.forEach((h, i) => (namedValues[h] = [written.values[i] ?? '']));
  const result: SubmitResult = {
    responseId: stored.id,
    spreadsheetId: written?.spreadsheetId ?? null,
    row: written?.row ?? null,
    values: written?.values ?? [],
    namedValues,
    fired: [],
  };
  if (!written || options.delivery === 'missed') return result;
  const triggers = host.state.triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT' && t.sourceId === written.spreadsheetId);
  const times = options.delivery === 'duplicate' ? 2 : 1;
  for (const trigger of triggers) {
    for (let n = 0; n < times; n++) {
      const event = () => {
        const realm = emulator.realm;
        const named = new realm.Object() as Record<string, unknown>;
        for (const [h, v] of Object.entries(namedValues)) named[h] = realm.Array.from(v);
        const rect = { row: written.row, column: 1, numRows: 1, numColumns: written.values.length };
        const e = new realm.Object() as Record<string, unknown>;
        return [
          Object.assign(e, {
            authMode: host.authModeEnum('FULL'),
            namedValues: named,
            range: makeRange(emulator, written.spreadsheetId, written.sheetId, rect),
            source: makeSpreadsheet(emulator, written.spreadsheetId),
            triggerUid: trigger.id,
            values: realm.Array.from(written.values),
          }),
        ];
      };
      const outcome = host.run(trigger.handler, event, { user: trigger.user, authMode: 'FULL', kind: 'trigger', container: host.triggerContainer(trigger) });
      result.fired.push({ triggerUid: trigger.id, handler: trigger.handler, user: trigger.user, at: new Date(emulator.now()).toISOString(), outcome });
    }
  }
  return result;
}

/**
 * A person in the Forms editor chooses a spreadsheet as the form's responses destination
 * («Ответы» → «Связать с таблицей»): a new tab there with every answer the form holds (the
 * editor is no script execution, so the tab is there at once).
 */
export function linkFormInEditor(host: Host, formId: string, spreadsheetId: string): void {
  const form = formsState(host.emulator).forms[formId];
  if (!form) throw new FormSubmitError(`No form ${formId}`);
  linkSpreadsheet(host.emulator, form, spreadsheetId);
}
