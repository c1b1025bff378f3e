/**
 * What a respondent may answer to each item, as the stored answer value: shared by the host's
 * form submission (a person filling the form) and item.createResponse (a script). The form page
 * only offers the item's choices, scale points and grid columns, so anything else is refused.
 * Stored values follow ItemResponse.getResponse (reference/forms/item-response#getresponse):
 * a String; a String[] for checkbox items; for grid items a String[] with one answer per row,
 * '' for a row left blank. A date answer is "YYYY-MM-DD" (reference/forms/date-item).
 */
import { isDate } from '../core/realm';
import { localParts } from '../services/time-zone';
import type { AnswerValue, ItemState } from './state';

type MakeError = (message: string) => Error;

export function isBlank(value: AnswerValue): boolean {
  return Array.isArray(value) ? value.every((v) => v === '') : value === '';
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function normalizeAnswer(item: ItemState, raw: unknown, timeZone: string, fail: MakeError): AnswerValue {
  const what = `"${item.title}" (${item.type})`;
  if (raw === null || raw === undefined) return item.type === 'CHECKBOX' || item.type === 'GRID' ? [] : '';
  switch (item.type) {
    case 'TEXT':
    case 'PARAGRAPH_TEXT':
      if (typeof raw !== 'string' && typeof raw !== 'number') throw fail(`Answer to ${what} must be text`);
      if (item.type === 'TEXT' && String(raw).includes('\n')) throw fail(`A short answer ${what} cannot hold a line break`);
      return String(raw);
    case 'MULTIPLE_CHOICE':
    case 'LIST': {
      const text = String(raw);
      const allowed = item.choices ?? [];
      if (text !== '' && !allowed.includes(text) && !(item.type === 'MULTIPLE_CHOICE' && item.other)) {
        throw fail(`"${text}" is not a choice of ${what}`);
      }
      return text;
    }
    case 'CHECKBOX': {
      const list = (Array.isArray(raw) ? raw : [raw]).map(String).filter((v) => v !== '');
      const choices = item.choices ?? [];
      const others = list.filter((v) => !choices.includes(v));
      if (others.length > (item.other ? 1 : 0)) throw fail(`"${others.join('", "')}" is not a choice of ${what}`);
      // Chosen options in the form's order, an "Other" text last.
      return [...choices.filter((c) => list.includes(c)), ...others];
    }
    case 'SCALE': {
      const n = typeof raw === 'number' ? raw : Number(String(raw).trim());
      const lower = item.lower ?? 1;
      const upper = item.upper ?? 5;
      if (!Number.isInteger(n) || n < lower || n > upper) throw fail(`${String(raw)} is outside the scale ${lower}..${upper} of ${what}`);
      return String(n);
    }
    case 'GRID': {
      const rows = item.rows ?? [];
      const columns = item.columns ?? [];
      const byRow: string[] = Array.isArray(raw)
        ? rows.map((_r, i) => String((raw as unknown[])[i] ?? ''))
        : rows.map((r) => String((raw as Record<string, unknown>)[r] ?? ''));
      const bad = byRow.find((v) => v !== '' && !columns.includes(v));
      if (bad !== undefined) throw fail(`"${bad}" is not a column of ${what}`);
      return byRow;
    }
    case 'DATE': {
      if (isDate(raw)) {
        const p = localParts(raw.getTime(), timeZone);
        return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
      }
      const text = String(raw);
      if (text !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(text)) throw fail(`A date answer to ${what} is a Date or "YYYY-MM-DD", not "${text}"`);
      return text;
    }
    default:
      throw fail(`${what} takes no answer`);
  }
}

/** A required question left blank (a grid needs every row): the form page does not submit. */
export function missingRequired(item: ItemState, value: AnswerValue | undefined): boolean {
  if (!item.required) return false;
  if (value === undefined) return true;
  if (item.type === 'GRID') return Array.isArray(value) && (value.length === 0 || value.some((v) => v === ''));
  return isBlank(value);
}
