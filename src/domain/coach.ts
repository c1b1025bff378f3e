/**
 * 000 I.3: a coaching session's coach is a deputy head, a senior educator, the head of a
 * methodical association, an invited specialist or an experienced teacher — marked so on the
 * teacher's card — and never the teacher she coaches.
 */
import { COACH_BASES } from './options';

export type CoachBasis = (typeof COACH_BASES.keys)[number];

/** Whether the card's mark is one of 000 I.3's list (blank or unknown text is no mark). */
export function isMarkedCoach(basis: unknown): boolean {
  return typeof basis === 'string' && (COACH_BASES.keys as readonly string[]).includes(basis);
}

export interface CoachedSession {
  kind: string;
  leaderId: string | null;
  participantsIds: readonly string[];
  /** The supported teacher of the session's programme, when it has one. */
  programmeTeacherId?: string | null;
}

export type CoachRefusal = 'notCoach' | 'ownCoach';

/**
 * Why the leader may not coach this session, or null. Only coaching sessions have a coach; a
 * community meeting's leader is chosen by the community's own rules. `basisOf` gives the leader's
 * mark from the card.
 */
export function coachRefusal(session: CoachedSession, basisOf: (teacherId: string) => unknown): CoachRefusal | null {
  if (session.kind !== 'coaching' || !session.leaderId) return null;
  const coach = session.leaderId;
  if (session.participantsIds.includes(coach) || session.programmeTeacherId === coach) return 'ownCoach';
  return isMarkedCoach(basisOf(coach)) ? null : 'notCoach';
}

/** 004 §4.1: a student teacher is supported, not a coach; no line of 000 I.3 fits her. */
export function coachMarkConflict(role: string | null, basis: string | null): boolean {
  return role === 'student' && basis !== null;
}
