/**
 * The widths a table's columns are drawn at, in points, for the renderings (.docx, HTML, PDF): the
 * widths the document sets; columns without one share what is left of the space available
 * (Docs gives a new table equal columns across the text width).
 */
import type { TableNode } from './model';

export function tableColumnWidths(table: TableNode, available: number): number[] {
  const columns = Math.max(1, ...table.children.map((r) => r.children.length));
  const set = Array.from({ length: columns }, (_, i) => table.columnWidths?.[i] ?? null);
  const fixed = set.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  const open = set.filter((w) => w === null).length;
  const share = open > 0 ? Math.max(10, (available - fixed) / open) : 0;
  return set.map((w) => w ?? share);
}
