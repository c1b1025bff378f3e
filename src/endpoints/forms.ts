/** Menu items «Анкеты → Создать анкеты» and «Анкеты → Ссылки на анкеты». */
import { RU } from '../text/ru';
import { FORM_KINDS, type FormKind } from '../forms/definitions';
import { createFormsOf, ensureFormSubmitTrigger, formExists, planForms, storedForm } from '../forms/create';
import { findResponsesTab } from '../forms/responses-tab';
import { openWorkbook } from '../workbook/sheets';
import { BusyError, withDocumentLock } from '../platform/lock';

function linkLines(): string[] {
  const lines: string[] = [];
  const workbook = openWorkbook();
  for (const kind of FORM_KINDS) {
    const stored = storedForm(kind);
    const name = RU.formsPage.kinds[kind];
    // The tab is found by its form; one that appeared since is named now (responses-tab.ts).
    const { sheet: tab, renamedFrom } = stored ? findResponsesTab(workbook, kind, stored) : { sheet: null, renamedFrom: null };
    lines.push(stored && formExists(stored) ? RU.formsPage.link(name, stored.url, tab?.getName() ?? RU.formsPage.tabPending) : RU.formsPage.missing(name));
    if (renamedFrom && tab) lines.push(RU.formsPage.renamed(renamedFrom, tab.getName()));
  }
  return lines;
}

/**
 * Creates the missing questionnaires (and finishes any a cut run began); existing ones only when
 * the deputy confirms (YES), then makes sure the one form-submit trigger is installed and lists
 * the links.
 */
export function createForms(): void {
  const ui = SpreadsheetApp.getUi();
  const { existing, missing } = planForms();
  const toCreate: FormKind[] = [...missing];
  if (existing.length) {
    const answer = ui.alert(RU.formsPage.title, RU.formsPage.alreadyExist(existing.map((k) => RU.formsPage.kinds[k])), ui.ButtonSet.YES_NO);
    if (answer === ui.Button.YES) toCreate.push(...existing);
  }
  const ordered = FORM_KINDS.filter((k) => toCreate.includes(k));
  let triggerNew: boolean;
  try {
    // One run at a time: two deputies pressing at once would each make the forms.
    triggerNew = withDocumentLock(() => {
      createFormsOf(ordered);
      return ensureFormSubmitTrigger();
    });
  } catch (error) {
    if (!(error instanceof BusyError)) throw error;
    ui.alert(RU.formsPage.title, RU.errors.busy, ui.ButtonSet.OK);
    return;
  }
  const lines = [ordered.length ? RU.formsPage.created(ordered.length) : RU.formsPage.nothingCreated];
  if (triggerNew) lines.push(RU.formsPage.triggerInstalled);
  lines.push('', RU.formsPage.links, ...linkLines());
  ui.alert(RU.formsPage.title, lines.join('\n'), ui.ButtonSet.OK);
}

export function showFormLinks(): void {
  const ui = SpreadsheetApp.getUi();
  const any = FORM_KINDS.some((k) => storedForm(k) !== null);
  const text = any ? [RU.formsPage.links, ...linkLines()].join('\n') : RU.formsPage.noForms;
  ui.alert(RU.formsPage.title, text, ui.ButtonSet.OK);
}
