/**
 * A book of a given size, fast: the add-on's own set-up creates the tabs (so the layout is the
 * add-on's), then each tab gets its rows in ONE setValues by a person's execution — typing 60,000
 * sessions through the sidebars would take hours and measure nothing the bench is about.
 * Rows are as a deputy would type them (dates dd.MM.yyyy, option labels), read as typed.
 */
import { hostCreateFolder } from '@pds/emulator';
import { Book } from './driver';

export interface Size {
  name: string;
  teachers: number;
  programmes: number;
  sessions: number;
  communities: number;
}

export const SIZES: Size[] = [
  { name: 'school', teachers: 60, programmes: 20, sessions: 600, communities: 3 },
  { name: 'large school', teachers: 300, programmes: 100, sessions: 3000, communities: 6 },
  { name: 'region', teachers: 5000, programmes: 1500, sessions: 60000, communities: 20 },
];

/** The bench's "today": two months into the school year, so there is history and a future. */
export const BENCH_START = '2026-11-02T06:00:00Z';
const YEAR_START = Date.UTC(2026, 8, 1);
const DAY = 86_400_000;

const pad = (n: number) => String(n).padStart(5, '0');
export const teacherId = (i: number) => `T${pad(i + 1)}`;
export const teacherName = (i: number) => `${SURNAMES[i % SURNAMES.length]}-${i + 1} ${FIRST[i % FIRST.length]} ${PATRONYMIC[i % PATRONYMIC.length]}`;
export const programmeId = (p: number) => `P${pad(p + 1)}`;
export const communityId = (c: number) => `C${pad(c + 1)}`;
const SURNAMES = ['Иванова', 'Петрова', 'Сидорова', 'Кузнецова', 'Смирнова', 'Попова', 'Соколова', 'Лебедева'];
const FIRST = ['Мария', 'Анна', 'Елена', 'Ольга', 'Наталья', 'Ирина'];
const PATRONYMIC = ['Петровна', 'Ивановна', 'Сергеевна', 'Андреевна', 'Викторовна'];

/** dd.MM.yyyy of a day counted from 1 September 2026. */
export const dayText = (offset: number) => {
  const d = new Date(YEAR_START + offset * DAY);
  return `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`;
};
/** The days from 1 September 2026 to the bench's "today". */
const TODAY_OFFSET = Math.floor((Date.parse(BENCH_START) - YEAR_START) / DAY);

/** Coaches are every tenth teacher; each community's leader and secretary are coaches too. */
const coach = (k: number, teachers: number) => (k * 10) % teachers;
const programmeTeacher = (p: number, teachers: number) => (p * 3 + 1) % teachers;
export const programmeLabel = (p: number, teachers: number) => `${teacherName(programmeTeacher(p, teachers))}, с 01.09.2026`;

type Row = Record<string, string | number>;

export function rowsFor(size: Size): Record<string, Row[]> {
  const { teachers: nT, programmes: nP, sessions: nS, communities: nC } = size;
  const t = (i: number) => ({ id: teacherId(i), name: teacherName(i) });
  const tabs: Record<string, Row[]> = {};
  tabs['Педагоги'] = Array.from({ length: nT }, (_, i) => ({
    ID: teacherId(i),
    ФИО: teacherName(i),
    'Эл. почта': `t${i + 1}@school.example`,
    'Преподаваемый предмет': ['математика', 'русский язык', 'история', 'физика'][i % 4]!,
    Роль: i % 10 === 0 ? 'коуч-консультант' : 'педагог',
    'Может быть коуч-консультантом': i % 10 === 0 ? 'опытный педагог' : '',
    'Общий педагогический стаж, лет': i % 40,
    'Стаж работы в ОУ, лет': i % 20,
    'Квалификационная категория': i % 3 === 0 ? 'высшая' : 'первая',
  }));
  tabs['Классы педагогов'] = Array.from({ length: nT }, (_, i) => ({
    ID: `K${pad(i + 1)}`,
    Педагог: t(i).name,
    'Педагог (ID)': t(i).id,
    'Учебный год': '2026/2027',
    Класс: `${5 + (i % 7)}А`,
    Программа: 'Рабочая программа',
  }));
  tabs['Сообщества'] = Array.from({ length: nC }, (_, c) => ({
    ID: communityId(c),
    Название: `Сообщество ${c + 1}`,
    Вид: c % 2 ? 'SkillsClub' : 'ПОС',
    Руководитель: t(coach(c, nT)).name,
    'Руководитель (ID)': t(coach(c, nT)).id,
    Секретарь: t(coach(c + 1, nT)).name,
    'Секретарь (ID)': t(coach(c + 1, nT)).id,
    'Периодичность заседаний': 'ежемесячно',
  }));
  tabs['Участники сообществ'] = Array.from({ length: nT }, (_, i) => ({
    ID: `M${pad(i + 1)}`,
    Сообщество: `Сообщество ${(i % nC) + 1}`,
    'Сообщество (ID)': communityId(i % nC),
    Педагог: t(i).name,
    'Педагог (ID)': t(i).id,
    'Роль в сообществе': 'участник',
    С: '01.09.2026',
  }));
  tabs['Программы'] = Array.from({ length: nP }, (_, p) => {
    const lead = coach(p, nT);
    return {
      ID: programmeId(p),
      'ФИО учителя': t(programmeTeacher(p, nT)).name,
      'ФИО учителя (ID)': t(programmeTeacher(p, nT)).id,
      'Решение о сопровождении принято': '28.08.2026',
      'Индивидуальное сопровождение ведёт': t(lead).name,
      'Индивидуальное сопровождение ведёт (ID)': t(lead).id,
      'Характер затруднений': 'методические; психолого-педагогические',
      'Диагностика проведена по результатам': 'собеседование с учителем; анализ уроков',
      'Выявленные проблемы/трудности': 'Не удерживает дисциплину на уроке\nСлабая обратная связь',
      'Планируемые формы оказания помощи': 'коучинг-сессии; организованное посещение и анализ уроков',
      'Доминанта маршрута': 'практическая',
      'Маршрут реализуется': 'в рамках школы',
      Начало: '01.09.2026',
      Окончание: '31.05.2027',
      Статус: 'действует',
    };
  });
  tabs['План программ'] = Array.from({ length: nP * 3 }, (_, k) => {
    const p = Math.floor(k / 3);
    return {
      ID: `I${pad(k + 1)}`,
      Программа: programmeLabel(p, nT),
      'Программа (ID)': programmeId(p),
      '№': (k % 3) + 1,
      'Содержание пункта': ['Посещение уроков наставником', 'Технологическая карта урока', 'Открытый урок'][k % 3]!,
      'Срок выполнения': dayText(40 + (k % 3) * 80),
      Статус: k % 3 === 0 ? 'выполнено' : 'запланировано',
    };
  });
  tabs['Анализ итогов'] = Array.from({ length: nP }, (_, p) => ({
    ID: `A${pad(p + 1)}`,
    Программа: programmeLabel(p, nT),
    'Программа (ID)': programmeId(p),
    Проблема: 'Дисциплина на уроке',
    'Состояние до начала сопровождения': 'шум на уроках',
  }));
  tabs['Сессии и встречи'] = Array.from({ length: nS }, (_, k) => {
    const offset = k % 270;
    const status = offset < TODAY_OFFSET ? (k % 17 === 0 ? 'отменена' : 'проведена') : 'запланирована';
    const base = { ID: `S${pad(k + 1)}`, Дата: dayText(offset), Начало: '14:00', Окончание: '15:00', Место: `каб. ${(k % 30) + 1}`, Статус: status };
    if (k % 10 === 0) {
      const c = (k / 10) % nC;
      return {
        ...base,
        Вид: 'заседание ПОС',
        'Индивидуальная / групповая': 'групповая',
        'Форма работы': 'семинар',
        Тема: `Заседание сообщества ${c + 1}`,
        'Коуч-консультант / ведущий': t(coach(c, nT)).name,
        'Коуч-консультант / ведущий (ID)': t(coach(c, nT)).id,
        Сообщество: `Сообщество ${c + 1}`,
        'Сообщество (ID)': communityId(c),
      };
    }
    const p = k % nP;
    return {
      ...base,
      Вид: 'коучинг-сессия',
      'Индивидуальная / групповая': 'индивидуальная',
      'Форма работы': 'коучинг-консалтинг',
      Тема: 'Приёмы удержания внимания',
      'Коуч-консультант / ведущий': t(coach(p, nT)).name,
      'Коуч-консультант / ведущий (ID)': t(coach(p, nT)).id,
      Участники: t(programmeTeacher(p, nT)).name,
      'Участники (ID)': t(programmeTeacher(p, nT)).id,
      Программа: programmeLabel(p, nT),
      'Программа (ID)': programmeId(p),
    };
  });
  const protocols = nC * 2;
  tabs['Протоколы'] = Array.from({ length: protocols }, (_, k) => {
    const c = k % nC;
    const number = Math.floor(k / nC) + 1;
    return {
      ID: `R${pad(k + 1)}`,
      '№': number,
      'Учебный год': '2026/2027',
      'Дата заседания': dayText(number === 1 ? 19 : 49),
      Сообщество: `Сообщество ${c + 1}`,
      'Сообщество (ID)': communityId(c),
      Председатель: t(coach(c, nT)).name,
      'Председатель (ID)': t(coach(c, nT)).id,
      Секретарь: t(coach(c + 1, nT)).name,
      'Секретарь (ID)': t(coach(c + 1, nT)).id,
    };
  });
  tabs['Решения протоколов'] = Array.from({ length: protocols * 2 }, (_, k) => {
    const r = Math.floor(k / 2);
    const c = r % nC;
    const number = Math.floor(r / nC) + 1;
    return {
      ID: `D${pad(k + 1)}`,
      Протокол: `№ ${number} Сообщество ${c + 1} от ${dayText(number === 1 ? 19 : 49)}`,
      'Протокол (ID)': `R${pad(r + 1)}`,
      '№ вопроса': (k % 2) + 1,
      'Вопрос повестки': 'План работы',
      Решили: 'Утвердить план',
      Ответственный: t(coach(c, nT)).name,
      'Ответственный (ID)': t(coach(c, nT)).id,
      Срок: dayText(90),
      Исполнение: 'на исполнении',
    };
  });
  tabs['Достижения'] = Array.from({ length: Math.ceil(nT / 5) }, (_, k) => ({
    ID: `V${pad(k + 1)}`,
    Педагог: t(k * 5).name,
    'Педагог (ID)': t(k * 5).id,
    Дата: dayText(30),
    Вид: 'конкурс',
    Уровень: 'муниципальный',
    Название: 'Учитель года',
    Результат: 'участник',
  }));
  return tabs;
}

const HEADROOM = 200;

/** A book of `size`: set up by the add-on, rows written one setValues per tab, settings filled. */
export function buildBook(distDir: string, size: Size): Book {
  const book = Book.fresh(distDir);
  book.emulator.setClock(BENCH_START);
  book.click('Настроить книгу');
  for (const [tab, rows] of Object.entries(rowsFor(size))) {
    if (rows.length === 0) continue;
    const headers = book.headers(tab);
    const values = rows.map((row) =>
      headers.map((h) => {
        const v = row[h];
        return v === undefined ? '' : v;
      }),
    );
    for (const row of rows) for (const h of Object.keys(row)) if (!headers.includes(h)) throw new Error(`${tab}: no column ${h}`);
    book.sheet(tab, (s) => {
      // Head-room as a book in use has, so every size appends the same way (a full tab costs
      // the append one insertRowsAfter more).
      const need = values.length + 1 + HEADROOM - s.getMaxRows();
      if (need > 0) s.insertRowsAfter(s.getMaxRows(), need);
      s.getRange(2, 1, values.length, headers.length).setValues(values);
    });
  }
  const folder = hostCreateFolder(book.emulator, 'Сопровождение — документы');
  book.setting('Папка на Google Диске', folder);
  book.setting('Полное наименование образовательной организации', 'МБОУ «Средняя школа №2»');
  book.setting('Эл. почта заместителя директора', 'deputy@school.example');
  // A book in use has been set up again once its folder was chosen, which made the document
  // templates: without this the first measured action that needs them (the bench's set-up, or a
  // document when run alone) would time that one-off making instead of its own work.
  book.click('Настроить книгу');
  return book;
}

