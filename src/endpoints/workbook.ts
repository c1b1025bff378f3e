/** Menu items and endpoints of the workbook: set-up, data check, navigation to a cell. */
import { z } from 'zod';
import { defineEndpoint } from '../shared/endpoint';
import { failure, success } from '../shared/result';
import { showSidebar } from '../platform/ui';
import { RU } from '../text/ru';
import { setUpBook, type SetupReport } from '../workbook/setup';
import { checkWorkbook } from '../workbook/data-check';
import { planCheck, runCheckStep, STEP_CELLS } from '../workbook/data-check-steps';
import { openWorkbook, type Workbook } from '../workbook/sheets';
import { TAB_ORDER } from '../workbook/tabs';
import { ensureTemplates, SchoolFolderUnreachable } from '../documents/docs-io';
import type { Store } from '../platform/store';
import { openBook } from '../documents/generate-job';
import { knowApprovedFrom } from '../workbook/approved-settings';
import { DOCUMENT_KINDS } from '../domain/options';
import type { TabKey } from '../workbook/columns';

export function runSetup(): void {
  const { report, workbook, store } = setUpBook();
  const lines = [setupSummary(report), templatesSummary(workbook, store)].filter((line) => line !== '');
  SpreadsheetApp.getUi().alert(RU.setupReport.title, lines.join('\n'), SpreadsheetApp.getUi().ButtonSet.OK);
}

/**
 * The documents' default templates in the school's folder: made when missing, never rewritten
 * (the deputy may have edited them). Without a folder yet, or one that does not open when a
 * template has to be made, the deputy is told where to set it. Set-up's workbook and store are
 * reused: both were read whole a moment ago in this execution.
 */
function templatesSummary(workbook: Workbook, store: Store): string {
  knowApprovedFrom(workbook, store);
  const { driveFolder: folderId, regulation } = openBook(workbook).settings;
  if (!folderId) return RU.setupReport.noTemplatesYet;
  try {
    const { created } = ensureTemplates(folderId, DOCUMENT_KINDS.keys, store, regulation);
    return created.length ? RU.setupReport.templatesCreated(created.map((kind) => DOCUMENT_KINDS.label(kind))) : '';
  } catch (e) {
    if (e instanceof SchoolFolderUnreachable) return RU.setupReport.noTemplatesYet;
    throw e;
  }
}

export function setupSummary(report: SetupReport): string {
  const lines: string[] = [];
  if (report.renamedTabs.length) lines.push(RU.setupReport.renamedTabs(report.renamedTabs));
  if (report.createdTabs.length) lines.push(RU.setupReport.createdTabs(report.createdTabs));
  if (report.addedColumns.length) lines.push(RU.setupReport.addedColumns(report.addedColumns));
  if (report.renamedColumns.length) lines.push(RU.setupReport.renamedColumns(report.renamedColumns));
  if (report.idsAssigned) lines.push(RU.setupReport.idsAssigned(report.idsAssigned));
  if (report.settingsAdded) lines.push(RU.setupReport.settingsAdded(report.settingsAdded));
  if (report.problems.length) {
    lines.push(RU.setupReport.problems, ...report.problems.map((p) => `• ${p.tab}${p.cell ? `!${p.cell}` : ''}: ${p.message}`));
  }
  return lines.length ? lines.join('\n') : RU.setupReport.nothingToDo;
}

export function showDataCheck(): void {
  showSidebar('data-check', RU.dataCheck.title);
}

export const runDataCheck = defineEndpoint(z.object({}).strict(), () => success(checkWorkbook()));

/**
 * The parts of a check in parts, for the sidebar's progress bar. `maxCells` makes parts smaller
 * than the default (a test cuts a small book into several).
 */
export const planDataCheck = defineEndpoint(z.object({ maxCells: z.number().int().min(100).max(STEP_CELLS).optional() }).strict(), ({ maxCells }) =>
  success(planCheck(openWorkbook(), maxCells ?? STEP_CELLS)),
);

/** One part of the check: what its rows show, and their keys for the merge. */
export const runDataCheckStep = defineEndpoint(
  z.object({ step: z.object({ tab: z.enum(TAB_ORDER as [TabKey, ...TabKey[]]), from: z.number().int().min(2), to: z.number().int().min(1) }).strict() }).strict(),
  ({ step }) => success(runCheckStep(openWorkbook(), step)),
);

/** Selects the cell a problem names, so the deputy lands on it. */
export const goToCell = defineEndpoint(
  z.object({ tab: z.string().min(1).max(100), cell: z.string().regex(/^[A-Z]{1,3}\d{1,7}$/).or(z.literal('')) }).strict(),
  ({ tab, cell }) => {
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(tab);
    if (!sheet) return failure('not-found', RU.problems.missingTab(tab));
    sheet.activate();
    if (cell) sheet.getRange(cell).activate();
    return success({ tab, cell });
  },
);
