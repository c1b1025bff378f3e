/**
 * Puts the parts of a data check done in several calls back together: the sidebar and the one-call
 * check both use it, so a check in parts reports what one pass reports. Pure: no Apps Script, no
 * Russian text (each part's messages come written).
 */
/** A problem as the data check reports it (workbook/read.ts `Problem`). */
export interface Problem {
  tab: string;
  /** "B7", or "" for the whole tab. */
  cell: string;
  message: string;
  severity: 'error' | 'warning';
}

/** Stands for the first row's cell in a key's message until the merge knows which row was first. */
export const FIRST_CELL = '\u0001';

/**
 * A row's value of something that must be unique (an id, a session's slot): a later row with the
 * same key in the same group is a duplicate of the first, wherever the parts split the tab.
 */
export interface UniqueEntry {
  group: string;
  key: string;
  tab: string;
  cell: string;
  /** The message if this row repeats an earlier one, with FIRST_CELL where the earlier cell goes. */
  message: string;
  severity: Problem['severity'];
}

export interface StepReport {
  problems: Problem[];
  unique: UniqueEntry[];
  /** Filled rows read per tab name. */
  rows: Record<string, number>;
}

export interface CheckReport {
  problems: Problem[];
  errors: number;
  warnings: number;
  /** Rows read per tab, so the deputy sees what was covered. */
  rows: Record<string, number>;
}

/** What the parts done so far found; parts must be merged in the plan's order. */
export class CheckTally {
  private readonly problems: Problem[] = [];
  private readonly first = new Map<string, string>();
  private readonly rows: Record<string, number> = {};

  add(step: StepReport): this {
    this.problems.push(...step.problems);
    for (const entry of step.unique) {
      const id = `${entry.group}\u0002${entry.key}`;
      const earlier = this.first.get(id);
      if (earlier === undefined) this.first.set(id, entry.cell);
      else this.problems.push({ tab: entry.tab, cell: entry.cell, message: entry.message.split(FIRST_CELL).join(earlier), severity: entry.severity });
    }
    for (const [tab, n] of Object.entries(step.rows)) this.rows[tab] = (this.rows[tab] ?? 0) + n;
    return this;
  }

  /** The report, problems by tab in `tabOrder`, then row, then column. */
  report(tabOrder: readonly string[]): CheckReport {
    const sorted = sortProblems(this.problems, tabOrder);
    return {
      problems: sorted,
      errors: sorted.filter((p) => p.severity === 'error').length,
      warnings: sorted.filter((p) => p.severity === 'warning').length,
      rows: { ...this.rows },
    };
  }
}

/** By tab (in `tabOrder`), then row, then column; whole-tab problems first. */
export function sortProblems(problems: readonly Problem[], tabOrder: readonly string[]): Problem[] {
  const rank = new Map(tabOrder.map((name, i) => [name, i]));
  const parse = (cell: string) => {
    const match = /^([A-Z]+)(\d+)$/.exec(cell);
    if (!match) return { row: 0, column: 0 };
    const column = [...match[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return { row: Number(match[2]), column };
  };
  return [...problems].sort((a, b) => {
    const tab = (rank.get(a.tab) ?? 99) - (rank.get(b.tab) ?? 99);
    if (tab !== 0) return tab;
    const x = parse(a.cell);
    const y = parse(b.cell);
    return x.row - y.row || x.column - y.column;
  });
}
