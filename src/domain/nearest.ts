/** The few items dated nearest a day, for short lists where the far past and far future matter least. */
import type { LocalDate } from './local-date';

function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/**
 * The `limit` items whose day is nearest `today` (a tie goes to the coming one), shown newest first
 * like the other lists. Items without a valid day come last.
 */
export function nearestToDay<T>(items: readonly T[], dayOf: (item: T) => string, today: LocalDate, limit: number): T[] {
  const now = dayNumber(today);
  const distance = (item: T) => {
    const n = dayNumber(dayOf(item));
    return Number.isFinite(n) ? Math.abs(n - now) * 2 + (n < now ? 1 : 0) : Number.POSITIVE_INFINITY;
  };
  const chosen = [...items].sort((a, b) => distance(a) - distance(b)).slice(0, limit);
  return chosen.sort((a, b) => (dayOf(a) < dayOf(b) ? 1 : dayOf(a) > dayOf(b) ? -1 : 0));
}
