/**
 * A questionnaire's responses tab is found by the form it belongs to, never by its name alone:
 * the tab whose `getFormUrl()` names the stored form (docs/platform.md, «Forms»). The deputy may
 * rename it, and Forms adds it some time after `setDestination`, not necessarily at once. A tab
 * that has just appeared gets the definition's name (or a free variant of it); one the deputy
 * renamed keeps their name. The store remembers where it is.
 */
import { documentStore } from '../platform/store';
import type { Workbook } from '../workbook/sheets';
import { FORM_DEFINITIONS, FORM_KINDS, storedFormValue, type FormKind, type StoredForm } from './definitions';
import { namesForm } from './form-url';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const storedForm = (kind: FormKind): StoredForm | null => storedFormValue(kind).read(documentStore());

/** The responses tab of `kind`, or null when its form has none (yet). */
export function responsesSheet(workbook: Workbook, kind: FormKind, stored: StoredForm | null = storedForm(kind)): Sheet | null {
  return findResponsesTab(workbook, kind, stored).sheet;
}

export interface FoundResponsesTab {
  sheet: Sheet | null;
  /** The name the store knew when the tab is found under another one (renamed by hand, or by an .xlsx round trip). */
  renamedFrom: string | null;
}

/** As `responsesSheet`, telling also whether the tab was found renamed (to report, never to fail). */
export function findResponsesTab(workbook: Workbook, kind: FormKind, stored: StoredForm | null = storedForm(kind)): FoundResponsesTab {
  const wanted = FORM_DEFINITIONS[kind].sheetName;
  // A questionnaire the add-on did not create (no stored form) is looked for by its usual name.
  if (!stored) return { sheet: workbook.sheets.get(wanted) ?? null, renamedFrom: null };
  const named = stored.sheetName ? workbook.sheets.get(stored.sheetName) : undefined;
  if (named && namesForm(named.getFormUrl(), stored)) return { sheet: named, renamedFrom: null };
  for (const sheet of workbook.sheets.values()) {
    if (sheet === named || !namesForm(sheet.getFormUrl(), stored)) continue;
    const before = stored.sheetName;
    adopt(workbook, kind, stored, sheet, wanted);
    return { sheet, renamedFrom: before && before !== sheet.getName() ? before : null };
  }
  return { sheet: null, renamedFrom: null };
}

/** The kind whose form writes to `sheet`, or null (another form's tab, or none). */
export function kindOfResponsesSheet(sheet: Sheet): FormKind | null {
  const url = sheet.getFormUrl();
  for (const kind of FORM_KINDS) {
    const stored = storedForm(kind);
    if (stored ? namesForm(url, stored) : sheet.getName() === FORM_DEFINITIONS[kind].sheetName) return kind;
  }
  return null;
}

/** `name`, else `name (2)`, `name (3)`… whichever no other tab has. */
function freeName(workbook: Workbook, name: string): string {
  if (!workbook.sheets.has(name)) return name;
  for (let n = 2; ; n++) if (!workbook.sheets.has(`${name} (${n})`)) return `${name} (${n})`;
}

function adopt(workbook: Workbook, kind: FormKind, stored: StoredForm, sheet: Sheet, wanted: string): void {
  const current = sheet.getName();
  let name = current;
  // A tab Forms just added («Ответы на форму (1)») gets our name; one the deputy renamed keeps theirs.
  if (stored.sheetName === '' && !current.startsWith(wanted)) {
    name = freeName(workbook, wanted);
    sheet.setName(name);
    workbook.sheets.delete(current);
    workbook.sheets.set(name, sheet);
  }
  storedFormValue(kind).write(documentStore(), { ...stored, sheetName: name });
}
