/**
 * The declared columns of several tabs in two Sheets API calls in all (the header rows, then the
 * columns), typed as `Unit.scan` types them: an action that needs a few columns of many tabs (the
 * dashboard) reads neither whole tabs nor two calls a tab.
 */
import { RU } from '../text/ru';
import { batchGet, rangeOf } from '../platform/sheets-api';
import { columnLetters } from './a1';
import type { RawCell } from './cells';
import type { TabKey } from './columns';
import { locateColumns, readTab, type Problem } from './read';
import { MissingTabError } from './repo';
import type { Workbook } from './sheets';
import { TABS } from './tabs';
import { RECORD_SCHEMAS, type RecordOf } from './typed';
import type { Scan, Scanned } from './unit';

export type ScanRequest = Partial<{ [K in TabKey]: readonly (keyof RecordOf<K> & string)[] }>;
export type ScanResult<R extends ScanRequest> = { [K in keyof R & TabKey]: Scan<K, R[K] extends readonly (infer C)[] ? C & keyof RecordOf<K> & string : never> };

/** Sheet rows `from`..`to` (1-based, data only); `to` null reads to the tab's end. */
export interface RowBlock {
  from: number;
  to: number | null;
}

/**
 * `rows` reads only a block of each tab's rows (a part of a job done in parts); the records and
 * problems name the sheet's own rows.
 */
export function scanTabs<R extends ScanRequest>(workbook: Workbook, request: R, rows: RowBlock = { from: 2, to: null }): ScanResult<R> {
  const keys = Object.keys(request) as TabKey[];
  for (const key of keys) if (!workbook.tab(key)) throw new MissingTabError(RU.problems.missingTab(TABS[key].name));
  const headers = batchGet(workbook.id(), keys.map((key) => rangeOf(workbook.nameOf(key), '1:1')), 'UNFORMATTED_VALUE');
  const plans = keys.map((key, i) => {
    const spec = TABS[key];
    const wanted = request[key] as readonly string[];
    const declared = spec.columns.filter((c) => wanted.includes(c.key));
    const located = locateColumns({ ...spec, columns: declared }, headers[i]?.[0] ?? []).columns;
    return { key, spec, declared, located, present: declared.filter((c) => located.has(c.key)) };
  });
  const ranges = plans.flatMap(({ key, present, located }) => present.map((c) => {
    const letter = columnLetters(located.get(c.key)! + 1);
    return rangeOf(workbook.nameOf(key), `${letter}${rows.from}:${letter}${rows.to ?? ''}`);
  }));
  const cells = batchGet(workbook.id(), ranges, 'UNFORMATTED_VALUE');
  const out: Record<string, Scan<TabKey, never>> = {};
  let next = 0;
  for (const { key, spec, declared, located, present } of plans) {
    const own = cells.slice(next, next + present.length);
    next += present.length;
    const height = Math.max(0, ...own.map((c) => c.length));
    const grid: RawCell[][] = Array.from({ length: height }, (_, r) => present.map((_c, i) => own[i]?.[r]?.[0] ?? ''));
    const rowNumbers = Array.from({ length: height }, (_, r) => rows.from + r);
    const compact = readTab({ ...spec, columns: present }, [present.map((c) => c.header), ...grid], null, workbook.zone, { serialDates: true, rowNumbers });
    // Addresses in the compact grid name its own columns: put the sheet's back.
    const letterOf = new Map(present.map((c, i) => [columnLetters(i + 1), columnLetters(located.get(c.key)! + 1)]));
    const problems: Problem[] = compact.problems.map((p) => ({ ...p, cell: p.cell.replace(/^[A-Z]+/, (l) => letterOf.get(l) ?? l) }));
    const schema = (RECORD_SCHEMAS[key] as unknown as { pick(mask: Record<string, true>): { safeParse(v: unknown): { success: boolean; data?: unknown } } }).pick(
      Object.fromEntries(declared.map((c) => [c.key, true])),
    );
    const records: Array<Scanned<never>> = [];
    // Rows with a cell that did not read: a page would read them whole to show them.
    const failed = new Set(problems.map((p) => Number(/\d+$/.exec(p.cell)?.[0] ?? 0)).filter((row) => row > 0));
    for (const r of compact.records) {
      const value: Record<string, unknown> = {};
      for (const column of declared) {
        const list = column.kind.type === 'options' || column.kind.type === 'refs';
        value[column.key] = r.values[column.key] ?? (list ? [] : null);
      }
      const parsed = schema.safeParse(value);
      if (parsed.success) records.push({ row: r.row, value: parsed.data as never });
      else failed.add(r.row);
    }
    out[key] = { records, problems, failed: [...failed].sort((a, b) => a - b) };
  }
  return out as unknown as ScanResult<R>;
}
