/**
 * Two deputies on one record, through the built bundle: both open the page, both edit, the first
 * save lands and the second is refused in Russian naming what changed; nothing either typed is
 * lost from the sheet, and a save never deletes a row its page did not show.
 */
import type { Addon } from '../helpers/addon';
import { validSchool } from '../helpers/school';
import type { ResponseOf } from '../../src/wire';
import type { Payload } from '../helpers/payloads';

type Ok<R> = { status: 'success'; response: R };
type Err = { status: 'error'; type: string; message: string; fields?: Record<string, string> };
type Result<R> = Ok<R> | Err;
type Version = Record<string, string>;
/** The page's own shapes, as the server sends them. */
type Form = ResponseOf<'getProgrammePage'>['form'];
type Completion = ResponseOf<'getCompletionPage'>;
type Card = ResponseOf<'getTeacherPage'>;
type Row = { id: string | null; problem: string; before: string; after: string; method: string; conclusions: string };

function ok<R>(result: Result<R>): R {
  if (result.status !== 'success') throw new Error(JSON.stringify(result));
  return result.response;
}

function rows(addon: Addon, tab: string): Array<Record<string, string>> {
  const [headers, ...data] = addon.sheet(tab, (s) => s.getDataRange().getDisplayValues());
  return data.map((r) => Object.fromEntries(headers!.map((h, i) => [h, r[i]!])));
}

const openProgramme = (addon: Addon, id: string) => ok(addon.call('getProgrammePage', { programmeId: id })).form;

/** What the programme page sends for its form as the deputy left it (its typed claim; the server parses it again). */
function programmeSave(form: Form, removedItemIds: string[] = []): Payload<'saveProgramme'> {
  const { id, items, status: _status, statusLabel: _label, ...rest } = form as Form & { status?: string; statusLabel?: string };
  return { ...rest, programmeId: id, draft: false, removedItemIds, items: items.map(({ statusLabel: _shown, ...item }) => item) } as Payload<'saveProgramme'>;
}

const openCompletion = (addon: Addon, id: string) => ok(addon.call('getCompletionPage', { programmeId: id }));

function completionSave(page: Completion, id: string, rowsTyped: Row[], extra: Partial<Payload<'saveCompletion'>> = {}): Payload<'saveCompletion'> {
  return {
    programmeId: id,
    version: page.version,
    rows: rowsTyped,
    outcome: 'successful',
    problemsResult: 'allResolved',
    unresolvedProblems: '',
    reasons: '',
    needs: ['training'],
    anotherRouteReason: '',
    furtherWays: '',
    conclusionDate: '2027-05-30',
    ...extra,
  };
}

describe('one programme, two deputies', () => {
  test('both edit from pages opened together: the first save lands, the second is refused naming what changed', () => {
    const addon = validSchool();
    const first = openProgramme(addon, 'P00001');
    const second = openProgramme(addon, 'P00001');
    expect(second.version).toEqual(first.version);

    first.items[0]!.content = 'Посещение уроков наставником (два раза в месяц)';
    first.end = '2027-06-15';
    ok(addon.call('saveProgramme', programmeSave(first)));

    second.items[0]!.deadline = '2026-10-20';
    second.problems = 'Дисциплина на уроке\nОбратная связь';
    const before = addon.snapshot();
    const refused = addon.call('saveProgramme', programmeSave(second));
    expect(refused).toMatchObject({ status: 'error', type: 'stale' });
    const message = (refused as Err).message;
    expect(message).toContain('Пока страница была открыта, эти данные изменили');
    expect(message).toContain('программа — «Окончание»');
    expect(message).toContain('пункт плана 1 «Посещение уроков наставником (два раза в месяц)» — «Содержание пункта»');
    expect(message).toContain('Ничего не сохранено');
    // Refused means untouched: the first deputy's edits stand.
    expect(addon.snapshot()).toBe(before);
    expect(rows(addon, 'Программы')[0]).toMatchObject({ Окончание: '15.06.2027' });
    expect(rows(addon, 'План программ')[0]).toMatchObject({ 'Содержание пункта': 'Посещение уроков наставником (два раза в месяц)' });

    // The second deputy reloads (what she typed kept by the page) and saves: both edits are in.
    const reloaded = openProgramme(addon, 'P00001');
    const merged: Form = { ...reloaded, problems: second.problems, items: reloaded.items.map((i) => ({ ...i, deadline: '2026-10-20' })) };
    ok(addon.call('saveProgramme', programmeSave(merged)));
    expect(rows(addon, 'Программы')[0]).toMatchObject({ Окончание: '15.06.2027', 'Выявленные проблемы/трудности': 'Дисциплина на уроке\nОбратная связь' });
    expect(rows(addon, 'План программ')[0]).toMatchObject({ 'Содержание пункта': 'Посещение уроков наставником (два раза в месяц)', 'Срок выполнения': '20.10.2026' });
  });

  test('a save after a save from the same page compares against what it wrote, not what it opened', () => {
    const addon = validSchool();
    const form = openProgramme(addon, 'P00001');
    form.items.push({ id: null, content: 'Открытый урок', deadline: '2027-03-01', supportedActivity: '', supporterActivity: '', jointActivity: '', checkpoint: 'openLesson', statusLabel: '' });
    const saved = ok(addon.call('saveProgramme', programmeSave(form)));
    // The version it answers is the one a fresh page would show.
    expect(saved.version).toEqual(openProgramme(addon, 'P00001').version);
    const again = { ...form, version: saved.version, items: form.items.map((i, k) => ({ ...i, id: saved.itemIds[k]! })), end: '2027-06-01' };
    expect(addon.call('saveProgramme', programmeSave(again))).toMatchObject({ status: 'success' });
  });

  test('an item deleted in the sheet after the page opened: refused and named, not written back', () => {
    const addon = validSchool();
    const form = openProgramme(addon, 'P00001');
    addon.sheet('План программ', (s) => s.deleteRow(2));
    const refused = addon.call('saveProgramme', programmeSave(form));
    expect(refused).toMatchObject({ status: 'error', type: 'stale', message: expect.stringContaining('удалена запись: пункт плана I00001') });
    expect(rows(addon, 'План программ').filter((r) => r['Программа (ID)'] === 'P00001')).toEqual([]);
  });

  test('an item typed into the sheet after the page opened is no conflict and stays', () => {
    const addon = validSchool();
    const form = openProgramme(addon, 'P00001');
    addon.typeRow('План программ', { ID: 'I09999', Программа: 'x', 'Программа (ID)': 'P00001', '№': 2, 'Содержание пункта': 'Вписано вручную', 'Срок выполнения': '01.04.2027', Статус: 'запланировано' });
    // The page removed its only item; only that one goes.
    const saved = addon.call('saveProgramme', programmeSave({ ...form, items: [] }, ['I00001']));
    expect(saved).toMatchObject({ status: 'success' });
    expect(rows(addon, 'План программ').filter((r) => r['Программа (ID)'] === 'P00001').map((r) => r.ID)).toEqual(['I09999']);
  });

  test('a removed item the page never showed is not deleted', () => {
    const addon = validSchool();
    const form = openProgramme(addon, 'P00001');
    addon.typeRow('План программ', { ID: 'I09999', Программа: 'x', 'Программа (ID)': 'P00001', '№': 2, 'Содержание пункта': 'Вписано вручную', 'Срок выполнения': '01.04.2027', Статус: 'запланировано' });
    expect(addon.call('saveProgramme', programmeSave(form, ['I09999']))).toMatchObject({ status: 'success' });
    expect(rows(addon, 'План программ').filter((r) => r['Программа (ID)'] === 'P00001').map((r) => r.ID)).toEqual(['I00001', 'I09999']);
  });

  test('a save without the page\'s version cannot be checked and is refused', () => {
    const addon = validSchool();
    const { version: _dropped, ...form } = openProgramme(addon, 'P00001');
    expect(addon.call('saveProgramme', programmeSave({ ...form, version: {} } as Form))).toMatchObject({ status: 'error', type: 'stale', message: expect.stringContaining('откройте её заново') });
  });
});

describe('one completion, two deputies', () => {
  test('both fill the analysis from pages opened together: the first save lands, the second is refused naming what changed', () => {
    const addon = validSchool();
    const first = openCompletion(addon, 'P00001');
    const second = openCompletion(addon, 'P00001');
    ok(addon.call('saveCompletion', completionSave(first, 'P00001', [{ ...first.rows[0]!, after: 'рабочая тишина' }])));

    const before = addon.snapshot();
    const refused = addon.call('saveCompletion', completionSave(second, 'P00001', [{ ...second.rows[0]!, after: 'стало тише' }, { id: null, problem: 'Мотивация', before: '', after: '', method: '', conclusions: '' }], { outcome: 'partlySuccessful', reasons: 'мало времени' }));
    expect(refused).toMatchObject({ status: 'error', type: 'stale' });
    const message = (refused as Err).message;
    expect(message).toContain('строка анализа «Дисциплина на уроке» — «Состояние после завершения сопровождения»');
    expect(message).toContain('программа — «Статус», «Индивидуальное сопровождение можно считать»');
    expect(addon.snapshot()).toBe(before);
    expect(rows(addon, 'Анализ итогов').map((r) => [r.ID, r['Состояние после завершения сопровождения']])).toEqual([['A00001', 'рабочая тишина']]);
    expect(rows(addon, 'Программы')[0]).toMatchObject({ Статус: 'завершена' });
  });

  test('a row added to «Анализ итогов» after the page opened survives the save', () => {
    const addon = validSchool();
    const page = openCompletion(addon, 'P00001');
    addon.typeRow('Анализ итогов', { ID: 'A09999', Программа: 'x', 'Программа (ID)': 'P00001', Проблема: 'Вписано вручную' });
    // The page shows one row; the deputy removes it and adds her own.
    const saved = ok(addon.call('saveCompletion', completionSave(page, 'P00001', [{ id: null, problem: 'Мотивация', before: '', after: '', method: '', conclusions: '' }])));
    const left = rows(addon, 'Анализ итогов').filter((r) => r['Программа (ID)'] === 'P00001');
    expect(left.map((r) => [r.ID, r.Проблема])).toEqual([
      ['A09999', 'Вписано вручную'],
      [saved.rowIds[0], 'Мотивация'],
    ]);
  });

  test('the completion save answers the version a fresh page shows', () => {
    const addon = validSchool();
    const page = openCompletion(addon, 'P00001');
    const saved = ok(addon.call('saveCompletion', completionSave(page, 'P00001', [page.rows[0]!, { id: null, problem: 'Мотивация', before: 'нет', after: '', method: '', conclusions: '' }])));
    expect(saved.version).toEqual(openCompletion(addon, 'P00001').version);
  });
});

describe('one teacher card, two deputies', () => {
  const openCard = (addon: Addon, id: string) => ok(addon.call('getTeacherPage', { teacherId: id }));
  const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  /** What the card sends (its typed claim: the form's text; the server parses it again). */
  function cardSave(card: Card, teacher: Record<string, unknown>, removedClassIds: string[] = []): Payload<'saveTeacher'> {
    const t: Record<string, unknown> = { ...card.teacher, ...teacher };
    const fields = ['id', 'fullName', 'email', 'subject', 'position', 'role', 'totalExperience', 'schoolExperience', 'load', 'totalLoad', 'category', 'attestationDate', 'mentorId', 'note'];
    return {
      version: card.version,
      teacher: Object.fromEntries(fields.map((f) => [f, str(t[f])])),
      classes: card.classes.map((c) => ({ id: c.id, schoolYear: str(c.schoolYear), className: str(c.className), programme: str(c.programme), planning: str(c.planning), textbooks: str(c.textbooks) })),
      removedClassIds,
    } as unknown as Payload<'saveTeacher'>;
  }

  test('both edit the card: the first save lands, the second is refused naming the field', () => {
    const addon = validSchool();
    const first = openCard(addon, 'T00003');
    const second = openCard(addon, 'T00003');
    ok(addon.call('saveTeacher', cardSave(first, { subject: 'обществознание' })));
    const before = addon.snapshot();
    const refused = addon.call('saveTeacher', cardSave(second, { note: 'Ведёт кружок' }));
    expect(refused).toMatchObject({ status: 'error', type: 'stale', message: expect.stringContaining('карточка педагога — «Преподаваемый предмет»') });
    expect(addon.snapshot()).toBe(before);
  });

  test('a class typed into the sheet after the card opened is kept, and only classes the card showed can be removed', () => {
    const addon = validSchool();
    const card = openCard(addon, 'T00003');
    addon.typeRow('Классы педагогов', { ID: 'K09999', Педагог: 'x', 'Педагог (ID)': 'T00003', 'Учебный год': '2026/2027', Класс: '6Б' });
    const saved = addon.call('saveTeacher', cardSave(card, {}, ['K09999']));
    expect(saved).toMatchObject({ status: 'success' });
    expect(rows(addon, 'Классы педагогов').filter((r) => r['Педагог (ID)'] === 'T00003').map((r) => r.ID)).toEqual(['K00001', 'K09999']);
    // The answer's version is the one the card shows when opened again.
    expect((saved as Ok<{ version: Version }>).response.version).toEqual(openCard(addon, 'T00003').version);
  });
});

describe('one session, two deputies marking it', () => {
  const listed = (addon: Addon) => ok(addon.call('getSessionsPage', {})).sessions;

  test('both open the list: the first mark lands, the second is refused naming the status', () => {
    const addon = validSchool();
    addon.emulator.setClock('2026-09-16T09:00:00Z');
    const first = listed(addon).find((s) => s.id === 'S00001')!;
    const second = listed(addon).find((s) => s.id === 'S00001')!;
    expect(second.version).toEqual(first.version);
    ok(addon.call('recordSessionResult', { sessionId: 'S00001', status: 'held', results: ['attestation'], resultNote: 'первая', version: first.version }));

    const before = addon.snapshot();
    const refused = addon.call('recordSessionResult', { sessionId: 'S00001', status: 'cancelled', resultNote: 'вторая', version: second.version });
    expect(refused).toMatchObject({ status: 'error', type: 'stale' });
    const message = (refused as Err).message;
    expect(message).toContain('Пока страница была открыта, эти данные изменили');
    expect(message).toContain('сессия «15.09.2026');
    expect(message).toContain('«Статус»');
    expect(addon.snapshot()).toBe(before);
    expect(rows(addon, 'Сессии и встречи')[0]).toMatchObject({ Статус: 'проведена', 'Комментарий к результату': 'первая' });
  });

  test('a session moved to another day in the sheet after the list opened is not marked: refused naming «Дата»', () => {
    const addon = validSchool();
    addon.emulator.setClock('2026-09-16T09:00:00Z');
    const shown = listed(addon).find((s) => s.id === 'S00001')!;
    addon.sheet('Сессии и встречи', (s) => {
      const headers = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0]!;
      s.getRange(2, headers.indexOf('Дата') + 1).setValue(new Date('2026-09-14T00:00:00Z'));
    });
    const refused = addon.call('recordSessionResult', { sessionId: 'S00001', status: 'held', version: shown.version });
    expect(refused).toMatchObject({ status: 'error', type: 'stale', message: expect.stringContaining('«Дата»') });
    expect(rows(addon, 'Сессии и встречи')[0]).toMatchObject({ Статус: 'запланирована' });
  });

  test('a mark without the list\'s version cannot be checked and is refused', () => {
    const addon = validSchool();
    addon.emulator.setClock('2026-09-16T09:00:00Z');
    expect(addon.call('recordSessionResult', { sessionId: 'S00001', status: 'held', version: {} })).toMatchObject({ status: 'error', type: 'stale', message: expect.stringContaining('откройте её заново') });
  });
});
