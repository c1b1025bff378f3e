/**
 * Numbers of the teacher's card that cannot both be true (001 §6.2 card): years at this school
 * are part of the whole teaching experience, and the year's load here is part of the whole load.
 */
export interface CardNumbers {
  totalExperience: number | null;
  schoolExperience: number | null;
  load: number | null;
  totalLoad: number | null;
}

export type CardConflict = { field: 'schoolExperience' | 'load'; limit: number };

/** Each number larger than the whole it belongs to; blank numbers are not compared. */
export function cardConflicts(card: CardNumbers): CardConflict[] {
  const out: CardConflict[] = [];
  if (card.schoolExperience !== null && card.totalExperience !== null && card.schoolExperience > card.totalExperience) {
    out.push({ field: 'schoolExperience', limit: card.totalExperience });
  }
  if (card.load !== null && card.totalLoad !== null && card.load > card.totalLoad) out.push({ field: 'load', limit: card.totalLoad });
  return out;
}
