/**
 * References are ids; the names beside them are for people. When a record's name changes, every
 * visible name that stands for it is rewritten, in every tab (one read per referring tab, one
 * block write per run of changed rows). A renamed teacher also renames the programmes labelled
 * with their name, and those labels are refreshed in turn.
 */
import { LIST_SEPARATOR, type TabKey } from './columns';
import { recordLabel } from './labels';
import { loadTab, updateRecords, type LoadedTab } from './repo';
import type { Workbook } from './sheets';
import { TABS } from './tabs';

type Loaded = Partial<{ [K in TabKey]: LoadedTab<K> }>;

/** Tabs already read in this action are reused; others are read once here. */
function tab<K extends TabKey>(workbook: Workbook, loaded: Loaded, key: K): LoadedTab<K> | null {
  const have = loaded[key] as LoadedTab<K> | undefined;
  if (have) return have;
  if (!workbook.sheets.has(TABS[key].name)) return null;
  const read = loadTab(workbook, key);
  (loaded as Record<string, unknown>)[key] = read;
  return read;
}

/**
 * Rewrites the names shown for `target` records in every referring tab, given each record's
 * current label. Only rows whose shown name differs are written.
 */
export function refreshNames(workbook: Workbook, loaded: Loaded, target: TabKey, labelOf: (id: string) => string | undefined): void {
  for (const spec of Object.values(TABS)) {
    const refs = spec.columns.filter((c) => (c.kind.type === 'ref' || c.kind.type === 'refs') && c.kind.tab === target);
    if (refs.length === 0) continue;
    const referring = tab(workbook, loaded, spec.key);
    if (!referring) continue;
    const updates: Array<{ row: number; values: Record<string, unknown> }> = [];
    for (const record of referring.records) {
      const values = record.value as Record<string, unknown>;
      const changed: Record<string, unknown> = {};
      for (const column of refs) {
        if (column.kind.type !== 'ref' && column.kind.type !== 'refs') continue;
        const ids = column.kind.type === 'ref' ? [values[column.key]].filter((v): v is string => typeof v === 'string') : ((values[column.key] as string[] | undefined) ?? []);
        if (ids.length === 0) continue;
        const names = ids.map((id) => labelOf(id) ?? null);
        if (names.some((n) => n === null)) continue; // an unknown id is the data check's to report
        const shown = names.join(LIST_SEPARATOR);
        if (values[column.kind.label] !== shown) changed[column.kind.label] = shown;
      }
      if (Object.keys(changed).length > 0) updates.push({ row: record.row, values: changed });
    }
    if (updates.length > 0) updateRecords(workbook, referring, updates as never);
  }
}

/**
 * After a teacher's rename (the records read earlier in this action still hold the old name): their
 * name everywhere, and the labels of the programmes named after them.
 */
export function refreshTeacherNames(workbook: Workbook, loaded: Loaded, renamed: { id: string; name: string }): void {
  const teachers = tab(workbook, loaded, 'teachers');
  if (!teachers) return;
  const nameOf = (id: string) => (id === renamed.id ? renamed.name : teachers.byId.get(id)?.value.fullName);
  refreshNames(workbook, loaded, 'teachers', nameOf);
  const programmes = tab(workbook, loaded, 'programmes');
  if (!programmes) return;
  refreshNames(workbook, loaded, 'programmes', (id) => {
    const programme = programmes.byId.get(id)?.value;
    return programme ? recordLabel('programmes', { ...programme, teacherName: (programme.teacherId && nameOf(programme.teacherId)) || programme.teacherName }) : undefined;
  });
}
