/**
 * What set-up must change in one tab, decided from its header row alone (pure): which columns to
 * append, which are missing although set-up created them before (renamed or deleted by a person:
 * reported, never recreated elsewhere), and where every known column now sits.
 */
import type { RawCell } from './cells';
import type { ColumnSpec, TabSpec } from './columns';
import { locateColumns, type Problem } from './read';
import { RU } from '../text/ru';

export interface LayoutPlan {
  /** Columns to add after the last used column, in this order. */
  append: ColumnSpec[];
  /** Columns set-up made before and that are gone now. */
  missing: ColumnSpec[];
  /** Final 0-based position of every column that will exist. */
  positions: Map<string, number>;
  /** Columns found under an earlier header (ColumnSpec.formerHeaders), by 0-based position: set-up renames them. */
  renamed: Array<{ column: ColumnSpec; index: number }>;
  problems: Problem[];
}

/**
 * `remembered` holds the keys set-up created or found in this tab before (null when unknown, e.g.
 * a workbook copied without its document properties: then nothing counts as deleted).
 */
export function planLayout(spec: TabSpec, header: readonly RawCell[], remembered: ReadonlySet<string> | null): LayoutPlan {
  const { columns, problems, former } = locateColumns(spec, header);
  const renamed = spec.columns.filter((c) => former.has(c.key)).map((column) => ({ column, index: former.get(column.key)! }));
  const positions = new Map(columns);
  const append: ColumnSpec[] = [];
  const missing: ColumnSpec[] = [];
  let next = lastUsed(header) + 1;
  for (const column of spec.columns) {
    if (columns.has(column.key)) continue;
    if (remembered?.has(column.key)) {
      missing.push(column);
      problems.push({ tab: spec.name, cell: '', message: RU.problems.missingColumn(column.header), severity: 'error' });
      continue;
    }
    append.push(column);
    positions.set(column.key, next++);
  }
  return { append, missing, positions, problems, renamed };
}

function lastUsed(header: readonly RawCell[]): number {
  for (let i = header.length - 1; i >= 0; i--) if (header[i] !== '' && header[i] !== null && header[i] !== undefined) return i;
  return -1;
}
