/** What the builders print for the test school: dates, labels, order and filtering. */
import { cardValues } from '../../../src/documents/fields/card';
import { conclusionValues } from '../../../src/documents/fields/conclusion';
import { coachingScheduleValues } from '../../../src/documents/fields/coaching-schedule';
import { passportValues } from '../../../src/documents/fields/passport';
import { planFill } from '../../../src/documents/fill-plan';
import { annualReportValues } from '../../../src/documents/fields/annual-report';
import { CONCLUSION } from '../../../src/documents/fields/conclusion';
import { monthlyPlanValues } from '../../../src/documents/fields/monthly-plan';
import { postReleaseValues } from '../../../src/documents/fields/post-release';
import { protocolValues } from '../../../src/documents/fields/protocol';
import { CONCLUSION_LAYOUT, conclusionLayout } from '../../../src/documents/layouts/conclusion';
import { hours, people, placeOf, signatureName, years } from '../../../src/documents/fields/common';
import * as O from '../../../src/domain/options';
import * as S from './records';
import { checkTemplate } from '../../../src/documents/template-check';
import { DICTIONARIES } from '../../../src/documents/fields';
import { defaultLayout } from '../../../src/documents/layouts';

describe('passport values', () => {
  const values = passportValues({ programme: S.programme, teacher: S.sidorova, lead: S.petrov, participants: [S.ivanova], items: S.items, settings: S.settings, today: S.TODAY });

  test('people, dates dd.MM.yyyy and chosen labels', () => {
    expect(values).toMatchObject({
      ФИО_учителя: 'Сидорова Анна Ивановна',
      Решение_принято: '28.08.2026',
      Сопровождение_ведёт: 'Петров Пётр Петрович',
      Принимают_участие: 'Иванова Мария Петровна',
      Формы_помощи: ['коучинг-сессии', 'организованное посещение и анализ уроков'],
      Доминанта_маршрута: 'практическая',
      Наименование_ОО: S.settings.schoolName,
      Протокол_совета_дата: '26.09.2024',
      Приказ_номер: '03-02-093',
      // A passport is dated by the decision, not by the day it is printed.
      Дата_документа: '28.08.2026',
      Дата_утверждения: '28.08.2026',
      Место_составления: 'г. Лесосибирск',
    });
  });

  test('plan items in their order, with the checkpoint label', () => {
    const items = values.Пункты_плана as Array<Record<string, string>>;
    expect(items.map((i) => i.Номер)).toEqual(['1', '2']);
    expect(items[0]).toMatchObject({ Содержание: 'Посещение уроков наставником', Срок: '30.10.2026', Статус: 'выполнено', Выполнено: '20.10.2026' });
    expect(items[1]?.Контрольный_срез).toBe(O.CHECKPOINT_KINDS.label('openLesson'));
  });

  test('without teacher cards the programme row names the people', () => {
    const bare = passportValues({ programme: S.programme, teacher: null, lead: null, participants: [], items: [], settings: S.settings, today: S.TODAY });
    expect(bare).toMatchObject({ ФИО_учителя: S.sidorova.fullName, Сопровождение_ведёт: S.petrov.fullName, Принимают_участие: S.ivanova.fullName, Пункты_плана: [], Предмет: '' });
  });
});

describe('card values', () => {
  test("the programme year's classes, sorted, and the teacher's numbers", () => {
    const values = cardValues({ teacher: S.sidorova, classes: S.classes, programme: S.programme, settings: S.settings, today: S.TODAY });
    // Figures carry their units.
    expect(values).toMatchObject({ Преподаваемый_предмет: 'история', Общий_стаж: '2\u00a0года', Стаж_в_ОУ: '1\u00a0год', Нагрузка_в_учебном_году: '18\u00a0ч в неделю', Всего_нагрузки: '20\u00a0ч в неделю', Учебный_год: '2026/2027', Квалификационная_категория: 'без категории' });
    expect((values.Классы as Array<Record<string, string>>).map((c) => c.Класс)).toEqual(['5А', '6Б']);
  });

  test('unknown numbers stay blank; with no programme the reference date decides the year', () => {
    const values = cardValues({ teacher: S.ivanova, classes: S.classes, programme: null, settings: S.settings, today: S.TODAY });
    expect(values).toMatchObject({ Общий_стаж: '', Учебный_год: '2026/2027', Начало_сопровождения: '' });
  });
});

describe('attachment values', () => {
  test('in the seed’s order of kinds, each with its side of the comparison or who ran the survey, its link', () => {
    const values = cardValues({ teacher: S.sidorova, classes: S.classes, programme: S.programme, attachments: S.attachments, settings: S.settings, today: S.TODAY });
    expect(values.Приложения).toEqual([
      { Вид: 'сравнительный анализ срезовых работ, тестов до и после работы по сопровождению учителя', Уточнение: 'до начала сопровождения', Дата: '15.09.2026', Примечание: 'входной срез', Файл: 'Срез.pdf', Ссылка: 'https://drive.google.com/file/d/fil1/view' },
      { Вид: 'результаты анкетирования учащихся (администрацией, методистом, наставником, психологом, самим учителем и др.)', Уточнение: 'анкетирование проведено психологом', Дата: '01.10.2026', Примечание: '', Файл: 'Анкеты.xlsx', Ссылка: 'https://drive.google.com/file/d/fil3/view' },
      { Вид: 'отзывы (данные собеседований): родителей (с родителями)', Уточнение: '', Дата: '01.12.2026', Примечание: '', Файл: 'Отзыв.pdf', Ссылка: 'https://drive.google.com/file/d/fil2/view' },
    ]);
    expect(cardValues({ teacher: S.ivanova, classes: [], programme: null, settings: S.settings, today: S.TODAY }).Приложения).toEqual([]);
  });

  test('the reviews of psychologists in the school’s regulation’s words', () => {
    const review = { ...S.attachments[0]!, kind: 'reviewPsychologists' as const };
    const kindIn = (regulation: '001' | '002') =>
      (conclusionValues({ programme: S.programme, teacher: S.sidorova, lead: S.petrov, rows: [], attachments: [review], settings: { ...S.settings, regulation }, today: S.TODAY }).Приложения as Array<Record<string, string>>)[0]!.Вид;
    expect(kindIn('001')).toBe('отзывы (данные собеседований): психологами');
    expect(kindIn('002')).toBe('отзывы (данные собеседований): сотрудников мониторинговой группы школы или психологов');
  });
});

describe('conclusion values', () => {
  test('the analysis rows and every chosen option as its label', () => {
    const values = conclusionValues({ programme: S.programme, teacher: S.sidorova, lead: S.petrov, rows: S.outcomeRows, settings: S.settings, today: S.TODAY });
    expect(values).toMatchObject({
      Итог_сопровождения: 'не вполне успешным, недостаточно эффективным',
      Проблемы_сняты: 'не сняты (указать проблемы)',
      Неснятые_проблемы: 'Организация групповой работы',
      // 002 §5.4: the ways of further support, once named, are item 6's last option.
      Педагог_нуждается: [O.CONCLUSION_NEEDS.label('helpWithHardest'), O.CONCLUSION_NEEDS.label('anotherRoute'), 'наиболее эффективные пути (способы) дальнейшего сопровождения (указать)'],
      Дата_заключения: '31.05.2027',
    });
    expect((values.Анализ_итогов as Array<Record<string, string>>)[1]).toEqual({ Проблема: 'Групповая работа', До_сопровождения: 'не применяется', После_сопровождения: 'применяется эпизодически', Способ_диагностики: 'анализ уроков', Выводы: 'снята частично' });
  });

  test('a conclusion not yet given prints no marks and is dated the reference day', () => {
    const open = { ...S.programme, outcome: null, problemsResult: null, needs: [], furtherWays: null, conclusionDate: null };
    const values = conclusionValues({ programme: open, teacher: null, lead: null, rows: [], settings: S.settings, today: S.TODAY });
    expect(values).toMatchObject({ Итог_сопровождения: '', Проблемы_сняты: '', Педагог_нуждается: [], Дата_заключения: '25.10.2026' });
  });
});

describe('conclusion filled into its layout', () => {
  test('every option printed, the chosen ones ☑ and the rest ☐', () => {
    const values = conclusionValues({ programme: S.programme, teacher: S.sidorova, lead: S.petrov, rows: S.outcomeRows, settings: S.settings, today: S.TODAY });
    const plan = planFill(CONCLUSION_LAYOUT, CONCLUSION, values);
    const lines = plan.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : [])));
    for (const l of O.CONCLUSION_OUTCOMES.labels) expect(lines).toContain(`${l === 'не вполне успешным, недостаточно эффективным' ? '☑' : '☐'} ${l}`);
    expect(lines).toContain('☑ не сняты (указать проблемы): Организация групповой работы');
    expect(lines).toContain('☐ не нуждается в сопровождении');
    expect(lines).toContain(`☑ ${O.CONCLUSION_NEEDS.label('anotherRoute')}: Переход на новый УМК`);
    expect(lines).toContain('6. Сопровождаемый педагог:');
    expect(lines).toContain('☑ наиболее эффективные пути (способы) дальнейшего сопровождения (указать): Взаимопосещение уроков, коучинг-сессии');
  });

  test('a 001 school prints 001’s items and marks, with its template or 002’s', () => {
    const values = conclusionValues({ programme: S.programme, teacher: S.sidorova, lead: S.petrov, rows: S.outcomeRows, settings: { ...S.settings, regulation: '001' }, today: S.TODAY });
    const lines = planFill(conclusionLayout('001'), CONCLUSION, values).sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : [])));
    expect(lines).toContain('4. Сопровождаемый специалист:');
    expect(lines).toContain('☑ не сняты (указываются проблемы): Организация групповой работы');
    expect(lines).toContain('☑ нуждается в разработке индивидуального образовательного маршрута: Переход на новый УМК');
    expect(lines).toContain('5. Наиболее эффективные пути (способы) дальнейшего сопровождения (указать): Взаимопосещение уроков, коучинг-сессии');
    // A template made while the school was on 002 still marks what a 001 book chose.
    const old = planFill(CONCLUSION_LAYOUT, CONCLUSION, values).sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : [])));
    expect(old).toContain('☑ не сняты (указать проблемы): Организация групповой работы');
  });
});

describe('protocol values', () => {
  test('questions by number with heard, decided, responsible and deadline', () => {
    const values = protocolValues({ protocol: S.protocols[0]!, decisions: S.decisions, community: S.community, session: S.sessions[5]!, settings: S.settings, today: S.TODAY });
    expect(values).toMatchObject({
      Номер_протокола: '1',
      Дата_заседания: '20.09.2026',
      Дата_документа: '20.09.2026',
      Место_составления: 'г. Лесосибирск',
      Сообщество: 'Научи меня Чуду!',
      Вид_сообщества: 'ПОС',
      Председатель: S.petrov.fullName,
      Секретарь: S.ivanova.fullName,
      Число_присутствовавших: '3\u00a0чел.',
      Отсутствовали: 'нет',
      Тема_заседания: 'Установочное заседание',
    });
    // Each decision as adopted that day, whatever became of it since.
    expect(values.Вопросы).toEqual([
      { Номер: '1', Вопрос: 'План на год', Слушали: 'Петрова П.П. о плане работы', Решили: 'Утвердить план', Ответственный: S.ivanova.fullName, Срок: '15.11.2026', Исполнение: 'на исполнении' },
      { Номер: '2', Вопрос: 'Выборы секретаря', Слушали: 'Петрова П.П.', Решили: 'Избрать секретарём Иванову М.П.', Ответственный: '', Срок: '', Исполнение: 'на исполнении' },
    ]);
  });

  test('the chair and the secretary are among those present, never among the absent', () => {
    const row = { ...S.protocols[1]!, presentNames: S.sidorova.fullName, presentIds: ['T00003'], absentNames: `${S.petrov.fullName}; ${S.ivanova.fullName}`, absentIds: ['T00002', 'T00001'] };
    const values = protocolValues({ protocol: row, decisions: [], community: S.community, session: null, settings: S.settings });
    expect(values).toMatchObject({ Присутствовали: `${S.petrov.fullName}; ${S.ivanova.fullName}; ${S.sidorova.fullName}`, Число_присутствовавших: '3\u00a0чел.', Отсутствовали: 'нет' });
  });

  test('made later, the same protocol', () => {
    const later = protocolValues({ protocol: S.protocols[0]!, decisions: S.decisions.map((d) => ({ ...d, status: 'done' as const })), community: S.community, session: S.sessions[5]!, settings: S.settings, today: S.d('2027-05-01') });
    const now = protocolValues({ protocol: S.protocols[0]!, decisions: S.decisions, community: S.community, session: S.sessions[5]!, settings: S.settings, today: S.TODAY });
    expect(later).toEqual(now);
  });
});

describe('shared rules', () => {
  test('the place of compilation from the address', () => {
    expect(placeOf('662544 Красноярский край, город Лесосибирск, ул. Победы, 48')).toBe('г. Лесосибирск');
    expect(placeOf('Тюменская обл., с. Исетское, ул. Школьная, д. 2')).toBe('с. Исетское');
    expect(placeOf('г. Нижний Новгород, пр. Гагарина, 1')).toBe('г. Нижний Новгород');
    expect(placeOf('ул. Победы, 48')).toBe('');
    expect(placeOf(null)).toBe('');
  });

  test('a signature deciphered as ГОСТ Р 7.0.97 does: initials, then the surname, kept together', () => {
    expect(signatureName('Преображенский Святослав Всеволодович')).toBe('С.В.\u00a0Преображенский');
    expect(signatureName('Власова Л.Ю.')).toBe('Л.Ю.\u00a0Власова');
    expect(signatureName('Белоконь-Ковалевская Маргарита Станиславовна')).toBe('М.С.\u00a0Белоконь-Ковалевская');
    expect(signatureName('Петров')).toBe('Петров');
    expect(signatureName('')).toBe('');
  });

  test('figures with units, Russian plurals', () => {
    expect([1, 2, 5, 11, 12, 21, 22, 25, 0].map(years)).toEqual(['1\u00a0год', '2\u00a0года', '5\u00a0лет', '11\u00a0лет', '12\u00a0лет', '21\u00a0год', '22\u00a0года', '25\u00a0лет', '0\u00a0лет']);
    expect([years(1.5), hours(18), people(3), years(null)]).toEqual(['1,5\u00a0года', '18\u00a0ч в неделю', '3\u00a0чел.', '']);
  });
});

describe('monthly plan values', () => {
  const values = monthlyPlanValues({ month: S.d('2026-11-17'), sessions: S.sessions, items: S.items, programmes: [S.programme], settings: S.settings, today: S.TODAY });

  test("every session of the month in date order, none of another month's", () => {
    expect(values).toMatchObject({ Месяц: 'ноябрь 2026', Начало_месяца: '01.11.2026', Конец_месяца: '30.11.2026', Учебный_год: '2026/2027', Число_мероприятий: '4' });
    const events = values.Мероприятия as Array<Record<string, string>>;
    expect(events.map((e) => [e.Дата, e.Вид])).toEqual([
      ['05.11.2026', 'заседание ПОС'],
      ['12.11.2026', 'коучинг-сессия'],
      ['19.11.2026', 'мероприятие SkillsClub'],
      ['25.11.2026', 'посещение урока'],
    ]);
    expect(events[1]).toMatchObject({ Время: '14:00–15:00', Место: 'каб. 12', Сообщество_или_программа: S.sidorova.fullName });
  });

  test('plan items due in the month with the teacher and the lead', () => {
    expect(values.Сроки_плана).toEqual([{ Срок: '20.11.2026', Педагог: S.sidorova.fullName, Содержание: 'Открытый урок в 5А', Контрольный_срез: 'проведение открытого урока', Ответственный: S.petrov.fullName, Статус: 'запланировано' }]);
  });

  test('a cancelled session leaves the plan', () => {
    const cancelled = S.sessions.map((s) => (s.id === 'S00004' ? { ...s, status: 'cancelled' as const } : s));
    const again = monthlyPlanValues({ month: S.d('2026-11-01'), sessions: cancelled, items: [], programmes: [], settings: S.settings, today: S.TODAY });
    expect((again.Мероприятия as unknown[]).length).toBe(3);
  });
});

describe('annual report values', () => {
  const values = annualReportValues({ community: S.community, members: S.members, protocols: S.protocols, decisions: S.decisions, sessions: S.sessions, achievements: S.achievements, settings: S.settings, today: S.d('2027-06-15') });

  test('meetings with dates and topics, and the months with none', () => {
    expect(values).toMatchObject({ Заголовок_отчёта: 'ОТЧЁТ', Учебный_год: '2026/2027', Число_заседаний: '2', Число_участников: '3', Решений_всего: '3', Решений_исполнено: '1' });
    expect(values.Заседания).toEqual([
      { Номер: '1', Дата: '20.09.2026', Тема: 'Установочное заседание', Присутствовало: '3\u00a0чел.' },
      { Номер: '2', Дата: '05.11.2026', Тема: 'Позитивная психология на уроке', Присутствовало: '2\u00a0чел.' },
    ]);
    expect(values.Месяцы_без_заседаний).toBe('октябрь, декабрь, январь, февраль, март, апрель, май');
  });

  test('while the year runs: interim, and only the months that have ended count', () => {
    const on = (today: string) => annualReportValues({ community: S.community, members: S.members, protocols: S.protocols, decisions: S.decisions, sessions: S.sessions, achievements: S.achievements, settings: S.settings, today: S.d(today) });
    // 15 October: October has not ended (a meeting may still come), September had one.
    expect(on('2026-10-15')).toMatchObject({ Заголовок_отчёта: 'ПРОМЕЖУТОЧНЫЙ ОТЧЁТ', Месяцы_без_заседаний: 'нет' });
    expect(on('2026-10-31').Месяцы_без_заседаний).toBe('нет');
    expect(on('2026-11-01').Месяцы_без_заседаний).toBe('октябрь');
    expect(on('2027-05-31').Заголовок_отчёта).toBe('ПРОМЕЖУТОЧНЫЙ ОТЧЁТ');
    expect(on('2027-06-01').Заголовок_отчёта).toBe('ОТЧЁТ');
  });

  test('decisions with their status, an open one past its deadline shown overdue', () => {
    const decisions = values.Решения as Array<Record<string, string>>;
    expect(decisions.map((d) => [d.Протокол, d.Вопрос, d.Исполнение])).toEqual([
      ['№ 1 от 20.09.2026', 'План на год', 'просрочено'],
      ['№ 1 от 20.09.2026', 'Выборы секретаря', 'исполнено'],
      ['№ 2 от 05.11.2026', 'Позитивная психология', 'просрочено'],
    ]);
  });

  test("members' participation and results of the year", () => {
    expect(values.Участие).toEqual([
      { ФИО: S.petrov.fullName, Роль: 'руководитель', Посещено: '2 из 2', Решений_поручено: '0' },
      { ФИО: S.ivanova.fullName, Роль: 'секретарь', Посещено: '2 из 2', Решений_поручено: '1' },
      { ФИО: S.sidorova.fullName, Роль: 'участник', Посещено: '1 из 2', Решений_поручено: '1' },
    ]);
    expect((values.Результаты as Array<Record<string, string>>).map((r) => r.Название)).toEqual(['Учитель года', 'Две звезды']);
  });

  test('another school year has nothing of this one', () => {
    const next = annualReportValues({ community: S.community, members: S.members, protocols: S.protocols, decisions: S.decisions, sessions: S.sessions, achievements: S.achievements, schoolYear: '2027/2028', settings: S.settings, today: S.d('2027-09-15') });
    expect(next).toMatchObject({ Число_заседаний: '0', Заседания: [], Решения: [], Результаты: [], Месяцы_без_заседаний: 'нет' });
  });
});

describe('post-release values', () => {
  test('what, who and the results, with the achievements of the event', () => {
    const values = postReleaseValues({ session: S.sessions[2]!, community: S.skillsClub, achievements: S.achievements, settings: S.settings, today: S.TODAY });
    expect(values).toMatchObject({
      Название_мероприятия: 'Мастер-класс «Две звезды»',
      Дата_мероприятия: '19.11.2026',
      Время: '15:00–16:30',
      Форма_работы: 'мастер-класс',
      Сообщество: 'SkillsClub',
      Число_участников: '2\u00a0чел.',
      Дата_документа: '19.11.2026',
      Серия: 'нет',
      Результаты: 'участие в профессиональном конкурсе; обобщение передового педагогического опыта',
      Итоги: 'Участники подготовили заявки на конкурс',
    });
    expect(values.Достижения).toEqual([{ Педагог: S.sidorova.fullName, Название: 'Две звезды (командное участие)', Уровень: 'региональный', Результат: 'участник' }]);
  });
});

describe('each regulation’s default layouts', () => {
  test.each(['001', '002'] as const)('%s: the passport, card and conclusion pass the template check', (regulation) => {
    for (const kind of ['passport', 'card', 'conclusion'] as const) expect(checkTemplate(defaultLayout(kind, regulation), DICTIONARIES[kind])).toEqual([]);
  });
});

describe('coaching schedule values', () => {
  const input = { teacher: S.sidorova, schoolYear: '2026/2027', sessions: S.sessions, agreements: S.agreements, settings: S.settings, today: S.TODAY };

  test('her coaching sessions of the year by date, with the coach and the day they agreed it', () => {
    const moved = { ...S.sessions[0]!, id: 'S00050', date: S.d('2026-10-01'), status: 'postponed' as const, startTime: null, endTime: null, topic: 'Постановка целей' };
    const cancelled = { ...S.sessions[0]!, id: 'S00051', date: S.d('2026-10-08'), status: 'cancelled' as const, topic: 'Отменённая' };
    const lastYear = { ...S.sessions[0]!, id: 'S00052', date: S.d('2026-05-08'), topic: 'Прошлый год' };
    const values = coachingScheduleValues({ ...input, sessions: [...S.sessions, moved, cancelled, lastYear] });
    expect(values.Сессии).toEqual([
      { Номер: '1', Дата: '01.10.2026', Время: '', Тема: 'Постановка целей', Коуч: S.petrov.fullName, Отметка: 'перенесена' },
      { Номер: '2', Дата: '12.11.2026', Время: '14:00–15:00', Тема: 'Приёмы удержания внимания', Коуч: S.petrov.fullName, Отметка: 'запланирована' },
    ]);
    expect(values).toMatchObject({ Коуч_консультант: S.petrov.fullName, Дата_согласования: '05.09.2026', Согласование: 'Согласовано педагогом и коуч-консультантом.', Дата_документа: '05.09.2026' });
  });

  test('not yet agreed: the coaches of her sessions, nothing agreed; no sessions at all is refused by name', () => {
    expect(coachingScheduleValues({ ...input, agreements: [] })).toMatchObject({ Коуч_консультант: S.petrov.fullName, Дата_согласования: '', Согласование: '' });
    expect(() => coachingScheduleValues({ ...input, teacher: S.ivanova })).toThrow(`У педагога ${S.ivanova.fullName} нет коучинг-сессий на 2026/2027`);
  });
});
