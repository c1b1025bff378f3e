/**
 * The card's attachments (001 §6.3, 002 §5.2) from the programme's page: listed, added (a file
 * uploaded into the teacher's folder of the school's Drive folder, or a Drive file picked by its
 * link) and taken off the card. Open to everyone who may edit a programme; the file is never
 * deleted — removing an attachment removes its row.
 */
import { z } from 'zod';
import { defineEndpoint } from '../shared/endpoint';
import { failure, success } from '../shared/result';
import { withDocumentLock } from '../platform/lock';
import { base64Bytes, driveIdOf, MAX_UPLOAD_BASE64, MAX_UPLOAD_BYTES, needsStage, needsSurveyor, uploadName, type AttachmentKind } from '../domain/attachments';
import { isLocalDate, type LocalDate } from '../domain/local-date';
import * as O from '../domain/options';
import { REGULATED } from '../domain/regulation';
import type { Attachment } from '../domain/records';
import { outOfRange } from '../domain/sane-values';
import { dateOutsideOf } from '../text/values-ru';
import { ATTACHMENTS } from '../text/attachments';
import { RU } from '../text/ru';
import { Book } from '../documents/generate-records';
import { Folders } from '../documents/generate';
import { schoolFolder } from '../documents/generate-job';
import { openWorkbook } from '../workbook/sheets';
import { REQUEST_KEY, claimId } from '../workbook/requests';
import { openChoice } from './open-choice';

const A = ATTACHMENTS;
const refId = z.string().max(20);
type Choice = { value: string; label: string };

export type AttachmentItem = {
  id: string;
  kind: string;
  kindLabel: string;
  stageLabel: string;
  surveyedByLabel: string;
  /** yyyy-MM-dd: no Date crosses google.script.run. */
  date: string;
  note: string;
  fileName: string;
  fileUrl: string;
};

function itemOf(a: Attachment, book: Book): AttachmentItem {
  const kinds = REGULATED.attachmentKinds.in(book.workbook.regulation());
  return {
    id: a.id,
    kind: a.kind,
    kindLabel: kinds.label(a.kind),
    stageLabel: a.stage ? O.ATTACHMENT_STAGES.label(a.stage) : '',
    surveyedByLabel: a.surveyedBy ? O.SURVEYORS.label(a.surveyedBy) : '',
    date: a.date as string,
    note: a.note ?? '',
    fileName: a.fileName ?? '',
    fileUrl: a.fileUrl,
  };
}

/** A programme's attachments in date order, read by its id column. */
function attachmentsOf(book: Book, programmeId: string): Attachment[] {
  return book
    .find('attachments', ['programmeId'], (a) => a.programmeId === programmeId)
    .records.map((r) => r.value)
    .filter((a) => a.programmeId === programmeId)
    .sort((x, y) => x.date.localeCompare(y.date) || x.id.localeCompare(y.id));
}

const choices = (set: { keys: readonly string[]; label: (k: never) => string }): Choice[] => set.keys.map((k) => ({ value: k, label: set.label(k as never) }));

export const getAttachments = defineEndpoint(z.object({ programmeId: refId }).strict(), (input) => {
  const workbook = openWorkbook();
  const book = new Book(workbook, workbook.zone.dayOf(new Date()));
  const programme = book.record('programmes', input.programmeId);
  if (!programme) return failure('not-found', A.notFound(input.programmeId));
  const kinds = REGULATED.attachmentKinds.in(workbook.regulation());
  // Plain strings: the page compares them with its select's value.
  const withStage: string[] = kinds.keys.filter(needsStage);
  const withSurveyor: string[] = kinds.keys.filter(needsSurveyor);
  return success({
    programmeId: programme.id,
    items: attachmentsOf(book, programme.id).map((a) => itemOf(a, book)),
    kinds: choices(kinds),
    stages: choices(O.ATTACHMENT_STAGES),
    surveyors: choices(O.SURVEYORS),
    withStage,
    withSurveyor,
    maxBytes: MAX_UPLOAD_BYTES,
    today: book.today as string,
  });
});

const Upload = z
  .object({
    type: z.literal('upload'),
    name: z.string().max(200),
    mimeType: z.string().max(200),
    base64: z.string().max(MAX_UPLOAD_BASE64 + 8, { message: A.tooLarge(megabytes(MAX_UPLOAD_BYTES)) }),
  })
  .strict();
const Link = z.object({ type: z.literal('link'), link: z.string().max(2000) }).strict();

const AddInput = z
  .object({
    programmeId: refId,
    /** Made by the page for each new attachment: a retried add never makes a second row or file. */
    requestKey: z.string().regex(REQUEST_KEY),
    kind: z.string().max(40),
    stage: z.string().max(40),
    surveyedBy: openChoice(O.SURVEYORS, A.surveyedBy),
    date: z.string().max(20),
    note: z.string().max(5000),
    source: z.discriminatedUnion('type', [Upload, Link]),
  })
  .strict();
type AddInput = z.infer<typeof AddInput>;

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} МБ`;
}

const GOOGLE_TYPE = /^application\/vnd\.google-apps\./;

/** Errors keyed by the page's field names. */
function check(input: AddInput, today: LocalDate): Record<string, string> {
  const e: Record<string, string> = {};
  const kind = (O.ATTACHMENT_KINDS.keys as readonly string[]).includes(input.kind) ? (input.kind as AttachmentKind) : null;
  if (!kind) e.kind = RU.form.pickFromList;
  const stage = input.stage;
  if (stage && !(O.ATTACHMENT_STAGES.keys as readonly string[]).includes(stage)) e.stage = RU.form.pickFromList;
  else if (kind && needsStage(kind) && !stage) e.stage = A.stageRequired;
  else if (kind && !needsStage(kind) && stage) e.stage = A.stageNotApplicable;
  if (kind && needsSurveyor(kind) && !input.surveyedBy) e.surveyedBy = A.surveyorRequired;
  else if (kind && !needsSurveyor(kind) && input.surveyedBy) e.surveyedBy = A.surveyorNotApplicable;
  if (!isLocalDate(input.date)) e.date = RU.form.date;
  else if (outOfRange(input.date, today)) e.date = dateOutsideOf(today);
  const s = input.source;
  if (s.type === 'upload') {
    if (!s.name.trim() || !s.base64) e.file = A.pickFile;
    else if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s.base64)) e.file = A.badFile;
    else if (base64Bytes(s.base64) === 0) e.file = A.emptyFile;
    else if (base64Bytes(s.base64) > MAX_UPLOAD_BYTES) e.file = A.tooLarge(megabytes(MAX_UPLOAD_BYTES));
    else if (GOOGLE_TYPE.test(s.mimeType)) e.file = A.googleType;
  } else if (!driveIdOf(s.link)) e.link = A.notALink;
  return e;
}

/** The Drive file a link names, or null when it does not open for this user. */
function openFile(link: string): GoogleAppsScript.Drive.File | null {
  try {
    return DriveApp.getFileById(driveIdOf(link)!);
  } catch {
    return null;
  }
}

export const addAttachment = defineEndpoint(AddInput, (input) =>
  withDocumentLock(() => {
    const workbook = openWorkbook();
    const book = new Book(workbook, workbook.zone.dayOf(new Date()));
    const programme = book.record('programmes', input.programmeId);
    if (!programme) return failure('not-found', A.notFound(input.programmeId));
    const errors = check(input, book.today);
    // A picked file must open for the person adding it (and so for the card's readers she shares it with).
    const picked = input.source.type === 'link' && !errors.link ? openFile(input.source.link) : null;
    if (input.source.type === 'link' && !errors.link && !picked) errors.link = A.linkClosed;
    if (Object.keys(errors).length > 0) return failure('validation', RU.form.fix, errors);

    // The id is claimed before the file is made: a retry finds the row, or the file named by it.
    const tab = book.part('attachments', []);
    const claim = claimId(tab, input.requestKey);
    if (claim.retry) {
      const done = book.byId('attachments', claim.id).byId.get(claim.id)?.value;
      if (done) return success({ item: itemOf(done, book) });
    }
    let file = picked;
    if (input.source.type === 'upload') {
      const teacher = programme.teacherName ?? book.teachersById([programme.teacherId]).get(programme.teacherId ?? '')?.fullName;
      if (!teacher) return failure('validation', A.noTeacher);
      const root = schoolFolder(book);
      if (typeof root === 'string') return failure('validation', root);
      const folder = new Folders(root).at([RU.documentsPage.folderTeachers, teacher]);
      const name = uploadName(claim.id, input.source.name);
      const earlier = folder.getFilesByName(name);
      file = earlier.hasNext()
        ? earlier.next()
        : folder.createFile(Utilities.newBlob(Utilities.base64Decode(input.source.base64), input.source.mimeType || 'application/octet-stream', name));
    }
    const values: Partial<Attachment> = {
      id: claim.id,
      programmeId: programme.id,
      kind: input.kind as AttachmentKind,
      stage: (input.stage || null) as Attachment['stage'],
      surveyedBy: input.surveyedBy,
      date: input.date as LocalDate,
      note: input.note.trim() || null,
      fileName: file!.getName(),
      fileUrl: file!.getUrl(),
    };
    book.insert(book.part('attachments', []), [values]);
    return success({ item: itemOf(values as Attachment, book) });
  }),
);

export const removeAttachment = defineEndpoint(z.object({ programmeId: refId, attachmentId: refId }).strict(), (input) =>
  withDocumentLock(() => {
    const workbook = openWorkbook();
    const book = new Book(workbook, workbook.zone.dayOf(new Date()));
    const tab = book.byId('attachments', input.attachmentId);
    const found = tab.byId.get(input.attachmentId);
    // Already gone (a retry of a removal that landed): nothing is left to do.
    if (!found) return success({ removed: false });
    if (found.value.programmeId !== input.programmeId) return failure('validation', A.notOfProgramme(input.attachmentId));
    book.remove(tab, [found.row]);
    return success({ removed: true });
  }),
);
