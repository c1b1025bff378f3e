/**
 * The coaching schedule (000 IV.4–IV.5, V.1) through the built bundle: the teacher's coaching
 * sessions of the school year on her page, the mark that she and her coach agreed it (only her
 * sessions' coach may), and the document «Расписание коучинг-сессий» kept like the others — in her
 * folder, registered for five years, its previous version archived when it is made again.
 */
import { listDriveFiles } from '@pds/emulator';
import type { Addon } from '../helpers/addon';
import { docOf, ok, register, school, selectRows, start } from '../helpers/documents';
import { T } from '../helpers/school';
import { asErr, asOk } from '../helpers/wire';

const TAB = 'Согласование расписаний сессий';

function rows(addon: Addon): Array<Record<string, string>> {
  const [headers, ...data] = addon.sheet(TAB, (s) => s.getDataRange().getDisplayValues());
  return data.map((r) => Object.fromEntries(headers!.map((h, i) => [h, r[i]!])));
}

describe('a teacher’s coaching schedule', () => {
  let addon: Addon;
  beforeAll(() => {
    addon = school();
    // A second session planned for her, and one cancelled: the schedule shows what will be held.
    const session = { Вид: 'коучинг-сессия', 'Индивидуальная / групповая': 'индивидуальная', 'Коуч-консультант / ведущий': T.petrov, 'Коуч-консультант / ведущий (ID)': 'T00002', Участники: T.sidorova, 'Участники (ID)': 'T00003' };
    addon.typeRow('Сессии и встречи', { ...session, ID: 'S00030', Дата: '20.11.2026', Тема: 'Обратная связь на уроке', Статус: 'запланирована' });
    addon.typeRow('Сессии и встречи', { ...session, ID: 'S00031', Дата: '27.11.2026', Тема: 'Отменённая сессия', Статус: 'отменена' });
  });

  test('her page lists her coaching sessions of the year and offers their coach; nothing is agreed yet', () => {
    const page = asOk(addon.call('getCoachingSchedule', { teacherId: 'T00003' })).response;
    expect(page.schoolYear).toBe('2026/2027');
    expect(page.sessions.map((s) => [s.date, s.topic, s.coach, s.statusLabel])).toEqual([
      ['2026-09-15', 'Приёмы удержания внимания', T.petrov, 'запланирована'],
      ['2026-11-20', 'Обратная связь на уроке', T.petrov, 'запланирована'],
    ]);
    expect(page.coaches).toEqual([{ value: 'T00002', label: T.petrov }]);
    expect(page.agreement).toBeNull();
  });

  test('only her sessions’ coach agrees it, on a day no one means refused; marked again, the same row changes', () => {
    const notCoach = asErr(addon.call('agreeCoachingSchedule', { teacherId: 'T00003', coachId: 'T00001', agreedOn: '2026-09-10' }));
    expect(notCoach.fields).toEqual({ coachId: expect.stringContaining('только коуч-консультант') });
    const badDay = asErr(addon.call('agreeCoachingSchedule', { teacherId: 'T00003', coachId: 'T00002', agreedOn: '1901-09-10' }));
    expect(Object.keys(badDay.fields!)).toEqual(['agreedOn']);
    expect(asErr(addon.call('agreeCoachingSchedule', { teacherId: 'T00001', coachId: 'T00002', agreedOn: '2026-09-10' })).message).toContain('нет коучинг-сессий');
    asOk(addon.call('agreeCoachingSchedule', { teacherId: 'T00003', coachId: 'T00002', agreedOn: '2026-09-08' }));
    expect(asOk(addon.call('agreeCoachingSchedule', { teacherId: 'T00003', coachId: 'T00002', agreedOn: '2026-09-10' })).response.message).toBe('Согласование отмечено: 10.09.2026.');
    expect(rows(addon)).toEqual([expect.objectContaining({ Педагог: T.sidorova, 'Педагог (ID)': 'T00003', 'Учебный год': '2026/2027', 'Коуч-консультант': T.petrov, 'Дата согласования': '10.09.2026' })]);
    expect(asOk(addon.call('getCoachingSchedule', { teacherId: 'T00003' })).response.agreement).toEqual({ coachId: 'T00002', coachName: T.petrov, agreedOn: '2026-09-10' });
  });

  test('is a document in her folder, registered, due for every schedule agreed this year and not yet made', () => {
    const job = ok(start(addon, 'coachingSchedule'));
    expect(job.results[0]!.title).toBe(`Расписание коучинг-сессий — ${T.sidorova}, 2026/2027`);
    const text = docOf(addon, job);
    expect(text).toContain('РАСПИСАНИЕ');
    expect(text).toContain('на 2026/2027 учебный год');
    const order = ['Приёмы удержания внимания', 'Обратная связь на уроке'].map((t) => text.indexOf(t));
    expect(order[0]).toBeGreaterThan(0);
    expect(order[1]).toBeGreaterThan(order[0]!);
    expect(text).not.toContain('Отменённая сессия');
    expect(text).toContain('Согласовано педагогом и коуч-консультантом.');
    expect(text).toContain('Дата согласования: 10.09.2026');
    expect(text).toMatch(/Коуч-консультант[\s\S]*П\.П\.\u00a0Петров/);
    const file = listDriveFiles(addon.emulator).find((f) => f.name === job.results[0]!.title)!;
    expect(file.path).toBe(`My Drive/Школа №2/Педагоги/${T.sidorova}`);
    expect(register(addon).some((r) => r.includes('расписание коучинг-сессий') && String(r).includes(job.results[0]!.url))).toBe(true);
    expect(asOk(addon.call('startDocuments', { kind: 'coachingSchedule', scope: 'needed' })).response.job).toBeNull();
  });

  test('made again for her selected row: the new version live, the old one archived', () => {
    selectRows(addon, 'Педагоги', 'A4');
    ok(start(addon, 'coachingSchedule', 'selected'));
    const versions = listDriveFiles(addon.emulator).filter((f) => f.name === `Расписание коучинг-сессий — ${T.sidorova}, 2026/2027`);
    expect(versions.map((f) => f.path.endsWith('Архив версий'))).toEqual([true, false]);
    // A teacher with no coaching sessions is refused by name, not printed empty.
    selectRows(addon, 'Педагоги', 'A2');
    expect(ok(start(addon, 'coachingSchedule', 'selected')).failures).toEqual([expect.objectContaining({ reason: expect.stringContaining(`У педагога ${T.ivanova} нет коучинг-сессий`) })]);
  });
});
