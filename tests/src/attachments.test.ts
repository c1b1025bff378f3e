/**
 * The card's attachments (001 §6.3, 002 §5.2) through the built bundle: a file uploaded from the
 * programme's page lands in the teacher's folder of the school's Drive folder, a Drive file is
 * picked by its link (and refused when it does not open), each kind's own fields are asked for,
 * a retried upload makes one file and one row, and the card and the outcome analysis list them
 * with their links in the school's regulation's words.
 */
import { driveState, listDriveFiles, rootId, addItem } from '@pds/emulator';
import type { Addon } from '../helpers/addon';
import { docOf, ok, school, selectRows, start } from '../helpers/documents';
import { T } from '../helpers/school';
import type { Payload } from '../helpers/payloads';
import { asErr, asOk } from '../helpers/wire';

const TAB = 'Приложения к карте';
let keys = 0;
const key = () => `attach-key-${++keys}`;

function upload(name: string, text: string, extra: Partial<Payload<'addAttachment'>> = {}): Payload<'addAttachment'> {
  return {
    programmeId: 'P00001',
    requestKey: key(),
    kind: 'pupilsWorks',
    stage: 'before',
    surveyedBy: '',
    date: '2026-09-20',
    note: 'контрольная работа 5А',
    source: { type: 'upload', name, mimeType: 'text/plain', base64: Buffer.from(text).toString('base64') },
    ...extra,
  };
}

function rows(addon: Addon): Array<Record<string, string>> {
  const [headers, ...data] = addon.sheet(TAB, (s) => s.getDataRange().getDisplayValues());
  return data.map((r) => Object.fromEntries(headers!.map((h, i) => [h, r[i]!])));
}

/** A plain file in someone's Drive, with its bytes. */
function driveFile(addon: Addon, name: string, owner?: string): string {
  const item = addItem(addon.emulator, name, 'application/pdf', rootId(addon.emulator, owner), owner);
  item.content = Buffer.from('%PDF-1.4').toString('base64');
  return item.id;
}

describe('attachments of a programme', () => {
  let addon: Addon;
  beforeAll(() => {
    addon = school();
  });

  test('the page lists the seed’s kinds and nothing attached yet', () => {
    const page = asOk(addon.call('getAttachments', { programmeId: 'P00001' })).response;
    expect(page.items).toEqual([]);
    expect(page.kinds.map((k) => k.label)).toContain('сравнительный анализ срезовых работ, тестов до и после работы по сопровождению учителя');
    expect(page.kinds.map((k) => k.label)).toContain('отзывы (данные собеседований): сотрудников мониторинговой группы школы или психологов');
    expect(page.withStage).toEqual(['pupilsWorks', 'tests', 'teacherMaterials']);
    expect(page.withSurveyor).toEqual(['studentSurvey']);
    expect(page.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('an uploaded file goes into the teacher’s folder and becomes a row of «Приложения к карте»', () => {
    const item = asOk(addon.call('addAttachment', upload('работы до.txt', 'до сопровождения'))).response.item;
    expect(item).toMatchObject({ kind: 'pupilsWorks', stageLabel: 'до начала сопровождения', date: '2026-09-20', note: 'контрольная работа 5А' });
    expect(item.fileName).toBe(`${item.id} — работы до.txt`);
    const file = listDriveFiles(addon.emulator).find((f) => f.name === item.fileName)!;
    expect(file.path).toBe(`My Drive/Школа №2/Педагоги/${T.sidorova}`);
    expect(Buffer.from(driveState(addon.emulator).items[file.id]!.content!, 'base64').toString()).toBe('до сопровождения');
    expect(rows(addon)).toEqual([
      expect.objectContaining({ Программа: `${T.sidorova}, с 01.09.2026`, 'Программа (ID)': 'P00001', 'Вид материала': 'сравнительный анализ работ учащихся до и после работы по сопровождению учителя', 'До / после сопровождения': 'до начала сопровождения', Дата: '20.09.2026', Файл: item.fileName, 'Файл (ссылка)': file.url }),
    ]);
  });

  test('a Drive file is picked by its link; one that does not open, or a folder, is refused at the link', () => {
    const mine = driveFile(addon, 'Отзыв родителей.pdf');
    const picked = asOk(addon.call('addAttachment', upload('', '', { kind: 'reviewParents', stage: '', source: { type: 'link', link: `https://drive.google.com/file/d/${mine}/view?usp=sharing` } }))).response.item;
    expect(picked).toMatchObject({ fileName: 'Отзыв родителей.pdf', kindLabel: 'отзывы (данные собеседований): родителей (с родителями)' });
    const foreign = driveFile(addon, 'Чужой.pdf', 'stranger@other.example');
    const closed = asErr(addon.call('addAttachment', upload('', '', { kind: 'reviewParents', stage: '', source: { type: 'link', link: foreign } })));
    expect(closed.fields).toEqual({ link: expect.stringContaining('не открывается') });
    const folder = asErr(addon.call('addAttachment', upload('', '', { kind: 'reviewParents', stage: '', source: { type: 'link', link: 'https://drive.google.com/drive/folders/abcdefghijklmnop' } })));
    expect(folder.fields).toEqual({ link: expect.stringContaining('ссылка на папку не подходит') });
    expect(rows(addon)).toHaveLength(2);
  });

  test('each kind asks for its own fields: the side of a comparison, who ran the survey', () => {
    const noStage = asErr(addon.call('addAttachment', upload('a.txt', 'x', { kind: 'tests', stage: '' })));
    expect(noStage.fields).toEqual({ stage: expect.stringContaining('до или после') });
    const stageOnReview = asErr(addon.call('addAttachment', upload('a.txt', 'x', { kind: 'reviewPupils', stage: 'after' })));
    expect(stageOnReview.fields).toEqual({ stage: expect.stringContaining('не указывается') });
    const noSurveyor = asErr(addon.call('addAttachment', upload('a.txt', 'x', { kind: 'studentSurvey', stage: '' })));
    expect(noSurveyor.fields).toEqual({ surveyedBy: expect.stringContaining('кем проведено') });
    const other = asOk(addon.call('addAttachment', upload('анкеты.txt', 'x', { kind: 'studentSurvey', stage: '', surveyedBy: 'другое: классный руководитель 5А' }))).response.item;
    expect(other.surveyedByLabel).toBe('другое: классный руководитель 5А');
    const bareOther = asErr(addon.call('addAttachment', upload('a.txt', 'x', { kind: 'studentSurvey', stage: '', surveyedBy: 'другое' })));
    expect(Object.keys(bareOther.fields!)).toEqual(['surveyedBy']);
    const badDate = asErr(addon.call('addAttachment', upload('a.txt', 'x', { date: '1900-01-01' })));
    expect(Object.keys(badDate.fields!)).toEqual(['date']);
    const empty = asErr(addon.call('addAttachment', upload('a.txt', '')));
    expect(empty.fields).toEqual({ file: expect.any(String) });
    const docs = asErr(addon.call('addAttachment', upload('a', 'x', { source: { type: 'upload', name: 'a', mimeType: 'application/vnd.google-apps.document', base64: 'eA==' } })));
    expect(docs.fields).toEqual({ file: expect.stringContaining('по ссылке') });
    expect(rows(addon)).toHaveLength(3);
  });

  test('a file over the limit is refused before anything is written', () => {
    const big = 'A'.repeat(Math.ceil((10 * 1024 * 1024 + 3) / 3) * 4);
    const refused = asErr(addon.call('addAttachment', upload('big.bin', '', { source: { type: 'upload', name: 'big.bin', mimeType: 'application/octet-stream', base64: big } })));
    expect(refused.message + JSON.stringify(refused.fields)).toContain('10 МБ');
    expect(rows(addon)).toHaveLength(3);
  });

  test('an upload cut after its file was made is finished by its retry: one file, one row', () => {
    const input = upload('после.txt', 'после сопровождения', { stage: 'after', date: '2027-05-20' });
    addon.emulator.faults.add({ match: 'File.getName', error: 'timeout' });
    expect(() => addon.call('addAttachment', input)).toThrow();
    const retried = asOk(addon.call('addAttachment', input)).response.item;
    expect(listDriveFiles(addon.emulator).filter((f) => f.name.endsWith('после.txt'))).toHaveLength(1);
    expect(rows(addon).filter((r) => r.ID === retried.id)).toHaveLength(1);
    // Retried once more (its answer lost): the same row, nothing new.
    expect(asOk(addon.call('addAttachment', input)).response.item.id).toBe(retried.id);
    expect(rows(addon)).toHaveLength(4);
  });

  test('the card and the outcome analysis list the attachments with their links, in the seed’s order', () => {
    selectRows(addon, 'Программы', 'A2');
    const card = docOf(addon, ok(start(addon, 'card', 'selected')));
    // Printed in the short form every Drive file opens by, so it fits its column whole.
    const links = rows(addon).map((r) => `https://drive.google.com/open?id=${/\/d\/([-\w]+)/.exec(r['Файл (ссылка)']!)![1]}`);
    for (const link of links) expect(card).toContain(link);
    expect(card).toContain('до начала сопровождения');
    expect(card).toContain('после завершения сопровождения');
    expect(card).toContain('анкетирование проведено другое: классный руководитель 5А');
    const order = ['до начала сопровождения', 'после завершения сопровождения', 'анкетирование проведено', 'родителей (с родителями)'].map((t) => card.lastIndexOf(t));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    const conclusion = docOf(addon, ok(start(addon, 'conclusion', 'selected')));
    expect(conclusion).toContain('Материалы, приложенные к карте индивидуального сопровождения');
    for (const link of links) expect(conclusion).toContain(link);
  });

  test('taking an attachment off the card removes its row, keeps its file; another programme’s id is refused', () => {
    const [first] = rows(addon);
    const id = first!.ID!;
    expect(asErr(addon.call('removeAttachment', { programmeId: 'P00099', attachmentId: id })).message).toContain('другой программе');
    expect(asOk(addon.call('removeAttachment', { programmeId: 'P00001', attachmentId: id })).response.removed).toBe(true);
    expect(rows(addon).map((r) => r.ID)).not.toContain(id);
    expect(listDriveFiles(addon.emulator).some((f) => f.name === first!.Файл)).toBe(true);
    // A retried removal finds nothing left to do.
    expect(asOk(addon.call('removeAttachment', { programmeId: 'P00001', attachmentId: id })).response.removed).toBe(false);
  });
});

test('a school under 001 lists the reviews of psychologists in 001’s words', () => {
  const addon = school();
  addon.setting('Положение об индивидуальном сопровождении, по которому работает школа', '001 — Положение о самообучающейся школе');
  const page = asOk(addon.call('getAttachments', { programmeId: 'P00001' })).response;
  expect(page.kinds.map((k) => k.label)).toContain('отзывы (данные собеседований): психологами');
  expect(page.kinds.map((k) => k.label)).not.toContain('отзывы (данные собеседований): сотрудников мониторинговой группы школы или психологов');
  expect(asErr(addon.call('getAttachments', { programmeId: 'P00077' })).message).toContain('P00077');
});
