/**
 * MailApp (reference/mail/mail-app): sendEmail in its four forms and getRemainingDailyQuota.
 * Nothing leaves the machine: each message is recorded in `state.extra.mail.sent` (./state.ts,
 * read back with `outbox`). Both methods need FULL and the script.send_mail scope
 * (reference/mail/mail-app, Authorization).
 *
 * Checks, in Apps Script's order as far as known:
 * - every address in to/cc/bcc/replyTo must be an e-mail address, else "Invalid email: <address>"
 *   (the text seen in Apps Script logs, e.g. "Exception: Invalid email: giabao020396@gmail.com");
 * - no recipient at all: "Failed to send email: no recipient" (widely reported);
 * - at most 50 recipients a message (guides/services/quotas "Email recipients per message");
 *   the English text of the Japanese message seen in logs ("上限を超えています: メッセージあたりの受信者数");
 * - body size 200 KB (consumer) / 400 KB (Workspace) (quotas page "Email body size"; the message
 *   text is the same pattern, unverified);
 * - the daily recipient quota (100 / 1,500, docs/platform.md) counts every To, Cc and Bcc address:
 *   "Service invoked too many times for one day: email." (quotas page wording).
 */
import type { Emulator } from '../core/emulator';
import { badSignature, describeArgs, ServiceError } from '../core/errors';
import { expose } from '../core/expose';
import { isPlainObject } from '../core/realm';
import type { Emulates } from '../core/emulates';
import { dailyRecipientLimit, mailState, quotaKind, remainingRecipients, type SentAttachment, type SentMessage } from './state';

export { outbox, remainingRecipients, dailyRecipientLimit, type SentMessage } from './state';

export const SEND_MAIL_SCOPE = 'https://www.googleapis.com/auth/script.send_mail';
export const MAX_RECIPIENTS_PER_MESSAGE = 50;

const SIMPLE_ADDRESS = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\.]+$/;

/** "a@x.org" or "Name <a@x.org>" → the bare address, or Apps Script's refusal. */
function parseAddress(text: string): string {
  const named = /^(?:"[^"]*"|[^<>"]*)\s*<([^<>]+)>$/.exec(text);
  const address = (named ? named[1]! : text).trim();
  if (!SIMPLE_ADDRESS.test(address)) throw new ServiceError(`Invalid email: ${text}`);
  return address;
}

/** A comma-separated list; empty entries (a trailing comma) are skipped. */
function addressList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return String(value)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map(parseAddress);
}

function attachmentOf(value: unknown): SentAttachment {
  const blob = value as { getBlob?: () => unknown; getName?: () => unknown; getContentType?: () => unknown } | null;
  const source = typeof blob?.getName === 'function' ? blob : (blob?.getBlob?.() as typeof blob);
  if (!source || typeof source.getName !== 'function' || typeof source.getContentType !== 'function') {
    badSignature(describeArgs([value]), 'MailApp.sendEmail');
  }
  return { name: String(source.getName() ?? ''), contentType: String(source.getContentType() ?? '') };
}

interface Draft {
  to?: unknown;
  cc?: unknown;
  bcc?: unknown;
  replyTo?: unknown;
  subject?: unknown;
  body?: unknown;
  htmlBody?: unknown;
  name?: unknown;
  noReply?: unknown;
  attachments?: unknown;
}

/** The four signatures of reference/mail/mail-app#sendemail... → one draft. */
function draftOf(args: unknown[]): Draft {
  const strings = (n: number) => args.slice(0, n).every((a) => typeof a === 'string');
  if (args.length === 1 && isPlainObject(args[0])) return args[0] as Draft;
  if (args.length === 3 && strings(3)) return { to: args[0], subject: args[1], body: args[2] };
  if (args.length === 4 && strings(4)) return { to: args[0], replyTo: args[1], subject: args[2], body: args[3] };
  if (args.length === 4 && strings(3) && isPlainObject(args[3])) return { ...(args[3] as Draft), to: args[0], subject: args[1], body: args[2] };
  return badSignature(describeArgs(args), 'MailApp.sendEmail');
}

function send(emulator: Emulator, args: unknown[]): void {
  const draft = draftOf(args);
  const to = addressList(draft.to);
  const cc = addressList(draft.cc);
  const bcc = addressList(draft.bcc);
  const replyTo = draft.replyTo === undefined || draft.replyTo === null || draft.replyTo === '' ? null : parseAddress(String(draft.replyTo).trim());
  const count = to.length + cc.length + bcc.length;
  if (count === 0) throw new ServiceError('Failed to send email: no recipient');
  if (count > MAX_RECIPIENTS_PER_MESSAGE) throw new ServiceError('Limit Exceeded: Email Recipients Per Message.');
  const body = draft.body === undefined || draft.body === null ? '' : String(draft.body);
  const htmlBody = draft.htmlBody === undefined || draft.htmlBody === null ? null : String(draft.htmlBody);
  const workspace = emulator.state.accountType === 'workspace';
  const maxBody = (workspace ? 400 : 200) * 1024;
  if (Math.max(Buffer.byteLength(body), Buffer.byteLength(htmlBody ?? '')) > maxBody) throw new ServiceError('Limit Exceeded: Email Body Size.');
  const attachments = draft.attachments === undefined ? [] : Array.isArray(draft.attachments) ? draft.attachments.map(attachmentOf) : badSignature(describeArgs(args), 'MailApp.sendEmail');
  const user = emulator.user;
  emulator.useQuota(quotaKind(user), dailyRecipientLimit(emulator.state), count, 'Service invoked too many times for one day: email.');
  const message: SentMessage = {
    id: emulator.nextId('mail-'),
    at: emulator.now(),
    from: user,
    name: draft.name === undefined || draft.name === null ? null : String(draft.name),
    replyTo,
    // "only possible for Google Workspace accounts, not Gmail users": ignored for consumers.
    noReply: workspace && draft.noReply === true,
    to,
    cc,
    bcc,
    subject: draft.subject === undefined || draft.subject === null ? '' : String(draft.subject),
    body,
    htmlBody,
    attachments,
  };
  mailState(emulator.state).sent.push(message);
}

export function createMailApp(emulator: Emulator): GoogleAppsScript.Mail.MailApp {
  const service = {
    // reference/mail/mail-app#getremainingdailyquota: recipients left for the rest of the day.
    getRemainingDailyQuota: () => remainingRecipients(emulator),
    sendEmail: (...args: unknown[]) => send(emulator, args),
  };
  return expose(emulator, 'MailApp', 'MailApp', service satisfies Emulates<GoogleAppsScript.Mail.MailApp, 'getRemainingDailyQuota' | 'sendEmail'>, () => ({ access: 'full', scopes: [SEND_MAIL_SCOPE] })) as unknown as GoogleAppsScript.Mail.MailApp;
}
