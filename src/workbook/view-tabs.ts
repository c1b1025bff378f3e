/**
 * The add-on's own views, made and rewritten whole by it: «Сводка», «План на месяц», «Свод по
 * школам», «SkillsClub по школам». Like the record tabs (tab-identity.ts), each is found by the sheet id remembered
 * when it was made, then by its name: one renamed by hand is still the one rewritten, never left
 * stale beside a second copy. A view made before ids were remembered is adopted by its name.
 */
import { z } from 'zod';
import { freshKeyEntry } from '../platform/store';
import { storedValue } from '../platform/stored-value';
import type { Workbook } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type ViewKey = 'dashboard' | 'monthPlan' | 'rollup' | 'clubs';

const KEY = 'tabs.views';
const VIEW_IDS = storedValue(KEY, z.record(z.string(), z.number().int()));

/** The view's sheet (made at `index`, or where Sheets puts a new one, when there is none), with one search of the store. */
export function viewSheet(workbook: Workbook, key: ViewKey, name: string, index?: number): Sheet {
  const entry = freshKeyEntry(KEY, workbook.spreadsheet);
  const ids = VIEW_IDS.read(entry) ?? {};
  let sheet = workbook.sheets.get(name);
  const id = ids[key];
  if (id !== undefined) {
    // The common case in one call: the view under its own name. Else every sheet is asked.
    if (sheet?.getSheetId() === id) return sheet;
    const byId = [...workbook.sheets.values()].find((s) => s !== sheet && s.getSheetId() === id);
    if (byId) return byId;
  }
  if (!sheet) {
    sheet = index === undefined ? workbook.spreadsheet.insertSheet(name) : workbook.spreadsheet.insertSheet(name, index);
    workbook.sheets.set(name, sheet);
  }
  VIEW_IDS.write(entry, { ...ids, [key]: sheet.getSheetId() });
  return sheet;
}
