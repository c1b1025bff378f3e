/**
 * The nearest valid name to a misspelt one, for the template check's messages: edit distance
 * with adjacent transpositions (optimal string alignment), letters compared case-blind and with
 * Ё read as Е, so «{{ФИО_учитля}}» suggests «{{ФИО_учителя}}». Too far a guess is no help: the
 * distance must stay within a third of the name's length (at least 1, at most 4).
 */

function fold(name: string): string {
  return name.toLowerCase().replace(/ё/g, 'е');
}

export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The closest candidate, or null when none is close enough (ties: the first listed). */
export function nearestName(name: string, candidates: readonly string[]): string | null {
  const wanted = fold(name);
  const limit = Math.min(4, Math.max(1, Math.floor(wanted.length / 3)));
  let best: { name: string; distance: number } | null = null;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, fold(candidate));
    if (distance <= limit && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name ?? null;
}
