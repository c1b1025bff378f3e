/**
 * Faults at every service call of an action in turn: the time limit at each call that changes
 * something, a server error at each Drive / Docs / Forms / Mail call that changes something and
 * at the first call of every other kind, a lock timeout at each Lock call, the daily quota at
 * each document copy. After the deputy's retry (the same request key,
 * «Продолжить», the sweep again) the book must be exactly what a run without the fault makes:
 * every row and document once, no other cell changed — and nothing shared with "anyone".
 */
import type { CallInfo } from '@pds/emulator';
import { Addon } from '../helpers/addon';
import { RELIABLE_ACTIONS, type ReliableAction } from './actions';
import { bookState, differences, knownIds, liveDocuments, sentMail, sharedWithAnyone, type Tabs } from './harness';

interface Point {
  index: number;
  key: string;
  /** Earlier calls with the same key: the fault skips them. */
  skip: number;
  error: string;
  label: string;
}

const SERVER_ERROR = "We're sorry, a server error occurred. Please wait a bit and try again.";
const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';
const DOCS_QUOTA = 'Service invoked too many times for one day: documents created.';

/** Calls that change state somewhere: where an interruption can leave half a change. */
const CHANGES = /^(set|insert|append|delete|remove|add|create|make|move|save|clear|submit|send|batchUpdate|flush|put|release|tryLock|waitLock|replace|hide|show|alert|copy)/;
const REMOTE = new Set(['DriveApp', 'DocumentApp', 'Docs', 'FormApp', 'MailApp']);

function pointsOf(calls: CallInfo[], within?: (call: CallInfo) => boolean): Point[] {
  const seen = new Map<string, number>();
  const points: Point[] = [];
  const first = within ? calls.findIndex(within) : 0;
  const last = within ? calls.length - 1 - [...calls].reverse().findIndex(within) : calls.length - 1;
  calls.forEach((call, index) => {
    const skip = seen.get(call.key) ?? 0;
    seen.set(call.key, skip + 1);
    if (index < first || index > last) return;
    const at = (error: string, kind: string) => points.push({ index, key: call.key, skip, error, label: `${kind} at call ${index + 1} ${call.service}.${call.key}` });
    // DocumentApp element edits change an open copy that only saveAndClose commits.
    const documentEdit = call.service === 'DocumentApp' && !/^(DocumentApp\.(openById|create)|Document\.saveAndClose)$/.test(call.key);
    if (index === first || (CHANGES.test(call.method) && !documentEdit)) at('timeout', 'time limit');
    // A server error at each remote call that changes something, and at the first of every other
    // kind (a failing getter repeats the same path; the suite must stay within CI's minutes).
    if (REMOTE.has(call.service) && !documentEdit && (CHANGES.test(call.method) || skip === 0)) at(SERVER_ERROR, 'server error');
    if (call.service === 'LockService') at(LOCK_TIMEOUT, 'lock timeout');
    if (call.key === 'File.makeCopy' || call.key === 'DocumentApp.create') at(DOCS_QUOTA, 'quota');
  });
  return points;
}

interface Outcome {
  book: Tabs;
  documents: string[];
  mail: string[];
}

const known = new Map<ReliableAction, Set<string>>();
function outcome(addon: Addon, action: ReliableAction): Outcome {
  if (!known.has(action)) known.set(action, knownIds(Addon.from(action.base())));
  return { book: bookState(addon, known.get(action)), documents: liveDocuments(addon), mail: sentMail(addon) };
}

function cleanRun(action: ReliableAction): { calls: CallInfo[]; expected: Outcome } {
  const addon = Addon.from(action.base());
  const calls: CallInfo[] = [];
  const stop = addon.emulator.onCall((info) => calls.push(info));
  action.attempt(addon);
  // Faults go into the attempt's calls only: the finishing run is what recovers from them.
  stop();
  if (action.finishClean) action.finish(addon);
  return { calls, expected: outcome(addon, action) };
}

/** The suite for the named actions; split across files so jest's workers share it. */
export function describeFaults(names: string[]): void {
  const actions = RELIABLE_ACTIONS.filter((a) => names.includes(a.name));
  if (actions.length !== names.length) throw new Error(`unknown reliable action among ${names.join(', ')}`);
  describe.each(actions.map((a) => [a.name, a] as const))('%s', (_name, action) => {
    const { calls, expected } = cleanRun(action);
    const points = pointsOf(calls, action.faultsWithin);

    test('the clean run changes the book and the fault points cover every kind of call it makes', () => {
      if (action.check) {
        const clean = Addon.from(action.base());
        action.attempt(clean);
        if (action.finishClean) action.finish(clean);
        action.check(clean);
      }
      expect(differences(expected.book, outcome(Addon.from(action.base()), action).book).length).toBeGreaterThan(0);
      expect(points.length).toBeGreaterThan(3);
    });

    test.each(points.map((p) => [p.label, p] as const))('%s', (_label, point) => {
      const addon = Addon.from(action.base());
      addon.emulator.faults.add({ match: point.key, error: point.error, skip: point.skip, times: 1 });
      action.attempt(addon);
      expect(addon.emulator.faults.fired).toHaveLength(1);
      addon.emulator.faults.clear();
      action.finish(addon);
      const after = outcome(addon, action);
      if (point.error === 'timeout' && point.key === 'MailApp.sendEmail') {
        // Cut while sending, nobody can tell whether the mail left: it is recorded «не подтверждено»
        // and never sent again (at most once, src/rhythm/send.ts); every other mail goes out once.
        const missing = expected.mail.filter((m) => !after.mail.includes(m));
        expect(after.mail).toEqual(expected.mail.filter((m) => !missing.includes(m)));
        expect(missing).toHaveLength(1);
        // One row per message the e-mail carried (a notice and a reminder may share one), one address.
        const unconfirmed = addon.sheet('Рассылка', (sheet) => sheet.getDataRange().getValues()).filter((row) => row.includes('не подтверждено'));
        expect(unconfirmed.length).toBeGreaterThanOrEqual(1);
        expect(new Set(unconfirmed.map((row) => row.find((c) => typeof c === 'string' && c.includes('@')))).size).toBe(1);
        return;
      }
      action.check?.(addon);
      expect(after.documents).toEqual(expected.documents);
      expect(after.mail).toEqual(expected.mail);
      expect(differences(after.book, expected.book)).toEqual([]);
      expect(sharedWithAnyone(addon)).toEqual([]);
    });
  });
}
