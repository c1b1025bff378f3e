/**
 * The host over a loaded bundle: what Google's servers do around an add-on. It starts executions
 * of the bundle's global functions (menu clicks, simple triggers, sidebar calls, time-driven
 * triggers), builds their event objects, fires clock triggers as simulated time passes, and saves
 * the workspace to a file.
 */
import path from 'node:path';
import { Emulator, ExecutionTimeout, type AuthMode, type ExecutionKind } from './core/emulator';
import { TIME_LIMIT_MESSAGE } from './core/errors';
import { expose } from './core/expose';
import type { WorkspaceOptions, WorkspaceState } from './core/state';
import { loadBundle, type LoadedBundle } from './bundle';
import { clockEvent } from './host/clock';
import { dueTriggers, markFired } from './script';
import { isAddon } from './script/project';
import type { TriggerState } from './script/state';
import { factories, makeRange, makeSpreadsheet } from './spreadsheet/factories';
import { findItem, lastMenus, type BuiltMenu } from './host/menu';
import { readStateFile, writeStateFile } from './host/state-file';

export interface RunOptions {
  user?: string;
  authMode?: AuthMode;
  kind?: ExecutionKind;
  /** The containing document (Emulator ExecutionOptions.container); left out: the active one. */
  container?: string | null;
}

export interface ErrorInfo {
  name: string;
  message: string;
}

export type Outcome = { ok: true; value: unknown } | { ok: false; error: ErrorInfo };

/** One finished execution, kept in memory for tests and the command line. */
export interface ExecutionRecord {
  functionName: string;
  kind: ExecutionKind;
  user: string;
  authMode: AuthMode;
  startedAt: number;
  outcome: Outcome;
}

export interface FiredTrigger {
  triggerUid: string;
  handler: string;
  user: string;
  at: string;
  outcome: Outcome;
}

export interface HostLoadOptions {
  /** Folder with Code.js, appsscript.json and the HTML files. */
  distDir: string;
  /** A state file to resume (used when it exists) or a state object. */
  state?: string | WorkspaceState;
  /** Options for a fresh workspace when no state is given or the file does not exist. */
  workspace?: WorkspaceOptions;
}

/** Where the host remembers in which documents each user has used the add-on. */

export class Host {
  readonly executions: ExecutionRecord[] = [];

  constructor(readonly bundle: LoadedBundle) {}

  static load(options: HostLoadOptions): Host {
    const state = typeof options.state === 'string' ? readStateFile(options.state) : options.state;
    const emulator = new Emulator(state ?? options.workspace ?? {});
    const distDir = path.resolve(options.distDir);
    return new Host(loadBundle(path.join(distDir, 'Code.js'), emulator, { distDir }));
  }

  get emulator(): Emulator {
    return this.bundle.emulator;
  }

  get state(): WorkspaceState {
    return this.emulator.state;
  }

  /** A global of the bundle's context (SpreadsheetApp, ScriptApp, ...). */
  global<T = unknown>(name: string): T {
    return (this.bundle.context as Record<string, unknown>)[name] as T;
  }

  save(file: string): void {
    writeStateFile(file, this.state);
  }

  // ---- executions -------------------------------------------------------------------------

  /**
   * Runs the global function `fn` as one execution. A throw is returned as a failed outcome and
   * recorded in the log, as Apps Script records it in the executions list.
   */
  run(fn: string, args: readonly unknown[] | (() => readonly unknown[]) = [], options: RunOptions = {}): Outcome {
    const user = options.user ?? this.state.activeUser;
    const authMode = options.authMode ?? 'FULL';
    const kind = options.kind ?? 'direct';
    const startedAt = this.emulator.now();
    let executionId: number | null = null;
    let outcome: Outcome;
    const target = this.bundle.functions[fn];
    if (!target) {
      // The message Apps Script shows when a menu item or trigger names a missing function.
      outcome = { ok: false, error: { name: 'Exception', message: `Script function not found: ${fn}` } };
    } else {
      try {
        // An execution started inside another (a test interleaving them) must give the outer one
        // its own context back when it ends: the outer code keeps running in its realm.
        const outer = { context: this.bundle.context, functions: this.bundle.functions, realm: this.emulator.realm };
        let value: unknown;
        try {
          value = this.emulator.run({ user, authMode, kind, name: fn, container: options.container }, () => {
            executionId = this.emulator.execution?.id ?? null;
            // Each execution loads the script afresh; arguments are then built in its realm.
            this.bundle.renew();
            return this.bundle.functions[fn]!(...(typeof args === 'function' ? args() : args));
          });
        } finally {
          if (this.emulator.execution) {
            this.bundle.context = outer.context;
            this.bundle.functions = outer.functions;
            this.emulator.realm = outer.realm;
          }
        }
        outcome = { ok: true, value };
      } catch (error) {
        outcome = { ok: false, error: describeError(error) };
      }
    }
    if (!outcome.ok) {
      this.state.log.push({
        at: this.emulator.now(),
        level: 'error',
        execution: executionId,
        message: `${fn} (${kind}, ${user}, ${authMode}) failed: ${outcome.error.name}: ${outcome.error.message}`,
      });
    }
    this.executions.push({ functionName: fn, kind, user, authMode, startedAt, outcome });
    return outcome;
  }

  /**
   * Opens the document: runs `onOpen(e)` as a simple trigger. Its mode is NONE while this user
   * has not used the add-on in this document, LIMITED after (workspace/add-ons/concepts/
   * editor-auth-lifecycle#authorization_modes).
   */
  open(user = this.state.activeUser): Outcome & { authMode: AuthMode } {
    const authMode: AuthMode = this.isUsed(user) ? 'LIMITED' : 'NONE';
    if (!this.bundle.functions['onOpen']) return { ok: true, value: undefined, authMode };
    const outcome = this.run('onOpen', () => [this.documentEvent(authMode, user)], { user, authMode, kind: 'simple' });
    return { ...outcome, authMode };
  }

  /** Installs the add-on from this document: `onInstall(e)` runs in FULL (editor-auth-lifecycle). */
  install(user = this.state.activeUser): Outcome {
    this.markUsed(user);
    this.authorize(user);
    if (!this.bundle.functions['onInstall']) return { ok: true, value: undefined };
    return this.run('onInstall', () => [this.documentEvent('FULL', user)], { user, authMode: 'FULL', kind: 'simple' });
  }

  /** The menus the last `onOpen` (or other execution) built for this user in this document. */
  menu(user = this.state.activeUser): BuiltMenu[] {
    return lastMenus(this.state, user, this.state.activeSpreadsheetId);
  }

  /**
   * Clicks a menu item: its function runs in FULL as a 'menu' execution. The user grants the
   * authorization prompt, and from now on the add-on counts as used in this document.
   */
  click(label: string, user = this.state.activeUser): Outcome & { functionName: string } {
    let menus = this.menu(user);
    if (menus.length === 0) {
      this.open(user);
      menus = this.menu(user);
    }
    const item = findItem(menus, label);
    this.authorize(user);
    this.markUsed(user);
    const outcome = this.run(item.functionName, [], { user, authMode: 'FULL', kind: 'menu' });
    return { ...outcome, functionName: item.functionName };
  }

  // ---- edits ------------------------------------------------------------------------------

  /**
   * A user edited one cell by hand (guides/triggers/events#edit): `onEdit(e)` runs as a simple
   * trigger (its mode as for onOpen: NONE until the add-on is used in this document, LIMITED
   * after), then each installable edit trigger of the spreadsheet as its creator in FULL. The event
   * has authMode, range, source, user, value and, when the cell held something, oldValue.
   */
  edited(edit: { sheetId: number; row: number; column: number; value: string; oldValue?: string }, user = this.state.activeUser): Outcome[] {
    const id = this.state.activeSpreadsheetId;
    if (!id) return [];
    const event = (authMode: AuthMode, triggerUid?: string) => () => {
      const fields: Record<string, unknown> = {
        authMode: this.authModeEnum(authMode),
        range: makeRange(this.emulator, id, edit.sheetId, { row: edit.row, column: edit.column, numRows: 1, numColumns: 1 }),
        source: makeSpreadsheet(this.emulator, id),
        user: this.userObject(user),
        value: edit.value,
      };
      if (edit.oldValue !== undefined && edit.oldValue !== '') fields['oldValue'] = edit.oldValue;
      if (triggerUid) fields['triggerUid'] = triggerUid;
      return [this.realmObject(fields)];
    };
    const outcomes: Outcome[] = [];
    if (this.bundle.functions['onEdit']) {
      const mode: AuthMode = this.isUsed(user) ? 'LIMITED' : 'NONE';
      outcomes.push(this.run('onEdit', event(mode), { user, authMode: mode, kind: 'simple' }));
    }
    for (const trigger of this.state.triggers.filter((t) => t.eventType === 'ON_EDIT' && t.sourceId === id)) {
      outcomes.push(this.run(trigger.handler, event('FULL', trigger.id), { user: trigger.user, authMode: 'FULL', kind: 'trigger', container: this.triggerContainer(trigger) }));
    }
    return outcomes;
  }

  // ---- time -------------------------------------------------------------------------------

  /**
   * Moves the clock to `to`, stopping at each due time-driven trigger in order and running its
   * handler as the trigger's user in FULL. A handler that throws is only logged: add-on triggers
   * send no failure e-mail (docs/platform.md), and the other triggers still fire.
   */
  advanceClock(to: number | string | Date): FiredTrigger[] {
    const fired: FiredTrigger[] = [];
    for (const run of this.clockRuns(to)) fired.push(run);
    return fired;
  }

  /**
   * The same, handing the event loop back between trigger runs: a server that moves the clock for
   * a page (the preview) keeps answering, and its client in the same process keeps hearing the
   * browser, while a month of daily runs goes by.
   */
  async advanceClockStepwise(to: number | string | Date): Promise<FiredTrigger[]> {
    const fired: FiredTrigger[] = [];
    for (const run of this.clockRuns(to)) {
      fired.push(run);
      await new Promise((resolve) => setImmediate(resolve));
    }
    return fired;
  }

  private *clockRuns(to: number | string | Date): Generator<FiredTrigger> {
    const target = new Date(to).getTime();
    if (Number.isNaN(target)) throw new Error(`Bad time: ${String(to)}`);
    if (target < this.emulator.now()) throw new Error(`The clock cannot go back (to ${new Date(target).toISOString()})`);
    // Asked again after every run from the same start, so triggers the handlers create or delete
    // count, while fired occurrences (already marked) and runs missed before `start` do not.
    const start = this.emulator.now();
    for (let guard = 0; ; guard += 1) {
      if (guard > 100_000) throw new Error('Too many trigger runs while moving the clock: a trigger never gets a later run time');
      const due = dueTriggers(this.state, start, target)[0];
      if (!due) break;
      const at = Math.max(this.emulator.now(), due.at);
      this.emulator.setClock(at);
      // Marked before the run, so a handler that deletes or recreates its trigger wins.
      markFired(this.state, due.triggerId, due.at);
      const event = () => [this.realmObject(clockEvent(at, due.triggerId, this.authModeEnum('FULL')))];
      const trigger = this.state.triggers.find((t) => t.id === due.triggerId);
      const outcome = this.run(due.handler, event, { user: due.user, authMode: 'FULL', kind: 'trigger', container: this.triggerContainer(trigger) });
      yield { triggerUid: due.triggerId, handler: due.handler, user: due.user, at: new Date(at).toISOString(), outcome };
    }
    // A handler's simulated latency may already have carried the clock past the target.
    if (target > this.emulator.now()) this.emulator.setClock(target);
  }

  /**
   * The containing document an installable trigger's execution sees. An add-on's (the default
   * deployment): none. Google documents getDocumentProperties / getDocumentLock as null "outside
   * the context of a containing document" and never says an add-on's trigger has one; public
   * add-on libraries open the file by id in their time-driven handlers (e.g. vtst's
   * VtstAddonTriggerLib README). So the strict reading is no active spreadsheet, no document
   * properties, lock or cache. A script bound to the workbook (`setScriptProject(state,
   * {deployment: 'bound'})`) runs its triggers in its container, the document it was made in.
   */
  triggerContainer(trigger: TriggerState | undefined): string | null {
    if (!trigger || isAddon(this.state)) return null;
    return trigger.documentId ?? trigger.sourceId ?? null;
  }

  // ---- add-on use -------------------------------------------------------------------------

  isUsed(user = this.state.activeUser, spreadsheetId = this.state.activeSpreadsheetId): boolean {
    return (this.usedBy()[spreadsheetId ?? ''] ?? []).includes(user);
  }

  markUsed(user = this.state.activeUser, spreadsheetId = this.state.activeSpreadsheetId): void {
    const used = this.usedBy();
    const users = (used[spreadsheetId ?? ''] ??= []);
    if (!users.includes(user)) users.push(user);
  }

  private usedBy(): Record<string, string[]> {
    const extra = this.state.extra;
    if (!extra.addonUsedBy || typeof extra.addonUsedBy !== 'object') extra.addonUsedBy = {};
    return extra.addonUsedBy;
  }

  private authorize(user: string): void {
    const auth = this.state.authorization;
    if (!auth.authorizedUsers.includes(user)) auth.authorizedUsers.push(user);
  }

  // ---- event objects ----------------------------------------------------------------------

  /** ScriptApp.AuthMode.<mode> of the bundle, or the bare name before ScriptApp exists. */
  authModeEnum(mode: AuthMode): unknown {
    try {
      const scriptApp = this.global<{ AuthMode?: Record<string, unknown> } | undefined>('ScriptApp');
      return scriptApp?.AuthMode?.[mode] ?? mode;
    } catch {
      return mode;
    }
  }

  /**
   * The event of a document's simple trigger (guides/triggers/events#open): authMode, source
   * (the Spreadsheet) and user. In NONE the objects exist but any call on them needs
   * authorization, which the emulator's access check enforces.
   */
  private documentEvent(authMode: AuthMode, user: string): Record<string, unknown> {
    const event: Record<string, unknown> = { authMode: this.authModeEnum(authMode) };
    const source = this.activeSpreadsheet();
    if (source !== undefined) event['source'] = source;
    event['user'] = this.userObject(user);
    return this.realmObject(event);
  }

  /** The active Spreadsheet view, built directly (no service call is made or counted). */
  private activeSpreadsheet(): unknown {
    const id = this.state.activeSpreadsheetId;
    if (!id || !this.state.spreadsheets[id] || !factories.spreadsheet) return undefined;
    return makeSpreadsheet(this.emulator, id);
  }

  /** e.user: a base.User whose e-mail needs at least LIMITED (NONE gives no user data). */
  private userObject(email: string): unknown {
    const target = { getEmail: () => email };
    return expose(this.emulator, 'Session', 'User', target, () => ({ access: 'limited' }));
  }

  private realmObject(fields: Record<string, unknown>): Record<string, unknown> {
    const out = new this.emulator.realm.Object() as Record<string, unknown>;
    return Object.assign(out, fields);
  }
}

/** Name and message of anything thrown, from any realm. */
export function describeError(error: unknown): ErrorInfo {
  if (error instanceof ExecutionTimeout) return { name: 'Exception', message: TIME_LIMIT_MESSAGE };
  if (error !== null && typeof error === 'object') {
    const { name, message } = error as { name?: unknown; message?: unknown };
    if (typeof message === 'string') return { name: typeof name === 'string' ? name : 'Error', message };
  }
  return { name: 'Error', message: String(error) };
}
