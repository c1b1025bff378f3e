/**
 * «Проверить данные» through the built bundle, driven by a corpus of bad input: each case damages
 * a copy of a valid school the way a person would, and the check must name the tab, the cell and
 * the problem in Russian, and change no cell.
 */
import type { Addon } from '../helpers/addon';
import { T, validSchool } from '../helpers/school';
import { asOk } from '../helpers/wire';

interface Problem {
  tab: string;
  cell: string;
  message: string;
  severity: 'error' | 'warning';
}
interface Report {
  problems: Problem[];
  errors: number;
  warnings: number;
}

interface Case {
  name: string;
  /** Damages the book; returns the cell the problem must name ('' for the whole tab). */
  damage: (addon: Addon) => string;
  tab: string;
  message: string;
  severity?: 'error' | 'warning';
  /** The column the problem points at, when it is not the damaged one (the cell to fix). */
  at?: string;
}

const type = (tab: string, row: number, header: string, value: string | number | boolean) => (addon: Addon) => addon.typeCell(tab, row, header, value);

const P = 'Педагоги';
const PR = 'Программы';
const S = 'Сессии и встречи';

/** The session in row 2 typed again as row 3 under a new ID (a series scheduled twice); returns row 3's date cell. */
function sessionTwice(addon: Addon): string {
  const headers = addon.headers(S);
  return addon.sheet(S, (s) => {
    const row = s.getRange(2, 1, 1, headers.length).getValues()[0]!;
    row[headers.indexOf('ID')] = 'S00002';
    s.getRange(3, 1, 1, headers.length).setValues([row]);
    return s.getRange(3, headers.indexOf('Дата') + 1).getA1Notation();
  });
}

const CASES: Case[] = [
  // Single cells in the teachers' tab.
  { name: 'required name left empty', damage: type(P, 2, 'ФИО', ''), tab: P, message: '«ФИО»: не заполнено обязательное поле' },
  { name: 'broken email', damage: type(P, 2, 'Эл. почта', 'ivanova@'), tab: P, message: '«Эл. почта»: «ivanova@» — не адрес электронной почты' },
  { name: 'role not in the list', damage: type(P, 2, 'Роль', 'директор'), tab: P, message: '«Роль»: «директор» нет в списке; допустимо: «педагог»' },
  { name: 'experience in words', damage: type(P, 2, 'Общий педагогический стаж, лет', 'двенадцать'), tab: P, message: '«двенадцать» — не число' },
  { name: 'experience out of range', damage: type(P, 2, 'Общий педагогический стаж, лет', 75), tab: P, message: '75 вне допустимых пределов от 0 до 60' },
  { name: 'impossible date', damage: type(P, 2, 'Дата аттестации', '31.02.2026'), tab: P, message: '«31.02.2026» — не дата; введите дату как дд.мм.гггг' },
  { name: 'checkbox value in a date column', damage: type(P, 2, 'Дата аттестации', true), tab: P, message: '«true» — не дата' },
  { name: 'a date where text is expected', damage: type(P, 2, 'Преподаваемый предмет', '01.02.2026'), tab: P, message: 'здесь ожидается текст, а в ячейке дата' },
  { name: 'a checkbox where text is expected', damage: type(P, 2, 'Должность', true), tab: P, message: 'здесь ожидается текст, а в ячейке флажок' },
  { name: 'a formula where text is expected', damage: type(P, 2, 'ФИО', '=CONCATENATE("Ива","нова")'), tab: P, message: 'в ячейке формула, а ожидается значение' },
  { name: 'a formula-like phone turns into an error value', damage: type(P, 2, 'Должность', '+7 913 000-00-00'), tab: P, message: 'в ячейке формула' },
  { name: 'hand-edited id', damage: type(P, 2, 'ID', 'abc'), tab: P, message: '«abc» — не идентификатор записи' },
  { name: 'copied row keeps the same id', damage: type(P, 4, 'ID', 'T00001'), tab: P, message: 'ID T00001 повторяется (также в A2); скопированная строка?' },
  { name: 'two teachers with one email', damage: type(P, 3, 'Эл. почта', 'ivanova@school.example'), tab: P, message: 'адрес ivanova@school.example уже указан у другого педагога' },
  { name: 'experience in school above total', damage: type(P, 2, 'Стаж работы в ОУ, лет', 20), tab: P, message: 'стаж в ОУ больше общего педагогического стажа', severity: 'warning' },
  {
    name: 'a mentor typed by hand who is not in the list',
    damage: (a) => {
      a.typeCell(P, 4, 'Наставник (ID)', '');
      return a.typeCell(P, 4, 'Наставник', 'Кузнецов Иван');
    },
    tab: P,
    message: '«Наставник»: «Кузнецов Иван» не найден(а) в списке',
  },
  {
    name: 'a reference to a deleted teacher',
    damage: (a) => {
      a.typeCell(P, 4, 'Наставник (ID)', 'T00099');
      return a.typeCell(P, 4, 'Наставник', 'Уволенный Педагог');
    },
    tab: P,
    message: '«Наставник»: запись T00099 удалена или не найдена',
  },
  {
    name: 'a row typed by hand without an id',
    damage: (a) => `A${a.typeRow(P, { ФИО: 'Новикова Ольга', Роль: 'педагог' })}`,
    tab: P,
    message: 'у строки нет ID: он будет присвоен при настройке книги',
    severity: 'warning',
  },
  // Programmes.
  { name: 'end before start', damage: type(PR, 2, 'Окончание', '01.08.2026'), tab: PR, message: '«Окончание» раньше, чем «Начало»' },
  { name: 'decision after the start', damage: type(PR, 2, 'Решение о сопровождении принято', '10.09.2026'), tab: PR, message: 'решение о сопровождении принято позже начала программы', severity: 'warning' },
  { name: 'unknown status', damage: type(PR, 2, 'Статус', 'в работе'), tab: PR, message: '«Статус»: «в работе» нет в списке' },
  { name: 'one of several categories unknown', damage: type(PR, 2, 'Характер затруднений', 'методические; финансовые'), tab: PR, message: '«финансовые» нет в списке' },
  { name: 'categories separated by commas', damage: type(PR, 2, 'Характер затруднений', 'методические, организационные'), tab: PR, message: '«методические, организационные» нет в списке' },
  { name: 'completed without a conclusion', damage: type(PR, 2, 'Статус', 'завершена'), tab: PR, message: 'программа завершена, а общее заключение не написано', severity: 'warning', at: 'Индивидуальное сопровождение можно считать' },
  { name: '«not resolved» without naming the problems', damage: type(PR, 2, 'Выявленные в результате предварительной диагностики проблемы', 'не сняты (указать проблемы)'), tab: PR, message: 'укажите, какие проблемы не сняты', at: 'Не снятые проблемы' },
  { name: 'another route without a reason', damage: type(PR, 2, 'Сопровождаемый педагог', 'нуждается в разработке другого индивидуального маршрута сопровождения (причина)'), tab: PR, message: 'укажите причину', at: 'Причина разработки другого маршрута' },
  {
    name: 'the teacher leads their own support',
    damage: (a) => {
      a.typeCell(PR, 2, 'Индивидуальное сопровождение ведёт (ID)', 'T00003');
      return a.typeCell(PR, 2, 'Индивидуальное сопровождение ведёт', T.sidorova);
    },
    tab: PR,
    message: 'сопровождаемый педагог и ведущий сопровождение — одно лицо',
  },
  {
    name: 'a teacher name two teachers share',
    damage: (a) => {
      a.typeRow(P, { ID: 'T00004', ФИО: T.sidorova, Роль: 'педагог' });
      a.typeCell(PR, 2, 'ФИО учителя (ID)', '');
      return a.typeCell(PR, 2, 'ФИО учителя', T.sidorova);
    },
    tab: PR,
    message: `«ФИО учителя»: «${T.sidorova}» встречается несколько раз; выберите из списка`,
  },
  {
    name: 'the supported teacher removed from both cells',
    damage: (a) => {
      a.typeCell(PR, 2, 'ФИО учителя (ID)', '');
      return a.typeCell(PR, 2, 'ФИО учителя', '');
    },
    tab: PR,
    message: '«ФИО учителя»: не заполнено обязательное поле',
  },
  { name: 'start left empty', damage: type(PR, 2, 'Начало', ''), tab: PR, message: '«Начало»: не заполнено обязательное поле' },
  // Plan items.
  { name: 'deadline outside the programme', damage: type('План программ', 2, 'Срок выполнения', '15.06.2027'), tab: 'План программ', message: 'срок вне сроков программы', severity: 'warning' },
  { name: 'done without a date', damage: type('План программ', 2, 'Статус', 'выполнено'), tab: 'План программ', message: 'пункт выполнен: укажите дату выполнения', severity: 'warning', at: 'Дата выполнения' },
  { name: 'item number with a fraction', damage: type('План программ', 2, '№', 1.5), tab: 'План программ', message: '1.5 — ожидается целое число' },
  { name: 'item number zero', damage: type('План программ', 2, '№', 0), tab: 'План программ', message: '0 вне допустимых пределов от 1' },
  { name: 'item of a deleted programme', damage: type('План программ', 2, 'Программа (ID)', 'P00042'), tab: 'План программ', message: '«Программа»: запись P00042 удалена или не найдена', at: 'Программа' },
  // Sessions.
  { name: 'session ends before it starts', damage: type(S, 2, 'Окончание', '13:00'), tab: S, message: '«Окончание» раньше, чем «Начало»' },
  { name: 'impossible time', damage: type(S, 2, 'Начало', '25:00'), tab: S, message: '«25:00» — не время; введите время как чч:мм' },
  { name: 'a community meeting without its community', damage: type(S, 2, 'Вид', 'заседание ПОС'), tab: S, message: 'для заседания или мероприятия сообщества укажите сообщество', at: 'Сообщество' },
  {
    name: 'an individual session with two participants',
    damage: (a) => {
      a.typeCell(S, 2, 'Участники', `${T.sidorova}; ${T.ivanova}`);
      return a.typeCell(S, 2, 'Участники (ID)', 'T00003; T00001');
    },
    tab: S,
    message: 'индивидуальная сессия, а участников несколько',
    severity: 'warning',
    at: 'Участники',
  },
  { name: 'garbage among participant ids', damage: type(S, 2, 'Участники (ID)', 'T00003; x'), tab: S, message: '«x» — не идентификатор записи' },
  {
    name: 'a session in the future typed as held',
    damage: (a) => {
      a.typeCell(S, 2, 'Дата', '15.09.2030');
      return a.typeCell(S, 2, 'Статус', 'проведена');
    },
    tab: S,
    message: 'отмечено «проведена», но дата 15.09.2030 ещё не наступила',
  },
  // Protocols and decisions.
  {
    name: 'two protocols with one number in a year',
    damage: (a) => {
      const row = a.typeRow('Протоколы', { ID: 'R00002', '№': 1, 'Учебный год': '2026/2027', 'Дата заседания': '18.10.2026', Сообщество: 'Научи меня Чуду!', 'Сообщество (ID)': 'C00001', Председатель: T.petrov, 'Председатель (ID)': 'T00002', Секретарь: T.ivanova, 'Секретарь (ID)': 'T00001' });
      return `B${row}`;
    },
    tab: 'Протоколы',
    message: 'протокол № 1 этого сообщества в этом учебном году уже есть (B2)',
  },
  {
    name: 'protocol without its community',
    damage: (a) => {
      a.typeCell('Протоколы', 2, 'Сообщество (ID)', '');
      return a.typeCell('Протоколы', 2, 'Сообщество', '');
    },
    tab: 'Протоколы',
    message: '«Сообщество»: не заполнено обязательное поле',
  },
  { name: 'decision due before the meeting', damage: type('Решения протоколов', 2, 'Срок', '31.08.2026'), tab: 'Решения протоколов', message: 'срок исполнения раньше даты заседания', severity: 'warning' },
  { name: 'a protocol dated in the future', damage: type('Протоколы', 2, 'Дата заседания', '20.09.2030'), tab: 'Протоколы', message: 'протокол датирован 20.09.2030 — этот день ещё не наступил' },
  // Other tabs.
  { name: 'membership ends before it starts', damage: type('Участники сообществ', 2, 'По', '01.08.2026'), tab: 'Участники сообществ', message: '«По» раньше, чем «С»' },
  { name: 'evidence that is not a link', damage: type('Достижения', 2, 'Подтверждение (ссылка)', 'грамота в папке'), tab: 'Достижения', message: '«грамота в папке» — не ссылка' },
  { name: 'kept less than five years', damage: type('Реестр документов', 2, 'Хранить до', '01.09.2029'), tab: 'Реестр документов', message: 'документы хранятся не менее 5 лет со дня создания' },
  { name: 'class left empty', damage: type('Классы педагогов', 2, 'Класс', ''), tab: 'Классы педагогов', message: '«Класс»: не заполнено обязательное поле' },
  // Settings.
  { name: 'reminder day past the 28th', damage: (a) => settingCell(a, 'reminderDay', 31), tab: 'Настройки', message: '31 вне допустимых пределов от 1 до 28' },
  { name: 'deputy email broken', damage: (a) => settingCell(a, 'deputyEmail', 'zam@'), tab: 'Настройки', message: '«zam@» — не адрес электронной почты' },
  {
    name: 'holidays that are no dates',
    damage: (a) => settingCell(a, 'holidays', '04.11.2026, осенние каникулы, 31.12.2026–08.01.2027'),
    tab: 'Настройки',
    message: '«Каникулы и праздничные дни»: Не даты и не периоды: «осенние каникулы»',
    severity: 'warning',
  },
  {
    name: 'minimum months that are no months',
    damage: (a) => settingCell(a, 'minimumMonths', 'сентябрь–май, летние'),
    tab: 'Настройки',
    message: '«Месяцы, в которые сообщества обязаны проводить заседания»: Не месяцы: «летние»',
    severity: 'warning',
  },
  // Whole-tab damage.
  {
    name: 'a required column renamed',
    damage: (a) => {
      const headers = a.headers(P);
      a.sheet(P, (s) => s.getRange(1, headers.indexOf('ФИО') + 1).setValue('Имя'));
      return '';
    },
    tab: P,
    message: 'нет столбца «ФИО»: верните его или переименуйте обратно',
  },
  {
    name: 'a column header written twice',
    damage: (a) => a.sheet(P, (s) => {
      const cell = s.getRange(1, s.getLastColumn() + 1);
      cell.setValue('Роль');
      return cell.getA1Notation();
    }),
    tab: P,
    message: 'столбец «Роль» встречается дважды',
  },
  {
    name: 'a tab deleted',
    damage: (a) => {
      a.asPerson((app) => app.getActiveSpreadsheet().deleteSheet(app.getActiveSpreadsheet().getSheetByName('Достижения')!));
      return '';
    },
    tab: 'Достижения',
    message: 'нет листа «Достижения»: запустите «Настроить книгу»',
  },
  {
    name: 'the same session twice (kind, people, date and time), both cells named',
    damage: sessionTwice,
    tab: S,
    message: 'та же сессия (вид, ведущий, участники, дата и время) уже есть в ',
  },
];

/** The cell in the damaged cell's row under another header. */
function cellOf(addon: Addon, tab: string, damaged: string, header: string): string {
  const row = Number(/\d+$/.exec(damaged)![0]);
  const column = addon.headers(tab).indexOf(header) + 1;
  return addon.sheet(tab, (s) => s.getRange(row, column).getA1Notation());
}

function settingCell(addon: Addon, key: string, value: string | number): string {
  const rows = addon.sheet('Настройки', (s) => s.getDataRange().getValues());
  const row = rows.findIndex((r) => r[0] === key) + 1;
  return addon.typeCell('Настройки', row, 'Значение', value);
}

function runCheck(addon: Addon): Report {
  return asOk(addon.call('runDataCheck')).response;
}

test('the valid school has no problems', () => {
  expect(runCheck(validSchool()).problems).toEqual([]);
});

test('a session twice names both cells; a cancelled copy is no duplicate', () => {
  const addon = validSchool();
  const cell = sessionTwice(addon);
  const date = addon.headers(S).indexOf('Дата') + 1;
  const first = addon.sheet(S, (s) => s.getRange(2, date).getA1Notation());
  const found = runCheck(addon).problems.filter((p) => p.tab === S && p.message.startsWith('та же сессия'));
  expect(found).toEqual([{ tab: S, cell, severity: 'error', message: `та же сессия (вид, ведущий, участники, дата и время) уже есть в ${first}: повторная строка попадёт в план и напоминания дважды` }]);
  addon.typeCell(S, 3, 'Статус', 'отменена');
  expect(runCheck(addon).problems.filter((p) => p.message.startsWith('та же сессия'))).toEqual([]);
});

test('the corpus holds at least 40 distinct kinds of bad input', () => {
  expect(new Set(CASES.map((c) => c.message)).size).toBeGreaterThanOrEqual(40);
});

describe.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, testCase) => {
  test('is reported with its tab, cell and message; no cell changes', () => {
    const addon = validSchool();
    const damaged = testCase.damage(addon);
    const cell = testCase.at ? cellOf(addon, testCase.tab, damaged, testCase.at) : damaged;
    const before = addon.snapshot();
    const report = runCheck(addon);
    expect(addon.snapshot()).toBe(before);
    const found = report.problems.filter((p) => p.tab === testCase.tab && p.cell === cell && p.message.includes(testCase.message));
    if (found.length === 0) throw new Error(`Not reported at ${testCase.tab}!${cell}: ${testCase.message}\nGot:\n${report.problems.map((p) => `${p.tab}!${p.cell}: ${p.message}`).join('\n')}`);
    expect(found[0]!.severity).toBe(testCase.severity ?? 'error');
  });
});
