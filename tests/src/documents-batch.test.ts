/**
 * A batch of documents in windows through the built bundle: the job is saved once a window, a cut
 * inside a window never makes a registered document again, the budget acts on the add-on's own
 * CPU as well as the services' time, and the daily "documents created" quota defers the rest to
 * the next day without a second copy of anything.
 */
import { documentText, listDriveFiles } from '@pds/emulator';
import type { Addon } from '../helpers/addon';
import { docsIn, ok, register, school, type Job } from '../helpers/documents';
import { T } from '../helpers/school';
import { RU } from '../../src/text/ru';

/** The school with twelve programmes needing a passport (two windows of the job). */
function twelve(): Addon {
  const addon = school();
  for (let i = 2; i <= 12; i++) {
    addon.typeRow('Программы', {
      ID: `P${String(i).padStart(5, '0')}`,
      'ФИО учителя': T.sidorova,
      'ФИО учителя (ID)': 'T00003',
      'Решение о сопровождении принято': '28.08.2026',
      'Индивидуальное сопровождение ведёт': T.petrov,
      'Индивидуальное сопровождение ведёт (ID)': 'T00002',
      'Характер затруднений': 'методические',
      'Выявленные проблемы/трудности': `Проблема ${i}`,
      'Планируемые формы оказания помощи': 'коучинг-сессии',
      Начало: '01.09.2026',
      Окончание: '31.05.2027',
      Статус: 'действует',
    });
  }
  return addon;
}

/** Every Google Doc passport on Drive, the archive included: each copy ever made. */
const passportsEver = (addon: Addon) => listDriveFiles(addon.emulator).filter((f) => f.mimeType === 'application/vnd.google-apps.document' && f.name.startsWith('Паспорт'));

function passportRows(addon: Addon): unknown[][] {
  const reg = register(addon);
  const h = reg[0]!;
  return reg.filter((r) => r[h.indexOf('Вид документа')] === 'паспорт программы' && r[h.indexOf('Запись')]);
}

function continueUntilDone(addon: Addon): Job {
  for (let i = 0; i < 10; i++) {
    let ran: { status: string; response?: { job: Job } } | undefined;
    try {
      ran = addon.callUnchecked('continueDocuments', {}) as typeof ran;
    } catch {
      continue; // cut again: the next run goes on
    }
    const job = ran?.status === 'success' ? ran.response!.job : null;
    if (job?.status === 'done') return job;
  }
  throw new Error('the job did not finish');
}

test.each([
  ['in the first window, after five documents', 5],
  ['in the second window, after eleven documents', 11],
])('cut by the time limit %s, continued: the documents made are not made again', (_label, made) => {
  const addon = twelve();
  // The time limit falls as the next document is copied: the ones before are made (and kept in the
  // job's window until the window is registered). One copy more: the template laid out for the
  // documents' count of plan items at the second document (docs-batch.ts).
  addon.emulator.faults.add({ match: 'File.makeCopy', error: 'timeout', skip: made + 1, times: 1 });
  expect(() => addon.callUnchecked('startDocuments', { kind: 'passport', scope: 'needed' })).toThrow('Exceeded maximum execution time');
  expect(addon.emulator.faults.fired).toHaveLength(1);
  expect(passportsEver(addon)).toHaveLength(made);
  const job = continueUntilDone(addon);
  expect(job).toMatchObject({ done: 12, total: 12, failures: [] });
  // Twelve copies in all, none archived: nothing redone, nothing twice.
  expect(passportsEver(addon)).toHaveLength(12);
  expect(docsIn(addon, 'Педагоги/').filter((f) => f.name.startsWith('Паспорт'))).toHaveLength(12);
  expect(passportRows(addon)).toHaveLength(12);
  // The template laid out for the cut run is swept by the next, the next's own trashed as it ends.
  expect(listDriveFiles(addon.emulator).filter((f) => f.name === RU.documentsIo.preparedTemplate)).toEqual([]);
});

test('twelve passports: the register and the links written once a window, under one lock a window; one laid-out template, trashed', () => {
  const addon = twelve();
  // The templates exist already (set-up makes them): the calls counted are the documents' only.
  addon.callUnchecked('runSetup');
  addon.emulator.calls.reset();
  expect(ok(addon.call('startDocuments', { kind: 'passport', scope: 'needed' }))).toMatchObject({ status: 'done', done: 12, failures: [] });
  // Two windows of ten: two takes of the document lock, none per document.
  expect(addon.emulator.calls.get('LockService.getDocumentLock')).toBe(2);
  // Not one a passport: the template's check, its texts and rows, the first passport (laid out on
  // its own copy), the template laid out for the count of the rest, and the templates' own upkeep.
  // One batchUpdate a passport.
  expect(addon.emulator.calls.get('DocumentApp.openById')).toBeLessThanOrEqual(5);
  expect(addon.emulator.calls.get('Documents.batchUpdate')).toBe(12);
  expect(passportRows(addon)).toHaveLength(12);
  const all = listDriveFiles(addon.emulator, { includeTrashed: true }).filter((f) => f.name === RU.documentsIo.preparedTemplate);
  expect(all.map((f) => f.trashed)).toEqual([true]);
});

test('the inputs are read at the start and kept with the job: a record edited before a later execution gets its document as it was; the kept file goes when the job is done', () => {
  const addon = twelve();
  addon.emulator.latency = (info) => (info.key === 'File.makeCopy' ? 60_000 : 0);
  expect(ok(addon.call('startDocuments', { kind: 'passport', scope: 'needed' }))).toMatchObject({ status: 'paused' });
  expect(listDriveFiles(addon.emulator).filter((f) => f.name === RU.documentsIo.jobInputs)).toHaveLength(1);
  // P00012 (row 13) is edited while the job waits for its next execution.
  addon.typeCell('Программы', 13, 'Выявленные проблемы/трудности', 'Изменено после начала');
  addon.emulator.latency = () => 0;
  expect(continueUntilDone(addon)).toMatchObject({ done: 12, failures: [] });
  const reg = register(addon);
  const h = reg[0]!;
  const row = reg.find((r) => r[h.indexOf('Запись')] === 'P00012')!;
  const text = documentText(addon.emulator, /\/d\/([^/]+)/.exec(String(row[h.indexOf('Ссылка')]))![1]!);
  expect(text).toContain('Проблема 12');
  expect(text).not.toContain('Изменено после начала');
  expect(listDriveFiles(addon.emulator).filter((f) => f.name === RU.documentsIo.jobInputs)).toEqual([]);
});

test("the job's budget counts the add-on's own CPU: it stops early and resumes, each document once", () => {
  const addon = twelve();
  // The templates exist already (set-up makes them): the meter measures the documents' work only.
  addon.callUnchecked('runSetup');
  // A fixed meter, never the machine's: each reading finds 150 ms more of Node CPU (×3 on the clock).
  let cpu = 0;
  addon.emulator.cpuClock = () => (cpu += 150);
  const start = addon.emulator.now();
  const first = addon.call('startDocuments', { kind: 'passport', scope: 'needed' });
  if (first.status !== 'success') throw new Error(first.message);
  // No service latency at all: only the CPU moved the clock, past the 4.5-minute budget.
  expect(first.response.job).toMatchObject({ status: 'paused' });
  expect(first.response.job!.done).toBeGreaterThan(0);
  expect(first.response.job!.done).toBeLessThan(12);
  expect(addon.emulator.now() - start).toBeGreaterThan(4.5 * 60 * 1000);
  addon.emulator.cpuClock = null;
  expect(continueUntilDone(addon)).toMatchObject({ done: 12, failures: [] });
  expect(passportsEver(addon)).toHaveLength(12);
});

test('the daily quota of documents created defers the rest to the next day, in Russian, without a second copy', () => {
  const addon = twelve();
  // Workspace: 1,500 documents a day (docs/platform.md «Limits»); three left when the copies start
  // (the templates made first count too, and so does the template laid out for the documents'
  // count of plan items at the second document: two passports).
  let set = false;
  addon.emulator.onCall((c) => {
    if (set || c.key !== 'File.makeCopy') return;
    set = true;
    addon.emulator.setQuotaUsed('documents created', 1497);
  });
  const first = addon.call('startDocuments', { kind: 'passport', scope: 'needed' });
  if (first.status !== 'success') throw new Error(first.message);
  expect(first.response.job).toMatchObject({ status: 'quota', done: 2 });
  expect(first.response.job!.message).toMatch(/лимит Google на создание документов исчерпан: работа продолжится завтра/);
  // Still refused within the 24 hours of the window.
  expect(ok(addon.call('continueDocuments', {}))).toMatchObject({ status: 'quota', done: 2 });
  addon.emulator.advance(24 * 60 * 60 * 1000);
  addon.callUnchecked('resumeDocumentJob', {});
  expect(ok(addon.call('continueDocuments', {}))).toMatchObject({ status: 'done', done: 12, failures: [] });
  expect(passportsEver(addon)).toHaveLength(12);
  expect(passportRows(addon)).toHaveLength(12);
});

test('a quota spent before the templates are made is the same resume-tomorrow, not an unexpected error', () => {
  const addon = twelve();
  addon.emulator.setQuotaUsed('documents created', 1500);
  const first = addon.call('startDocuments', { kind: 'passport', scope: 'needed' });
  if (first.status !== 'success') throw new Error(first.message);
  expect(first.response.job).toMatchObject({ status: 'quota', done: 0, total: 12 });
  expect(first.response.job!.message).toMatch(/продолжится завтра/);
  addon.emulator.advance(24 * 60 * 60 * 1000);
  expect(continueUntilDone(addon)).toMatchObject({ done: 12, failures: [] });
  expect(passportsEver(addon)).toHaveLength(12);
});
