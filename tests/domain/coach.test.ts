/**
 * 000 I.3: who may coach a coaching session. The list is the seed's own words, and a session's
 * coach is marked as one and is not the teacher coached.
 */
import fs from 'node:fs';
import path from 'node:path';
import { coachMarkConflict, coachRefusal, isMarkedCoach } from '../../src/domain/coach';
import { COACH_BASES } from '../../src/domain/options';

const marks: Record<string, string | null> = { T1: 'departmentHead', T2: null, T3: 'invitedSpecialist' };
const basisOf = (id: string) => marks[id];
const coaching = (leaderId: string | null, participantsIds: string[], programmeTeacherId: string | null = null) => ({ kind: 'coaching', leaderId, participantsIds, programmeTeacherId });

test('the list is 000 I.3\'s, verbatim and in its order', () => {
  const seed = fs.readFileSync(path.join(__dirname, '../../docs/regulations/000.txt'), 'utf8');
  const sentence = `Коуч-консультантом может быть ${COACH_BASES.labels.slice(0, -1).join(', ')} или ${COACH_BASES.labels.at(-1)}, соответствующий`;
  expect(seed.includes(sentence) ? sentence : `not in 000: ${sentence}`).toBe(sentence);
});

test('a marked coach is accepted, with one teacher or a group', () => {
  expect(coachRefusal(coaching('T1', ['T2']), basisOf)).toBeNull();
  expect(coachRefusal(coaching('T3', ['T2', 'T1'], null), basisOf)).toBeNull();
});

test('a coach not marked on her card is refused; blank or unknown text is no mark', () => {
  expect(coachRefusal(coaching('T2', ['T1']), basisOf)).toBe('notCoach');
  expect(coachRefusal(coaching('T9', ['T1']), basisOf)).toBe('notCoach');
  expect(isMarkedCoach('коуч-консультант')).toBe(false);
  expect(isMarkedCoach(undefined)).toBe(false);
  expect(isMarkedCoach('experiencedTeacher')).toBe(true);
});

test('a teacher is never her own coach: as a participant or as the programme\'s teacher', () => {
  expect(coachRefusal(coaching('T1', ['T1']), basisOf)).toBe('ownCoach');
  expect(coachRefusal(coaching('T1', ['T3', 'T1']), basisOf)).toBe('ownCoach');
  expect(coachRefusal(coaching('T1', [], 'T1'), basisOf)).toBe('ownCoach');
});

test('other kinds have a leader, not a coach: not checked', () => {
  expect(coachRefusal({ kind: 'communityMeeting', leaderId: 'T2', participantsIds: ['T2'] }, basisOf)).toBeNull();
  expect(coachRefusal(coaching(null, ['T1']), basisOf)).toBeNull();
});

test('a student teacher cannot be marked as a coach', () => {
  expect(coachMarkConflict('student', 'experiencedTeacher')).toBe(true);
  expect(coachMarkConflict('student', null)).toBe(false);
  expect(coachMarkConflict('mentor', 'experiencedTeacher')).toBe(false);
});
