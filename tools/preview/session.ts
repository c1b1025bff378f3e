/**
 * One preview workspace: the Host over the built add-on, its state file, and what the deputy does
 * in the page: menu clicks, typing, selecting, dialogs answered, time passing, forms submitted.
 *
 * Dialogs: Ui.alert/prompt block the script until the user answers. The emulator cannot pause a
 * running script, so a click runs the item from a copy of the state; when the script asks
 * something nobody answered yet, the state goes back to that copy and the page shows the dialog;
 * the answer reruns the item from the same copy with the answers queued, until it finishes.
 * The simulated clock makes each rerun the same as the first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type UiEvent, type WorkspaceState, Host, describeError, type Outcome, readStateFile, writeStateFile, typeIntoCell, invokeFromPage, answerNextDialog, type DialogAnswer, readSheet, selectRange, FormSubmitError, submitFormResponse, localParts, localToUtc } from '@pds/emulator';
import { newSchoolWorkspace } from '../school';
import { generateDemoSchool } from './demo-school';
import type { ActionResult, Notice } from './api';

export type { ActionResult, Notice } from './api';

const BUTTONS: Record<string, string[]> = { OK: ['OK'], OK_CANCEL: ['OK', 'CANCEL'], YES_NO: ['YES', 'NO'], YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'] };
const DIALOGS = ['alert', 'prompt'];
const FRAMED = ['sidebar', 'dialog', 'modeless'];
const KEPT_FRAMES = 5;

export interface SessionOptions {
  distDir: string;
  stateFile: string;
  /** Build the demo school in a fresh workspace (default true). */
  demo?: boolean;
}

export class PreviewSession {
  host: Host;
  private waiting: { snapshot: WorkspaceState; path: string; answers: DialogAnswer[]; dialog: Notice } | null = null;
  /** UI events of sidebar calls and triggers, kept for the page's next look. */
  private queued: Notice[] = [];

  constructor(readonly options: SessionOptions) {
    const saved = readStateFile(options.stateFile);
    this.host = saved ? Host.load({ distDir: options.distDir, state: saved }) : this.fresh();
    this.host.open();
    this.save();
  }

  private fresh(): Host {
    const host = newSchoolWorkspace(this.options.distDir);
    if (this.options.demo !== false) generateDemoSchool(host);
    return host;
  }

  /**
   * Saves the workspace. Only the newest sidebars' and dialogs' HTML is kept: Sheets forgets a
   * closed panel, and each copy of a page weighs as much as the page.
   */
  save(): void {
    const framed = this.host.state.ui.filter((e) => FRAMED.includes(e.kind) && typeof e.data['html'] === 'string');
    for (const event of framed.slice(0, -KEPT_FRAMES)) event.data['html'] = null;
    writeStateFile(this.options.stateFile, this.host.state, { compact: true });
  }

  /** The user opens the document: onOpen builds the menu (NONE until the add-on is used here). */
  open(): void {
    if (this.waiting) return;
    this.host.open();
    this.save();
  }

  get pending(): Notice | null {
    return this.waiting?.dialog ?? null;
  }

  /** Starts over: a new workspace (with the demo school), the old state kept as a backup. */
  reset(): void {
    this.backup();
    this.waiting = null;
    this.queued = [];
    this.host = this.fresh();
    this.host.open();
    this.save();
  }

  /** Replaces the whole workspace state (an import); the old file is kept as a backup. */
  replace(state: WorkspaceState): void {
    this.backup();
    this.waiting = null;
    this.host = Host.load({ distDir: this.options.distDir, state });
    this.host.open();
    this.save();
  }

  backupFile(): string {
    const file = path.resolve(this.options.stateFile);
    return path.join(path.dirname(file), `${path.basename(file, '.json')}.backup.json`);
  }

  private backup(): void {
    if (fs.existsSync(this.options.stateFile)) fs.copyFileSync(this.options.stateFile, this.backupFile());
  }

  /** New UI events of the actions this session started, as notices (dialogs skipped). */
  private noticesOf(events: UiEvent[]): Notice[] {
    return events.filter((e) => !DIALOGS.includes(e.kind) && e.kind !== 'menu').map((e) => noticeOf(e, this.host.state.ui.indexOf(e)));
  }

  /** Runs a step that may show UI, collecting what it showed. */
  private watch(step: () => Outcome): { outcome: Outcome; events: UiEvent[] } {
    const before = new Set(this.host.state.ui);
    let outcome: Outcome;
    try {
      outcome = step();
    } catch (error) {
      outcome = { ok: false, error: describeError(error) };
    }
    return { outcome, events: this.host.state.ui.filter((e) => !before.has(e)) };
  }

  click(menuPath: string): ActionResult {
    if (this.waiting) return this.busy();
    this.waiting = null;
    return this.runItem(structuredClone(this.host.state), menuPath, []);
  }

  answer(button: string, text = ''): ActionResult {
    const waiting = this.waiting;
    if (!waiting) return { error: null, notices: [], pending: null };
    this.waiting = null;
    return this.runItem(waiting.snapshot, waiting.path, [...waiting.answers, { button, text }]);
  }

  private busy(): ActionResult {
    return { error: null, notices: [], pending: this.pending };
  }

  private runItem(snapshot: WorkspaceState, menuPath: string, answers: DialogAnswer[]): ActionResult {
    this.host.emulator.state = structuredClone(snapshot);
    for (const a of answers) answerNextDialog(this.host.emulator, a);
    const { outcome, events } = this.watch(() => this.host.click(menuPath));
    const dialogs = events.filter((e) => DIALOGS.includes(e.kind));
    const unanswered = dialogs[answers.length];
    if (unanswered) {
      // The script waits here: nothing it did after the question has happened yet.
      this.host.emulator.state = structuredClone(snapshot);
      const dialog = noticeOf(unanswered, null);
      this.waiting = { snapshot, path: menuPath, answers, dialog };
      return { error: null, notices: [], pending: dialog };
    }
    this.save();
    return { error: outcome.ok ? null : outcome.error.message, notices: this.noticesOf(events), pending: null };
  }

  /** google.script.run from a sidebar or dialog: an execution of its own. */
  run(fn: string, args: unknown[], user?: string | null): Outcome {
    const { outcome, events } = this.watch(() => invokeFromPage(this.host, fn, args, { user: user ?? undefined }));
    this.queued.push(...this.noticesOf(events), ...events.filter((e) => DIALOGS.includes(e.kind)).map((e) => noticeOf(e, null)));
    this.save();
    return outcome;
  }

  /** Notices gathered since the page last looked (sidebar calls, triggers). */
  drain(): Notice[] {
    const out = this.queued;
    this.queued = [];
    return out;
  }

  /** The deputy types `text` into a cell; Sheets parses it as typed. */
  edit(tab: string, a1: string, text: string): ActionResult {
    const id = this.host.state.activeSpreadsheetId;
    const sheet = id ? this.host.state.spreadsheets[id]?.sheets.find((s) => s.name === tab) : undefined;
    const cell = parseCell(a1);
    const oldValue = sheet && cell ? (readSheet(this.host.emulator, id!, tab, { display: true })[cell.row - 1]?.[cell.column - 1] as string | undefined) : undefined;
    const { outcome, events } = this.watch(() => {
      const typed = typeIntoCell(this.host, tab, a1, text);
      if (!typed.ok || !sheet || !cell) return typed;
      // What Sheets does after a hand edit: the edit triggers run.
      const failed = this.host.edited({ sheetId: sheet.sheetId, ...cell, value: text, oldValue }).find((o) => !o.ok);
      return failed ?? typed;
    });
    this.save();
    return { error: outcome.ok ? null : outcome.error.message, notices: this.noticesOf(events), pending: null };
  }

  /** The user selects a cell; with none given (a tab picked), the tab's first visible cell. */
  select(tab: string, a1: string | null): void {
    const id = this.host.state.activeSpreadsheetId;
    if (!id) return;
    const sheet = this.host.state.spreadsheets[id]?.sheets.find((s) => s.name === tab);
    let cell = a1;
    if (cell === null) {
      let column = 1;
      while (sheet?.hiddenColumns?.[String(column)] && column < sheet.maxColumns) column++;
      cell = `${columnLetters(column)}1`;
    }
    selectRange(this.host.emulator, id, tab, cell);
    this.save();
  }

  /** Moves the clock: 'day', 'month', 'first' (the next 1st at noon) or a time; due triggers fire. */
  async advance(step: string): Promise<ActionResult> {
    const now = this.host.emulator.now();
    const zone = this.host.state.scriptTimeZone;
    const p = localParts(now, zone);
    const minutes = p.hour * 60 + p.minute;
    let target: number;
    if (step === 'day') target = now + 86_400_000;
    else if (step === 'month') target = localToUtc(p.year + (p.month === 12 ? 1 : 0), (p.month % 12) + 1, Math.min(p.day, 28), minutes, zone);
    else if (step === 'first') target = localToUtc(p.year + (p.month === 12 ? 1 : 0), (p.month % 12) + 1, 1, 12 * 60, zone);
    else target = new Date(step).getTime();
    if (!(target > now)) return { error: 'Время может идти только вперёд', notices: [], pending: null };
    const before = new Set(this.host.state.ui);
    let outcome: Outcome;
    try {
      const fired = await this.host.advanceClockStepwise(target);
      const failed = fired.find((f) => !f.outcome.ok);
      outcome = failed && !failed.outcome.ok ? failed.outcome : { ok: true, value: fired };
    } catch (error) {
      outcome = { ok: false, error: describeError(error) };
    }
    const events = this.host.state.ui.filter((e) => !before.has(e));
    this.save();
    return { error: outcome.ok ? null : outcome.error.message, notices: this.noticesOf(events), pending: null };
  }

  /** A person fills a form: the response is recorded and the submit triggers run. */
  submitForm(formId: string, respondent: string, answers: Record<string, unknown>): ActionResult {
    const { outcome } = this.watch(() => {
      let result: ReturnType<typeof submitFormResponse>;
      try {
        result = submitFormResponse(this.host, formId, answers, { respondent });
      } catch (error) {
        // What Google Forms tells a respondent, in the respondent's language.
        if (error instanceof FormSubmitError && error.missing.length > 0) {
          return { ok: false, error: { ...describeError(error), message: requiredMessage(error.missing) } };
        }
        throw error;
      }
      const failed = result.fired.find((f) => !f.outcome.ok);
      return failed && !failed.outcome.ok ? failed.outcome : { ok: true, value: result };
    });
    this.save();
    return { error: outcome.ok ? null : outcome.error.message, notices: [], pending: null };
  }
}

function requiredMessage(titles: string[]): string {
  const named = titles.map((t) => `«${t}»`).join(', ');
  return titles.length === 1 ? `Это обязательный вопрос: ${named}. Ответьте на него и отправьте снова.` : `Это обязательные вопросы: ${named}. Ответьте на них и отправьте снова.`;
}

function parseCell(a1: string): { row: number; column: number } | null {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(a1.toUpperCase());
  if (!m) return null;
  const column = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), column };
}

function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function noticeOf(event: UiEvent, index: number | null): Notice {
  const d = event.data;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  if (event.kind === 'toast') return { kind: 'toast', title: str(d['title']), text: str(d['msg']), buttons: [], ui: null };
  if (DIALOGS.includes(event.kind)) {
    return { kind: event.kind, title: str(d['title']), text: str(d['prompt']), buttons: BUTTONS[str(d['buttons'])] ?? ['OK'], ui: null };
  }
  const size = (v: unknown) => (typeof v === 'number' && v > 0 ? { value: v } : null);
  const notice: Notice = { kind: event.kind, title: str(d['title']), text: '', buttons: [], ui: index };
  if (event.kind !== 'sidebar') {
    const width = size(d['width']);
    const height = size(d['height']);
    if (width) notice.width = width.value;
    if (height) notice.height = height.value;
  }
  return notice;
}
