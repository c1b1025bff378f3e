/**
 * An e-mail of the rhythm as plain data (greeting, titled lists, links), rendered twice: plain
 * text and HTML. Everything in it comes from the workbook, so the HTML escapes every value.
 */
import { RU } from '../text/ru';
import type { MAIL_KINDS } from '../domain/options';

export type MailKind = (typeof MAIL_KINDS.keys)[number];

export interface EmailSection {
  title: string;
  lines: string[];
  /** Shown as a warning (bold in HTML). */
  warn?: boolean;
}

export interface EmailLink {
  label: string;
  url: string;
}

export interface EmailContent {
  greeting: string;
  intro?: string;
  sections: EmailSection[];
  links: EmailLink[];
}

export interface Outgoing {
  /** Unique per message: what the sent-mail record is keyed by. */
  key: string;
  kind: MailKind;
  /** The planned month the message belongs to ("2026-10"), or null. */
  month: string | null;
  recipientName: string;
  email: string | null;
  subject: string;
  content: EmailContent;
  /** The day it is about (a meeting's date, a month's first day): sooner goes out sooner. */
  due?: string | null;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Only links the add-on made (Google's https addresses) are clickable. */
function safeUrl(url: string): boolean {
  return /^https:\/\/[^\s<>"']+$/.test(url);
}

export function plainText(content: EmailContent, sender: string): string {
  const parts: string[] = [content.greeting];
  if (content.intro) parts.push(content.intro);
  for (const section of content.sections) {
    parts.push([`${section.title}:`, ...section.lines.map((l) => `• ${l}`)].join('\n'));
  }
  const links = content.links.filter((l) => safeUrl(l.url));
  if (links.length) parts.push(links.map((l) => `${l.label}: ${l.url}`).join('\n'));
  parts.push(`${RU.rhythm.signature(sender)}\n${RU.rhythm.automatic}`);
  return parts.join('\n\n');
}

export function html(content: EmailContent, sender: string): string {
  const out: string[] = [`<div style="font-family:Arial,sans-serif;font-size:14px;line-height:1.4">`, `<p>${escapeHtml(content.greeting)}</p>`];
  if (content.intro) out.push(`<p>${escapeHtml(content.intro)}</p>`);
  for (const section of content.sections) {
    const title = escapeHtml(section.title);
    out.push(section.warn ? `<p><b style="color:#b3261e">${title}</b></p>` : `<p><b>${title}</b></p>`);
    out.push(`<ul>${section.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`);
  }
  const links = content.links.filter((l) => safeUrl(l.url));
  if (links.length) out.push(`<p>${links.map((l) => `<a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a>`).join('<br>')}</p>`);
  out.push(`<p style="color:#5f6368">${escapeHtml(RU.rhythm.signature(sender))}<br>${escapeHtml(RU.rhythm.automatic)}</p></div>`);
  return out.join('\n');
}
