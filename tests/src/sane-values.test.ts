/**
 * Values no one means, through the built bundle: each page refuses them next to the field, the
 * data check names the cell of a row typed by hand, and the monthly e-mail and plan never show a
 * session under another teacher's programme. The school's today is 01.09.2026: dates run from
 * 01.09.2006 to 31.08.2028 (domain/sane-values.ts).
 */
import { hostCreateFolder, listDriveFiles, outbox } from '@pds/emulator';
import type { Addon } from '../helpers/addon';
import { T, validSchool } from '../helpers/school';
import { asErr, asOk } from '../helpers/wire';
import { coachingSession, meetingVersion, newProgramme, scheduledMeeting } from '../helpers/payloads';
import { ok, school, selectRows, start } from '../helpers/documents';

const S = 'Сессии и встречи';
const RANGE = 'укажите дату с 01.09.2006 по 31.08.2028';

let addon: Addon;
beforeEach(() => {
  addon = validSchool();
});

/** The refusal of a call: a validation error whose field carries `message`, and no cell changed. */
function refused(call: () => unknown, field: string, message: string): void {
  const before = addon.snapshot();
  const result = asErr(call() as never);
  expect(result.type).toBe('validation');
  expect(result.fields?.[field]).toContain(message);
  expect(addon.snapshot()).toBe(before);
}

describe('numbers are digits as a person types them', () => {
  const card = (extra: Record<string, unknown>) => ({ teacher: { fullName: 'Новикова Ольга Сергеевна', role: 'teacher', ...extra }, classes: [] });

  test.each([['0x10'], ['1e1'], ['Infinity'], [' 0b11 ']])('«%s» years of experience is refused on the teacher page', (typed) => {
    refused(() => addon.call('saveTeacher', card({ totalExperience: typed })), 'teacher.totalExperience', 'Введите число цифрами');
  });

  test('«12» and «0,5» are what they look like', () => {
    expect(addon.call('saveTeacher', card({ totalExperience: '12', load: '0,5', totalLoad: '1' })).status).toBe('success');
  });

  test('a class of the school year 2200/2201 is refused on the teacher page', () => {
    const input = { ...card({}), classes: [{ id: null, schoolYear: '2200/2201', className: '5А', programme: '', planning: '', textbooks: '' }] };
    refused(() => addon.call('saveTeacher', input), 'classes.0.schoolYear', 'укажите год с 2006/2007 по 2027/2028');
  });

  test('a series repeated «1e1» times is refused, not made ten', () => {
    refused(() => addon.call('scheduleSessions', coachingSession({ repeat: '1e1' })), 'repeat', 'Число повторений — от 1 до 12');
  });
});

describe('the sessions page', () => {
  test('a session in 2200 is refused by its date', () => {
    refused(() => addon.call('scheduleSessions', coachingSession({ date: '2200-10-01' })), 'date', RANGE);
  });

  test('a series running past the next school year is refused', () => {
    refused(() => addon.call('scheduleSessions', coachingSession({ date: '2028-06-10', repeat: '4' })), 'date', RANGE);
  });

  test('an individual session for one teacher cannot be linked to another teacher\'s programme', () => {
    // P00001 is Sidorova's; the session is Ivanova's.
    refused(() => addon.call('scheduleSessions', coachingSession({ participantsIds: ['T00001'], programmeId: 'P00001' })), 'programmeId', `Это программа педагога ${T.sidorova}`);
    const own = asOk(addon.call('scheduleSessions', coachingSession({ programmeId: 'P00001' })));
    expect(own.response.programmeId).toBe('P00001');
  });

  test('the one who leads a lesson visit is not one of its participants', () => {
    const visit = coachingSession({ kind: 'lessonVisit', workForm: '', participantsIds: ['T00002'] });
    refused(() => addon.call('scheduleSessions', visit), 'participantsIds', `${T.petrov} ведёт эту встречу и не может быть её участником`);
  });
});

describe('the programme page', () => {
  test('a 1900 decision date is refused', () => {
    refused(() => addon.call('saveProgramme', newProgramme({ decisionDate: '1900-09-01' })), 'decisionDate', RANGE);
  });

  test('a 100-year programme is refused by its end', () => {
    refused(() => addon.call('saveProgramme', newProgramme({ end: '2126-05-31' })), 'end', 'Программа длится не больше 3 лет: окончание — не позже 07.09.2029');
  });

  test('a programme with its teacher\'s sessions is not handed to another teacher', () => {
    // P00001 is Sidorova's, with her session S00001.
    const version = asOk(addon.call('getProgrammePage', { programmeId: 'P00001' })).response.form.version;
    refused(() => addon.call('saveProgramme', newProgramme({ programmeId: 'P00001', version, teacherId: 'T00001', start: '2026-09-01' })), 'teacherId', 'К программе привязаны встречи с её педагогом (1)');
  });

  test('a three-year route begun now is saved', () => {
    expect(addon.call('saveProgramme', newProgramme({ end: '2029-05-31' })).status).toBe('success');
  });
});

test('a protocol dated in the next school year for a meeting held in this one is refused by its date', () => {
  addon.host.advanceClock('2027-09-02T12:00:00+03:00');
  const id = scheduledMeeting(addon, '2027-05-20');
  const protocol = (date: string) => ({
    sessionId: id,
    version: meetingVersion(addon, id),
    date,
    chairId: 'T00002',
    secretaryId: 'T00001',
    presentIds: ['T00002', 'T00001'],
    questions: [{ question: 'Итоги года', heard: '', decision: 'Принять к сведению', responsibleIds: [], deadline: '' }],
  });
  refused(() => addon.call('saveProtocol', protocol('2027-09-01')), 'date', 'Заседание прошло 20.05.2027, в 2026/2027 учебном году');
  expect(addon.call('saveProtocol', protocol('2027-05-21')).status).toBe('success');
});

describe('the data check names the cell of a value typed by hand', () => {
  const problems = () => asOk(addon.call('runDataCheck')).response.problems as Array<{ tab: string; cell: string; message: string; severity: string }>;
  const cellOf = (tab: string, row: number, header: string) => addon.sheet(tab, (s) => s.getRange(row, addon.headers(tab).indexOf(header) + 1).getA1Notation());
  const reported = (tab: string, row: number, header: string, message: string) => {
    const cell = cellOf(tab, row, header);
    const found = problems().filter((p) => p.tab === tab && p.cell === cell && p.message.includes(message));
    if (found.length === 0) throw new Error(`not reported at ${tab}!${cell}: ${message}\n${problems().map((p) => `${p.tab}!${p.cell}: ${p.message}`).join('\n')}`);
    expect(found[0]!.severity).toBe('error');
  };

  test('a 1900 decision date', () => {
    addon.typeCell('Программы', 2, 'Решение о сопровождении принято', '01.09.1900');
    reported('Программы', 2, 'Решение о сопровождении принято', 'дата вне допустимого: с 01.09.2006 по 31.08.2028');
  });

  test('a session in 2200', () => {
    addon.typeCell(S, 2, 'Дата', '15.09.2200');
    reported(S, 2, 'Дата', 'дата вне допустимого');
  });

  test('a class of the school year 2200/2201', () => {
    addon.typeCell('Классы педагогов', 2, 'Учебный год', '2200/2201');
    reported('Классы педагогов', 2, 'Учебный год', 'учебный год вне допустимого: с 2006/2007 по 2027/2028');
  });

  test('a 100-year programme', () => {
    addon.typeCell('Программы', 2, 'Окончание', '31.05.2126');
    reported('Программы', 2, 'Окончание', 'программа длиннее 3 лет');
  });

  test('the leader of a lesson visit listed among its participants', () => {
    addon.typeCell(S, 2, 'Вид', 'посещение урока');
    addon.typeCell(S, 2, 'Участники', T.petrov);
    addon.typeCell(S, 2, 'Участники (ID)', 'T00002');
    reported(S, 2, 'Участники', `${T.petrov} ведёт эту встречу и указан(а) среди её участников`);
  });

  test('a session linked to another teacher\'s programme, both names given', () => {
    addon.typeCell(S, 2, 'Участники', T.ivanova);
    addon.typeCell(S, 2, 'Участники (ID)', 'T00001');
    reported(S, 2, 'Программа', `программа педагога ${T.sidorova}, а участники встречи — ${T.ivanova}`);
  });

  test('a protocol of another school year than its meeting', () => {
    addon.host.advanceClock('2027-09-02T12:00:00+03:00');
    const id = scheduledMeeting(addon, '2027-05-20');
    const row = addon.typeRow('Протоколы', { ID: 'R00009', '№': 1, 'Учебный год': '2027/2028', 'Дата заседания': '01.09.2027', Сообщество: 'Научи меня Чуду!', 'Сообщество (ID)': 'C00001', 'Заседание (ID)': id, Председатель: T.petrov, 'Председатель (ID)': 'T00002', Секретарь: T.ivanova, 'Секретарь (ID)': 'T00001' });
    reported('Протоколы', row, 'Дата заседания', 'заседание прошло 20.05.2027 (2026/2027 учебный год), а протокол датирован другим учебным годом');
  });

  test('the valid school stays clean', () => {
    expect(problems()).toEqual([]);
  });
});

describe('a session typed under another teacher\'s programme stays out of her letters', () => {
  test('the monthly e-mail and the month\'s plan', () => {
    addon.setting('Папка на Google Диске', hostCreateFolder(addon.emulator, 'Школа №2'));
    addon.setting('Эл. почта заместителя директора', 'deputy@school.example');
    // Ivanova's own session, linked by hand to Sidorova's programme P00001.
    addon.typeRow(S, {
      ID: 'S00077',
      Дата: '05.10.2026',
      Вид: 'консультация',
      'Индивидуальная / групповая': 'индивидуальная',
      Тема: 'Личная тема Ивановой',
      'Коуч-консультант / ведущий': T.petrov,
      'Коуч-консультант / ведущий (ID)': 'T00002',
      Участники: T.ivanova,
      'Участники (ID)': 'T00001',
      Программа: `${T.sidorova}, с 01.09.2026`,
      'Программа (ID)': 'P00001',
      Статус: 'запланирована',
    });
    addon.click('Включить');
    addon.host.advanceClock('2026-09-25T12:00:00+03:00');
    const monthly = (email: string) => outbox(addon.emulator, email).filter((m) => m.subject.startsWith('План на октябрь 2026'));
    expect(monthly('ivanova@school.example').map((m) => m.body).join('\n')).toContain('Личная тема Ивановой');
    // Sidorova has nothing of her own in October: the session linked to her programme sent her none.
    expect(monthly('sidorova@school.example')).toEqual([]);
    // The month's plan lists the session without naming Sidorova's programme beside it.
    const plan = addon.sheet('План на месяц', (s) => s.getDataRange().getDisplayValues());
    const line = plan.find((r) => r.includes('Личная тема Ивановой'));
    expect(line).toBeDefined();
    expect(line!.join(' ')).not.toContain(T.sidorova);
  });
});

describe('an archived version keeps no viewers', () => {
  test('after the teacher\'s address was corrected, the archived passport is shared with no one', () => {
    const docs = school();
    docs.setting('Открывать документы педагогу для просмотра', 'да');
    docs.typeCell('Педагоги', 4, 'Эл. почта', 'sidorova.old@school.example');
    const first = /\/d\/([^/]+)/.exec(ok(start(docs, 'passport')).results[0]!.url)![1]!;
    // Shared by hand too: a colleague as editor, anyone with the link.
    docs.asPerson(() => {
      const file = docs.host.global<GoogleAppsScript.Drive.DriveApp>('DriveApp').getFileById(first);
      file.addEditor('colleague@school.example');
      file.setSharing(docs.host.global<GoogleAppsScript.Drive.DriveApp>('DriveApp').Access.ANYONE_WITH_LINK, docs.host.global<GoogleAppsScript.Drive.DriveApp>('DriveApp').Permission.VIEW);
    });
    docs.typeCell('Педагоги', 4, 'Эл. почта', 'sidorova@school.example');
    selectRows(docs, 'Программы', 'B2');
    const second = /\/d\/([^/]+)/.exec(ok(start(docs, 'passport', 'selected')).results[0]!.url)![1]!;
    const files = listDriveFiles(docs.emulator);
    const archived = files.find((f) => f.id === first)!;
    expect(archived.path).toContain('Архив версий');
    expect(archived).toMatchObject({ viewers: [], editors: [], access: 'PRIVATE' });
    expect(files.find((f) => f.id === second)!.viewers).toEqual(['sidorova@school.example']);
  });
});

test('the regional centre\'s address corrected: the summary shared again is no longer open to the address given before', () => {
  addon.setting('Папка на Google Диске', hostCreateFolder(addon.emulator, 'Школа №2'));
  addon.setting('Сокращённое наименование', 'СОШ №2');
  addon.setting('Эл. почта ЦНППМ для сводки по школе', 'cnppm@regoin.example');
  addon.click('Отправить сводку в ЦНППМ');
  addon.setting('Эл. почта ЦНППМ для сводки по школе', 'cnppm@region.example');
  addon.click('Отправить сводку в ЦНППМ');
  const files = listDriveFiles(addon.emulator).filter((f) => f.name === 'Сводка для ЦНППМ — СОШ №2.json');
  expect(files.map((f) => f.viewers)).toEqual([['cnppm@region.example']]);
});
