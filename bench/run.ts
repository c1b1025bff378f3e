/**
 * `npm run bench`: the built add-on on the emulator at three sizes; for each action the service
 * calls by service, cells read and written, CPU time in Node and an estimated Apps Script time
 * from the latency model (./latency.ts). Prints a table, writes bench/results.json, and checks
 * the speed aims (AIMS).
 */
import fs from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';
import { ACTIONS, type Action } from './actions';
import { buildBook, SIZES, type Size } from './fixtures';
import { LatencyModel } from './latency';
import type { Book } from './driver';

export interface Execution {
  estimatedMs: number;
  /** Node's CPU for the execution: the add-on's own and the emulator's work inside its calls. */
  cpuMs: number;
  /** The add-on's own share: CPU between service calls (what Apps Script's V8 would spend). */
  addonCpuMs: number;
}

export interface Measurement {
  size: string;
  action: string;
  ok: boolean;
  error?: string;
  executions: Execution[];
  calls: Record<string, number>;
  /** Calls per method («Range.getValues»), to tell why two sizes differ. */
  methods: Record<string, number>;
  spreadsheetCalls: number;
  cellsRead: number;
  cellsWritten: number;
  cpuMs: number;
  estimatedMs: number;
  /** The longest single execution, estimated: what the per-action and 6 min aims look at. */
  longestMs: number;
  estimatedByKind: Record<string, number>;
  resumable: boolean;
  /** What the action reported of itself (the tick: days and runs to completion). */
  note?: string;
}

export interface SizeReport {
  size: Size;
  buildMs: number;
  cells: number;
  measurements: Measurement[];
}

// Each Apps Script execution starts on a fresh heap: an action's CPU must not include collecting
// the garbage earlier actions left in this one process (it moved single pages by up to 0.5 s).
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function measure(book: Book, size: Size, action: Action): Measurement {
  const emulator = book.emulator;
  const prepared = action.prepare?.(book, size);
  collectGarbage();
  emulator.calls.reset();
  emulator.cells.read = 0;
  emulator.cells.written = 0;
  const model = new LatencyModel(emulator.cells);
  emulator.latency = model.charge;
  // The add-on's own CPU moves the simulated clock too, scaled to Apps Script (the emulator's
  // default meter: this process's CPU; its budgets and the time limit see it).
  const executions: Execution[] = [];
  let ok = true;
  let error: string | undefined;
  let note: string | undefined;
  try {
    const step = (work: () => unknown): unknown => {
      const before = model.total();
      const cpu = cpuNow();
      const addonBefore = emulator.addonCpuMs;
      try {
        return work();
      } finally {
        model.settle();
        model.add('add-on CPU', (emulator.addonCpuMs - addonBefore) * emulator.cpuFactor);
        const addonCpuMs = Math.round(emulator.addonCpuMs - addonBefore);
        executions.push({ estimatedMs: Math.round(model.total() - before), cpuMs: Math.round(cpuNow() - cpu), addonCpuMs });
      }
    };
    note = action.run(book, size, step, prepared) ?? undefined;
  } catch (e) {
    ok = false;
    error = e instanceof Error ? e.message : String(e);
  } finally {
    emulator.latency = () => 0;
  }
  const calls = emulator.calls.byService();
  const methods = emulator.calls.snapshot();
  return {
    size: size.name,
    action: action.name,
    ok,
    ...(error ? { error } : {}),
    ...(note ? { note } : {}),
    executions,
    calls,
    methods,
    spreadsheetCalls: calls.SpreadsheetApp ?? 0,
    cellsRead: emulator.cells.read,
    cellsWritten: emulator.cells.written,
    cpuMs: executions.reduce((a, e) => a + e.cpuMs, 0),
    estimatedMs: Math.round(model.total()),
    longestMs: Math.max(0, ...executions.map((e) => e.estimatedMs)),
    estimatedByKind: Object.fromEntries(Object.entries(model.byKind).map(([k, v]) => [k, Math.round(v)])),
    resumable: action.resumable ?? false,
  };
}

export function runSize(distDir: string, size: Size, actions: Action[] = ACTIONS, log: (line: string) => void = () => {}): SizeReport {
  const started = Date.now();
  const book = buildBook(distDir, size);
  const buildMs = Date.now() - started;
  const cells = book.asPerson((app) => app.getActiveSpreadsheet().getSheets().reduce((n, s) => n + s.getMaxRows() * s.getMaxColumns(), 0));
  log(`${size.name}: book built in ${(buildMs / 1000).toFixed(1)} s (${cells.toLocaleString('en')} cells)`);
  const measurements = actions.map((action) => {
    const m = measure(book, size, action);
    log(`  ${m.ok ? 'ok  ' : 'FAIL'} ${action.name}: ${m.spreadsheetCalls} spreadsheet calls, est. ${(m.estimatedMs / 1000).toFixed(1)} s, cpu ${m.cpuMs} ms${m.error ? ` — ${m.error}` : ''}${m.note ? ` — ${m.note}` : ''}`);
    return m;
  });
  return { size, buildMs, cells, measurements };
}

// ---- aims ------------------------------------------------------------------------------------

export const AIMS = {
  singleActionMs: 10_000,
  executionMs: 6 * 60_000,
  cpuMs: 1_000,
};

export interface AimCheck {
  aim: string;
  met: boolean;
  detail: string;
}

export function checkAims(reports: SizeReport[]): AimCheck[] {
  const checks: AimCheck[] = [];
  const largest = reports[reports.length - 1]!;
  const actions = [...new Set(reports.flatMap((r) => r.measurements.map((m) => m.action)))];
  const failed = reports.flatMap((r) => r.measurements.filter((m) => !m.ok).map((m) => `${r.size.name}: ${m.action}: ${m.error}`));
  checks.push({ aim: 'every action runs at every size', met: failed.length === 0, detail: failed.join('; ') || 'all ran' });
  // A batch that resumes makes calls per document and per execution, not per action: it is
  // reported by its own aim below. An action the page runs in parts (the data check, «Сводка»)
  // makes more parts in a larger book by design; each part is held to the per-execution aims.
  const single = actions.filter((a) => !reports.some((r) => { const m = r.measurements.find((x) => x.action === a); return m?.resumable || (m?.executions.length ?? 1) > 1; }));
  const varying = single.filter((a) => new Set(reports.map((r) => r.measurements.find((m) => m.action === a)?.spreadsheetCalls).filter((n) => n !== undefined)).size > 1);
  checks.push({
    aim: 'spreadsheet calls per action the same at every size (single-execution actions)',
    met: varying.length === 0,
    detail: varying.length ? varying.map((a) => `${a}: ${reports.map((r) => r.measurements.find((m) => m.action === a)?.spreadsheetCalls).join(' / ')}`).join('; ') : `same at every size for ${single.length} actions`,
  });
  const slow = largest.measurements.filter((m) => !m.resumable && m.longestMs > AIMS.singleActionMs);
  checks.push({
    aim: `every single action under ${AIMS.singleActionMs / 1000} s (estimated) at ${largest.size.name} size`,
    met: slow.length === 0,
    detail: slow.length ? slow.map((m) => `${m.action}: ${(m.longestMs / 1000).toFixed(1)} s`).join('; ') : `longest ${(Math.max(...largest.measurements.filter((m) => !m.resumable).map((m) => m.longestMs)) / 1000).toFixed(1)} s`,
  });
  for (const m of largest.measurements.filter((x) => x.resumable)) {
    checks.push({
      aim: `${m.action}: within one 6-minute execution or resumes cleanly`,
      met: m.ok && m.executions.every((e) => e.estimatedMs <= AIMS.executionMs),
      detail: `${m.executions.length} execution(s), longest ${(m.longestMs / 1000).toFixed(0)} s estimated (add-on CPU included), total ${(m.estimatedMs / 1000).toFixed(0)} s${m.ok ? ', finished' : `, ${m.error}`}${m.note ? `; ${m.note}` : ''}`,
    });
  }
  // Per execution: a batch that resumes is several executions, each with its own budget.
  const cpuOf = (m: Measurement) => Math.max(0, ...m.executions.map((e) => e.cpuMs));
  const addonCpuOf = (m: Measurement) => Math.max(0, ...m.executions.map((e) => e.addonCpuMs));
  const heavy = largest.measurements.filter((m) => cpuOf(m) > AIMS.cpuMs);
  checks.push({
    aim: `CPU in Node under ${AIMS.cpuMs / 1000} s for any action (one execution) at ${largest.size.name} size`,
    met: heavy.length === 0,
    detail: heavy.length ? heavy.map((m) => `${m.action}: ${cpuOf(m)} ms (the add-on's own ${addonCpuOf(m)} ms)`).join('; ') : `largest ${Math.max(...largest.measurements.map(cpuOf))} ms`,
  });
  return checks;
}

// ---- output ----------------------------------------------------------------------------------

const SERVICES: Array<[string, string]> = [
  ['SpreadsheetApp', 'Sheets'],
  ['DriveApp', 'Drive'],
  ['DocumentApp', 'Docs'],
  ['Docs', 'DocsAPI'],
  ['MailApp', 'Mail'],
  ['FormApp', 'Forms'],
  ['PropertiesService', 'Props'],
  ['LockService', 'Lock'],
];

export function table(reports: SizeReport[]): string {
  const head = ['size', 'action', ...SERVICES.map(([, s]) => s), 'other', 'cells read', 'cells written', 'cpu ms', 'add-on cpu ms', 'est. s', 'runs'];
  const rows = reports.flatMap((r) =>
    r.measurements.map((m) => {
      const known = SERVICES.reduce((n, [s]) => n + (m.calls[s] ?? 0), 0);
      const total = Object.values(m.calls).reduce((a, b) => a + b, 0);
      return [
        r.size.name,
        m.ok ? m.action : `${m.action} (FAILED)`,
        ...SERVICES.map(([s]) => String(m.calls[s] ?? 0)),
        String(total - known),
        m.cellsRead.toLocaleString('en'),
        m.cellsWritten.toLocaleString('en'),
        String(m.cpuMs),
        String(m.executions.reduce((a, e) => a + e.addonCpuMs, 0)),
        (m.estimatedMs / 1000).toFixed(1),
        String(m.executions.length),
      ];
    }),
  );
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i < 2 ? ':' : '-') + '-'.repeat(w) + (i < 2 ? '-' : ':')).join('|')}|`, ...rows.map(line)].join('\n');
}

/** Benchmarked actions this build does not have yet (reported, never faked). */
const NOT_YET: string[] = [];

export function main(args: string[], distDir: string, resultsFile: string): number {
  const only = args.find((a) => a.startsWith('--size='))?.slice('--size='.length);
  const sizes = only ? SIZES.filter((s) => s.name === only || s.name.replace(' ', '-') === only) : SIZES;
  if (sizes.length === 0) {
    console.error(`unknown size ${only}; sizes: ${SIZES.map((s) => s.name.replace(' ', '-')).join(', ')}`);
    return 2;
  }
  // --skip=<text>:<size> leaves out an action at one size (reported as skipped, never faked).
  const skips = args.filter((a) => a.startsWith('--skip=')).map((a) => a.slice('--skip='.length).split(':'));
  // --only=<text> measures only the actions whose name contains the text (a developer's quick look).
  const onlyActions = args.filter((a) => a.startsWith('--only=')).map((a) => a.slice('--only='.length));
  const skipped: string[] = [];
  const reports = sizes.map((size) => {
    const actions = ACTIONS.filter((a) => {
      const skip =
        (onlyActions.length > 0 && !onlyActions.some((text) => a.name.includes(text))) ||
        skips.some(([text, at]) => a.name.includes(text!) && (!at || at === size.name.replace(' ', '-')));
      if (skip) skipped.push(`${size.name}: ${a.name}`);
      return !skip;
    });
    return runSize(distDir, size, actions, (l) => console.error(l));
  });
  const aims = checkAims(reports);
  console.log(table(reports));
  console.log('');
  for (const a of aims) console.log(`${a.met ? 'MET   ' : 'MISSED'} ${a.aim}: ${a.detail}`);
  const notAvailable = [...NOT_YET.filter((n) => !ACTIONS.some((a) => n.startsWith(a.name))), ...skipped.map((s) => `${s} (skipped on the command line)`)];
  if (notAvailable.length) console.log(`\nNot measured: ${notAvailable.join('; ')}`);
  fs.writeFileSync(resultsFile, `${JSON.stringify({ generatedAt: new Date().toISOString(), node: process.version, aims, notMeasured: notAvailable, sizes: reports }, null, 1)}\n`);
  console.error(`written ${resultsFile}`);
  return 0;
}
