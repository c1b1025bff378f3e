/**
 * Rows a page cannot read as records (a cell with a value not in its list, a date that is no
 * date): never dropped unseen. Each comes with what can be read of it and its problems by cell, so
 * a page lists it read-only, names the problem and links to the cell.
 */
import { parseA1 } from './a1';
import type { TabKey } from './columns';
import type { LoadedTab } from './repo';
import { typedRecords } from './typed';

export type CellIssue = { tab: string; cell: string; message: string };

export interface UnreadableRow {
  row: number;
  /** The row's ID when its own cell reads. */
  id: string | null;
  /** Whatever the row's other cells read as (bad cells are absent). */
  values: Record<string, unknown>;
  raw: Record<string, unknown>;
  issues: CellIssue[];
}

export function unreadableRows<K extends TabKey>(tab: LoadedTab<K>): UnreadableRow[] {
  const read = new Set(tab.records.map((r) => r.row));
  const dropped = tab.read.records.filter((r) => !read.has(r.row));
  if (dropped.length === 0) return [];
  const problems = [...tab.read.problems, ...typedRecords(tab.key, tab.read).problems].filter((p) => p.severity === 'error' && p.cell);
  return dropped.map((record) => ({
    row: record.row,
    id: typeof record.values.id === 'string' ? record.values.id : null,
    values: record.values,
    raw: record.raw,
    issues: problems.filter((p) => parseA1(p.cell)?.row === record.row).map(({ cell, message }) => ({ tab: tab.name, cell, message })),
  }));
}

/** «Программы!N3: «Статус»: …», for a message naming every problem of a row. */
export function issuesText(issues: readonly CellIssue[]): string {
  return issues.map((i) => `${i.tab}!${i.cell}: ${i.message}`).join('; ');
}
