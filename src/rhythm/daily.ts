/**
 * The daily messages (pure): the notice of a community meeting to every member a configured
 * number of days before (003: the leader tells every member the time and place), and to the
 * deputy, what fell overdue since the previous run and that the month's plan was made again.
 */
import { isCommunityKind, membersOn } from '../domain/meetings';
import type { PlanChanges } from '../domain/plan-snapshot';
import { addDays, formatRu, type LocalDate } from '../domain/local-date';
import { RU } from '../text/ru';
import { monthName, monthOf, newlyOverdue, noticeDue, type MonthKey } from './calendar';
import { when, type RhythmData, type RhythmLinks } from './data';
import type { EmailSection, Outgoing } from './email';

const T = RU.rhythm;

export function meetingNotices(data: RhythmData, daysBefore: number): Outgoing[] {
  const out: Outgoing[] = [];
  const teachers = new Map(data.teachers.map((t) => [t.id, t]));
  for (const s of data.sessions) {
    if (s.status !== 'planned' || !s.communityId || !isCommunityKind(s.kind) || !noticeDue(s.date, data.today, daysBefore)) continue;
    const community = data.communities.find((c) => c.id === s.communityId);
    const name = community?.name ?? s.communityName ?? '';
    const place = s.place ?? community?.place ?? '';
    const ids = new Set([...membersOn(data.members, s.communityId, s.date), ...s.participantsIds]);
    for (const id of ids) {
      const teacher = teachers.get(id);
      if (!teacher) continue;
      out.push({
        // The date is part of the key: a meeting moved to another day is announced again.
        key: `notice|${s.id}|${id}|${s.date}`,
        kind: 'notice',
        month: monthOf(s.date),
        due: s.date,
        recipientName: teacher.fullName,
        email: teacher.email,
        subject: T.noticeSubject(name, formatRu(s.date)),
        content: {
          greeting: T.hello(teacher.fullName),
          intro: s.leaderName ? `${T.noticeBody(name, when(s), place, s.topic)} ${T.noticeLeader(s.leaderName)}` : T.noticeBody(name, when(s), place, s.topic),
          sections: [],
          links: [],
        },
      });
    }
  }
  return out;
}

/** How far back a run looks for notices no run sent (a trigger switched off for longer is the deputy's own knowledge). */
const LOST_LOOKBACK_DAYS = 7;

/**
 * Notices of meetings from `since` (the last run's day) to yesterday that no run sent: the day's
 * mail quota held them past their meeting, and no later run makes them (a notice is made only
 * before its meeting). Reported once, by the first run of a later day; `sent` says whether the
 * mail log has a notice (a failed one is reported as a failure already).
 */
export function lostNotices(data: RhythmData, since: LocalDate | null, daysBefore: number, sent: (notice: Outgoing) => boolean): Outgoing[] {
  if (!since || since >= data.today) return [];
  const earliest = addDays(data.today, -LOST_LOOKBACK_DAYS);
  const seen = new Set<string>();
  const lost: Outgoing[] = [];
  for (let day = since < earliest ? earliest : since; day < data.today; day = addDays(day, 1)) {
    for (const notice of meetingNotices({ ...data, today: day }, daysBefore)) {
      if (seen.has(notice.key) || (notice.due ?? '') >= data.today) continue;
      seen.add(notice.key);
      if (!sent(notice)) lost.push(notice);
    }
  }
  return lost;
}

/** One message to the deputy listing what became overdue since `since`, or null. */
export function overdueNotice(data: RhythmData, since: LocalDate | null, deputyEmail: string | null, links: RhythmLinks): Outgoing | null {
  const fresh = (deadline: LocalDate) => newlyOverdue(deadline, since, data.today);
  const programmes = new Map(data.programmes.map((p) => [p.id, p]));
  const protocols = new Map(data.protocols.map((p) => [p.id, p]));
  const items = data.items
    .filter((i) => (i.status === 'planned' || i.status === 'postponed') && fresh(i.deadline))
    .filter((i) => i.programmeId && programmes.get(i.programmeId)?.status === 'active')
    .map((i) => T.overdueItemLine(programmes.get(i.programmeId!)?.teacherName ?? i.programmeName ?? '', i.content, formatRu(i.deadline)));
  const decisions = data.decisions
    .filter((d) => d.status !== 'done' && d.status !== 'cancelled' && d.deadline !== null && fresh(d.deadline))
    .map((d) => T.overdueDecisionLine(protocols.get(d.protocolId ?? '')?.communityName ?? '', d.decision, formatRu(d.deadline!)));
  const sessions = data.sessions.filter((s) => s.status === 'planned' && fresh(s.date)).map((s) => T.overdueSessionLine(formatRu(s.date), s.topic, s.leaderName ?? ''));
  const sections: EmailSection[] = [];
  if (items.length) sections.push({ title: T.overdueItems, lines: items });
  if (decisions.length) sections.push({ title: T.overdueDecisions, lines: decisions });
  if (sessions.length) sections.push({ title: T.overdueSessions, lines: sessions });
  if (sections.length === 0) return null;
  return {
    key: `overdue|${data.today}`,
    kind: 'overdue',
    month: null,
    recipientName: T.deputy,
    email: deputyEmail,
    subject: T.overdueSubject(formatRu(data.today)),
    content: { greeting: T.helloDeputy, intro: T.overdueIntro, sections, links: links.workbook ? [{ label: T.openWorkbook, url: links.workbook }] : [] },
  };
}

/** A new version of a month's plan, made because its sessions or deadlines changed. */
export interface PlanUpdate {
  month: MonthKey;
  version: number;
  changes: PlanChanges;
}

/** Tells the deputy the plan was made again, what changed and where the old version went. */
export function planUpdatedNotice(update: PlanUpdate, deputyEmail: string | null, links: RhythmLinks): Outgoing {
  const month = monthName(update.month);
  return {
    key: `planUpdate|${update.month}|${update.version}`,
    kind: 'planUpdate',
    month: null,
    recipientName: T.deputy,
    email: deputyEmail,
    subject: T.planUpdatedSubject(month),
    content: {
      greeting: T.helloDeputy,
      intro: T.planUpdatedIntro(month, update.version),
      sections: [{ title: T.planUpdatedChanges, lines: T.planChangeLines(update.changes) }],
      links: [...(links.planDocument ? [{ label: T.openPlan, url: links.planDocument }] : []), ...(links.workbook ? [{ label: T.openWorkbook, url: links.workbook }] : [])],
    },
  };
}
