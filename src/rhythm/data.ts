/** What the rhythm reads from the workbook, as plain records (one read per tab per run). */
import { formatRu, type LocalDate } from '../domain/local-date';
import * as O from '../domain/options';
import type { Community, CommunityMember, Decision, PlanItem, Protocol, Session, SupportProgramme, Teacher } from '../domain/records';
import { RU } from '../text/ru';

export interface RhythmData {
  today: LocalDate;
  teachers: Teacher[];
  programmes: SupportProgramme[];
  items: PlanItem[];
  sessions: Session[];
  communities: Community[];
  members: CommunityMember[];
  protocols: Protocol[];
  decisions: Decision[];
  /** The months the communities' minimum applies in (domain/minimum-months.ts). */
  minimumMonths: readonly number[];
}

/** Where people open things from an e-mail. */
export interface RhythmLinks {
  workbook: string | null;
  planDocument: string | null;
}

/** «05.10.2026, 15:00–16:30» */
export function when(session: Pick<Session, 'date' | 'startTime' | 'endTime'>): string {
  const time = session.startTime ? (session.endTime ? `${session.startTime}–${session.endTime}` : session.startTime) : '';
  return time ? `${formatRu(session.date)}, ${time}` : formatRu(session.date);
}

export function sessionLine(session: Session): string {
  return RU.rhythm.sessionLine(when(session), O.SESSION_KINDS.label(session.kind), session.topic, session.place ?? '');
}

function byDateTime(a: Session, b: Session): number {
  return (a.date + (a.startTime ?? '')).localeCompare(b.date + (b.startTime ?? ''));
}

/** Planned sessions (cancelled and postponed ones are no longer in the plan). */
export function planned(sessions: readonly Session[]): Session[] {
  return sessions.filter((s) => s.status === 'planned').sort(byDateTime);
}
