/**
 * Sending with a record, so nothing is sent twice: before each e-mail the rows of what it carries
 * are kept in a property as "in flight", after it as "done"; every few rows the done ones go to
 * the «Рассылка» tab in one block. A run cut by the time limit leaves both behind, and the next
 * run writes them first: a done row as sent, the in-flight ones as «не подтверждено» (they may
 * have left, so they are never resent). The log is read once a run (MailLog) and kept current in
 * memory: the run holds the lease, so nothing else appends to it meanwhile. What the day's quota
 * or the run's time cannot carry waits for the next run (reference/mail/mail-app#getremainingdailyquota).
 */
import { z } from 'zod';
import { withDocumentLock } from '../platform/lock';
import { storedValue } from '../platform/stored-value';
import { RU } from '../text/ru';
import { insertRecords, type LoadedTab } from '../workbook/repo';
import type { Workbook } from '../workbook/sheets';
import type { RecordOf } from '../workbook/typed';
import { combineDaily, type Mail } from './combine';
import { html, plainText, type Outgoing } from './email';

export const PROGRESS_KEY = 'rhythm.mail';
/** Rows kept in the property between writes to the tab (a property holds 9 KB). */
const FLUSH_EVERY = 10;
/** What one e-mail's rows may take in the property: 9 KB a value (docs/platform.md), less the JSON around them. */
const MAIL_ROWS_BYTES = 8 * 1024;
const QUOTA = /too many times for one day: email/i;

type Row = Omit<RecordOf<'mailings'>, 'id'>;

interface Progress {
  /** The rows of the e-mail being sent (one per message it carries). */
  inflight: Row[];
  done: Row[];
}

/** What has been handled, by key: status and the address it went to. */
export type Handled = Map<string, { status: Row['status']; email: string | null; name: string | null; at: string; note: string | null }>;

export function handledOf(tab: LoadedTab<'mailings'>): Handled {
  const map: Handled = new Map();
  for (const { value } of tab.records) map.set(value.key, { status: value.status, email: value.email, name: value.recipientName, at: value.at, note: value.note });
  return map;
}

/** The mail log as read once this run, kept current as rows are added. */
export class MailLog {
  readonly handled: Handled;
  private readonly present = new Set<string>();
  constructor(readonly tab: LoadedTab<'mailings'>) {
    this.handled = handledOf(tab);
    for (const { value } of tab.records) this.present.add(`${value.key}\u0000${value.at}`);
  }
  /** Rows not in the log yet (a run cut after writing them, before emptying the property). */
  fresh(rows: readonly Row[]): Row[] {
    return rows.filter((r) => !this.present.has(`${r.key}\u0000${r.at}`));
  }
  added(rows: readonly Row[]): void {
    for (const r of rows) {
      this.present.add(`${r.key}\u0000${r.at}`);
      this.handled.set(r.key, { status: r.status, email: r.email, name: r.recipientName, at: r.at, note: r.note });
    }
  }
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
  // One row: what a version that sent one message an e-mail left behind.
  inflight: z.union([z.array(row), row.transform((r) => [r])]).nullable().transform((r) => r ?? []).catch([]),
  done: z.array(row).catch([]),
});

function stored(workbook: Workbook) {
  return storedValue(progressKey(workbook), PROGRESS_SCHEMA);
}

function loadProgress(workbook: Workbook): Progress {
  return stored(workbook).read(PropertiesService.getUserProperties()) ?? { inflight: [], done: [] };
}

function saveProgress(workbook: Workbook, progress: Progress): void {
  stored(workbook).write(PropertiesService.getUserProperties(), progress);
}

/** Writes the kept rows to the tab (skipping keys already there) and empties the property. */
function flush(workbook: Workbook, progress: Progress, log: MailLog): number {
  const rows = [...progress.done, ...progress.inflight.map((r) => ({ ...r, status: 'unconfirmed' as const, note: RU.rhythm.unconfirmed }))];
  if (rows.length === 0) return 0;
  const fresh = log.fresh(rows);
  withDocumentLock(() => insertRecords(workbook, log.tab, fresh));
  log.added(rows);
  saveProgress(workbook, { inflight: [], done: [] });
  return fresh.length;
}

/** Rows a previous run left in the property: written before anything else is sent. */
export function recoverProgress(workbook: Workbook, log: MailLog): number {
  const progress = loadProgress(workbook);
  if (progress.inflight.length === 0 && progress.done.length === 0) return 0;
  return flush(workbook, progress, log);
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
  /** Why sending stopped before the end: the run's time (the next run goes on) or the day's quota. */
  stoppedBy: 'time' | 'quota' | null;
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

/** UTF-8 bytes, as the property's limit counts them (Cyrillic takes two). */
function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return n;
}

/** A part's row as the property keeps it, at its largest (unconfirmed, with its note). */
function rowBytes(message: Outgoing): number {
  return utf8Bytes(JSON.stringify(rowOf(message, 'unconfirmed', RU.rhythm.unconfirmed))) + 1;
}

/** MailApp's refusals of the message itself (reference/mail/mail-app): retrying cannot help. */
const REFUSED = /Invalid email|no recipient|Email Recipients Per Message|Argument too large/i;

export function sendAll(workbook: Workbook, log: MailLog, messages: readonly Outgoing[], options: SendOptions): SendOutcome {
  const outcome: SendOutcome = { sent: 0, failed: 0, deferred: [], errors: [], stoppedBy: null };
  // One e-mail a person a day, split only when its rows could not be kept in the property.
  const mails = combineDaily(messages.filter((m) => !alreadyHandled(log.handled, m)), MAIL_ROWS_BYTES, rowBytes);
  if (mails.length === 0) return outcome;
  let remaining = MailApp.getRemainingDailyQuota();
  const progress: Progress = { inflight: [], done: [] };
  for (let i = 0; i < mails.length; i++) {
    const mail = mails[i]!;
    if (remaining < 1 || Date.now() - options.started > options.budgetMs) {
      outcome.stoppedBy = remaining < 1 ? 'quota' : 'time';
      outcome.deferred.push(...mails.slice(i).flatMap((m) => m.parts));
      break;
    }
    // The property holds 9 KB: the kept rows go to the tab before they could outgrow it.
    if (progress.done.length > 0 && (progress.done.length + mail.parts.length > FLUSH_EVERY || utf8Bytes(JSON.stringify(progress.done)) + mail.parts.reduce((n, p) => n + rowBytes(p), 0) > MAIL_ROWS_BYTES)) {
      flush(workbook, progress, log);
      progress.done = [];
    }
    const result = sendOne(workbook, progress, mail, options.senderName);
    if (result === 'quota') {
      outcome.stoppedBy = 'quota';
      outcome.deferred.push(...mails.slice(i).flatMap((m) => m.parts));
      break;
    }
    if (result === 'sent') {
      outcome.sent += 1;
      remaining -= 1;
    } else if (result === 'failed') outcome.failed += 1;
    else {
      outcome.errors.push(`${mail.recipientName} <${mail.email}>: ${result.error}`);
      if (result.retry) outcome.deferred.push(...mail.parts);
      else outcome.failed += 1;
    }
  }
  flush(workbook, progress, log);
  return outcome;
}

type SendResult = 'sent' | 'failed' | 'quota' | { error: string; retry: boolean };

/** Sends one e-mail, keeping its rows in the progress before and after. */
function sendOne(workbook: Workbook, progress: Progress, mail: Mail, senderName: string): SendResult {
  if (!mail.email) {
    progress.done.push(...mail.parts.map((p) => rowOf(p, 'failed', RU.rhythm.noAddress)));
    saveProgress(workbook, progress);
    return 'failed';
  }
  progress.inflight = mail.parts.map((p) => rowOf(p, 'sent', null));
  saveProgress(workbook, progress);
  try {
    MailApp.sendEmail({ to: mail.email, subject: mail.subject, body: plainText(mail.content, senderName), htmlBody: html(mail.content, senderName), name: senderName });
    progress.done.push(...progress.inflight);
    progress.inflight = [];
    saveProgress(workbook, progress);
    return 'sent';
  } catch (e) {
    const text = e instanceof Error ? e.message : String(e);
    progress.inflight = [];
    if (QUOTA.test(text)) {
      saveProgress(workbook, progress);
      return 'quota';
    }
    // A server error says nothing about the address: nothing is recorded, the next run sends it
    // (a 'failed' row would wait for an address change that never comes).
    if (REFUSED.test(text)) progress.done.push(...mail.parts.map((p) => rowOf(p, 'failed', text)));
    saveProgress(workbook, progress);
    return { error: text, retry: !REFUSED.test(text) };
  }
}
