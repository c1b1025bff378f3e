/**
 * «Сводка» as one block of values (plain data): titled sections stacked down the sheet, and the
 * ranges the charts read. Values, not formulas: a formula over another tab breaks when the deputy
 * sorts or filters it, a value stays true to the "as of" stamp.
 */
import type { Dashboard } from '../domain/dashboard';
import { formatRu } from '../domain/local-date';
import { monthRuns } from '../domain/minimum-months';
import * as O from '../domain/options';
import { neutralize } from '../workbook/cells';
import { RU } from '../text/ru';

const T = RU.overview;

export type Cell = string | number;

export interface Rect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export type ChartKey = 'sessions' | 'outcomes' | 'regularity';

export interface ChartPlan {
  key: ChartKey;
  title: string;
  type: 'COLUMN' | 'PIE' | 'LINE';
  /** The data, header row included (the first row is the series names). */
  range: Rect;
  stacked: boolean;
  anchor: { row: number; column: number };
}

export interface DashboardSheet {
  rows: Cell[][];
  width: number;
  /** 1-based rows of section titles and table headers, shown bold. */
  boldRows: number[];
  charts: ChartPlan[];
}

/** "сентябрь 2026", kept as text (Sheets would read a month name and year as a date). */
export function monthLabel(month: string): string {
  const name = RU.documentNames.monthsNominative[Number(month.slice(5, 7)) - 1] ?? month;
  return `'${T.monthLabel(name, month.slice(0, 4))}`;
}

const text = (s: string): string => neutralize(s);

export function dashboardSheet(d: Dashboard): DashboardSheet {
  const rows: Cell[][] = [];
  const boldRows: number[] = [];
  const charts: ChartPlan[] = [];
  const section = (title: string, header?: readonly string[]) => {
    if (rows.length > 0) rows.push([]);
    rows.push([title]);
    boldRows.push(rows.length);
    if (header) {
      rows.push([...header]);
      boldRows.push(rows.length);
    }
  };
  const table = (body: Cell[][]): Rect => {
    // The table's header is the row above its first body row.
    const first = rows.length;
    rows.push(...body);
    return { row: first, column: 1, numRows: body.length + 1, numColumns: Math.max(...body.map((r) => r.length), 1) };
  };
  const currentMonth = d.today.slice(0, 7);

  rows.push([T.title, '', T.rewritten], [T.period(d.schoolYear, monthLabel(currentMonth).slice(1)), T.asOf(formatRu(d.today))]);
  boldRows.push(1);

  section(T.main, T.mainColumns);
  rows.push(
    [T.teachersSupported, d.teachersSupportedYear, d.teachersSupportedMonth],
    [T.sessionsHeld, d.sessionsHeldYear, d.sessionsHeldMonth],
    [T.coachingHours, d.coachingHoursYear, d.coachingHoursMonth],
    [T.coachingWithoutTimes, d.coachingWithoutTimes, ''],
    [T.planTotal, d.planItems.total, ''],
    [T.planDone, d.planItems.done, d.planItems.doneThisMonth],
    [T.planOverdue, d.planItems.overdue, ''],
    [T.contestWins, d.contestWins, ''],
  );

  section(T.byStatus, T.statusColumns);
  table(O.PROGRAMME_STATUSES.keys.map((k) => [O.PROGRAMME_STATUSES.label(k), d.programmesByStatus[k]]));

  section(T.byOutcome, T.outcomeColumns);
  const outcomes = table([...O.CONCLUSION_OUTCOMES.keys.map((k) => [O.CONCLUSION_OUTCOMES.label(k), d.programmesByOutcome[k]] as Cell[]), [T.noConclusion, d.programmesByOutcome.none]]);
  charts.push({ key: 'outcomes', title: T.chartOutcomes, type: 'PIE', range: outcomes, stacked: false, anchor: { row: 0, column: 0 } });

  const kinds = O.SESSION_KINDS.keys;
  section(T.sessionsByMonth, [T.monthColumn, ...kinds.map((k) => O.SESSION_KINDS.label(k)), T.total]);
  const sessions = table(d.months.map((m, i) => [monthLabel(m.month), ...kinds.map((k) => d.sessionsByMonth[i]![k]), kinds.reduce((sum, k) => sum + d.sessionsByMonth[i]![k], 0)]));
  // The chart leaves out the total column: stacked kinds already add up to it.
  charts.push({ key: 'sessions', title: T.chartSessions, type: 'COLUMN', range: { ...sessions, numColumns: kinds.length + 1 }, stacked: true, anchor: { row: 0, column: 0 } });

  if (d.communities.length === 0) {
    section(T.regularity);
    rows.push([T.noCommunities]);
  } else {
    section(T.regularity, [T.monthColumn, ...d.communities.map((c) => text(c.name))]);
    const regularity = table(d.months.map((m, i) => [monthLabel(m.month), ...d.communities.map((c) => c.perMonth[i]!)]));
    rows.push(
      [T.minimumRow, ...d.communities.map((c) => c.minimum)],
      [T.belowRow, ...d.communities.map((c) => c.monthsBelow)],
      [T.minimumMonthsRow, RU.rhythm.monthsText(monthRuns(d.minimumMonths))],
    );
    charts.push({ key: 'regularity', title: T.chartRegularity, type: 'COLUMN', range: regularity, stacked: false, anchor: { row: 0, column: 0 } });
  }

  section(T.silent, T.silentColumns);
  if (d.silentTeachers.length === 0) rows.push([T.nobody]);
  for (const t of d.silentTeachers) rows.push([text(t.name), t.lastActivity ? `'${formatRu(t.lastActivity)}` : T.never]);

  section(T.achievements, T.achievementColumns);
  table(O.ACHIEVEMENT_KINDS.keys.map((k) => [O.ACHIEVEMENT_KINDS.label(k), d.achievementsByKind[k]]));
  section(T.contestsByLevel, T.levelColumns);
  table([...O.ACHIEVEMENT_LEVELS.keys.map((k) => [O.ACHIEVEMENT_LEVELS.label(k), d.contestsByLevel[k]] as Cell[]), [T.noLevel, d.contestsByLevel.none]]);

  const width = Math.max(...rows.map((r) => r.length));
  // Charts stand to the right of the figures, one under another.
  const column = width + 2;
  const order: ChartKey[] = ['sessions', 'outcomes', 'regularity'];
  charts.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
  charts.forEach((c, i) => (c.anchor = { row: 1 + i * 20, column }));
  return { rows: rows.map((r) => [...r, ...new Array<Cell>(width - r.length).fill('')]), width, boldRows, charts };
}
