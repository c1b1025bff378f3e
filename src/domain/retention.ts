/**
 * Documents past their keep-until date (000 V.1: kept five years) wait for the deputy's decision:
 * keep them longer, or mark them "можно уничтожить". The add-on never deletes a document itself;
 * a marked one stays listed until a person removes it.
 */
import { addMonths, type LocalDate } from './local-date';
import type { DocumentEntry } from './records';

export const MAX_EXTRA_YEARS = 10;

export interface Overdue {
  entry: DocumentEntry;
  /** The deputy already marked it as destroyable; it stays in the list. */
  destroyable: boolean;
}

/** Oldest first: the document waiting longest is the first decision. */
export function pastKeepUntil(entries: readonly DocumentEntry[], today: LocalDate): Overdue[] {
  return entries
    .filter((e) => e.keepUntil < today)
    .map((entry) => ({ entry, destroyable: entry.retention === 'destroyable' }))
    .sort((a, b) => Number(a.destroyable) - Number(b.destroyable) || a.entry.keepUntil.localeCompare(b.entry.keepUntil) || a.entry.title.localeCompare(b.entry.title, 'ru'));
}

/** Kept another `years`: counted from today, since the old date has already passed. */
export function keptUntil(today: LocalDate, years: number): LocalDate {
  return addMonths(today, years * 12);
}
