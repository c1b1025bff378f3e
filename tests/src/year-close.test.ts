/**
 * «Закрыть учебный год» through the built bundle on the busy school in June 2027: the community's
 * annual report (003 §7) generated and read back field by field, a post-release (004 §5.2) read
 * the same way, unfinished programmes listed and decided, protocol numbering restarting in
 * September, nothing deleted, and a second close changing nothing.
 */
import { documentText, hostCreateFolder, listDriveFiles } from '@pds/emulator';
import type { Addon } from '../helpers/addon';
import { busySchool } from '../helpers/busy-school';
import { T } from '../helpers/school';
import { asErr, asOk } from '../helpers/wire';
import { communityMeeting, mark, meetingVersion } from '../helpers/payloads';

function rowsOf(addon: Addon, tab: string): number {
  return addon.sheet(tab, (s) => s.getLastRow());
}

/** The busy school with its folder, on 20 June 2027. */
function juneSchool(): Addon {
  const addon = busySchool();
  addon.setting('Папка на Google Диске', hostCreateFolder(addon.emulator, 'Школа №2'));
  addon.setting('Полное наименование образовательной организации', 'МБОУ «Средняя школа №2»');
  addon.emulator.setClock('2027-06-20T07:00:00Z');
  return addon;
}

function docText(addon: Addon, title: string): string {
  const file = listDriveFiles(addon.emulator).find((f) => f.name.includes(title) && f.mimeType === 'application/vnd.google-apps.document');
  if (!file) throw new Error(`no document ${title}: ${listDriveFiles(addon.emulator).map((f) => f.name).join(', ')}`);
  return documentText(addon.emulator, file.id);
}

describe('closing the school year', () => {
  let addon: Addon;
  let before: Record<string, number>;
  const tabs = ['Программы', 'План программ', 'Сессии и встречи', 'Протоколы', 'Решения протоколов', 'Достижения', 'Участники сообществ'];
  beforeAll(() => {
    addon = juneSchool();
    before = Object.fromEntries(tabs.map((t) => [t, rowsOf(addon, t)]));
    addon.click('Закрыть учебный год');
  });

  test('tells what it did and opens the decisions', () => {
    const alert = addon.lastAlert();
    expect(alert).toContain('Учебный год 2026/2027 закрыт. Ничего не удалено');
    expect(alert).toContain('Отчётов сообществ за год создано: 1.');
    expect(alert).toContain('Нумерация протоколов с 2027/2028 начинается с № 1');
    // P00001 (Сидорова) ends 31.05.2027 and is still active; P00003 (draft) too.
    expect(alert).toContain('Незавершённых программ: 2');
    expect(addon.emulator.state.ui.some((e) => e.kind === 'sidebar')).toBe(true);
  });

  test('the annual report holds the regulation 003 §7 contents, field by field', () => {
    const text = docText(addon, 'Научи меня Чуду!');
    // Header: kind, name and year of the community.
    expect(text).toContain('о деятельности ПОС «Научи меня Чуду!»');
    expect(text).toContain('за 2026/2027 учебный год');
    expect(text).toContain(`Руководитель: ${T.petrov}. Секретарь: ${T.ivanova}`);
    expect(text).toContain('Членов сообщества: 2. Периодичность заседаний: ежемесячно');
    // Meetings: the protocol of 01.09 and the held meeting of 18.10 that has no protocol yet.
    expect(text).toContain('1. Проведённые заседания (всего: 2)\nМесяцы без заседаний: ноябрь, декабрь, январь, февраль, март, апрель, май');
    // Present at the protocol's meeting: the chair and the secretary besides those listed.
    expect(text).toMatch(/1\s+01\.09\.2026\s+План на год\s+3\s+чел\./);
    expect(text).toMatch(/протокол не оформлен\s+18\.10\.2026\s+Формирующее оценивание\s+2\s+чел\./);
    // Decisions and their status: the deadline 30.10.2026 passed while still open.
    expect(text).toContain('(принято: 1, исполнено: 0)');
    expect(text).toMatch(/№ 1 от 01\.09\.2026\s+План на год\s+Утвердить план\s+Иванова Мария Петровна\s+30\.10\.2026\s+просрочено/);
    // Participation of each member, from the protocols.
    expect(text).toMatch(new RegExp(`${T.sidorova}\\s+участник\\s+1 из 1`));
    expect(text).toMatch(/Кузнецова Ольга Игоревна\s+участник\s+0 из 1/);
    // Results: the members' achievements of the year.
    expect(text).toMatch(/Сидорова Анна Ивановна\s+01\.10\.2026\s+открытый урок/);
    expect(text).toMatch(/Сидорова Анна Ивановна\s+15\.11\.2026\s+аттестация/);
  });

  test('the report is registered with its keep-until date and linked from the community', () => {
    const register = addon.sheet('Реестр документов', (s) => s.getDataRange().getDisplayValues());
    const row = register.find((r) => r.includes('отчёт сообщества за учебный год'))!;
    expect(row).toEqual(expect.arrayContaining(['20.06.2027', '20.06.2032']));
    expect(addon.sheet('Сообщества', (s) => s.getDataRange().getDisplayValues()[1]!.join(' '))).toMatch(/https:\/\/docs\.google\.com\/document\/d\//);
  });

  test('nothing is deleted', () => {
    for (const t of tabs) expect([t, rowsOf(addon, t)]).toEqual([t, before[t]]);
  });

  test('a second close makes no second report and changes no cell', () => {
    const snapshot = addon.snapshot();
    const files = listDriveFiles(addon.emulator).length;
    addon.click('Закрыть учебный год');
    expect(addon.lastAlert()).toContain('уже закрывался 20.06.2027');
    expect(addon.lastAlert()).toContain('Отчёты сообществ за год уже есть в реестре документов.');
    expect(listDriveFiles(addon.emulator)).toHaveLength(files);
    expect(addon.snapshot()).toBe(snapshot);
  });

  test('unfinished programmes: extended past the year, or concluded', () => {
    const page = asOk(addon.call('getYearClosePage', {})).response;
    expect(page).toMatchObject({ year: '2026/2027', closedOn: '2027-06-20', nextYear: '2027/2028', defaultEnd: '2028-05-31' });
    expect(page.programmes.map((p) => [p.id, p.teacherName, p.itemsDone, p.itemsTotal])).toEqual([
      ['P00003', T.petrov, 0, 0],
      ['P00001', T.sidorova, 1, 3],
    ]);
    const inside = asErr(addon.call('decideProgramme', { programmeId: 'P00001', decision: 'extend', newEnd: '2027-08-01' }));
    expect(inside).toMatchObject({ status: 'error', fields: { newEnd: 'Продлить можно только за пределы 2026/2027 учебного года.' } });
    expect(asOk(addon.call('decideProgramme', { programmeId: 'P00001', decision: 'extend', newEnd: '2027-12-31' })).response.message).toBe(`Программа (${T.sidorova}) продлена до 31.12.2027.`);
    expect(asOk(addon.call('decideProgramme', { programmeId: 'P00003', decision: 'conclude' })).status).toBe('success');
    expect(asOk(addon.call('getYearClosePage', {})).response.programmes).toEqual([]);
    const programmes = addon.sheet('Программы', (s) => s.getDataRange().getDisplayValues());
    const headers = programmes[0]!;
    const p1 = programmes.find((r) => r[0] === 'P00001')!;
    expect([p1[headers.indexOf('Окончание')], p1[headers.indexOf('Статус')]]).toEqual(['31.12.2027', 'действует']);
    expect(programmes.find((r) => r[0] === 'P00003')![headers.indexOf('Статус')]).toBe('завершена');
    expect(asErr(addon.call('decideProgramme', { programmeId: 'P00003', decision: 'conclude' }))).toMatchObject({ type: 'conflict' });
    expect(asErr(addon.call('decideProgramme', { programmeId: 'P09999', decision: 'conclude' }))).toMatchObject({ type: 'not-found' });
  });

  test('protocol numbering restarts at 1 in September', () => {
    addon.emulator.setClock('2027-09-15T07:00:00Z');
    const sessionId = asOk(addon.call('scheduleSessions', communityMeeting('2027-09-14', { participantsIds: ['T00001'], topic: 'План на новый год' }))).response.ids[0]!;
    addon.call('recordSessionResult', mark(addon, sessionId, 'held'));
    const saved = asOk(addon.call('saveProtocol', {
      sessionId,
      version: meetingVersion(addon, sessionId),
      date: '2027-09-14',
      chairId: 'T00002',
      secretaryId: 'T00001',
      presentIds: ['T00002', 'T00001'],
      questions: [{ question: 'План на год', decision: 'Утвердить' }],
    }));
    expect(saved.response).toMatchObject({ number: 1, schoolYear: '2027/2028' });
  });
});

test('the post-release of an event carries what, when, where, who and results (004 §5.2)', () => {
  const addon = juneSchool();
  addon.typeCell('Сессии и встречи', 6, 'Статус', 'проведена');
  addon.typeCell('Сессии и встречи', 6, 'Место', 'актовый зал');
  addon.typeCell('Сессии и встречи', 6, 'Форма работы', 'митап');
  addon.typeCell('Сессии и встречи', 6, 'Участники', `${T.ivanova}; ${T.sidorova}`);
  addon.typeCell('Сессии и встречи', 6, 'Участники (ID)', 'T00001; T00003');
  addon.typeCell('Сессии и встречи', 6, 'Результат', 'участие в профессиональном конкурсе');
  addon.typeCell('Сессии и встречи', 6, 'Комментарий к результату', 'Двое участников заявились на конкурс');
  addon.typeRow('Достижения', { ID: 'V00009', Педагог: T.sidorova, 'Педагог (ID)': 'T00003', Дата: '06.12.2026', Вид: 'конкурс', Уровень: 'муниципальный', Название: 'Педагогический дебют', Результат: 'участник', 'Сессия / мероприятие (ID)': 'S00005' });
  const started = asOk(addon.call('startDocuments', { kind: 'postRelease', scope: 'needed' }));
  expect(started.status).toBe('success');
  const text = docText(addon, 'Митап молодых');
  expect(text).toContain('ПОСТ-РЕЛИЗ');
  expect(text).toContain('«Митап молодых»');
  expect(text).toContain('Что: мероприятие SkillsClub, форма: митап');
  expect(text).toContain('Когда: 05.12.2026');
  expect(text).toContain('Где: актовый зал');
  expect(text).toContain(`Ведущий (организатор): ${T.petrov}`);
  expect(text).toContain(`Кто участвовал (2\u00a0чел.): ${T.ivanova}; ${T.sidorova}`);
  expect(text).toContain('Результаты: участие в профессиональном конкурсе');
  expect(text).toContain('Итоги: Двое участников заявились на конкурс');
  expect(text).toMatch(/Сидорова Анна Ивановна\s+Педагогический дебют\s+муниципальный\s+участник/);
});

test('without a Drive folder the year still closes; reports follow once the folder is set', () => {
  const addon = busySchool();
  addon.emulator.setClock('2027-06-20T07:00:00Z');
  addon.click('Закрыть учебный год');
  expect(addon.lastAlert()).toContain('Учебный год 2026/2027 закрыт.');
  expect(addon.lastAlert()).toContain('Отчёты не созданы: ');
  addon.setting('Папка на Google Диске', hostCreateFolder(addon.emulator, 'Школа №2'));
  addon.click('Закрыть учебный год');
  expect(addon.lastAlert()).toContain('уже закрывался 20.06.2027');
  expect(addon.lastAlert()).toContain('Отчётов сообществ за год создано: 1.');
});
