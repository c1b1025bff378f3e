/**
 * The whole emulated workspace as plain JSON: every service is a thin view over this object, so
 * a scenario can be saved to a file, reloaded, dumped and compared. Service modules own the
 * shapes of their sections.
 */
import type { SpreadsheetState } from '../spreadsheet/state';
import type { TriggerState, AuthorizationState } from '../script/state';
import type { CacheEntry } from '../services/cache-state';
import type { DriveState } from '../drive/state';
import type { DocsState } from '../docs/model';
import type { FormsState } from '../forms/state';
import type { MailState } from '../mail/state';
import type { ScriptProjectState } from '../script/state';

export type AccountType = 'consumer' | 'workspace';

export interface UiEvent {
  /** menu | alert | prompt | toast | sidebar | dialog | modeless */
  kind: string;
  at: number;
  user: string;
  spreadsheetId: string | null;
  data: Record<string, unknown>;
}

export interface LogEntry {
  at: number;
  level: 'log' | 'info' | 'warn' | 'error';
  execution: number | null;
  message: string;
}

export interface WorkspaceState {
  version: 1;
  /** Simulated wall clock, epoch milliseconds. */
  clock: number;
  /** Source of deterministic ids. */
  seq: number;
  accountType: AccountType;
  scriptTimeZone: string;
  /** Scopes the manifest declares; `null` switches scope checks off (plain unit tests). */
  scopes: string[] | null;
  /**
   * userSymbols of the advanced services the manifest enables (`dependencies.
   * enabledAdvancedServices`, e.g. ["Docs"]); only these become globals. Absent in older files: none.
   */
  advancedServices?: string[];
  activeUser: string;
  /** Who installed the add-on / owns the bound script. */
  owner: string;
  activeSpreadsheetId: string | null;
  spreadsheets: Record<string, SpreadsheetState>;
  properties: {
    script: Record<string, string>;
    document: Record<string, Record<string, string>>;
    user: Record<string, Record<string, string>>;
  };
  cache: {
    script: Record<string, CacheEntry>;
    document: Record<string, Record<string, CacheEntry>>;
    user: Record<string, Record<string, CacheEntry>>;
  };
  triggers: TriggerState[];
  authorization: AuthorizationState;
  ui: UiEvent[];
  log: LogEntry[];
  /** Daily quota use: key `${yyyy-mm-dd}|${kind}` (UTC day). */
  quota: Record<string, number>;
  /** Sections the later services add, each made on first use by its own module. */
  extra: ExtraState;
}

/**
 * The sections of `state.extra`, all optional: a section appears when its service is first used,
 * so a fresh workspace (and an older state file) has none of them.
 */
export interface ExtraState {
  /** DriveApp's folders and files (drive/state.ts). */
  drive?: DriveState;
  /** DocumentApp's saved document trees by file id (docs/model.ts). */
  docs?: DocsState;
  /** FormApp's forms and responses (forms/state.ts). */
  forms?: FormsState;
  /** MailApp's sent messages (mail/state.ts). */
  mail?: MailState;
  /** The project's deployment and name over the defaults (script/project.ts). */
  script?: Partial<ScriptProjectState>;
  /** Users whose address a security policy withholds from scripts (services/session.ts). */
  session?: { withheld: string[] };
  /** Who has used the add-on in each spreadsheet (by spreadsheet id; host.ts). */
  addonUsedBy?: Record<string, string[]>;
}

export interface WorkspaceOptions {
  clock?: number | Date | string;
  accountType?: AccountType;
  scriptTimeZone?: string;
  user?: string;
  scopes?: string[] | null;
  /** userSymbols of enabled advanced services (default none), e.g. ['Docs']. */
  advancedServices?: string[];
}

/**
 * The zone and locale when none is given. Google documents no fixed default: a new project or
 * file takes its creator's account or browser zone (support.google.com/a/answer/61452), so the
 * emulator starts from nobody's: UTC and en_US. A project that needs its own passes it in.
 */
export const NEUTRAL_TIME_ZONE = 'Etc/UTC';
export const NEUTRAL_LOCALE = 'en_US';

/** The signed-in user when none is given: a reserved example domain (RFC 2606), nobody's. */
export const DEFAULT_USER = 'user@example.com';

export function createState(options: WorkspaceOptions = {}): WorkspaceState {
  const clock = options.clock === undefined ? Date.UTC(2026, 8, 1, 6, 0, 0) : new Date(options.clock).getTime();
  if (Number.isNaN(clock)) throw new Error(`Bad clock: ${String(options.clock)}`);
  const user = options.user ?? DEFAULT_USER;
  return {
    version: 1,
    clock,
    seq: 0,
    accountType: options.accountType ?? 'workspace',
    scriptTimeZone: options.scriptTimeZone ?? NEUTRAL_TIME_ZONE,
    scopes: options.scopes === undefined ? null : options.scopes,
    advancedServices: options.advancedServices ?? [],
    activeUser: user,
    owner: user,
    activeSpreadsheetId: null,
    spreadsheets: {},
    properties: { script: {}, document: {}, user: {} },
    cache: { script: {}, document: {}, user: {} },
    triggers: [],
    authorization: { authorizedUsers: [user], requiredScopes: [] },
    ui: [],
    log: [],
    quota: {},
    extra: {},
  };
}
