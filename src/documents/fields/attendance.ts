/**
 * Who was at a meeting, from its protocol row: the chair and the secretary were there (they sign
 * the protocol), so they are counted among those present and never among the absent, whatever the
 * row says; the rest as the protocol lists them.
 */
import type { Protocol } from '../../domain/records';

export interface Attendance {
  /** Names of those present, the chair and the secretary first. */
  present: string[];
  /** Names of those absent, never the chair or the secretary. */
  absent: string[];
  /** Ids of those present (chair and secretary included), for counting a member's meetings. */
  presentIds: string[];
  /** False when the protocol says nothing of who came. */
  known: boolean;
}

const split = (names: string | null): string[] => (names ?? '').split(';').map((n) => n.trim()).filter((n) => n !== '');

export function attendance(protocol: Protocol): Attendance {
  const officers = [protocol.chairName, protocol.secretaryName].filter((n): n is string => !!n && n.trim() !== '').map((n) => n.trim());
  const officerIds = [protocol.chairId, protocol.secretaryId].filter((id): id is string => !!id);
  const listed = split(protocol.presentNames);
  const present = [...new Set([...officers, ...listed])];
  const absentNames = split(protocol.absentNames);
  // Names and ids were written in the same order; by id when they line up, by name always.
  const aligned = absentNames.length === protocol.absentIds.length;
  const absent = absentNames.filter((name, i) => !officers.includes(name) && !(aligned && officerIds.includes(protocol.absentIds[i]!)));
  return {
    present,
    absent,
    presentIds: [...new Set([...officerIds, ...protocol.presentIds])],
    known: listed.length > 0 || protocol.presentIds.length > 0,
  };
}
