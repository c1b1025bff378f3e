/**
 * The selection gives a page its record: with a teacher's or a programme's row selected, the
 * menu item opens on that record (one read of the active range, no per-row calls).
 */
import type { TabKey } from './columns';
import type { LoadedTab } from './repo';
import type { TeacherNames } from './unit';

/** The id of the record in the row the user has selected, if that row is on `tab`'s sheet. */
export function selectedId<K extends TabKey>(tab: LoadedTab<K>): string | null {
  const row = selectedRow(tab);
  if (row < 2) return null;
  const record = tab.records.find((r) => r.row === row);
  const id = (record?.value as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : null;
}

/** The sheet row the user has selected on `tab`'s sheet (0 when the selection is elsewhere). */
export function selectedRow<K extends TabKey>(tab: LoadedTab<K>): number {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getActiveSheet();
  if (!sheet || sheet.getName() !== tab.name) return 0;
  const range = spreadsheet.getActiveRange();
  return range ? range.getRow() : 0;
}

/** People to pick from: teachers by name, for selects. */
export function teacherChoices(teachers: Pick<TeacherNames, 'records'>): Array<{ id: string; name: string }> {
  return teachers.records
    .map((r) => ({ id: r.value.id, name: r.value.fullName }))
    .sort((a, b) => a.name.localeCompare(b.name, 'ru'));
}

/** The names shown beside ids (refs are written as both). */
export function namesOf(teachers: Pick<TeacherNames, 'byId'>, ids: readonly string[]): string[] {
  return ids.map((id) => teachers.byId.get(id)?.value.fullName ?? id);
}
