/**
 * The rhythm's own memory, in the workbook's store (platform/store.ts; 9 KB a value kept): whether it is on and for whom,
 * what the last run did, which month's jobs are done, and the lease that keeps two runs from
 * working at once. Mail progress is kept apart (send.ts) because it changes on every message.
 */
import { z } from 'zod';
import { documentStore } from '../platform/store';
import { storedValue } from '../platform/stored-value';
export const STATE_KEY = 'rhythm.state';
/** User properties: which spreadsheet each of this user's tick triggers belongs to. */
export const TRIGGER_MAP_KEY = 'rhythm.triggers';
export const TICK_HANDLER = 'dailyTick';
/** A run never lasts longer than an execution (6 min); a lease older than this is stale. */
export const LEASE_MS = 6 * 60 * 1000 + 30 * 1000;

export interface RhythmState {
  enabled: boolean;
  /** Who switched it on: the trigger runs, and the mail goes out, as this account. */
  owner: string | null;
  triggerId: string | null;
  hour: number | null;
  zone: string | null;
  /** ISO instant of the last run's end, and what it did. */
  lastRun: string | null;
  lastRunDay: string | null;
  lastLines: string[];
  /** The last month whose monthly jobs (plan, plan document, reminders, digest) all finished. */
  monthlyDone: string | null;
  /** The month whose plan tab and document were made (they are made once a month). */
  planDone: string | null;
  /** The month whose «Сводка» was rebuilt with its plan (a failed rebuild is retried next run). */
  dashboardDone: string | null;
  planDocument: string | null;
  /** Every part of planDone's documents made from the rows this mark digests (plan-document.ts). */
  planDocumentsMark: string | null;
  /** «month:reason» of the last failure to make the plan's documents: the same one is logged once. */
  planDocumentsFailed: string | null;
  /** What the plan of planDone was made from (domain/plan-snapshot.ts): a differing month remakes it. */
  planSnapshot: string[] | null;
  /** Which version of that month's plan is current (1 when first made). */
  planVersion: number;
  /** When the last digest went out (ISO): failures are counted from here. */
  lastDigest: string | null;
  /** Set when the tick found its authorization lost and told the deputy; cleared when back. */
  authNoticeSent: string | null;
  /** Messages the last run had to leave for the next one. */
  lastDeferred: number;
  /** Epoch ms until which a run holds the lease. */
  leaseUntil: number;
  /**
   * Work the last run's time budget left (a stage not started, mail not sent in time): the one
   * trigger then runs hourly until it is done, and daily again after (trigger.ts).
   */
  workLeft: boolean;
  /** How the trigger is scheduled now. */
  pace: 'daily' | 'hourly';
}

const EMPTY: RhythmState = {
  enabled: false,
  owner: null,
  triggerId: null,
  hour: null,
  zone: null,
  lastRun: null,
  lastRunDay: null,
  lastLines: [],
  monthlyDone: null,
  planDone: null,
  dashboardDone: null,
  planDocument: null,
  planDocumentsMark: null,
  planDocumentsFailed: null,
  planSnapshot: null,
  planVersion: 0,
  lastDigest: null,
  authNoticeSent: null,
  lastDeferred: 0,
  leaseUntil: 0,
  workLeft: false,
  pace: 'daily',
};

/** One store for a read and the write after it (one search of the workbook's memory). */
export type StateStore = ReturnType<typeof documentStore>;

/** Each field by itself: one damaged field (edited by hand) falls back alone, the rest stay. */
const text = (fallback: string | null) => z.string().nullable().catch(fallback);
const STATE_SCHEMA = z.object({
  enabled: z.boolean().catch(EMPTY.enabled),
  owner: text(EMPTY.owner),
  triggerId: text(EMPTY.triggerId),
  hour: z.number().nullable().catch(EMPTY.hour),
  zone: text(EMPTY.zone),
  lastRun: text(EMPTY.lastRun),
  lastRunDay: text(EMPTY.lastRunDay),
  lastLines: z.array(z.string()).catch([]),
  monthlyDone: text(EMPTY.monthlyDone),
  planDone: text(EMPTY.planDone),
  dashboardDone: text(EMPTY.dashboardDone),
  planDocument: text(EMPTY.planDocument),
  planDocumentsMark: text(EMPTY.planDocumentsMark),
  planDocumentsFailed: text(EMPTY.planDocumentsFailed),
  planSnapshot: z.array(z.string()).nullable().catch(EMPTY.planSnapshot),
  planVersion: z.number().catch(EMPTY.planVersion),
  lastDigest: text(EMPTY.lastDigest),
  authNoticeSent: text(EMPTY.authNoticeSent),
  lastDeferred: z.number().catch(EMPTY.lastDeferred),
  leaseUntil: z.number().catch(EMPTY.leaseUntil),
  workLeft: z.boolean().catch(EMPTY.workLeft),
  pace: z.enum(['daily', 'hourly']).catch(EMPTY.pace),
}) satisfies z.ZodType<RhythmState>;

const STORED_STATE = storedValue(STATE_KEY, STATE_SCHEMA);

export function loadState(store: StateStore = documentStore()): RhythmState {
  // A value that is not a state at all starts over; the sent-mail record still prevents repeats.
  return STORED_STATE.read(store) ?? { ...EMPTY, lastLines: [] };
}

export function saveState(state: RhythmState, store: StateStore = documentStore()): void {
  state.lastLines = state.lastLines.slice(0, 20).map((l) => l.slice(0, 300));
  STORED_STATE.write(store, state);
}

