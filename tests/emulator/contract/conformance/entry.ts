/**
 * The conformance script's one function, bundled by `npm run conformance:build` into a standalone
 * Apps Script project: it runs every contract case against the real services in a scratch
 * spreadsheet, document, form and folder it creates and trashes, and writes each case's result to
 * a results spreadsheet (kept, in the user's My Drive) and to the log. A failed case means the
 * emulator answers differently from Google there: change the emulator's behaviour that the case
 * names (its `covers`), citing the case's source, and the case stays as it is.
 *
 * Runs in Apps Script's V8 (the services are globals there) and, in conformance.test.ts, in the
 * emulator's bare V8 context.
 */
import { CASES } from '../index';
import type { Services } from '../kit';
import { makeScratch, runCase, type CaseResult } from '../run';

export interface ConformanceReport {
  passed: number;
  failed: number;
  /** The results spreadsheet's URL. */
  url: string;
  results: CaseResult[];
}

function services(): Services {
  const g = globalThis as unknown as Record<string, unknown>;
  return {
    SpreadsheetApp: g.SpreadsheetApp,
    DriveApp: g.DriveApp,
    DocumentApp: g.DocumentApp,
    FormApp: g.FormApp,
    LockService: g.LockService,
    PropertiesService: g.PropertiesService,
    CacheService: g.CacheService,
    Utilities: g.Utilities,
    Session: g.Session,
    ScriptApp: g.ScriptApp,
    MailApp: g.MailApp,
  } as unknown as Services;
}

export function runConformance(): ConformanceReport {
  const s = services();
  const stamp = s.Utilities.formatDate(new Date(), 'UTC', "yyyy-MM-dd'T'HH:mm'Z'");
  const files = makeScratch(s, `Conformance ${stamp}`);
  const results: CaseResult[] = [];
  try {
    for (const c of CASES) {
      const result = runCase(c, s, files.scratch);
      results.push(result);
      console.log(`${result.ok ? 'PASS' : 'FAIL'} ${result.name}${result.ok ? '' : ` — ${result.message} [${result.source}]`}`);
    }
  } finally {
    files.dispose();
  }
  const passed = results.filter((r) => r.ok).length;
  const report = s.SpreadsheetApp.create(`Emulator conformance ${stamp}: ${passed} passed, ${results.length - passed} failed`);
  const sheet = report.getSheets()[0]!;
  const rows = [['Case', 'Result', 'What failed (expected is the source\'s)', 'Source'], ...results.map((r) => [r.name, r.ok ? 'pass' : 'FAIL', r.message, r.source])];
  sheet.getRange(1, 1, rows.length, 4).setValues(rows.map((row) => row.map((cell) => `'${cell}`)));
  sheet.setFrozenRows(1);
  console.log(`${passed} passed, ${results.length - passed} failed — ${report.getUrl()}`);
  return { passed, failed: results.length - passed, url: report.getUrl(), results };
}
