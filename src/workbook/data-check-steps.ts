/**
 * «Проверить данные» in parts: a plan cuts each tab into blocks of rows small enough for one call,
 * and each part checks its block cell by cell (values read with getValues, which tells a date typed
 * into a text column from a number). What needs other rows comes from narrow reads through the
 * Sheets API (the ids and names a reference points at) or goes back as keys that the merge compares
 * across parts (check-merge.ts: repeated ids, sessions, e-mails, protocol numbers).
 */
import { RU } from '../text/ru';
import { batchGet, rangeOf } from '../platform/sheets-api';
import { a1, columnLetters, parseA1 } from './a1';
import type { RawCell } from './cells';
import { checkReferences, indexTab, type Index } from './check';
import { FIRST_CELL, type StepReport, type UniqueEntry } from '../domain/check-merge';
import type { TabKey } from './columns';
import { locateColumns, readTab, tabProblem, type Problem, type SheetRecord, type TabRead } from './read';
import { planProblems } from './plan-check';
import { rowBlocks } from './row-blocks';
import { RULES, UNIQUE_KEYS, type RuleContext } from './rules';
import { settingsFrom } from './settings-read';
import type { Workbook } from './sheets';
import { TAB_ORDER, TABS } from './tabs';
import { typedRecords } from './typed';

/** One part: rows `from`..`to` (1-based sheet rows, data only) of one tab. */
export interface CheckStep {
  tab: TabKey;
  from: number;
  to: number;
}

export interface CheckPlan {
  steps: CheckStep[];
  /** Tab names in the book's order, for sorting the merged problems. */
  tabs: string[];
  /** Tabs that are missing. */
  problems: Problem[];
}

/** The tabs people fill; the log is the add-on's own. */
export const CHECKED = TAB_ORDER.filter((key) => key !== 'log');

/**
 * Cells one part reads, so that it stays under 10 s on the bench's model (bench/latency.ts):
 * getValues at 0.1 ms a cell plus the formulas through the Sheets API at 0.03 ms a cell is about
 * 5 s for 40,000 cells, leaving room for the narrow reads and the add-on's own work.
 */
export const STEP_CELLS = 40_000;
/**
 * A cell read through the Sheets API costs a quarter of a block cell's time (0.03 vs 0.13 ms) but
 * as much of the add-on's own time to decode: counted as half.
 */
const NARROW_CELL_SHARE = 0.5;
const MIN_ROWS = 50;

/** The columns `recordLabel` names a record by (labels.ts), read only when a name must be matched. */
const LABEL_COLUMNS: Partial<Record<TabKey, string[]>> = {
  teachers: ['fullName'],
  communities: ['name'],
  programmes: ['teacherName', 'start'],
  sessions: ['date', 'topic'],
  protocols: ['number', 'communityName', 'date'],
};

/** The other tabs' columns a tab's rules look up through the context (rules.ts). */
const CONTEXT_COLUMNS: Partial<Record<TabKey, Partial<Record<TabKey, string[]>>>> = {
  planItems: { programmes: ['start', 'end'] },
  decisions: { protocols: ['date'] },
  // 000 I.3: a coaching session's coach must be marked as one on her card.
  sessions: { teachers: ['coachBasis'], programmes: ['teacherId', 'teacherName'] },
  // A protocol is of its meeting's school year.
  protocols: { sessions: ['date'] },
};

function targetsOf(key: TabKey): TabKey[] {
  const targets = new Set<TabKey>(Object.keys(CONTEXT_COLUMNS[key] ?? {}) as TabKey[]);
  for (const column of TABS[key].columns) if (column.kind.type === 'ref' || column.kind.type === 'refs') targets.add(column.kind.tab);
  return [...targets];
}

/**
 * The parts, in the book's order: tabs by their size now (two calls a tab). `maxCells` sets the
 * size of a part; Infinity makes one part a tab.
 */
export function planCheck(workbook: Workbook, maxCells: number = STEP_CELLS): CheckPlan {
  const problems: Problem[] = [];
  const size = new Map<TabKey, { rows: number; width: number }>();
  // A tab renamed by a person is checked under its new name, and the rename is noted.
  for (const renamed of workbook.renamedTabs()) problems.push({ tab: renamed.now, cell: '', message: RU.problems.tabRenamed(renamed.name, renamed.now), severity: 'warning' });
  for (const key of CHECKED) {
    const sheet = workbook.tab(key);
    if (!sheet) problems.push({ tab: TABS[key].name, cell: '', message: RU.problems.missingTab(TABS[key].name), severity: 'error' });
    else size.set(key, { rows: sheet.getLastRow(), width: Math.max(1, sheet.getLastColumn()) });
  }
  const steps: CheckStep[] = [];
  for (const key of CHECKED) {
    const own = size.get(key);
    if (!own) continue;
    // The naming columns are read only for a name given without an id, rare: not planned for.
    const narrow = targetsOf(key).reduce((sum, t) => sum + (size.get(t)?.rows ?? 0) * (1 + (CONTEXT_COLUMNS[key]?.[t]?.length ?? 0)), 0);
    const rows = Math.max(MIN_ROWS, Math.floor((maxCells - narrow * NARROW_CELL_SHARE) / own.width));
    for (const block of rowBlocks(own.rows, rows)) steps.push({ tab: key, ...block });
  }
  return { steps, tabs: TAB_ORDER.map((key) => workbook.nameOf(key)), problems };
}

/** Checks one part. Its header problems and merged cells are reported by the tab's first part. */
export function runCheckStep(workbook: Workbook, step: CheckStep): StepReport {
  const report = checkStep(workbook, step);
  const now = workbook.nameOf(step.tab);
  const own = TABS[step.tab].name;
  if (now === own) return report;
  // Problems name the cells of the tab as it is called now.
  const named = <T extends { tab: string }>(list: T[]) => list.map((p) => (p.tab === own ? { ...p, tab: now } : p));
  return { problems: named(report.problems), unique: named(report.unique), rows: Object.fromEntries(Object.entries(report.rows).map(([k, v]) => [k === own ? now : k, v])) };
}

function checkStep(workbook: Workbook, step: CheckStep): StepReport {
  const spec = TABS[step.tab];
  const sheet = workbook.tab(step.tab);
  if (!sheet) return { problems: [{ tab: spec.name, cell: '', message: RU.problems.missingTab(spec.name), severity: 'error' }], unique: [], rows: {} };
  const first = step.from <= 2;
  const width = Math.max(1, sheet.getLastColumn());
  // Rows deleted since the plan are not read (a range past the sheet's end is refused).
  const to = Math.min(step.to, sheet.getLastRow());
  const header = sheet.getRange(1, 1, 1, width).getValues()[0] as RawCell[];
  const count = Math.max(0, to - step.from + 1);
  let values: RawCell[][] = [];
  let formulas: string[][] = [];
  if (count > 0) {
    values = sheet.getRange(step.from, 1, count, width).getValues() as RawCell[][];
    const [api] = batchGet(workbook.id(), [rangeOf(workbook.nameOf(step.tab), `A${step.from}:${columnLetters(width)}${to}`)], 'FORMULA');
    // A cell whose formula reading differs from its value holds a formula; text typed after an
    // apostrophe reads the same both ways.
    formulas = values.map((line, r) => line.map((value, c) => {
      const f = api?.[r]?.[c];
      return typeof f === 'string' && f.startsWith('=') && f !== value ? f : '';
    }));
  }
  const rowNumbers = values.map((_, r) => step.from + r);
  const read = readTab(spec, [header, ...values], [[], ...formulas], workbook.zone, { rowNumbers });
  const problems = read.problems.filter((p) => first || !isHeaderProblem(p));
  if (first) problems.push(...mergedCells(sheet, spec.name));
  const rows = { [spec.name]: read.records.length };
  if (step.tab === 'settings') {
    // Its rows are keys and values, read by the settings' own parser (the whole tab is one part).
    problems.push(...settingsFrom(read, workbook.zone).problems);
    return { problems, unique: [], rows };
  }
  problems.push(...typedRecords(step.tab, read).problems);
  const unique: UniqueEntry[] = [];
  rowChecks(workbook, step.tab, read, problems, unique);
  // A plan against the monthly minimum needs all its rows: the tab's first part checks them.
  if (step.tab === 'communityPlans' && first) problems.push(...planProblems(workbook));
  return { problems, unique, rows };
}

function isHeaderProblem(p: Problem): boolean {
  return p.cell === '' || parseA1(p.cell)?.row === 1;
}

/** Merged cells hide every value but the upper-left one and break row-by-row writing. */
function mergedCells(sheet: GoogleAppsScript.Spreadsheet.Sheet, tab: string): Problem[] {
  return sheet
    .getDataRange()
    .getMergedRanges()
    .map((merge) => {
      const notation = merge.getA1Notation();
      return { tab, cell: notation.split(':')[0]!, message: RU.problems.merged(notation), severity: 'error' as const };
    });
}

/** Ids, references, each row's rules, and the keys that must be unique across the whole tab. */
function rowChecks(workbook: Workbook, key: TabKey, read: TabRead, problems: Problem[], unique: UniqueEntry[]): void {
  const at = (record: SheetRecord, column: string) => a1(record.row, (read.columns.get(column) ?? 0) + 1);
  const idColumn = read.columns.get('id');
  for (const record of read.records) {
    if (idColumn === undefined) break;
    const id = record.values.id as string | null;
    if (id) unique.push({ group: `${key}#id`, key: id, tab: read.spec.name, cell: at(record, 'id'), message: RU.problems.duplicateId(id, FIRST_CELL), severity: 'error' });
    else if (record.raw.id === '' || record.raw.id === undefined) problems.push(tabProblem(read.spec, at(record, 'id'), RU.problems.missingId, 'warning'));
  }
  (UNIQUE_KEYS[key] ?? []).forEach((rule, i) => {
    for (const record of read.records) {
      const k = rule.key(record.values);
      if (k !== null) unique.push({ group: `${key}#${i}`, key: hash(k), tab: read.spec.name, cell: at(record, rule.column), message: rule.message(record.values, FIRST_CELL), severity: 'error' });
    }
  });
  const indexes = targetIndexes(workbook, key, read);
  const context: RuleContext = {
    indexes: { has: (tab, id) => !!indexes.get(tab)?.ids.has(id), get: (tab, id) => indexes.get(tab)?.ids.get(id)?.values },
    today: workbook.zone.dayOf(new Date()),
  };
  for (const record of read.records) {
    checkReferences(read, record, indexes, problems);
    for (const rule of RULES[key] ?? []) {
      for (const found of rule(record.values, context)) problems.push(tabProblem(read.spec, at(record, found.column), found.message, found.severity ?? 'error'));
    }
  }
}

/**
 * The tabs this part's references and rules look into, read whole but narrow: the id column, the
 * naming columns only when some row gives a name without an id, and the rules' columns. Two calls.
 */
function targetIndexes(workbook: Workbook, key: TabKey, read: TabRead): Map<TabKey, Index> {
  const wants: Array<{ key: TabKey; columns: string[] }> = [];
  for (const target of targetsOf(key)) {
    if (!workbook.tab(target)) continue;
    const columns = new Set(['id', ...(CONTEXT_COLUMNS[key]?.[target] ?? [])]);
    if (namesWithoutIds(read, target)) for (const c of LABEL_COLUMNS[target] ?? []) columns.add(c);
    wants.push({ key: target, columns: [...columns] });
  }
  const indexes = new Map<TabKey, Index>();
  for (const [target, tab] of readNarrow(workbook, wants)) indexes.set(target, indexTab(target, tab, []));
  return indexes;
}

function namesWithoutIds(read: TabRead, target: TabKey): boolean {
  for (const column of read.spec.columns) {
    const kind = column.kind;
    if ((kind.type !== 'ref' && kind.type !== 'refs') || kind.tab !== target) continue;
    for (const record of read.records) {
      const ids = record.values[column.key];
      const empty = ids === null || ids === undefined || (Array.isArray(ids) && ids.length === 0);
      const name = record.values[kind.label];
      if (empty && typeof name === 'string' && name.trim() !== '') return true;
    }
  }
  return false;
}

/** The named columns of whole tabs through the Sheets API: the header rows, then the columns. */
function readNarrow(workbook: Workbook, wants: ReadonlyArray<{ key: TabKey; columns: string[] }>): Map<TabKey, TabRead> {
  const out = new Map<TabKey, TabRead>();
  if (wants.length === 0) return out;
  const headers = batchGet(workbook.id(), wants.map((w) => rangeOf(workbook.nameOf(w.key), '1:1')), 'UNFORMATTED_VALUE');
  const located = wants.map((w, i) => {
    const spec = TABS[w.key];
    const declared = spec.columns.filter((c) => w.columns.includes(c.key));
    const columns = locateColumns({ ...spec, columns: declared }, headers[i]?.[0] ?? []).columns;
    return { spec, present: declared.filter((c) => columns.has(c.key)), columns };
  });
  const ranges = located.flatMap(({ spec, present, columns }) => present.map((c) => {
    const letter = columnLetters(columns.get(c.key)! + 1);
    return rangeOf(workbook.nameOf(spec.key), `${letter}2:${letter}`);
  }));
  const cells = batchGet(workbook.id(), ranges, 'UNFORMATTED_VALUE');
  let next = 0;
  located.forEach(({ spec, present }, i) => {
    const own = cells.slice(next, next + present.length);
    next += present.length;
    const height = Math.max(0, ...own.map((c) => c.length));
    const rows = Array.from({ length: height }, (_, r) => present.map((_c, j) => own[j]?.[r]?.[0] ?? ''));
    out.set(wants[i]!.key, readTab({ ...spec, columns: present }, [present.map((c) => c.header), ...rows], null, workbook.zone, { serialDates: true }));
  });
  return out;
}

/** A short stand-in for a long key (53-bit cyrb53): a session's slot names all its people. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
