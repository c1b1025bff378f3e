/** The teacher's card: a part never larger than its whole. */
import { cardConflicts } from '../../src/domain/teacher-card';

test('years at the school and the year\'s load cannot exceed their wholes; blanks and equal values pass', () => {
  expect(cardConflicts({ totalExperience: 2, schoolExperience: 30, load: 18, totalLoad: 12 })).toEqual([
    { field: 'schoolExperience', limit: 2 },
    { field: 'load', limit: 12 },
  ]);
  expect(cardConflicts({ totalExperience: 10, schoolExperience: 10, load: 18, totalLoad: 18 })).toEqual([]);
  expect(cardConflicts({ totalExperience: null, schoolExperience: 30, load: 18, totalLoad: null })).toEqual([]);
});
