/**
 * Builds the four questionnaires (definitions.ts) as Google Forms whose responses land in this
 * workbook, and installs the one form-submit trigger that processes them.
 */
import { FORM_DEFINITIONS, FORM_KINDS, storedFormValue, type FormDef, type FormKind, type StoredForm } from './definitions';
import { namesForm } from './form-url';
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

/** A sheet name not yet taken in the book: `name`, else `name (2)`, `name (3)`… */
function freeSheetName(book: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): string {
  if (!book.getSheetByName(name)) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name} (${n})`;
    if (!book.getSheetByName(candidate)) return candidate;
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

/**
 * Creates one form from its definition and links it to the book. Its responses tab is found by
 * the form (docs/platform.md, «Forms»): when it is already there it gets the definition's name;
 * when it appears later, the first sweep or submission names it (responses-tab.ts).
 */
export function createForm(book: GoogleAppsScript.Spreadsheet.Spreadsheet, def: FormDef): StoredForm {
  const form = FormApp.create(def.title);
  // In live runs create(title) leaves the form's own title empty (issuetracker 442747794).
  form.setTitle(def.title);
  form.setDescription(def.description);
  form.setCollectEmail(def.collectEmails);
  addItems(form, def);
  publish(form);
  form.setAcceptingResponses(true);

  const before = new Set(book.getSheets().map((s) => s.getSheetId()));
  form.setDestination(FormApp.DestinationType.SPREADSHEET, book.getId());
  SpreadsheetApp.flush();
  const stored: StoredForm = { formId: form.getId(), url: form.getPublishedUrl(), sheetName: '' };
  const created = book.getSheets().find((s) => !before.has(s.getSheetId()) && namesForm(s.getFormUrl(), stored));
  if (created) {
    stored.sheetName = freeSheetName(book, def.sheetName);
    created.setName(stored.sheetName);
  }
  storedFormValue(def.kind).write(documentStore(), stored);
  return stored;
}

export interface CreateFormsPlan {
  existing: FormKind[];
  missing: FormKind[];
}

export function planForms(): CreateFormsPlan {
  const existing: FormKind[] = [];
  const missing: FormKind[] = [];
  for (const kind of FORM_KINDS) {
    const stored = storedForm(kind);
    (stored && formExists(stored) ? existing : missing).push(kind);
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
