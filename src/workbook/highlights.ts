/**
 * Conditional formatting for what is overdue, as custom formulas over the columns' current
 * positions (pure: set-up applies them). Sheets' API takes English function names and commas.
 */
import { columnLetters } from './a1';
import type { TabKey } from './columns';
import { DECISION_STATUSES, PLAN_ITEM_STATUSES, PROGRAMME_STATUSES, SESSION_STATUSES } from '../domain/options';

export interface Highlight {
  /** Column to colour (its data cells). */
  column: string;
  formula: string;
  background: string;
}

const OVERDUE = '#f4c7c3';
const q = (text: string) => `"${text.replace(/"/g, '""')}"`;

export function highlightsFor(tab: TabKey, positions: ReadonlyMap<string, number>): Highlight[] {
  const at = (key: string) => {
    const index = positions.get(key);
    return index === undefined ? null : `$${columnLetters(index + 1)}2`;
  };
  const overdue = (dateKey: string, statusKey: string, doneLabels: string[]): Highlight[] => {
    const date = at(dateKey);
    const status = at(statusKey);
    if (!date || !status) return [];
    const notDone = doneLabels.map((label) => `${status}<>${q(label)}`).join(',');
    return [{ column: dateKey, formula: `=AND(${date}<>"",${date}<TODAY(),${notDone})`, background: OVERDUE }];
  };
  switch (tab) {
    case 'planItems':
      return overdue('deadline', 'status', [PLAN_ITEM_STATUSES.label('done'), PLAN_ITEM_STATUSES.label('notDone')]);
    case 'decisions':
      return overdue('deadline', 'status', [DECISION_STATUSES.label('done'), DECISION_STATUSES.label('cancelled')]);
    case 'programmes':
      return overdue('end', 'status', [PROGRAMME_STATUSES.label('completed'), PROGRAMME_STATUSES.label('stopped')]);
    case 'sessions':
      // Past and still "planned": the result was never recorded.
      return overdue('date', 'status', [SESSION_STATUSES.label('held'), SESSION_STATUSES.label('cancelled'), SESSION_STATUSES.label('postponed')]);
    default:
      return [];
  }
}
