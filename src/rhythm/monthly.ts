/**
 * The monthly reminders (pure): one e-mail per person per month, never one per item, with every
 * role the person has that month in it: the sessions they lead (coach), the sessions they attend
 * and their programme's deadlines (supported teacher), their communities' meetings and warnings
 * (leader). A person sees other people's names only in sessions they lead or attend, and never
 * anyone's address, diagnosis or problems.
 */
import { formatRu } from '../domain/local-date';
import { programmeLinkHolds } from '../domain/sane-values';
import type { Teacher } from '../domain/records';
import { RU } from '../text/ru';
import { inMonth, monthBefore, monthlyMinimum, monthName, type MonthKey } from './calendar';
import { planned, sessionLine, type RhythmData, type RhythmLinks } from './data';
import type { EmailSection, Outgoing } from './email';

const T = RU.rhythm;

/** Held and planned meetings of each community in a month (community kinds only). */
export function communityCounts(data: RhythmData, communityId: string, month: MonthKey): { held: number; planned: number } {
  const own = data.sessions.filter((s) => s.communityId === communityId && inMonth(s.date, month));
  return { held: own.filter((s) => s.status === 'held').length, planned: own.filter((s) => s.status === 'planned' || s.status === 'held').length };
}

function leaderSections(data: RhythmData, teacher: Teacher, month: MonthKey): EmailSection[] {
  const out: EmailSection[] = [];
  const previous = monthBefore(data.today);
  for (const community of data.communities.filter((c) => c.leaderId === teacher.id)) {
    const meetings = planned(data.sessions.filter((s) => s.communityId === community.id && inMonth(s.date, month)));
    if (meetings.length) out.push({ title: T.communityTitle(community.name), lines: meetings.map(sessionLine) });
    const warnings: string[] = [];
    const ahead = monthlyMinimum(community.frequency, month, data.minimumMonths, community.createdOn);
    if (meetings.length < ahead) warnings.push(T.nonePlanned(monthName(month), ahead));
    const before = monthlyMinimum(community.frequency, previous, data.minimumMonths, community.createdOn);
    const { held } = communityCounts(data, community.id, previous);
    if (held < before) warnings.push(T.notHeld(monthName(previous), held, before));
    if (warnings.length) out.push({ title: T.communityWarn(community.name), lines: warnings, warn: true });
  }
  return out;
}

/** The monthly e-mail of one person, or null when they have nothing that month. */
export function personReminder(data: RhythmData, teacher: Teacher, month: MonthKey, links: RhythmLinks): Outgoing | null {
  const inPlan = planned(data.sessions.filter((s) => inMonth(s.date, month)));
  const ownProgrammes = data.programmes.filter((p) => p.teacherId === teacher.id && p.status === 'active');
  const ownProgrammeIds = new Set(ownProgrammes.map((p) => p.id));
  const leads = inPlan.filter((s) => s.leaderId === teacher.id);
  // A session linked to her programme is hers only if she is among its people (or none is listed).
  const attends = inPlan.filter(
    (s) => s.leaderId !== teacher.id && (s.participantsIds.includes(teacher.id) || (s.programmeId !== null && ownProgrammeIds.has(s.programmeId) && programmeLinkHolds(s.participantsIds, teacher.id))),
  );
  const deadlines = data.items
    .filter((i) => i.programmeId !== null && ownProgrammeIds.has(i.programmeId) && inMonth(i.deadline, month) && (i.status === 'planned' || i.status === 'postponed'))
    .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.order - b.order);
  const sections: EmailSection[] = [];
  if (leads.length) sections.push({ title: T.youLead, lines: leads.map((s) => (s.participantsNames ? `${sessionLine(s)}; ${T.withSuffix(s.participantsNames)}` : sessionLine(s))) });
  if (attends.length) sections.push({ title: T.youAttend, lines: attends.map((s) => (s.leaderName ? `${sessionLine(s)}; ${T.leaderSuffix(s.leaderName)}` : sessionLine(s))) });
  if (deadlines.length) sections.push({ title: T.yourDeadlines, lines: deadlines.map((i) => T.deadlineLine(formatRu(i.deadline), i.content)) });
  sections.push(...leaderSections(data, teacher, month));
  if (sections.length === 0) return null;
  const documentLinks = ownProgrammes.flatMap((p) => [
    ...(p.passportUrl ? [{ label: T.openPassport, url: p.passportUrl }] : []),
    ...(p.cardUrl ? [{ label: T.openCard, url: p.cardUrl }] : []),
  ]);
  // Coaches and leaders work in the workbook; a supported teacher gets their own documents.
  const workbook = (leads.length || data.communities.some((c) => c.leaderId === teacher.id)) && links.workbook ? [{ label: T.openWorkbook, url: links.workbook }] : [];
  return {
    key: `monthly|${month}|${teacher.id}`,
    kind: 'monthly',
    month,
    recipientName: teacher.fullName,
    email: teacher.email,
    subject: T.monthlySubject(monthName(month)),
    content: { greeting: T.hello(teacher.fullName), intro: T.monthlyIntro(monthName(month)), sections, links: [...workbook, ...documentLinks] },
  };
}

export function monthlyReminders(data: RhythmData, month: MonthKey, links: RhythmLinks): Outgoing[] {
  return data.teachers.map((t) => personReminder(data, t, month, links)).filter((m): m is Outgoing => m !== null);
}
