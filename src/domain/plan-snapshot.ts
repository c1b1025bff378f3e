/**
 * Whether the month's plan still shows the month (000 IV.4: every coaching session is in its
 * month's plan). The plan keeps a snapshot of what it was made from: one short entry per row, the
 * session's or plan item's id and a hash of what the plan says of it. A session scheduled, moved,
 * postponed or cancelled after the plan was made changes the snapshot; marking one held or an
 * item done does not (the plan says what is planned, not what happened), so the plan is not
 * remade every day of its month as the deputy records the work.
 */
import type { PlanItem, Session } from './records';

/** Entries «id:hash», sorted; small enough to keep in the rhythm's state. */
export type PlanSnapshot = string[];

/** Above this many rows the snapshot is one entry for the whole month (the stored state is small). */
export const SNAPSHOT_MAX_ROWS = 150;

export interface PlanChanges {
  added: number;
  removed: number;
  changed: number;
}

/** FNV-1a, 32 bits, in base 36: a few characters that change whenever the text does. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

const inMonth = (day: string, month: string) => day.startsWith(`${month}-`);
const sessionText = (s: Session) =>
  [s.date, s.startTime, s.endTime, s.kind, s.format, s.workForm, s.topic, s.leaderId ?? s.leaderName, s.participantsNames, s.participantsIds.join(','), s.place, s.communityId ?? s.communityName, s.programmeId ?? s.programmeName, s.status === 'postponed' ? 'postponed' : ''].map((v) => v ?? '').join('\u0001');
const itemText = (i: PlanItem) => [i.deadline, i.content, i.checkpoint, i.programmeId ?? i.programmeName, i.status === 'postponed' ? 'postponed' : ''].map((v) => v ?? '').join('\u0001');

/** What the plan of `month` ("2026-11") is made from: its sessions (cancelled ones are not in it) and the items due in it. */
export function planSnapshot(month: string, sessions: readonly Session[], items: readonly PlanItem[]): PlanSnapshot {
  const rows = [
    ...sessions.filter((s) => inMonth(s.date, month) && s.status !== 'cancelled').map((s) => `${s.id}:${hash(sessionText(s))}`),
    ...items.filter((i) => inMonth(i.deadline, month)).map((i) => `${i.id}:${hash(itemText(i))}`),
  ].sort();
  return rows.length > SNAPSHOT_MAX_ROWS ? [`*:${hash(rows.join('|'))}`] : rows;
}

/**
 * What changed since the plan was made, or null when it is current. A plan kept without a
 * snapshot (made by an older version) is taken as current: there is nothing to compare it with.
 */
export function planChanges(before: PlanSnapshot | null, now: PlanSnapshot): PlanChanges | null {
  if (before === null) return null;
  const idOf = (entry: string) => entry.slice(0, entry.lastIndexOf(':'));
  const old = new Map(before.map((e) => [idOf(e), e]));
  const fresh = new Map(now.map((e) => [idOf(e), e]));
  const changes: PlanChanges = { added: 0, removed: 0, changed: 0 };
  for (const [id, entry] of fresh) {
    const previous = old.get(id);
    if (previous === undefined) changes.added += 1;
    else if (previous !== entry) changes.changed += 1;
  }
  for (const id of old.keys()) if (!fresh.has(id)) changes.removed += 1;
  return changes.added || changes.removed || changes.changed ? changes : null;
}

/** One short digest of what a part of the plan lists: it changes when a row of the part does, or a row joins or leaves it. */
export function rowsDigest(sessions: readonly Session[], items: readonly PlanItem[]): string {
  return hash([...sessions.map((s) => `${s.id}:${hash(sessionText(s))}`), ...items.map((i) => `${i.id}:${hash(itemText(i))}`)].join('|'));
}
