/**
 * An ESTIMATE of what each Apps Script service call costs on Google's servers, so the bench can
 * turn call and cell counts into seconds. Google publishes no per-call latencies; the figures are
 * from the public sources named next to each, and where none was found they are our estimate,
 * marked as such and chosen on the slow side. They are a model for comparing sizes and spotting
 * per-row call patterns, not a promise: real times vary with load by 2-3x.
 */
import type { CallInfo } from '@pds/emulator';

export interface CallCost {
  /** Which figure applied; the bench reports estimated time per kind. */
  kind: string;
  ms: number;
}

/**
 * Per-cell costs of spreadsheet range reads and writes, charged on top of the call. Where sources
 * differ the slower figure is taken.
 * - SpreadsheetApp read (getValues, getFormulas, getDisplayValues, ...) 0.1 ms/cell: Qiita,
 *   shi-suzuki, qiita.com/shi-suzuki/items/d23c6c7e4a0bbe2831af: getValues of 120,000 x 2 cells
 *   took 7.38 s on a plain sheet (0.031 ms/cell) and 24 s on the earlier, formatted sheet of the
 *   same size ("12万行のデータ取得が24秒から7秒に", 0.1 ms/cell). The add-on's tabs carry number
 *   formats, drop-downs and conditional formats (set-up), so the formatted figure applies.
 * - Sheets advanced service read (Values.batchGet) 0.03 ms/cell: the same articles measured the
 *   Sheets API on those sheets at 6.03 s (plain, 0.025 ms/cell) and 7 s (formatted, 0.029 ms/cell).
 * - write 0.1 ms/cell: developers.google.com/apps-script/guides/support/best-practices: setting
 *   10,000 cells one call at a time takes ~70 s, in one batch ~1 s (1 s / 10,000 cells).
 *   Charged for methods that carry one value per cell (setValues, setNumberFormats, ...).
 * - a range-wide setting (one number format, one validation rule, clear) 0.001 ms/cell: ESTIMATE
 *   (Sheets stores such settings per range, not per cell; charged so that whole-column settings
 *   on a 60,000-row tab are not free).
 */
export const CELL_READ_MS = 0.1;
export const CELL_READ_API_MS = 0.03;
export const CELL_WRITE_MS = 0.1;
export const CELL_UNIFORM_MS = 0.001;
/** Writes that carry a value per cell; any other write applies one setting to the range. */
const PER_CELL_WRITE = /^(setValues?|setFormulas?|setFormulasR1C1|setRichTextValues?|setNotes|setBackgrounds|setFontColors|setFontWeights|setNumberFormats|setDataValidations|appendRow)$/;

/**
 * Per-call figures by service and method. First match wins; `*` is any method.
 * - SpreadsheetApp 7 ms a call: best-practices above, 10,000 single-cell calls ≈ 70 s.
 * - flush 30 ms: stackoverflow.com/q/12258478 ("What is faster: ScriptDb or SpreadsheetApp"):
 *   flush() after each of 400 one-row writes took ~12 s in all, 30 ms a flush. (Its 610 ms flush
 *   after one 4,000-cell write is the write itself, charged per written cell above.)
 * - Sheets advanced service 200 ms a call: ESTIMATE (one REST round trip; the Qiita figures
 *   above are whole reads and include it).
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
  ['SpreadsheetApp', 'flush', 'spreadsheet flush', 30],
  ['Sheets', '*', 'sheets api call', 200],
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
  private lastService = '';

  constructor(private readonly cells: { read: number; written: number }) {
    this.lastCells = { ...cells };
  }

  /** For `emulator.latency`. */
  readonly charge = (info: CallInfo): number => {
    const cost = costOf(info.service, info.method);
    this.byKind[cost.kind] = (this.byKind[cost.kind] ?? 0) + cost.ms;
    const cells = this.settle();
    this.lastMethod = info.method;
    this.lastService = info.service;
    return cost.ms + cells;
  };

  /** The cost of cells read and written since the last charge. */
  settle(): number {
    const read = this.cells.read - this.lastCells.read;
    const written = this.cells.written - this.lastCells.written;
    this.lastCells = { ...this.cells };
    const perCell = PER_CELL_WRITE.test(this.lastMethod);
    const writeMs = written * (perCell ? CELL_WRITE_MS : CELL_UNIFORM_MS);
    const api = this.lastService === 'Sheets';
    const readMs = read * (api ? CELL_READ_API_MS : CELL_READ_MS);
    this.add(api ? 'cells read (Sheets API)' : 'cells read', readMs);
    this.add(perCell ? 'cells written' : 'range settings', writeMs);
    return readMs + writeMs;
  }

  add(kind: string, ms: number): void {
    if (ms > 0) this.byKind[kind] = (this.byKind[kind] ?? 0) + ms;
  }

  total(): number {
    return Object.values(this.byKind).reduce((a, b) => a + b, 0);
  }
}
