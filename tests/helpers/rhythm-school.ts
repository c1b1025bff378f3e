/**
 * A school of 100 teachers for a year of the rhythm, written in bulk (one setValues per tab, as a
 * person pasting rows would): 5 coaches, 20 supported teachers with a coaching session on the
 * 10th of every month from September to May, two communities (the ПОС of 17 members, teacher 100 among them; the SkillsClub of 16); the ПОС meets on
 * the 20th every month, the SkillsClub on the 22nd except in November. Teacher 100 has no address.
 */
import { hostCreateFolder } from '@pds/emulator';
import { Addon } from './addon';

export const pad = (n: number, width = 5) => String(n).padStart(width, '0');
export const teacherId = (n: number) => `T${pad(n)}`;
export const teacherName = (n: number) => `Педагог №${pad(n, 3)} Тестовая`;
export const teacherEmail = (n: number) => (n === 100 ? '' : `t${pad(n, 3)}@school.example`);
export const COACHES = [1, 2, 3, 4, 5];
/** Programme i (1..20) supports teacher 10+i, led by coach 1+(i%5). */
export const SUPPORTED = Array.from({ length: 20 }, (_, i) => 11 + i);
export const coachOf = (programme: number) => 1 + (programme % 5);
export const POS = { id: 'C00001', name: 'ПОС «Исследователи»', leader: 2, members: [...Array.from({ length: 15 }, (_, i) => 31 + i), 100], day: 20 };
export const CLUB = { id: 'C00002', name: 'SkillsClub «Цифра»', leader: 3, members: Array.from({ length: 15 }, (_, i) => 46 + i), day: 22 };
/** Months with sessions: September 2026 to May 2027. */
export const MONTHS = ['2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05'];
export const DEPUTY = 'deputy@school.example';

const ru = (month: string, day: number) => `${pad(day, 2)}.${month.slice(5, 7)}.${month.slice(0, 4)}`;


/** Pastes rows given by header into a tab, below what is there, in one setValues. */
export function paste(addon: Addon, tab: string, rows: Array<Record<string, string | number>>): void {
  const headers = addon.headers(tab);
  const grid = rows.map((r) => {
    const line = headers.map(() => '' as string | number);
    for (const [header, value] of Object.entries(r)) {
      const index = headers.indexOf(header);
      if (index < 0) throw new Error(`${tab}: no column ${header}`);
      line[index] = value;
    }
    return line;
  });
  addon.sheet(tab, (s) => {
    const first = s.getLastRow() + 1;
    const needed = first + grid.length - 1;
    if (s.getMaxRows() < needed) s.insertRowsAfter(s.getMaxRows(), needed - s.getMaxRows());
    s.getRange(first, 1, grid.length, headers.length).setValues(grid);
  });
}

function ref(header: string, n: number): Record<string, string> {
  return { [header]: teacherName(n), [`${header} (ID)`]: teacherId(n) };
}

export function rhythmSchool(): Addon {
  const addon = Addon.fresh();
  addon.click('Настроить книгу');
  addon.setting('Сокращённое наименование', 'МБОУ «СОШ №7»');
  addon.setting('Эл. почта заместителя директора', DEPUTY);
  addon.setting('Папка на Google Диске', hostCreateFolder(addon.emulator, 'Школа №7'));
  paste(
    addon,
    'Педагоги',
    Array.from({ length: 100 }, (_, i) => ({ ID: teacherId(i + 1), ФИО: teacherName(i + 1), 'Эл. почта': teacherEmail(i + 1), Роль: COACHES.includes(i + 1) ? 'коуч-консультант' : 'педагог', 'Может быть коуч-консультантом': COACHES.includes(i + 1) ? 'опытный педагог' : '' })),
  );
  paste(
    addon,
    'Программы',
    SUPPORTED.map((t, i) => ({
      ID: `P${pad(i + 1)}`,
      ...ref('ФИО учителя', t),
      'Решение о сопровождении принято': '28.08.2026',
      ...ref('Индивидуальное сопровождение ведёт', coachOf(i + 1)),
      'Характер затруднений': 'методические',
      'Выявленные проблемы/трудности': `Трудность педагога ${t}`,
      'Планируемые формы оказания помощи': 'коучинг-сессии',
      Начало: '01.09.2026',
      Окончание: i === 0 ? '31.12.2026' : '31.05.2027',
      Статус: 'действует',
    })),
  );
  paste(
    addon,
    'План программ',
    SUPPORTED.flatMap((_, i) => [
      { ID: `I${pad(2 * i + 1)}`, Программа: `P${pad(i + 1)}`, 'Программа (ID)': `P${pad(i + 1)}`, '№': 1, 'Содержание пункта': `Открытый урок ${i + 1}`, 'Срок выполнения': '15.10.2026', Статус: 'запланировано' },
      { ID: `I${pad(2 * i + 2)}`, Программа: `P${pad(i + 1)}`, 'Программа (ID)': `P${pad(i + 1)}`, '№': 2, 'Содержание пункта': `Самоанализ ${i + 1}`, 'Срок выполнения': '15.02.2027', Статус: 'запланировано' },
    ]),
  );
  paste(addon, 'Сообщества', [
    { ID: POS.id, Название: POS.name, Вид: 'ПОС', ...ref('Руководитель', POS.leader), 'Периодичность заседаний': 'ежемесячно', 'Место встреч': 'каб. 12', Создано: '01.09.2026' },
    { ID: CLUB.id, Название: CLUB.name, Вид: 'SkillsClub', ...ref('Руководитель', CLUB.leader), 'Периодичность заседаний': 'ежемесячно', 'Место встреч': 'каб. 3', Создано: '01.09.2026' },
  ]);
  let member = 0;
  const members = (c: typeof POS) => [
    { role: 'руководитель', n: c.leader },
    ...c.members.map((n) => ({ role: 'участник', n })),
  ].map(({ role, n }) => ({ ID: `M${pad(++member)}`, Сообщество: c.name, 'Сообщество (ID)': c.id, ...ref('Педагог', n), 'Роль в сообществе': role, С: '01.09.2026' }));
  paste(addon, 'Участники сообществ', [...members(POS), ...members(CLUB)]);
  let session = 0;
  const coaching = MONTHS.flatMap((month) =>
    SUPPORTED.map((t, i) => ({
      ID: `S${pad(++session)}`,
      Дата: ru(month, 10),
      Начало: '15:00',
      Окончание: '15:45',
      Вид: 'коучинг-сессия',
      'Индивидуальная / групповая': 'индивидуальная',
      Тема: `Коучинг: шаг ${month}`,
      ...ref('Коуч-консультант / ведущий', coachOf(i + 1)),
      ...ref('Участники', t),
      Программа: `P${pad(i + 1)}`,
      'Программа (ID)': `P${pad(i + 1)}`,
      Статус: 'запланирована',
    })),
  );
  const meetings = (c: typeof POS, kind: string, months: string[]) =>
    months.map((month) => ({
      ID: `S${pad(++session)}`,
      Дата: ru(month, c.day),
      Начало: '15:00',
      Окончание: '16:30',
      Место: c === POS ? 'каб. 12' : 'каб. 3',
      Вид: kind,
      'Индивидуальная / групповая': 'групповая',
      Тема: `Заседание ${c.name}: ${month}`,
      ...ref('Коуч-консультант / ведущий', c.leader),
      Сообщество: c.name,
      'Сообщество (ID)': c.id,
      Статус: 'запланирована',
    }));
  paste(addon, 'Сессии и встречи', [...coaching, ...meetings(POS, 'заседание ПОС', MONTHS), ...meetings(CLUB, 'мероприятие SkillsClub', MONTHS.filter((m) => m !== '2026-11'))]);
  return addon;
}

/** A person marks every planned session before `day` held, except those of `skipProgramme`. */
export function markHeldBefore(addon: Addon, day: string, skipProgramme: string): void {
  const headers = addon.headers('Сессии и встречи');
  const [date, status, programme] = ['Дата', 'Статус', 'Программа (ID)'].map((h) => headers.indexOf(h)) as [number, number, number];
  addon.sheet('Сессии и встречи', (s) => {
    const range = s.getRange(2, status + 1, s.getLastRow() - 1, 1);
    const values = s.getRange(2, 1, s.getLastRow() - 1, headers.length).getValues();
    const limit = new Date(`${day}T00:00:00+03:00`).getTime();
    range.setValues(values.map((r) => [(r[date] as Date).getTime() < limit && r[programme] !== skipProgramme && r[status] === 'запланирована' ? 'проведена' : r[status]!]));
  });
}
