/**
 * The monthly reminders (pure): one e-mail per person per month, never one per item, with every
 * role the person has that month in it: the sessions they lead (coach), the sessions they attend
 * and their programme's deadlines (supported teacher), their communities' meetings and warnings
 * (leader). A person sees other people's names only in sessions they lead or attend, and never
 * anyone's address, diagnosis or problems. The month's sessions are grouped by person once
 * (MonthIndex), so the work is linear in teachers plus sessions, not their product.
 */
import { formatRu } from '../domain/local-date';
import { programmeLinkHolds } from '../domain/sane-values';
import type { Community, PlanItem, Session, SupportProgramme, Teacher } from '../domain/records';
import { RU } from '../text/ru';
import { inMonth, monthBefore, monthlyMinimum, monthName, type MonthKey } from './calendar';
import { planned, sessionLine, type RhythmData, type RhythmLinks } from './data';
import type { EmailSection, Outgoing } from './email';

const T = RU.rhythm;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Held and planned meetings of a community in a month, for every community and month at once. */
export class CommunityCounts {
  private readonly counts = new Map<string, { held: number; planned: number }>();
  constructor(sessions: readonly Session[]) {
    for (const s of sessions) {
      if (!s.communityId) continue;
      const key = `${s.communityId}|${s.date.slice(0, 7)}`;
      const c = this.counts.get(key) ?? { held: 0, planned: 0 };
      if (s.status === 'held') c.held += 1;
      if (s.status === 'planned' || s.status === 'held') c.planned += 1;
      this.counts.set(key, c);
    }
  }
  of(communityId: string, month: MonthKey): { held: number; planned: number } {
    return this.counts.get(`${communityId}|${month}`) ?? { held: 0, planned: 0 };
  }
}

/** A month's sessions, deadlines, programmes and communities grouped by person, built once a run. */
export class MonthIndex {
  readonly leads = new Map<string, Session[]>();
  readonly attends = new Map<string, Session[]>();
  readonly programmes = new Map<string, SupportProgramme[]>();
  readonly deadlines = new Map<string, PlanItem[]>();
  readonly communities = new Map<string, Community[]>();
  readonly meetings = new Map<string, Session[]>();
  readonly counts: CommunityCounts;

  constructor(
    readonly data: RhythmData,
    readonly month: MonthKey,
  ) {
    const active = new Map<string, SupportProgramme>();
    for (const p of data.programmes) {
      if (p.status !== 'active' || !p.teacherId) continue;
      active.set(p.id, p);
      push(this.programmes, p.teacherId, p);
    }
    for (const s of planned(data.sessions.filter((x) => inMonth(x.date, month)))) {
      if (s.leaderId) push(this.leads, s.leaderId, s);
      if (s.communityId) push(this.meetings, s.communityId, s);
      const seen = new Set<string>();
      for (const id of s.participantsIds) {
        if (id === s.leaderId || seen.has(id)) continue;
        seen.add(id);
        push(this.attends, id, s);
      }
      // A session linked to her programme is hers only if she is among its people (or none is listed).
      const owner = s.programmeId ? active.get(s.programmeId)?.teacherId : undefined;
      if (owner && owner !== s.leaderId && !seen.has(owner) && programmeLinkHolds(s.participantsIds, owner)) push(this.attends, owner, s);
    }
    for (const i of data.items) {
      if (i.programmeId === null || !inMonth(i.deadline, month) || (i.status !== 'planned' && i.status !== 'postponed')) continue;
      const owner = active.get(i.programmeId)?.teacherId;
      if (owner) push(this.deadlines, owner, i);
    }
    for (const list of this.deadlines.values()) list.sort((a, b) => a.deadline.localeCompare(b.deadline) || a.order - b.order);
    for (const c of data.communities) if (c.leaderId) push(this.communities, c.leaderId, c);
    this.counts = new CommunityCounts(data.sessions);
  }
}

function leaderSections(index: MonthIndex, teacher: Teacher): EmailSection[] {
  const { data, month } = index;
  const out: EmailSection[] = [];
  const previous = monthBefore(data.today);
  for (const community of index.communities.get(teacher.id) ?? []) {
    const meetings = index.meetings.get(community.id) ?? [];
    if (meetings.length) out.push({ title: T.communityTitle(community.name), lines: meetings.map(sessionLine) });
    const warnings: string[] = [];
    const ahead = monthlyMinimum(community.frequency, month, data.minimumMonths, community.createdOn);
    if (meetings.length < ahead) warnings.push(T.nonePlanned(monthName(month), ahead));
    const before = monthlyMinimum(community.frequency, previous, data.minimumMonths, community.createdOn);
    const { held } = index.counts.of(community.id, previous);
    if (held < before) warnings.push(T.notHeld(monthName(previous), held, before));
    if (warnings.length) out.push({ title: T.communityWarn(community.name), lines: warnings, warn: true });
  }
  return out;
}

/** The monthly e-mail of one person from the month's index, or null when they have nothing. */
export function reminderOf(index: MonthIndex, teacher: Teacher, links: RhythmLinks): Outgoing | null {
  const { month } = index;
  const ownProgrammes = index.programmes.get(teacher.id) ?? [];
  const leads = index.leads.get(teacher.id) ?? [];
  const attends = index.attends.get(teacher.id) ?? [];
  const deadlines = index.deadlines.get(teacher.id) ?? [];
  const sections: EmailSection[] = [];
  // Deadlines first: they are what the person must do; the sessions follow.
  if (deadlines.length) sections.push({ title: T.yourDeadlines, lines: deadlines.map((i) => T.deadlineLine(formatRu(i.deadline), i.content)) });
  if (leads.length) sections.push({ title: T.youLead, lines: leads.map((s) => (s.participantsNames ? `${sessionLine(s)}; ${T.withSuffix(s.participantsNames)}` : sessionLine(s))) });
  if (attends.length) sections.push({ title: T.youAttend, lines: attends.map((s) => (s.leaderName ? `${sessionLine(s)}; ${T.leaderSuffix(s.leaderName)}` : sessionLine(s))) });
  const leader = leaderSections(index, teacher);
  sections.push(...leader);
  if (sections.length === 0) return null;
  const documentLinks = ownProgrammes.flatMap((p) => [
    ...(p.passportUrl ? [{ label: T.openPassport, url: p.passportUrl }] : []),
    ...(p.cardUrl ? [{ label: T.openCard, url: p.cardUrl }] : []),
  ]);
  // Coaches and leaders work in the workbook; a supported teacher gets their own documents.
  const workbook = (leads.length || index.communities.has(teacher.id)) && links.workbook ? [{ label: T.openWorkbook, url: links.workbook }] : [];
  return {
    key: `monthly|${month}|${teacher.id}`,
    kind: 'monthly',
    month,
    due: `${month}-01`,
    recipientName: teacher.fullName,
    email: teacher.email,
    subject: T.monthlySubject(monthName(month)),
    content: { greeting: T.hello(teacher.fullName), intro: T.monthlyIntro(monthName(month)), sections, links: [...workbook, ...documentLinks] },
  };
}

/** The monthly e-mail of one person, or null when they have nothing that month. */
export function personReminder(data: RhythmData, teacher: Teacher, month: MonthKey, links: RhythmLinks): Outgoing | null {
  return reminderOf(new MonthIndex(data, month), teacher, links);
}

export function monthlyReminders(data: RhythmData, month: MonthKey, links: RhythmLinks): Outgoing[] {
  const index = new MonthIndex(data, month);
  return data.teachers.map((t) => reminderOf(index, t, links)).filter((m): m is Outgoing => m !== null);
}
