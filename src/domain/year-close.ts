/**
 * The end of a school year as plain rules: which year a close means, which community reports are
 * still to be made (003 §7: a report per community per year), and which programmes are left
 * unfinished for the deputy to extend or conclude. Nothing here deletes anything.
 */
import { addMonths, makeLocalDate, schoolYearOf, type LocalDate } from './local-date';
import type { Community, PlanItem, SupportProgramme } from './records';
import { yearBounds } from './dashboard';

/**
 * January–August close the running year; September–December, the one that has just ended (a
 * deputy closing late in the autumn means last year, not the year barely begun).
 */
export function yearToClose(today: LocalDate): string {
  const month = Number(today.slice(5, 7));
  return month >= 9 ? schoolYearOf(addMonths(today, -12)) : schoolYearOf(today);
}

export function nextSchoolYear(year: string): string {
  const first = Number(year.slice(0, 4)) + 1;
  return `${first}/${first + 1}`;
}

/** The annual report's record id, as the documents job knows it. */
export const annualReportId = (communityId: string, year: string): string => `${communityId}:${year}`;

/**
 * The day a school year's report becomes final: 1 June of its second calendar year, when its last
 * school month (May) has ended (meetings are counted September to May: 003 §5.2 «не реже одного
 * раза в месяц» over the school months). A report made earlier is an interim one.
 */
export function finalReportFrom(year: string): LocalDate {
  return makeLocalDate(Number(year.slice(0, 4)) + 1, 6, 1)!;
}

/**
 * Communities whose final report for `year` is not in the register yet (so a second close makes
 * none); an interim report (registered before the year ended) does not count as the year's report.
 */
export function reportsToMake(
  communities: ReadonlyArray<Pick<Community, 'id'>>,
  registered: ReadonlyArray<{ kind: string; recordId: string | null; created?: LocalDate }>,
  year: string,
): string[] {
  const final = finalReportFrom(year);
  const done = new Set(registered.filter((d) => d.kind === 'annualReport' && (!d.created || d.created >= final)).map((d) => d.recordId));
  return communities.map((c) => annualReportId(c.id, year)).filter((id) => !done.has(id));
}

export interface UnfinishedProgramme {
  id: string;
  teacherName: string;
  status: string;
  start: LocalDate;
  end: LocalDate;
  itemsDone: number;
  itemsTotal: number;
}

/** Programmes still open (draft or active) whose end falls in the closed year or earlier. */
export function unfinishedProgrammes(programmes: readonly SupportProgramme[], items: readonly PlanItem[], year: string): UnfinishedProgramme[] {
  const { end } = yearBounds(year);
  return programmes
    .filter((p) => (p.status === 'active' || p.status === 'draft') && p.end <= end)
    .map((p) => {
      const own = items.filter((i) => i.programmeId === p.id);
      return { id: p.id, teacherName: p.teacherName ?? '', status: p.status, start: p.start, end: p.end, itemsDone: own.filter((i) => i.status === 'done').length, itemsTotal: own.length };
    })
    .sort((a, b) => a.end.localeCompare(b.end) || a.teacherName.localeCompare(b.teacherName, 'ru'));
}

/** A new end for an extended programme must come after its start and after the closed year. */
export function extensionProblem(programme: { start: LocalDate }, newEnd: LocalDate, year: string): 'beforeStart' | 'insideYear' | null {
  if (newEnd <= programme.start) return 'beforeStart';
  if (newEnd <= yearBounds(year).end) return 'insideYear';
  return null;
}

/** The default extension: to 31 May of the next school year. */
export function defaultExtension(year: string): LocalDate {
  return makeLocalDate(Number(year.slice(0, 4)) + 2, 5, 31)!;
}
