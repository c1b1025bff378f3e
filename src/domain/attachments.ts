/**
 * The card's attachments (001 §6.3, 002 §5.2) as plain rules: which kinds are one side of a
 * comparison «до и после работы по сопровождению учителя», which name who ran the survey, how a
 * Drive file is named by a link someone pastes, and how large an upload the sidebar may send.
 */
import type { ATTACHMENT_KINDS } from './options';

export type AttachmentKind = (typeof ATTACHMENT_KINDS.keys)[number];

/** The comparisons: each material is «до» or «после», and the analysis needs both sides. */
const COMPARED: ReadonlySet<AttachmentKind> = new Set(['pupilsWorks', 'tests', 'teacherMaterials']);

export const needsStage = (kind: AttachmentKind): boolean => COMPARED.has(kind);
export const needsSurveyor = (kind: AttachmentKind): boolean => kind === 'studentSurvey';

/**
 * The largest file the sidebar uploads, in bytes. A blob holds at most 50 MB, and the file
 * crosses google.script.run as base64 (a third larger) inside one execution: 10 MB keeps well
 * inside both (docs/platform.md «Uploads from the sidebar»). Larger files go to Drive first and
 * are attached by link.
 */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** The base64 text of at most MAX_UPLOAD_BYTES bytes. */
export const MAX_UPLOAD_BASE64 = Math.ceil(MAX_UPLOAD_BYTES / 3) * 4;

/** Bytes a base64 text decodes to (its padding subtracted). */
export function base64Bytes(text: string): number {
  const clean = text.replace(/\s/g, '');
  const pad = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return Math.floor((clean.length * 3) / 4) - pad;
}

/**
 * The Drive file id a pasted text names: a file link («…/d/<id>/…», «…?id=<id>»), or the id alone.
 * Null when it names none (a folder link, a search page, words).
 */
export function driveIdOf(text: string): string | null {
  const t = text.trim();
  if (/\/folders\//.test(t)) return null;
  const path = /\/d\/([-\w]{10,})/.exec(t);
  if (path) return path[1]!;
  const query = /[?&]id=([-\w]{10,})/.exec(t);
  if (query) return query[1]!;
  return /^[-\w]{10,}$/.test(t) ? t : null;
}

/** A file's name in the teacher's folder: the record's id first, so a retried upload finds its own file. */
export function uploadName(attachmentId: string, fileName: string): string {
  const name = fileName.replace(/[\\/\r\n]+/g, ' ').trim() || 'файл';
  return `${attachmentId} — ${name}`;
}
