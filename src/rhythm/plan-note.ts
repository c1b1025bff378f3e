/**
 * What a save that changes the month of the current plan tells the deputy: the plan is not remade
 * at once (a document a save would cost the documents' quota), but by the next daily run.
 */
import type { LocalDate } from '../domain/local-date';
import { RU } from '../text/ru';
import { monthName, monthOf } from './calendar';
import { loadState } from './state';

/** The note for sessions saved on these days, or null when no plan kept current covers them. */
export function planNoteFor(days: readonly LocalDate[], today: LocalDate): string | null {
  try {
    const state = loadState();
    const month = state.planDone;
    // Only a plan with its snapshot is compared (domain/plan-snapshot.ts); a past month's is left as it is.
    if (!month || state.planSnapshot === null || month < monthOf(today) || !days.some((d) => monthOf(d) === month)) return null;
    return state.enabled ? RU.rhythm.planWillUpdate(monthName(month)) : RU.rhythm.planUpdateByHand(monthName(month));
  } catch (e) {
    // The save is done; a note it cannot work out is left out rather than fail it.
    console.warn(e instanceof Error ? e.message : String(e));
    return null;
  }
}
