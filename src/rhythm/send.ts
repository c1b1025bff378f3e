/**
 * Sending with a record, so nothing is sent twice: before each message its row is kept in a
 * property as "in flight", after it as "done"; every few messages the done rows go to
 * the «Рассылка» tab in one block. A run cut by the time limit leaves both behind, and the next
 * run writes them first: a done row as sent, the in-flight one as «не подтверждено» (it may have
 * left, so it is never resent). What the day's quota or the run's time cannot carry waits for
 * the next run (reference/mail/mail-app#getremainingdailyquota).
 */
import { z } from 'zod';
import { withDocumentLock } from '../platform/lock';
import { storedValue } from '../platform/stored-value';
import { RU } from '../text/ru';
import { insertRecords, loadTab, type LoadedTab } from '../workbook/repo';
import type { Workbook } from '../workbook/sheets';
import type { RecordOf } from '../workbook/typed';
import { html, plainText, type Outgoing } from './email';

export const PROGRESS_KEY = 'rhythm.mail';
/** Rows kept in the property between writes to the tab (a property holds 9 KB). */
const FLUSH_EVERY = 10;
const QUOTA = /too many times for one day: email/i;

type Row = Omit<RecordOf<'mailings'>, 'id'>;

interface Progress {
  inflight: Row | null;
  done: Row[];
}

/** What has been handled, by key: status and the address it went to. */
export type Handled = Map<string, { status: Row['status']; email: string | null; name: string | null; at: string; note: string | null }>;

export function handledOf(tab: LoadedTab<'mailings'>): Handled {
  const map: Handled = new Map();
  for (const { value } of tab.records) map.set(value.key, { status: value.status, email: value.email, name: value.recipientName, at: value.at, note: value.note });
  return map;
}

/** Sent or unconfirmed: never again. Failed: again only once the address changed. */
export function alreadyHandled(handled: Handled, message: Pick<Outgoing, 'key' | 'email'>): boolean {
  const entry = handled.get(message.key);
  if (!entry) return false;
  return entry.status !== 'failed' || (entry.email ?? '') === (message.email ?? '');
}

/**
 * The progress is written twice per message, so it lives in the sending user's properties (a
 * cheap store every execution of that user can read, a trigger's included) under the workbook's
 * id, not in the workbook's own store, whose every write is a spreadsheet call. The mail goes out
 * as the deputy who switched reminders on, and their runs are the ones that send.
 */
const keys = new WeakMap<Workbook, string>();
function progressKey(workbook: Workbook): string {
  let key = keys.get(workbook);
  if (!key) {
    key = `${PROGRESS_KEY}.${workbook.spreadsheet.getId()}`;
    keys.set(workbook, key);
  }
  return key;
}

/**
 * The kept rows are checked only for their key: a row this version cannot type still goes to the
 * tab (which reports a bad cell) rather than be dropped and its message sent again.
 */
const row = z.custom<Row>((v) => typeof v === 'object' && v !== null && typeof (v as { key?: unknown }).key === 'string');
const PROGRESS_SCHEMA = z.object({
  inflight: row.nullable().catch(null),
  done: z.array(row).catch([]),
});

function stored(workbook: Workbook) {
  return storedValue(progressKey(workbook), PROGRESS_SCHEMA);
}

function loadProgress(workbook: Workbook): Progress {
  return stored(workbook).read(PropertiesService.getUserProperties()) ?? { inflight: null, done: [] };
}

function saveProgress(workbook: Workbook, progress: Progress): void {
  stored(workbook).write(PropertiesService.getUserProperties(), progress);
}

/** Writes the kept rows to the tab (skipping keys already there) and empties the property. */
function flush(workbook: Workbook, progress: Progress, handled: Handled): number {
  const rows = [...progress.done, ...(progress.inflight ? [{ ...progress.inflight, status: 'unconfirmed' as const, note: RU.rhythm.unconfirmed }] : [])];
  if (rows.length === 0) return 0;
  const written = withDocumentLock(() => {
    // Read again: a run cut between this write and the property's reset wrote them already.
    const tab = loadTab(workbook, 'mailings');
    const present = new Set(tab.records.map((r) => `${r.value.key}\u0000${r.value.at}`));
    const fresh = rows.filter((r) => !present.has(`${r.key}\u0000${r.at}`));
    insertRecords(workbook, tab, fresh);
    return fresh.length;
  });
  for (const r of rows) handled.set(r.key, { status: r.status, email: r.email, name: r.recipientName, at: r.at, note: r.note });
  saveProgress(workbook, { inflight: null, done: [] });
  return written;
}

/** Rows a previous run left in the property: written before anything else is sent. */
export function recoverProgress(workbook: Workbook, handled: Handled): number {
  const progress = loadProgress(workbook);
  if (!progress.inflight && progress.done.length === 0) return 0;
  return flush(workbook, progress, handled);
}

export interface SendOptions {
  senderName: string;
  /** Date.now() when the run started, and how long it may send. */
  started: number;
  budgetMs: number;
}

export interface SendOutcome {
  sent: number;
  failed: number;
  /** Left for the next run: the day's quota or the run's time ran out. */
  deferred: Outgoing[];
  errors: string[];
}

function rowOf(message: Outgoing, status: Row['status'], note: string | null): Row {
  return {
    key: message.key,
    month: message.month,
    kind: message.kind,
    recipientName: message.recipientName.slice(0, 200),
    email: message.email,
    subject: message.subject.slice(0, 200),
    status,
    at: new Date().toISOString(),
    note: note ? note.slice(0, 300) : null,
  };
}

/** MailApp's refusals of the message itself (reference/mail/mail-app): retrying cannot help. */
const REFUSED = /Invalid email|no recipient|Email Recipients Per Message|Argument too large/i;

export function sendAll(workbook: Workbook, handled: Handled, messages: readonly Outgoing[], options: SendOptions): SendOutcome {
  const outcome: SendOutcome = { sent: 0, failed: 0, deferred: [], errors: [] };
  const pending = messages.filter((m) => !alreadyHandled(handled, m));
  if (pending.length === 0) return outcome;
  let remaining = MailApp.getRemainingDailyQuota();
  const progress: Progress = { inflight: null, done: [] };
  for (let i = 0; i < pending.length; i++) {
    const message = pending[i]!;
    if (remaining < 1 || Date.now() - options.started > options.budgetMs) {
      outcome.deferred.push(...pending.slice(i));
      break;
    }
    if (!message.email) {
      progress.done.push(rowOf(message, 'failed', RU.rhythm.noAddress));
      outcome.failed += 1;
    } else {
      progress.inflight = rowOf(message, 'sent', null);
      saveProgress(workbook, progress);
      try {
        MailApp.sendEmail({
          to: message.email,
          subject: message.subject,
          body: plainText(message.content, options.senderName),
          htmlBody: html(message.content, options.senderName),
          name: options.senderName,
        });
        progress.done.push(progress.inflight);
        outcome.sent += 1;
        remaining -= 1;
      } catch (e) {
        const text = e instanceof Error ? e.message : String(e);
        progress.inflight = null;
        if (QUOTA.test(text)) {
          saveProgress(workbook, progress);
          outcome.deferred.push(...pending.slice(i));
          break;
        }
        outcome.errors.push(`${message.recipientName} <${message.email}>: ${text}`);
        if (REFUSED.test(text)) {
          progress.done.push(rowOf(message, 'failed', text));
          outcome.failed += 1;
        } else {
          // A server error says nothing about the address: nothing is recorded, the next run
          // sends it (a 'failed' row would wait for an address change that never comes).
          outcome.deferred.push(message);
        }
      }
      progress.inflight = null;
    }
    saveProgress(workbook, progress);
    if (progress.done.length >= FLUSH_EVERY) {
      flush(workbook, progress, handled);
      progress.done = [];
    }
  }
  flush(workbook, progress, handled);
  return outcome;
}
