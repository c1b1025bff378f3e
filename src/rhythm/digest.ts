/**
 * The deputy's monthly digest (pure): programmes ending or overdue, conclusions not written,
 * communities behind their rhythm, supported teachers not seen for two months, and the add-on's
 * own failures since the previous digest. Sent every month, "all good" included, so its absence
 * is itself a signal.
 */
import { addMonths, formatRu, type LocalDate } from '../domain/local-date';
import { programmeLinkHolds } from '../domain/sane-values';
import { minimumApplies, monthRuns } from '../domain/minimum-months';
import { RU } from '../text/ru';
import { inMonth, monthBefore, monthlyMinimum, monthName, type MonthKey } from './calendar';
import type { RhythmData, RhythmLinks } from './data';
import { CommunityCounts } from './monthly';
import type { EmailSection, Outgoing } from './email';

const T = RU.rhythm;

/** Failures the add-on met since the last digest, counted by the caller from its own records. */
export interface Failures {
  logErrors: number;
  mailFailed: number;
  documentsFailed: number;
  deferred: number;
  noAddress: string[];
}

export function communitiesBehind(data: RhythmData, month: MonthKey): string[] {
  const previous = monthBefore(data.today);
  const lines: string[] = [];
  const counts = new CommunityCounts(data.sessions);
  for (const c of data.communities) {
    const before = counts.of(c.id, previous);
    const ahead = counts.of(c.id, month);
    const heldMinimum = monthlyMinimum(c.frequency, previous, data.minimumMonths, c.createdOn);
    const plannedMinimum = monthlyMinimum(c.frequency, month, data.minimumMonths, c.createdOn);
    const problems: string[] = [];
    if (before.held < heldMinimum) problems.push(T.communityHeld(monthName(previous), before.held, heldMinimum));
    if (ahead.planned < plannedMinimum) problems.push(T.communityPlanned(monthName(month), ahead.planned, plannedMinimum));
    if (problems.length) lines.push(T.communityLine(c.name, problems.join('; ')));
  }
  return lines;
}

/**
 * Teachers with an active programme and no held session with them since two months ago. The last
 * held date is gathered per programme and per participant in one pass over the sessions.
 */
export function unseenTeachers(data: RhythmData): string[] {
  const since = addMonths(data.today, -2);
  const teacherOf = new Map(data.programmes.map((p) => [p.id, p.teacherId]));
  const lastByProgramme = new Map<string, string>();
  const lastByPerson = new Map<string, string>();
  const later = (map: Map<string, string>, key: string, date: string) => {
    if ((map.get(key) ?? '') < date) map.set(key, date);
  };
  for (const s of data.sessions) {
    if (s.status !== 'held' || s.date > data.today) continue;
    for (const id of s.participantsIds) later(lastByPerson, id, s.date);
    if (s.programmeId && programmeLinkHolds(s.participantsIds, teacherOf.get(s.programmeId) ?? null)) later(lastByProgramme, s.programmeId, s.date);
  }
  const lines: string[] = [];
  for (const p of data.programmes.filter((x) => x.status === 'active' && x.teacherId && x.start <= since)) {
    const dates = [lastByProgramme.get(p.id), lastByPerson.get(p.teacherId!)].filter((d): d is string => d !== undefined).sort();
    const last = dates.at(-1) ?? null;
    if (last === null || last < since) lines.push(T.unseenLine(p.teacherName ?? p.teacherId!, last ? formatRu(last as LocalDate) : null));
  }
  return lines;
}

/** Which months the minimum is checked in, and the digest's two months that are left out of it. */
function minimumNote(data: RhythmData, month: MonthKey): string {
  const previous = monthBefore(data.today);
  const unchecked = [...new Set([previous, month])].filter((m) => !minimumApplies(m, data.minimumMonths)).map(monthName);
  return T.digestMinimum(T.monthsText(monthRuns(data.minimumMonths)), unchecked);
}

export function deputyDigest(data: RhythmData, month: MonthKey, deputyEmail: string | null, failures: Failures, links: RhythmLinks): Outgoing {
  const active = data.programmes.filter((p) => p.status === 'active');
  const line = (p: (typeof active)[number]) => T.programmeLine(p.teacherName ?? p.teacherId ?? p.id, formatRu(p.end));
  const sections: EmailSection[] = [];
  const add = (title: string, lines: string[], warn = false) => lines.length && sections.push({ title, lines, warn });
  add(T.digestEnding(monthName(month)), active.filter((p) => inMonth(p.end, month)).map(line));
  add(T.digestOverdueProgrammes, active.filter((p) => p.end < data.today).map(line), true);
  add(T.digestNoConclusion, data.programmes.filter((p) => p.status === 'completed' && !p.outcome).map(line), true);
  add(T.digestCommunities, communitiesBehind(data, month), true);
  add(T.digestUnseen, unseenTeachers(data), true);
  const failureLines = [
    ...(failures.logErrors ? [T.failureLog(failures.logErrors)] : []),
    ...(failures.mailFailed ? [T.failureMail(failures.mailFailed)] : []),
    ...(failures.documentsFailed ? [T.failureDocuments(failures.documentsFailed)] : []),
    ...(failures.deferred ? [T.failureDeferred(failures.deferred)] : []),
    ...(failures.noAddress.length ? [T.failureNoAddress(failures.noAddress)] : []),
  ];
  add(T.digestFailures, failureLines, true);
  const openLinks = [
    ...(links.workbook ? [{ label: T.openWorkbook, url: links.workbook }] : []),
    ...(links.planDocument ? [{ label: T.openPlan, url: links.planDocument }] : []),
  ];
  return {
    key: `digest|${month}`,
    kind: 'digest',
    month,
    recipientName: RU.rhythm.deputy,
    email: deputyEmail,
    subject: T.digestSubject(monthName(month)),
    content: {
      greeting: T.helloDeputy,
      intro: [T.digestIntro(monthName(month), formatRu(data.today)), ...(sections.length ? [] : [T.digestAllGood]), minimumNote(data, month)].join(' '),
      sections,
      links: openLinks,
    },
  };
}
