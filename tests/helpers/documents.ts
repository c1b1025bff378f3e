/**
 * The documents job through the built bundle, as the tests drive it: the valid school with its
 * Drive folder and a held SkillsClub event, starting a kind, reading a job's documents back,
 * and editing a template as the deputy would in Docs.
 */
import { documentText, hostCreateFolder, listDriveFiles } from '@pds/emulator';
import type { Addon } from './addon';
import { T, validSchool } from './school';
import type { Payload } from './payloads';

export type Job = { kind: string; status: string; total: number; done: number; pending: number; message: string; results: Array<{ title: string; url: string }>; failures: Array<{ name: string; reason: string }>; notes: string[] };
export type Started = { status: 'success'; response: { job: Job | null; problems: Array<{ placeholder: string; message: string }> } } | { status: 'error'; message: string; fields?: Record<string, string> };

/** The valid school with its Drive folder set, plus a held SkillsClub event. */
export function school(): Addon {
  const addon = validSchool();
  addon.setting('Папка на Google Диске', hostCreateFolder(addon.emulator, 'Школа №2'));
  addon.setting('Полное наименование образовательной организации', 'МБОУ «Средняя школа №2»');
  addon.typeRow('Сессии и встречи', {
    ID: 'S00009',
    Дата: '10.10.2026',
    Вид: 'мероприятие SkillsClub',
    'Индивидуальная / групповая': 'групповая',
    'Форма работы': 'мастер-класс',
    Тема: 'Игровые приёмы на уроке',
    'Коуч-консультант / ведущий': T.petrov,
    'Коуч-консультант / ведущий (ID)': 'T00002',
    Участники: `${T.ivanova}; ${T.sidorova}`,
    'Участники (ID)': 'T00001; T00003',
    Сообщество: 'Научи меня Чуду!',
    'Сообщество (ID)': 'C00001',
    Статус: 'проведена',
  });
  return addon;
}

export function start(addon: Addon, kind: Payload<'startDocuments'>['kind'], scope: 'needed' | 'selected' = 'needed'): Started {
  return addon.call('startDocuments', { kind, scope });
}

export function ok(result: Started): Job {
  if (result.status !== 'success') throw new Error(result.message);
  if (result.response.problems.length) throw new Error(JSON.stringify(result.response.problems));
  if (!result.response.job) throw new Error('no job');
  return result.response.job;
}

export function docsIn(addon: Addon, pathPart: string) {
  return listDriveFiles(addon.emulator).filter((f) => f.mimeType === 'application/vnd.google-apps.document' && f.path.includes(pathPart));
}

export function register(addon: Addon): unknown[][] {
  return addon.sheet('Реестр документов', (s) => s.getDataRange().getValues());
}

export function docOf(addon: Addon, job: Job): string {
  if (job.results.length !== 1) throw new Error(`expected one document, got ${job.results.length}`);
  return documentText(addon.emulator, docId(job));
}

/** The file id of a job's only (or `index`-th) document. */
export function docId(job: Job, index = 0): string {
  return /\/d\/([^/]+)/.exec(job.results[index]!.url)![1]!;
}

export function selectRows(addon: Addon, tab: string, a1: string): void {
  addon.sheet(tab, (s) => s.getRange(a1).activate());
}

/** Edits the kind's template as the deputy would in Docs (the template exists after one run). */
export function editTemplate(addon: Addon, kind: string, edit: (body: GoogleAppsScript.Document.Body) => void): void {
  const id = addon.stored(`template.${kind}`)!;
  addon.asPerson(() => {
    const doc = addon.host.global<GoogleAppsScript.Document.DocumentApp>('DocumentApp').openById(id);
    edit(doc.getBody());
    doc.saveAndClose();
  });
}

