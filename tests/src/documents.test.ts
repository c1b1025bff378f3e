/**
 * «Документы» through the built bundle: every kind generated from the valid school and read back
 * field by field; template problems refused by name; regeneration without duplicates; a batch
 * interrupted by the time limit and a Drive error, resumed to exactly one document per record.
 */
import fs from 'node:fs';
import path from 'node:path';
import { documentDocx, listDriveFiles, setExternalSharingRestricted } from '@pds/emulator';
import { DEFAULT_LAYOUTS } from '../../src/documents/layouts';
import type { Addon } from '../helpers/addon';
import { docId, docOf, docsIn, editTemplate, ok, register, school, selectRows, start, type Job } from '../helpers/documents';
import { T, validSchool } from '../helpers/school';

/** The literal text of a layout (labels of the seed's form), placeholders cut out. */
function formLabels(kind: keyof typeof DEFAULT_LAYOUTS): string[] {
  const texts = DEFAULT_LAYOUTS[kind].sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : b.rows.flat())));
  return texts
    .flatMap((t) => t.split(/\{\{[^}]*\}\}/))
    .map((t) => t.trim())
    .filter((t) => t.length > 2);
}

const SAMPLES = path.resolve(__dirname, '..', '..', 'test-output', 'documents');

const KINDS: Array<[string, (addon: Addon) => Job, string[]]> = [
  ['passport', (a) => ok(start(a, 'passport')), [T.sidorova, T.petrov, T.ivanova, '28.08.2026', 'Посещение уроков наставником', '30.09.2026', 'Не удерживает дисциплину на уроке', '01.09.2026', '31.05.2027']],
  ['card', (a) => ok(start(a, 'card')), [T.sidorova, 'история', '5А', 'История России', 'Арсентьев Н.М.']],
  [
    'conclusion',
    (a) => {
      selectRows(a, 'Программы', 'A2');
      return ok(start(a, 'conclusion', 'selected'));
    },
    [T.sidorova, 'Дисциплина на уроке', 'шум на уроках'],
  ],
  ['protocol', (a) => ok(start(a, 'protocol')), ['Научи меня Чуду!', '01.09.2026', T.petrov, T.ivanova, 'План на год', 'Утвердить план', '30.10.2026']],
  ['postRelease', (a) => ok(start(a, 'postRelease')), ['Игровые приёмы на уроке', '10.10.2026', 'мастер-класс', T.petrov]],
  [
    'annualReport',
    (a) => {
      // While the year runs, a report is made for the communities chosen (an interim one).
      selectRows(a, 'Сообщества', 'A2');
      return ok(start(a, 'annualReport', 'selected'));
    },
    ['ПРОМЕЖУТОЧНЫЙ ОТЧЁТ', 'Научи меня Чуду!', '2026/2027', T.petrov, T.ivanova, 'Утвердить план', T.sidorova],
  ],
  ['monthlyPlan', (a) => ok(start(a, 'monthlyPlan')), ['сентябрь 2026', 'Приёмы удержания внимания', '15.09.2026', 'Посещение уроков наставником']],
];

describe('each kind, field by field against its seed form', () => {
  test.each(KINDS)('%s', async (kind, run, values) => {
    const addon = school();
    const job = run(addon);
    expect(job).toMatchObject({ status: 'done', total: 1, done: 1, failures: [] });
    const text = docOf(addon, job);
    // A sample for people to open in Word or LibreOffice (test-output/, not committed).
    fs.mkdirSync(SAMPLES, { recursive: true });
    fs.writeFileSync(path.join(SAMPLES, `${kind}.docx`), await documentDocx(addon.emulator, docId(job)));
    // Every label of the form is there, every placeholder was filled (a value or a visible blank).
    for (const label of formLabels(kind as keyof typeof DEFAULT_LAYOUTS)) expect(text).toContain(label);
    expect(text).not.toMatch(/\{\{|\}\}/);
    for (const value of values) expect(text).toContain(value);
    // Requisites of the school in every document.
    expect(text).toContain('МБОУ «Средняя школа №2»');
  });

  test('the link goes back to the record and into the register with its retention date', () => {
    const addon = school();
    const job = ok(start(addon, 'passport'));
    const url = job.results[0]!.url;
    const headers = addon.headers('Программы');
    const row = addon.sheet('Программы', (s) => s.getRange(2, 1, 1, s.getLastColumn()).getValues()[0]!);
    expect(row[headers.indexOf('Паспорт (ссылка)')]).toBe(url);
    const reg = register(addon);
    const h = reg[0]!.map(String);
    const line = reg.find((r) => r[h.indexOf('Запись')] === 'P00001')!;
    expect(line[h.indexOf('Вид документа')]).toBe('паспорт программы');
    expect(line[h.indexOf('Ссылка')]).toBe(url);
    const created = line[h.indexOf('Создан')] as Date;
    const keep = line[h.indexOf('Хранить до')] as Date;
    expect(keep.getFullYear() - created.getFullYear()).toBe(5);
    expect(job.results[0]!.title).toMatch(/^Паспорт программы — Сидорова Анна Ивановна — \d{2}\.\d{2}\.\d{4}$/);
    // Private by default: no link sharing, no viewers.
    const file = listDriveFiles(addon.emulator).find((f) => f.url === url || url.includes(f.id))!;
    expect(file.access).toBe('PRIVATE');
    expect(file.viewers).toEqual([]);
    expect(file.path).toBe(`My Drive/Школа №2/Педагоги/${T.sidorova}`);
  });

  test('PDF beside the document and the teacher as viewer when the settings say so', () => {
    const addon = school();
    addon.setting('Создавать PDF рядом с документом', 'да');
    addon.setting('Открывать документы педагогу для просмотра', 'да');
    const job = ok(start(addon, 'passport'));
    const files = listDriveFiles(addon.emulator).filter((f) => f.path.endsWith(T.sidorova));
    expect(files.map((f) => f.mimeType).sort()).toEqual(['application/pdf', 'application/vnd.google-apps.document']);
    expect(files.find((f) => f.mimeType === 'application/pdf')!.name).toBe(`${job.results[0]!.title}.pdf`);
    const doc = files.find((f) => f.mimeType !== 'application/pdf')!;
    expect(doc.viewers).toEqual(['sidorova@school.example']);
    expect(doc.access).toBe('PRIVATE');
  });

  test('no Drive folder in the settings: a clear message pointing to Настройки', () => {
    const addon = validSchool();
    const result = start(addon, 'passport');
    expect(result).toMatchObject({ status: 'error' });
    expect((result as { message: string }).message).toMatch(/Настройки/);
    // Nothing but the workbook itself is in Drive.
    expect(listDriveFiles(addon.emulator).map((f) => f.mimeType)).toEqual(['application/vnd.google-apps.spreadsheet']);
  });
});

describe('template problems', () => {
  test('an unknown placeholder added to the template is refused by name, nothing generated', () => {
    const addon = school();
    ok(start(addon, 'card')); // creates the templates
    const before = register(addon).length;
    const id = addon.stored('template.passport')!;
    addon.asPerson(() => {
      const doc = addon.host.global<GoogleAppsScript.Document.DocumentApp>('DocumentApp').openById(id);
      doc.getBody().appendParagraph('Примечание: {{Неизвестное}}');
      doc.saveAndClose();
    });
    const result = start(addon, 'passport');
    if (result.status !== 'success') throw new Error(result.message);
    expect(result.response.job).toBeNull();
    expect(result.response.problems).toEqual([expect.objectContaining({ placeholder: '{{Неизвестное}}', message: expect.stringContaining('{{Неизвестное}}') })]);
    expect(register(addon)).toHaveLength(before);
    expect(docsIn(addon, 'Педагоги').filter((f) => f.name.startsWith('Паспорт'))).toEqual([]);
  });
});

describe('template robustness', () => {
  test('a placeholder split by formatting inside a repeating row is filled, never left raw', () => {
    const addon = school();
    ok(start(addon, 'card')); // creates the templates
    editTemplate(addon, 'passport', (body) => {
      // «{{Пункты_» plain, «плана.Срок}}» bold: the opening itself is split between two runs.
      const hit = body.findText('\\{\\{Пункты_плана\\.Срок\\}\\}')!;
      hit.getElement().asText().setBold(hit.getStartOffset() + '{{Пункты_'.length, hit.getEndOffsetInclusive(), true);
    });
    const job = ok(start(addon, 'passport'));
    expect(job).toMatchObject({ status: 'done', done: 1, failures: [] });
    const text = docOf(addon, job);
    expect(text).not.toMatch(/\{\{|\}\}/);
    expect(text).toContain('30.09.2026');
  });

  test('a misspelt placeholder is refused with the nearest valid name as a suggestion', () => {
    const addon = school();
    ok(start(addon, 'card'));
    editTemplate(addon, 'passport', (body) => void body.appendParagraph('Наставник: {{Сопровождение_ведет}}'));
    const result = start(addon, 'passport');
    if (result.status !== 'success') throw new Error(result.message);
    expect(result.response.job).toBeNull();
    expect(result.response.problems).toEqual([
      { placeholder: '{{Сопровождение_ведет}}', message: expect.stringContaining('Возможно, имелось в виду {{Сопровождение_ведёт}}') },
    ]);
  });
});

describe('regeneration', () => {
  test('one live document and one register row; the old version goes to «Архив версий»', () => {
    const addon = school();
    const first = ok(start(addon, 'passport')).results[0]!.url;
    selectRows(addon, 'Программы', 'B2');
    const second = ok(start(addon, 'passport', 'selected')).results[0]!.url;
    expect(second).not.toBe(first);
    const live = docsIn(addon, 'Педагоги/');
    expect(live.filter((f) => f.name.startsWith('Паспорт'))).toHaveLength(1);
    expect(docsIn(addon, 'Архив версий')).toHaveLength(1);
    const reg = register(addon);
    const h = reg[0]!.map(String);
    const rows = reg.filter((r) => r[h.indexOf('Запись')] === 'P00001' && r[h.indexOf('Вид документа')] === 'паспорт программы');
    expect(rows).toHaveLength(1);
    expect(rows[0]![h.indexOf('Ссылка')]).toBe(second);
  });

  test('«для выделенных строк» on another sheet asks for a selection there', () => {
    const addon = school();
    selectRows(addon, 'Педагоги', 'A2');
    expect(start(addon, 'passport', 'selected')).toMatchObject({ status: 'error', fields: { scope: expect.stringContaining('Программы') } });
  });
});

describe('batches', () => {
  function twelve(): Addon {
    const addon = school();
    for (let i = 2; i <= 12; i++) {
      const id = `P${String(i).padStart(5, '0')}`;
      addon.typeRow('Программы', {
        ID: id,
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

  test('interrupted by the time limit and a Drive error, resumed: exactly one document per record', () => {
    const addon = twelve();
    // Each document costs about a minute; one copy fails once.
    addon.emulator.latency = (info) => (info.key === 'File.makeCopy' ? 60_000 : 0);
    addon.emulator.faults.add({ match: 'File.makeCopy', error: 'Service Drive failed: internal error', times: 1, skip: 3 });
    let job = ok(start(addon, 'passport'));
    expect(job.status).toBe('paused');
    expect(job.done).toBeGreaterThan(0);
    expect(job.done).toBeLessThan(12);
    expect(job.message).toMatch(/Продолжить/);
    let rounds = 0;
    while ((job.pending > 0 || job.failures.length > 0) && rounds++ < 10) job = ok(addon.call('continueDocuments', {}));
    expect(job).toMatchObject({ status: 'done', total: 12, done: 12, failures: [] });
    const reg = register(addon);
    const h = reg[0]!.map(String);
    const ids = reg.filter((r) => r[h.indexOf('Вид документа')] === 'паспорт программы' && r[h.indexOf('Запись')]).map((r) => r[h.indexOf('Запись')]);
    expect([...ids].sort()).toEqual(Array.from({ length: 12 }, (_, i) => `P${String(i + 1).padStart(5, '0')}`));
    const live = docsIn(addon, 'Педагоги/').filter((f) => f.name.startsWith('Паспорт'));
    expect(live).toHaveLength(12);
    const fileIds = reg.filter((r) => r[h.indexOf('Вид документа')] === 'паспорт программы' && r[h.indexOf('Запись')]).map((r) => r[h.indexOf('ID файла')]);
    expect(new Set(fileIds)).toEqual(new Set(live.map((f) => f.id)));
  });

  test('a failure is recorded with its reason and the others go on', () => {
    const addon = twelve();
    addon.emulator.faults.add({ match: 'File.makeCopy', error: 'Service Drive failed: internal error', times: 1, skip: 2 });
    const job = ok(start(addon, 'passport'));
    expect(job).toMatchObject({ status: 'done', total: 12, done: 11 });
    expect(job.failures).toEqual([{ name: T.sidorova, reason: expect.stringContaining('internal error') }]);
  });

  test('the daily quota stops the job until tomorrow; the daily tick resumes it', () => {
    const addon = twelve();
    // The fifth copy: the template laid out for the passports' count of plan items is one of them (docs-batch.ts).
    addon.emulator.faults.add({ match: 'File.makeCopy', error: 'Service invoked too many times for one day: documents created.', times: 1, skip: 5 });
    const job = ok(start(addon, 'passport'));
    expect(job).toMatchObject({ status: 'quota', done: 4 });
    expect(job.message).toMatch(/завтра/);
    // The trigger handler, run as its time-driven trigger would: not a sidebar endpoint.
    addon.callUnchecked('resumeDocumentJob', {});
    const after = ok(addon.call('continueDocuments', {}));
    expect(after).toMatchObject({ status: 'done', done: 12, failures: [] });
  });

  test('«Документы → Продолжить» in the menu resumes and reports progress', () => {
    const addon = twelve();
    addon.emulator.latency = (info) => (info.key === 'File.makeCopy' ? 60_000 : 0);
    ok(start(addon, 'passport'));
    addon.click('Документы → Продолжить');
    expect(addon.lastAlert()).toMatch(/Готово \d+ из 12/);
  });
});

test('a row a person inserts while a document is being made does not misplace its link', () => {
  const addon = school();
  let inserted = false;
  // While the passport is filled, someone inserts a row above the programme (another execution).
  const stop = addon.emulator.onCall((call) => {
    if (inserted || call.key !== 'Documents.batchUpdate') return;
    inserted = true;
    addon.sheet('Программы', (s) => s.insertRowBefore(2));
  });
  const job = ok(start(addon, 'passport'));
  stop();
  expect(inserted).toBe(true);
  const headers = addon.headers('Программы');
  const rows = addon.sheet('Программы', (s) => s.getRange(2, 1, 2, s.getLastColumn()).getValues());
  expect(rows[0]![headers.indexOf('Паспорт (ссылка)')]).toBe('');
  expect(rows[1]![headers.indexOf('ID')]).toBe('P00001');
  expect(rows[1]![headers.indexOf('Паспорт (ссылка)')]).toBe(job.results[0]!.url);
});

test('200 programmes: the batch works in 6-minute executions and ends with one passport each', () => {
  const addon = school();
  // 199 more programmes, written at once as a deputy would paste them.
  const headers = addon.headers('Программы');
  const put = (row: unknown[], header: string, value: unknown) => (row[headers.indexOf(header)] = value);
  const rows = Array.from({ length: 199 }, (_, i) => {
    const row: unknown[] = headers.map(() => '');
    put(row, 'ID', `P${String(i + 2).padStart(5, '0')}`);
    put(row, 'ФИО учителя', T.sidorova);
    put(row, 'ФИО учителя (ID)', 'T00003');
    put(row, 'Решение о сопровождении принято', '28.08.2026');
    put(row, 'Индивидуальное сопровождение ведёт', T.petrov);
    put(row, 'Индивидуальное сопровождение ведёт (ID)', 'T00002');
    put(row, 'Характер затруднений', 'методические');
    put(row, 'Выявленные проблемы/трудности', `Проблема ${i + 2}`);
    put(row, 'Планируемые формы оказания помощи', 'коучинг-сессии');
    put(row, 'Начало', '01.09.2026');
    put(row, 'Окончание', '31.05.2027');
    put(row, 'Статус', 'действует');
    return row;
  });
  addon.sheet('Программы', (s) => s.getRange(3, 1, rows.length, headers.length).setValues(rows as never));
  // About six seconds of Google's time per document: some 45 documents fit one execution.
  addon.emulator.latency = (info) => (info.key === 'File.makeCopy' ? 6_000 : 0);
  let job = ok(start(addon, 'passport'));
  let executions = 1;
  while (job.status === 'paused' && executions < 20) {
    job = ok(addon.call('continueDocuments', {}));
    executions++;
  }
  expect(job).toMatchObject({ status: 'done', total: 200, done: 200, failures: [] });
  expect(executions).toBeGreaterThanOrEqual(4);
  const reg = register(addon);
  const h = reg[0]!.map(String);
  // The school's register already had a passport entered by hand (no record): not ours.
  const passports = reg.filter((r) => r[h.indexOf('Вид документа')] === 'паспорт программы' && r[h.indexOf('Запись')]);
  expect(new Set(passports.map((r) => r[h.indexOf('Запись')])).size).toBe(200);
  expect(passports).toHaveLength(200);
  const live = docsIn(addon, 'Педагоги/').filter((f) => f.name.startsWith('Паспорт'));
  expect(live).toHaveLength(200);
  expect(new Set(live.map((f) => f.id))).toEqual(new Set(passports.map((r) => r[h.indexOf('ID файла')])));
});

test('an execution ended by the time limit after a copy was made: the resumed job archives it and leaves one document', () => {
  const addon = school();
  ok(start(addon, 'card')); // the templates exist: the next batchUpdate is the passport's fill
  // The time limit strikes while the copy is being filled (after makeCopy, before the register).
  addon.emulator.faults.add({ match: 'Documents.batchUpdate', error: 'timeout', times: 1 });
  // The page's call fails as Apps Script ends the execution.
  expect(() => addon.call('startDocuments', { kind: 'passport', scope: 'needed' })).toThrow('Exceeded maximum execution time');
  const job = ok(addon.call('continueDocuments', {}));
  expect(job).toMatchObject({ status: 'done', done: 1, failures: [] });
  expect(docsIn(addon, 'Педагоги/').filter((f) => f.name.startsWith('Паспорт'))).toHaveLength(1);
  expect(docsIn(addon, 'Архив версий').filter((f) => f.name.startsWith('Паспорт'))).toHaveLength(1);
});

test('a domain that forbids sharing outside it: the document stays private and the deputy is told', () => {
  const addon = school();
  addon.setting('Открывать документы педагогу для просмотра', 'да');
  // Sidorova's address is outside the school's domain, and the admin forbids sharing outside.
  addon.typeCell('Педагоги', 4, 'Эл. почта', 'sidorova@gmail.com');
  setExternalSharingRestricted(addon.emulator, true);
  const job = ok(start(addon, 'passport'));
  expect(job).toMatchObject({ status: 'done', done: 1, failures: [] });
  expect(job.notes.join(' ')).toContain('sidorova@gmail.com');
  const doc = docsIn(addon, 'Педагоги/').find((f) => f.name.startsWith('Паспорт'))!;
  expect(doc).toMatchObject({ access: 'PRIVATE', viewers: [] });
});
