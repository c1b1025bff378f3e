/**
 * The day's messages as e-mails (pure): one e-mail per person per day carrying all of that day's
 * notices and reminders, so the day's quota counts people, not meetings. Each message stays a part
 * with its own key: the mail log keeps a row per part, so a retry never resends any of them. The
 * deputy's messages go first (the digest before the rest), so the quota never starves them; then
 * people's e-mails by their soonest date. Inside an e-mail the person's deadlines come first.
 */
import { RU } from '../text/ru';
import type { EmailContent, EmailSection, Outgoing } from './email';

const T = RU.rhythm;

export interface Mail {
  recipientName: string;
  email: string | null;
  subject: string;
  content: EmailContent;
  /** What it carries, each recorded in the mail log under its own key. */
  parts: Outgoing[];
}

/** The deputy's kinds, in the order they go out. */
const DEPUTY_ORDER = ['digest', 'overdue', 'planUpdate'];

function single(message: Outgoing): Mail {
  return { recipientName: message.recipientName, email: message.email, subject: message.subject, content: message.content, parts: [message] };
}

/** A person's parts as one e-mail: deadlines, then the coming meetings, then the month's plan. */
function merged(parts: Outgoing[]): Mail {
  if (parts.length === 1) return single(parts[0]!);
  const monthly = parts.find((p) => p.kind === 'monthly');
  const notices = parts.filter((p) => p.kind === 'notice').sort((a, b) => (a.due ?? '').localeCompare(b.due ?? '') || a.key.localeCompare(b.key));
  const others = parts.filter((p) => p !== monthly && p.kind !== 'notice');
  const noticeSection: EmailSection[] = notices.length ? [{ title: T.noticesTitle, lines: notices.map((n) => n.content.intro ?? n.subject) }] : [];
  const monthSections = monthly?.content.sections ?? [];
  const deadlines = monthSections.filter((s) => s.title === T.yourDeadlines);
  const sections = [...deadlines, ...noticeSection, ...monthSections.filter((s) => s.title !== T.yourDeadlines), ...others.flatMap((o) => o.content.sections)];
  const links = [...parts.flatMap((p) => p.content.links)].filter((l, i, all) => all.findIndex((x) => x.url === l.url) === i);
  const first = parts[0]!;
  const subject = monthly ? (notices.length ? T.withNotices(monthly.subject) : monthly.subject) : notices.length > 1 ? T.noticesSubject(notices.length) : first.subject;
  return {
    recipientName: first.recipientName,
    email: first.email,
    subject,
    content: { greeting: (monthly ?? first).content.greeting, ...(monthly?.content.intro ? { intro: monthly.content.intro } : {}), sections, links },
    parts: [...(monthly ? [monthly] : []), ...notices, ...others],
  };
}

function dueOf(mail: Mail): string {
  return mail.parts.reduce((min, p) => ((p.due ?? '9999') < min ? (p.due ?? '9999') : min), '9999');
}

/**
 * `limit`: the most one e-mail carries, each part weighing `weight` (1 each by default). Its rows
 * are kept in a property while it is sent (9 KB a value, send.ts weighs them in bytes), so only a
 * person whose day would not fit (dozens of meetings in the notice window) gets more than one
 * e-mail that day rather than a record that cannot be kept.
 */
export function combineDaily(messages: readonly Outgoing[], limit = Number.POSITIVE_INFINITY, weight: (part: Outgoing) => number = () => 1): Mail[] {
  const deputy = messages.filter((m) => DEPUTY_ORDER.includes(m.kind)).sort((a, b) => DEPUTY_ORDER.indexOf(a.kind) - DEPUTY_ORDER.indexOf(b.kind));
  const byPerson = new Map<string, Outgoing[]>();
  for (const m of messages) {
    if (DEPUTY_ORDER.includes(m.kind)) continue;
    // Without an address each part is recorded as failed alone: grouped by name only for tidiness.
    const who = m.email ? `@${m.email.trim().toLowerCase()}` : `#${m.recipientName}`;
    const list = byPerson.get(who);
    if (list) list.push(m);
    else byPerson.set(who, [m]);
  }
  const chunks = [...byPerson.values()].flatMap((parts) => {
    const ordered = [...parts].sort((a, b) => Number(b.kind === 'monthly') - Number(a.kind === 'monthly') || (a.due ?? '').localeCompare(b.due ?? '') || a.key.localeCompare(b.key));
    const out: Outgoing[][] = [];
    let load = 0;
    for (const part of ordered) {
      const w = weight(part);
      if (out.length === 0 || load + w > limit) {
        out.push([]);
        load = 0;
      }
      out.at(-1)!.push(part);
      load += w;
    }
    return out;
  });
  const people = chunks.map(merged).sort((a, b) => dueOf(a).localeCompare(dueOf(b)) || a.parts[0]!.key.localeCompare(b.parts[0]!.key));
  return [...deputy.map(single), ...people];
}
