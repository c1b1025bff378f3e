/**
 * The emulator's runtime: the workspace state, the clock, executions with their time budget,
 * the call counter, fault injection and the authorization checks every service call passes.
 * Services never touch these rules themselves: they are wrapped by `expose` (./expose.ts), which
 * routes every method call through `Emulator.call`.
 */
import { hostRealm, type Realm } from './realm';
import { AUTH_REQUIRED_MESSAGE, ServiceError, TIME_LIMIT_MESSAGE } from './errors';
import { createState, type WorkspaceOptions, type WorkspaceState } from './state';
import { CallCounter } from './counter';
import { Faults } from './faults';
import { APPS_SCRIPT_CPU_FACTOR, defaultCpuMeter, type CpuMeter } from './cpu';

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

/**
 * What started an execution; it decides the time limit. Simple triggers (onOpen, onEdit) get
 * 30 s, everything else 6 min (guides/services/quotas: "Script runtime 6 min / execution",
 * "Simple triggers: 30 s").
 */
export type ExecutionKind = 'menu' | 'sidebar' | 'simple' | 'trigger' | 'direct';

export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
export const SIMPLE_TRIGGER_LIMIT_MS = 30 * 1000;
/** A daily quota's window (guides/services/quotas). */
export const QUOTA_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Which auth mode a method needs: 'none' works even in AuthMode.NONE (building menus). */
export type Access = 'none' | 'limited' | 'full';

export interface CallPolicy {
  access: Access;
  /** Any one of these manifest scopes allows the call (checked when state.scopes is set). */
  scopes?: readonly string[];
}

export interface CallInfo {
  service: string;
  cls: string;
  method: string;
  /** `${cls}.${method}`, e.g. "Range.getValues" or "SpreadsheetApp.flush". */
  key: string;
  execution: Execution | undefined;
}

export interface ExecutionOptions {
  user?: string;
  authMode?: AuthMode;
  kind?: ExecutionKind;
  /** A label for logs: the function name. */
  name?: string;
  /**
   * The id of the document the execution runs in (its "containing document"), or null for none.
   * Left out: the active spreadsheet. Time-driven and other installable triggers of an add-on get
   * null from the host (the strict reading: reference/properties/properties-service#
   * getdocumentproperties and reference/lock/lock-service#getdocumentlock return null "outside
   * the context of a containing document").
   */
  container?: string | null;
}

export class Execution {
  terminated: string | null = null;
  /** The CPU clock when the add-on last got control back from a service (see Emulator.cpuClock). */
  cpuMark: number | null = null;
  constructor(
    readonly id: number,
    readonly name: string,
    readonly user: string,
    readonly authMode: AuthMode,
    readonly kind: ExecutionKind,
    readonly startedAt: number,
    readonly limitMs: number,
    readonly container: string | null = null,
  ) {}
}

/** Thrown out of `Emulator.run` when the execution was ended by the time limit. */
export class ExecutionTimeout extends Error {
  constructor(readonly execution: Execution) {
    super(TIME_LIMIT_MESSAGE);
    this.name = 'ExecutionTimeout';
  }
}

export type CallHook = (info: CallInfo) => void;

/** Per-call latency in simulated milliseconds; tests leave it at 0, benchmarks set a model. */
export type LatencyModel = (info: CallInfo) => number;

export class Emulator {
  state: WorkspaceState;
  realm: Realm = hostRealm;
  readonly calls = new CallCounter();
  readonly faults = new Faults();
  /** Cells read and written by Range methods (benchmarks report them). */
  readonly cells = { read: 0, written: 0 };
  latency: LatencyModel = () => 0;
  /**
   * The add-on's own CPU between service calls (and up to each read of its clock) moves the
   * simulated clock too, times `cpuFactor`, so the time limit and the add-on's budgets measured
   * with Date.now() see it (./cpu.ts). The services' own work is not counted: the latency model
   * charges it. Default: the process's real CPU (`EMULATOR_CPU=off`: none); tests that check the
   * accounting set a meter of their own. `addonCpuMs` sums the Node CPU measured, unscaled.
   */
  cpuClock: CpuMeter | null = defaultCpuMeter();
  cpuFactor = APPS_SCRIPT_CPU_FACTOR;
  addonCpuMs = 0;
  /**
   * The project's pushed files by name without extension ("help" → dist/help.html), for
   * HtmlService.createHtmlOutputFromFile. `loadBundle` fills it from the dist folder.
   */
  projectFiles: (name: string) => string | undefined = () => undefined;
  /** Transient state of services that does not survive a save (locks held by executions). */
  readonly transient = new Map<string, unknown>();
  private readonly stack: Execution[] = [];
  private readonly hooks: CallHook[] = [];
  private nextExecutionId = 1;

  constructor(options: WorkspaceOptions | WorkspaceState = {}) {
    this.state = 'version' in options ? options : createState(options);
  }

  // ---- clock ------------------------------------------------------------------------------

  now(): number {
    return this.state.clock;
  }

  /** Moves the clock forward; it never goes back. */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new Error(`Clock cannot move by ${ms} ms`);
    this.state.clock += ms;
  }

  setClock(at: number | Date | string): void {
    const ms = new Date(at).getTime();
    if (Number.isNaN(ms)) throw new Error(`Bad time: ${String(at)}`);
    if (ms < this.state.clock) throw new Error(`The clock cannot go back (to ${new Date(ms).toISOString()})`);
    this.state.clock = ms;
  }

  /** A fresh id, unique in this workspace and stable across save/load. */
  nextId(prefix: string): string {
    this.state.seq += 1;
    return `${prefix}${this.state.seq.toString(36).padStart(6, '0')}`;
  }

  // ---- executions -------------------------------------------------------------------------

  get execution(): Execution | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** The user the current execution runs as (the active user outside executions). */
  get user(): string {
    return this.execution?.user ?? this.state.activeUser;
  }

  /**
   * The containing document of the current execution (the active spreadsheet outside executions):
   * what getActiveSpreadsheet, getDocumentProperties, getDocumentLock and getDocumentCache see.
   */
  get container(): string | null {
    return this.execution ? this.execution.container : this.state.activeSpreadsheetId;
  }

  get authMode(): AuthMode {
    return this.execution?.authMode ?? 'FULL';
  }

  /**
   * Runs `fn` as one Apps Script execution. Executions nest only when a test interleaves a second
   * one inside a call hook of the first: both are then "running" and contend for locks.
   */
  run<T>(options: ExecutionOptions, fn: () => T): T {
    const kind = options.kind ?? 'direct';
    const execution = new Execution(
      this.nextExecutionId++,
      options.name ?? 'anonymous',
      options.user ?? this.state.activeUser,
      options.authMode ?? 'FULL',
      kind,
      this.now(),
      kind === 'simple' ? SIMPLE_TRIGGER_LIMIT_MS : EXECUTION_LIMIT_MS,
      options.container === undefined ? this.state.activeSpreadsheetId : options.container,
    );
    this.stack.push(execution);
    execution.cpuMark = this.cpuClock?.() ?? null;
    let result: T;
    try {
      result = fn();
    } catch (error) {
      if (execution.terminated) throw new ExecutionTimeout(execution);
      throw error;
    } finally {
      this.chargeAddonCpu(execution);
      this.stack.pop();
      for (const end of this.endListeners) end(execution);
    }
    // The add-on may have caught the time-limit error; Apps Script would still have ended it.
    if (execution.terminated) throw new ExecutionTimeout(execution);
    return result;
  }

  private readonly endListeners: Array<(execution: Execution) => void> = [];

  /** Services that hold per-execution resources (locks) release them here. */
  onExecutionEnd(listener: (execution: Execution) => void): void {
    this.endListeners.push(listener);
  }

  /** Ends the current execution as the time limit would (fault injection uses it too). */
  terminate(reason = TIME_LIMIT_MESSAGE): never {
    const execution = this.execution;
    if (execution) execution.terminated = reason;
    throw new ServiceError(reason);
  }

  // ---- calls ------------------------------------------------------------------------------

  onCall(hook: CallHook): () => void {
    this.hooks.push(hook);
    return () => {
      const index = this.hooks.indexOf(hook);
      if (index >= 0) this.hooks.splice(index, 1);
    };
  }

  /**
   * Every emulated method runs through here: budget, authorization, counting, hooks, faults,
   * latency, then the implementation. Service errors leave as errors of the add-on's realm.
   */
  call<T>(service: string, cls: string, method: string, policy: CallPolicy, impl: () => T): T {
    const key = `${cls}.${method}`;
    const info: CallInfo = { service, cls, method, key, execution: this.execution };
    const execution = this.execution;
    try {
      if (execution) this.chargeAddonCpu(execution);
      this.checkBudget();
      this.checkAccess(service, key, policy);
      this.calls.count(service, key);
      for (const hook of [...this.hooks]) hook(info);
      this.faults.check(service, key, (reason) => this.terminate(reason));
      const latency = this.latency(info);
      if (latency > 0) {
        this.advance(latency);
        this.checkBudget();
      }
      try {
        return impl();
      } finally {
        if (execution && this.cpuClock) execution.cpuMark = this.cpuClock();
      }
    } catch (error) {
      throw this.toRealmError(error);
    }
  }

  /**
   * The current execution's CPU so far onto the clock: the add-on reading its clock (`Date.now()`,
   * `new Date()`) sees the time its own work took. It never ends the execution by itself: the next
   * service call does (Apps Script's limit is not observed between two statements either).
   */
  chargeCpu(): void {
    const execution = this.execution;
    if (execution) this.chargeAddonCpu(execution);
  }

  /** The add-on's CPU since it last got control back: onto the clock, scaled (when cpuClock is set). */
  private chargeAddonCpu(execution: Execution): void {
    if (!this.cpuClock || execution.cpuMark === null) return;
    const now = this.cpuClock();
    const spent = Math.max(0, now - execution.cpuMark);
    execution.cpuMark = now;
    this.addonCpuMs += spent;
    this.advance(spent * this.cpuFactor);
  }

  /** Converts a host ServiceError into the add-on realm's Error named "Exception". */
  toRealmError(error: unknown): unknown {
    if (!(error instanceof ServiceError)) return error;
    const converted = new this.realm.Error(error.message);
    converted.name = 'Exception';
    return converted;
  }

  /** Ends the execution if it has run past its limit (a long wait or sleep checks this too). */
  checkBudget(): void {
    const execution = this.execution;
    if (!execution) return;
    if (execution.terminated) throw new ServiceError(execution.terminated);
    if (this.now() - execution.startedAt > execution.limitMs) this.terminate();
  }

  private checkAccess(service: string, key: string, policy: CallPolicy): void {
    const mode = this.authMode;
    // guides: editor-auth-lifecycle: in NONE only the add-on menu may be built.
    if (mode === 'NONE' && policy.access !== 'none') throw new ServiceError(AUTH_REQUIRED_MESSAGE);
    if (mode === 'LIMITED' && policy.access === 'full') throw new ServiceError(AUTH_REQUIRED_MESSAGE);
    const scopes = this.state.scopes;
    if (scopes && policy.scopes && policy.scopes.length > 0 && !policy.scopes.some((s) => scopes.includes(s))) {
      // The message Apps Script gives when the manifest lacks a scope the call needs.
      const name = service === key.split('.')[0] ? key : `${service}.${key}`;
      throw new ServiceError(
        `You do not have permission to call ${name}. Required permissions: ${policy.scopes.join(' || ')}`,
      );
    }
  }

  // ---- quotas -----------------------------------------------------------------------------

  /**
   * Daily quotas run in windows: "Daily quotas are refreshed at the end of a 24-hour window"
   * (guides/services/quotas), i.e. 24 hours after the first use, not at midnight
   * (docs/platform.md, «Limits»). `state.quota` keeps, per kind, when the window opened
   * (`<kind>|since`) and what it has used (`<kind>|used`).
   */
  quotaUsed(kind: string): number {
    const since = this.state.quota[`${kind}|since`];
    if (since === undefined || this.now() - since >= QUOTA_WINDOW_MS) return 0;
    return this.state.quota[`${kind}|used`] ?? 0;
  }

  /**
   * Uses `amount` of `kind`'s quota; throws Apps Script's message when it would exceed `limit`
   * ("Service invoked too many times for one day: <kind>.").
   */
  useQuota(kind: string, limit: number, amount = 1, message = `Service invoked too many times for one day: ${kind}.`): void {
    const used = this.quotaUsed(kind);
    if (used + amount > limit) throw new ServiceError(message);
    if (used === 0 && (this.state.quota[`${kind}|since`] === undefined || this.now() - this.state.quota[`${kind}|since`]! >= QUOTA_WINDOW_MS)) {
      this.state.quota[`${kind}|since`] = this.now();
    }
    this.state.quota[`${kind}|used`] = used + amount;
  }

  /** Host, for tests: `used` of `kind` spent in a window that opened at `since` (default now). */
  setQuotaUsed(kind: string, used: number, since = this.now()): void {
    this.state.quota[`${kind}|since`] = since;
    this.state.quota[`${kind}|used`] = used;
  }
}
