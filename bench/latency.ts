/**
 * An ESTIMATE of what each Apps Script service call costs on Google's servers, so the bench can
 * turn call and cell counts into seconds. Google publishes no per-call latencies; the figures are
 * from the public sources named next to each, and where none was found they are our estimate,
 * marked as such and chosen on the slow side. They are a model for comparing sizes and spotting
 * per-row call patterns, not a promise: real times vary with load by 2-3x.
 */
import type { CallInfo } from '../emulator/core/emulator';

export interface CallCost {
  /** Which figure applied; the bench reports estimated time per kind. */
  kind: string;
  ms: number;
}

/**
 * Per-cell costs of spreadsheet range reads and writes, charged on top of the call.
 * - write 0.1 ms/cell: developers.google.com/apps-script/guides/support/best-practices: setting
 *   10,000 cells one call at a time takes ~70 s, in one batch ~1 s (1 s / 10,000 cells).
 *   Charged for methods that carry one value per cell (setValues, setNumberFormats, ...).
 * - read 0.0125 ms/cell: ESTIMATE. A single setValues of 4,000 cells measured under 50 ms
 *   (stackoverflow.com/q/12258478 "What is faster: ScriptDb or SpreadsheetApp"); no public
 *   measurement of large getValues was found, reads are taken as the same order.
 * - a range-wide setting (one number format, one validation rule, clear) 0.001 ms/cell: ESTIMATE
 *   (Sheets stores such settings per range, not per cell; charged so that whole-column settings
 *   on a 60,000-row tab are not free).
 */
export const CELL_READ_MS = 0.0125;
export const CELL_WRITE_MS = 0.1;
export const CELL_UNIFORM_MS = 0.001;
/** Writes that carry a value per cell; any other write applies one setting to the range. */
const PER_CELL_WRITE = /^(setValues?|setFormulas?|setFormulasR1C1|setRichTextValues?|setNotes|setBackgrounds|setFontColors|setFontWeights|setNumberFormats|setDataValidations|appendRow)$/;

/**
 * Per-call figures by service and method. First match wins; `*` is any method.
 * - SpreadsheetApp 7 ms a call: best-practices above, 10,000 single-cell calls ≈ 70 s.
 * - flush 600 ms: the ScriptDb/SpreadsheetApp answer above measured flush() adding ~560-610 ms.
 * - Properties 30 ms get / 62 ms set, Cache 3 ms get / 93 ms put: ziritione.org/post/
 *   apps_script_performance (100 runs, averages).
 * - Lock 50 ms: ESTIMATE (a Properties-like store round trip).
 * - Drive 300 ms a call, makeCopy 1,500 ms, createFolder 500 ms, getAs (PDF export) 2,000 ms:
 *   ESTIMATE (no public per-call measurement found; Drive calls are remote API calls, a copy of a
 *   Doc is commonly reported at 1-2 s).
 * - DocumentApp openById 800 ms, saveAndClose 500 ms, create 1,000 ms, element edits 5 ms (they
 *   edit a local copy until saved): ESTIMATE.
 * - Docs.Documents.batchUpdate 600 ms: ESTIMATE (one REST call).
 * - MailApp.sendEmail 500 ms: ESTIMATE.
 * - FormApp: openById 500 ms, getResponses 300 ms, other calls 30 ms: ESTIMATE.
 * - ScriptApp triggers 200 ms: ESTIMATE; Ui/HtmlService 50 ms: ESTIMATE (showSidebar returns
 *   before the page loads); Session/Utilities/Logger/console 1 ms: ESTIMATE (in-process).
 */
const TABLE: Array<[service: string, method: string, kind: string, ms: number]> = [
  ['SpreadsheetApp', 'flush', 'spreadsheet flush', 600],
  ['SpreadsheetApp', '*', 'spreadsheet call', 7],
  ['PropertiesService', 'getProperty', 'properties read', 30],
  ['PropertiesService', 'getProperties', 'properties read', 30],
  ['PropertiesService', 'getKeys', 'properties read', 30],
  ['PropertiesService', 'get*Properties', 'properties store', 1],
  ['PropertiesService', '*', 'properties write', 62],
  ['CacheService', 'get', 'cache read', 3],
  ['CacheService', 'getAll', 'cache read', 3],
  ['CacheService', 'get*Cache', 'cache store', 1],
  ['CacheService', '*', 'cache write', 93],
  ['LockService', '*', 'lock', 50],
  ['DriveApp', 'makeCopy', 'drive copy', 1500],
  ['DriveApp', 'createFolder', 'drive create', 500],
  ['DriveApp', 'createFile', 'drive create', 500],
  ['DriveApp', 'getAs', 'drive export', 2000],
  ['DriveApp', 'getBlob', 'drive export', 2000],
  ['DriveApp', '*', 'drive call', 300],
  ['DocumentApp', 'openById', 'docs open/save', 800],
  ['DocumentApp', 'openByUrl', 'docs open/save', 800],
  ['DocumentApp', 'saveAndClose', 'docs open/save', 500],
  ['DocumentApp', 'create', 'docs open/save', 1000],
  ['DocumentApp', '*', 'docs edit', 5],
  ['Docs', '*', 'docs api', 600],
  ['MailApp', 'getRemainingDailyQuota', 'mail quota', 50],
  ['MailApp', '*', 'mail send', 500],
  ['FormApp', 'openById', 'forms open', 500],
  ['FormApp', 'getResponses', 'forms responses', 300],
  ['FormApp', '*', 'forms call', 30],
  ['ScriptApp', '*', 'triggers', 200],
  ['HtmlService', '*', 'ui', 50],
  ['*', '*', 'in-process', 1],
];

function matches(pattern: string, value: string): boolean {
  if (pattern === '*') return true;
  if (pattern.includes('*')) return new RegExp(`^${pattern.replace(/\*/g, '.*')}$`).test(value);
  return pattern === value;
}

export function costOf(service: string, method: string): CallCost {
  const row = TABLE.find(([s, m]) => matches(s, service) && matches(m, method))!;
  return { kind: row[2], ms: row[3] };
}

/**
 * A latency model for `emulator.latency`: each call advances the simulated clock by its cost, so
 * the 6-minute limit and the add-on's own time budget act on these estimates. Cells are counted
 * by the emulator only inside the call, so they are charged at the NEXT call (and by `settle`).
 */
export class LatencyModel {
  readonly byKind: Record<string, number> = {};
  private lastCells = { read: 0, written: 0 };
  /** The method whose cells are not charged yet. */
  private lastMethod = '';

  constructor(private readonly cells: { read: number; written: number }) {
    this.lastCells = { ...cells };
  }

  /** For `emulator.latency`. */
  readonly charge = (info: CallInfo): number => {
    const cost = costOf(info.service, info.method);
    this.byKind[cost.kind] = (this.byKind[cost.kind] ?? 0) + cost.ms;
    const cells = this.settle();
    this.lastMethod = info.method;
    return cost.ms + cells;
  };

  /** The cost of cells read and written since the last charge. */
  settle(): number {
    const read = this.cells.read - this.lastCells.read;
    const written = this.cells.written - this.lastCells.written;
    this.lastCells = { ...this.cells };
    const perCell = PER_CELL_WRITE.test(this.lastMethod);
    const writeMs = written * (perCell ? CELL_WRITE_MS : CELL_UNIFORM_MS);
    this.add('cells read', read * CELL_READ_MS);
    this.add(perCell ? 'cells written' : 'range settings', writeMs);
    return read * CELL_READ_MS + writeMs;
  }

  private add(kind: string, ms: number): void {
    if (ms > 0) this.byKind[kind] = (this.byKind[kind] ?? 0) + ms;
  }

  total(): number {
    return Object.values(this.byKind).reduce((a, b) => a + b, 0);
  }
}
