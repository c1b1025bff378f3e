/**
 * Runs contract cases against a set of services: the emulator's (contract.test.ts) or Google's
 * (the conformance bundle). The scratch files are made here, through the services under test, and
 * trashed at the end.
 */
import { Check, type Case, type Scratch, type Services } from './kit';

export interface CaseResult {
  name: string;
  source: string;
  ok: boolean;
  /** What failed: the expected value (the source's) and what came back. */
  message: string;
  assertions: number;
}

export interface ScratchFiles {
  scratch: Scratch;
  /** Trashes everything made (best effort: a failure here fails no case). */
  dispose(): void;
}

export function makeScratch(s: Services, label: string): ScratchFiles {
  const folder = s.DriveApp.createFolder(`${label} scratch`);
  const spreadsheet = s.SpreadsheetApp.create(`${label} sheets`);
  // Only the id is kept: a case may save and close the document (then its object refuses calls).
  const documentId = s.DocumentApp.create(`${label} document`).getId();
  const form = s.FormApp.create(`${label} form`);
  let sheets = 0;
  const scratch: Scratch = {
    spreadsheet,
    folder,
    form,
    sheet() {
      sheets += 1;
      return spreadsheet.insertSheet(`case ${sheets}`);
    },
    document() {
      const open = s.DocumentApp.openById(documentId);
      open.getBody().clear();
      return open;
    },
  };
  return {
    scratch,
    dispose() {
      for (const id of [spreadsheet.getId(), documentId, form.getId()]) {
        try {
          s.DriveApp.getFileById(id).setTrashed(true);
        } catch {
          // Already gone.
        }
      }
      try {
        folder.setTrashed(true);
      } catch {
        // Already gone.
      }
    },
  };
}

export function runCase(c: Case, s: Services, scratch: Scratch): CaseResult {
  const t = new Check();
  try {
    c.run(s, scratch, t);
    if (t.count === 0) return { name: c.name, source: c.source, ok: false, message: 'the case asserted nothing', assertions: 0 };
    return { name: c.name, source: c.source, ok: true, message: '', assertions: t.count };
  } catch (e) {
    const message = e && typeof e === 'object' && 'message' in e ? String((e as { message: unknown }).message) : String(e);
    const name = e && typeof e === 'object' && 'name' in e ? String((e as { name: unknown }).name) : 'Error';
    return { name: c.name, source: c.source, ok: false, message: name === 'CaseFailure' ? message : `threw ${name}: ${message}`, assertions: t.count };
  }
}
