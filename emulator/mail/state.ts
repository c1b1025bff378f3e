/**
 * Plain-data record of the mail MailApp sent (owned by the MailApp emulation), kept in
 * `emulator.state.extra.mail`, and the host helpers that read it.
 */
import type { Emulator } from '../core/emulator';
import type { WorkspaceState } from '../core/state';

export interface SentAttachment {
  name: string;
  contentType: string;
}

export interface SentMessage {
  id: string;
  /** Simulated time of sending, epoch ms. */
  at: number;
  /** The effective user: the account the script runs as. */
  from: string;
  /** Sender name (options.name), null for the account's own name. */
  name: string | null;
  replyTo: string | null;
  noReply: boolean;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody: string | null;
  attachments: SentAttachment[];
}

export interface MailState {
  sent: SentMessage[];
}

export function mailState(state: WorkspaceState): MailState {
  const current = state.extra.mail;
  if (current && Array.isArray(current.sent)) return current;
  const fresh: MailState = { sent: [] };
  state.extra.mail = fresh;
  return fresh;
}

/** Host: every message sent so far (copies), oldest first; optionally only those to `address`. */
export function outbox(source: Emulator | WorkspaceState, address?: string): SentMessage[] {
  const state = 'state' in source ? source.state : source;
  const all = mailState(state).sent;
  const wanted = address?.toLowerCase();
  const picked = wanted ? all.filter((m) => [...m.to, ...m.cc, ...m.bcc].some((a) => a.toLowerCase() === wanted)) : all;
  return structuredClone(picked);
}

/**
 * guides/services/quotas: "Email recipients per day" 100 for consumer accounts, 1,500 for
 * Google Workspace (docs/platform.md). Counted per user in a window of 24 hours from the first
 * send (not per calendar day), every To/Cc/Bcc address.
 */
export function dailyRecipientLimit(state: WorkspaceState): number {
  return state.accountType === 'consumer' ? 100 : 1500;
}

/** The quota kind of a user's e-mail recipients (its window opens at their first send). */
export function quotaKind(user: string): string {
  return `email:${user}`;
}

/** Recipients this user may still send to in the current 24-hour window. */
export function remainingRecipients(emulator: Emulator, user = emulator.user): number {
  return Math.max(0, dailyRecipientLimit(emulator.state) - emulator.quotaUsed(quotaKind(user)));
}
