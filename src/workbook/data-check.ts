/**
 * «Проверить данные»: reports every problem with its tab and cell, in the order the deputy will fix
 * them. Changes nothing. The sidebar runs the parts one call each with a progress bar; this runs
 * them all in one call, through the same parts and merge, so both report the same.
 */
import { CheckTally, type CheckReport } from '../domain/check-merge';
import { planCheck, runCheckStep } from './data-check-steps';
import { openWorkbook, type Workbook } from './sheets';

export type { CheckReport } from '../domain/check-merge';
export { settingsFrom } from './settings-read';

export function checkWorkbook(workbook: Workbook = openWorkbook()): CheckReport {
  const plan = planCheck(workbook, Infinity);
  const tally = new CheckTally().add({ problems: plan.problems, unique: [], rows: {} });
  for (const step of plan.steps) tally.add(runCheckStep(workbook, step));
  return tally.report(plan.tabs);
}
