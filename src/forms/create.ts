/**
 * Builds the four questionnaires (definitions.ts) as Google Forms whose responses land in this
 * workbook, and installs the one form-submit trigger that processes them.
 */
import { FORM_DEFINITIONS, FORM_KINDS, formIntentValue, storedFormValue, type FormDef, type FormKind, type StoredForm } from './definitions';
import { collectEmails } from './email-collection';
import { responsesSheet } from './responses-tab';
import { openWorkbook } from '../workbook/sheets';
import { documentStore } from '../platform/store';
import { currentSpreadsheet } from '../platform/workbook-ref';

export const FORM_SUBMIT_HANDLER = 'onFormSubmitEvent';

/** The stored form of `kind`, or null when none was created (or the value is unreadable). */
export function storedForm(kind: FormKind): StoredForm | null {
  return storedFormValue(kind).read(documentStore());
}

/** The stored form still opens and is not in the trash. */
export function formExists(stored: StoredForm): boolean {
  try {
    FormApp.openById(stored.formId);
  } catch {
    return false;
  }
  try {
    if (DriveApp.getFileById(stored.formId).isTrashed()) return false;
  } catch {
    // Drive does not know the file (or no access): the form opened, so it exists.
  }
  return true;
}

function addItems(form: GoogleAppsScript.Forms.Form, def: FormDef): void {
  for (const q of def.questions) {
    switch (q.type) {
      case 'scale': {
        const [low, high] = q.bounds ?? [1, 5];
        const item = form.addScaleItem().setTitle(q.title).setBounds(low, high).setRequired(q.required);
        if (q.boundLabels) item.setLabels(q.boundLabels[0], q.boundLabels[1]);
        break;
      }
      case 'choice':
        form.addMultipleChoiceItem().setTitle(q.title).setChoiceValues([...(q.choices ?? [])]).setRequired(q.required);
        break;
      case 'checkbox':
        form.addCheckboxItem().setTitle(q.title).setChoiceValues([...(q.choices ?? [])]).setRequired(q.required);
        break;
      case 'list':
        form.addListItem().setTitle(q.title).setChoiceValues([...(q.choices ?? [])]).setRequired(q.required);
        break;
      case 'text':
        form.addTextItem().setTitle(q.title).setRequired(q.required);
        break;
      case 'paragraph':
        form.addParagraphTextItem().setTitle(q.title).setRequired(q.required);
        break;
    }
  }
}

/**
 * Forms created now start unpublished (the Forms API's 2026 change): publish where the form has
 * publish settings at all (`supportsAdvancedResponderPermissions()`, which a legacy form answers
 * false and an older runtime may lack). @types lack both methods.
 */
function publish(form: GoogleAppsScript.Forms.Form): void {
  const withSettings = form as GoogleAppsScript.Forms.Form & { supportsAdvancedResponderPermissions?: () => boolean; setPublished?: (published: boolean) => unknown };
  if (typeof withSettings.supportsAdvancedResponderPermissions !== 'function' || !withSettings.supportsAdvancedResponderPermissions()) return;
  withSettings.setPublished!(true);
}

/** The form's questions are the definition's, in order (an earlier cut run may have added some). */
function hasItems(form: GoogleAppsScript.Forms.Form, def: FormDef): boolean {
  const titles = form.getItems().map((i) => i.getTitle());
  return titles.length === def.questions.length && def.questions.every((q, i) => q.title === titles[i]);
}

/** The form already sends its responses to `book` (getDestinationId throws where it sends none). */
function linkedTo(form: GoogleAppsScript.Forms.Form, book: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  try {
    return form.getDestinationId() === book.getId();
  } catch {
    return false;
  }
}

/** A form's Drive type (reference/base/mime-type: GOOGLE_FORMS). */
const FORM_MIME = 'application/vnd.google-apps.form';

/** Drive's clock and the script's may differ a little: a form made this long before the intent still counts. */
const CLOCK_MARGIN_MS = 60_000;

/**
 * The form an earlier run made for `def` and was cut before remembering: named as the
 * definition, a form, made since the intent, linked to no other spreadsheet and no other
 * questionnaire's. Drive is asked by name (reference/drive/drive-app#getfilesbynamename).
 */
function madeBefore(def: FormDef, startedAt: string, book: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Forms.Form | null {
  const since = Date.parse(startedAt) - CLOCK_MARGIN_MS;
  const taken = new Set(FORM_KINDS.map((k) => storedForm(k)?.formId));
  const files = DriveApp.getFilesByName(def.title);
  while (files.hasNext()) {
    const file = files.next();
    if (file.getMimeType() !== FORM_MIME || taken.has(file.getId()) || file.isTrashed() || file.getDateCreated().getTime() < since) continue;
    const form = FormApp.openById(file.getId());
    let destination: string | null = null;
    try {
      destination = form.getDestinationId();
    } catch {
      // Not linked yet: the cut came before setDestination.
    }
    if (destination === null || destination === book.getId()) return form;
  }
  return null;
}

/**
 * The form to finish: the one remembered but not complete; else the one an earlier run made and
 * could not remember; else a new one. Its id is remembered at once, before any other step.
 */
function formToFinish(book: GoogleAppsScript.Spreadsheet.Spreadsheet, def: FormDef): GoogleAppsScript.Forms.Form {
  const store = documentStore();
  const current = storedForm(def.kind);
  if (current && current.complete === false && formExists(current)) return FormApp.openById(current.formId);
  const intent = formIntentValue(def.kind);
  const started = intent.read(store);
  // Only a run that began before (its intent kept) can have left a form to find.
  let form = started ? madeBefore(def, started.startedAt, book) : null;
  if (!started) intent.write(store, { startedAt: new Date().toISOString() });
  form ??= FormApp.create(def.title);
  storedFormValue(def.kind).write(store, { formId: form.getId(), url: '', sheetName: '', complete: false });
  intent.remove(store);
  return form;
}

/**
 * Creates one form from its definition and links it to the book, or finishes one a cut run
 * began: every step is redone unless proven done (the questions), so a retry makes no second
 * form and no second responses tab. Its responses tab is found by the form (docs/platform.md,
 * «Forms»): when it is already there it gets the definition's name; when it appears later, the
 * first sweep or submission names it (responses-tab.ts).
 */
export function createForm(book: GoogleAppsScript.Spreadsheet.Spreadsheet, def: FormDef): StoredForm {
  const form = formToFinish(book, def);
  // In live runs create(title) leaves the form's own title empty (issuetracker 442747794).
  form.setTitle(def.title);
  form.setDescription(def.description);
  collectEmails(form, def.collectEmails);
  if (!hasItems(form, def)) {
    for (const item of form.getItems()) form.deleteItem(item);
    addItems(form, def);
  }
  publish(form);
  form.setAcceptingResponses(true);
  if (!linkedTo(form, book)) form.setDestination(FormApp.DestinationType.SPREADSHEET, book.getId());
  SpreadsheetApp.flush();
  const stored: StoredForm = { formId: form.getId(), url: form.getPublishedUrl(), sheetName: '', complete: false };
  storedFormValue(def.kind).write(documentStore(), stored);
  const tab = responsesSheet(openWorkbook(), def.kind, stored);
  const done: StoredForm = { ...stored, sheetName: tab?.getName() ?? '', complete: true };
  storedFormValue(def.kind).write(documentStore(), done);
  return done;
}

export interface CreateFormsPlan {
  existing: FormKind[];
  missing: FormKind[];
}

/**
 * Existing: complete and still there. Missing: never made, gone, or begun by a run that was cut
 * (an intent kept, or remembered but not complete): «Создать анкеты» finishes those.
 */
export function planForms(): CreateFormsPlan {
  const existing: FormKind[] = [];
  const missing: FormKind[] = [];
  const store = documentStore();
  for (const kind of FORM_KINDS) {
    const stored = storedForm(kind);
    const begun = formIntentValue(kind).read(store) !== null || stored?.complete === false;
    (stored && !begun && formExists(stored) ? existing : missing).push(kind);
  }
  return { existing, missing };
}

export function createFormsOf(kinds: readonly FormKind[]): Record<FormKind, StoredForm> {
  const book = currentSpreadsheet();
  const out = {} as Record<FormKind, StoredForm>;
  for (const kind of kinds) out[kind] = createForm(book, FORM_DEFINITIONS[kind]);
  return out;
}

/**
 * The one spreadsheet form-submit trigger of this user and document (add-ons may have one per
 * type): found by its handler, created when missing. Returns true when it was created now.
 */
export function ensureFormSubmitTrigger(): boolean {
  const book = currentSpreadsheet();
  const triggers = ScriptApp.getUserTriggers(book);
  if (triggers.some((t) => t.getHandlerFunction() === FORM_SUBMIT_HANDLER)) return false;
  ScriptApp.newTrigger(FORM_SUBMIT_HANDLER).forSpreadsheet(book).onFormSubmit().create();
  return true;
}
