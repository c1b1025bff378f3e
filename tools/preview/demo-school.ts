/**
 * The preview's demo school, a fictional «Школа №7 г. Светлогорска», made THROUGH the built
 * add-on as a deputy would make it over a term: set-up, settings, the teacher import, cards,
 * communities typed into their tabs, programmes at every stage, sessions and meetings, results,
 * protocols, questionnaires and documents, with the monthly reminders on and the dashboard built.
 * So the demo is always valid for the add-on as built.
 * The clock starts on 1 September 2026 and ends at DEMO_NOW.
 */
import { type Host, hostCreateFolder, localToUtc } from '@pds/emulator';
import { callPage, clickMenu, typeRows } from './deputy';

export const DEMO_ZONE = 'Europe/Moscow';
/** Where the demo leaves the clock: mid-October, 09:00 in Moscow. */
export const DEMO_NOW = localToUtc(2026, 10, 15, 9 * 60, DEMO_ZONE);
const TERM_START = localToUtc(2026, 9, 1, 9 * 60, DEMO_ZONE);

/** [full name, e-mail, subject] of the 30 teachers; ids T00001.. follow this order. */
export const DEMO_TEACHERS: ReadonlyArray<readonly [string, string, string]> = [
  ['Орлова Светлана Викторовна', 'orlova@school7.example', 'русский язык'],
  ['Громов Андрей Павлович', 'gromov@school7.example', 'математика'],
  ['Белова Ирина Николаевна', 'belova@school7.example', 'история'],
  ['Зайцева Ольга Андреевна', 'zaytseva@school7.example', 'английский язык'],
  ['Кравцов Денис Игоревич', 'kravtsov@school7.example', 'физика'],
  ['Лебедева Наталья Сергеевна', 'lebedeva@school7.example', 'начальные классы'],
  ['Морозова Анастасия Юрьевна', 'morozova@school7.example', 'биология'],
  ['Никитин Павел Олегович', 'nikitin@school7.example', 'информатика'],
  ['Осипова Татьяна Михайловна', 'osipova@school7.example', 'литература'],
  ['Павлова Елена Александровна', 'pavlova@school7.example', 'химия'],
  ['Руденко Кирилл Владимирович', 'rudenko@school7.example', 'физическая культура'],
  ['Соколова Марина Евгеньевна', 'sokolova@school7.example', 'начальные классы'],
  ['Тихонова Вера Дмитриевна', 'tikhonova@school7.example', 'музыка'],
  ['Ушаков Глеб Романович', 'ushakov@school7.example', 'география'],
  ['Фёдорова Алина Игоревна', 'fedorova@school7.example', 'английский язык'],
  ['Харитонова Юлия Петровна', 'kharitonova@school7.example', 'математика'],
  ['Цветкова Дарья Алексеевна', 'tsvetkova@school7.example', 'изобразительное искусство'],
  ['Чернов Максим Сергеевич', 'chernov@school7.example', 'технология'],
  ['Шестакова Людмила Ивановна', 'shestakova@school7.example', 'русский язык'],
  ['Щербакова Ксения Олеговна', 'shcherbakova@school7.example', 'обществознание'],
  ['Яковлева Полина Андреевна', 'yakovleva@school7.example', 'начальные классы'],
  ['Абрамов Илья Николаевич', 'abramov@school7.example', 'математика'],
  ['Борисова Галина Викторовна', 'borisova@school7.example', 'немецкий язык'],
  ['Васильева Софья Денисовна', 'vasilyeva@school7.example', 'история'],
  ['Григорьева Лариса Павловна', 'grigoryeva@school7.example', 'русский язык'],
  ['Дмитриев Артём Евгеньевич', 'dmitriev@school7.example', 'ОБЗР'],
  ['Егорова Валентина Сергеевна', 'egorova@school7.example', 'педагог-психолог'],
  ['Жукова Оксана Витальевна', 'zhukova@school7.example', 'химия'],
  ['Захарова Мария Константиновна', 'zakharova@school7.example', 'литература'],
  ['Ильин Роман Андреевич', 'ilyin@school7.example', 'физика'],
];

const id = (n: number): string => `T${String(n).padStart(5, '0')}`;
const nameOf = (n: number): string => DEMO_TEACHERS[n - 1]![0];

/**
 * Card details beyond the import: [teacher no., role, category, total/school experience, mentor
 * no., whom she may coach as (000 I.3; blank: no coach)]. The coaches of the term's sessions are marked.
 */
const CARDS: ReadonlyArray<readonly [number, string, string, string, string, number | null, string]> = [
  [1, 'coach', 'highest', '24', '18', null, 'deputyHead'],
  [2, 'mentor', 'highest', '19', '12', null, 'experiencedTeacher'],
  [3, 'mentor', 'first', '15', '9', null, 'departmentHead'],
  [6, 'coach', 'methodist', '22', '20', null, 'experiencedTeacher'],
  [15, 'earlyCareer', 'none', '1', '1', 2, ''],
  [21, 'earlyCareer', 'none', '2', '2', 6, ''],
  [24, 'earlyCareer', 'none', '1', '1', 3, ''],
  [30, 'student', 'none', '0', '0', 5, ''],
];

const item = (content: string, deadline: string, checkpoint = '') => ({ id: null, content, deadline, supportedActivity: '', supporterActivity: '', jointActivity: '', checkpoint });

function programme(teacher: number, lead: number, extra: Record<string, unknown>) {
  return {
    programmeId: null,
    draft: false,
    teacherId: id(teacher),
    categories: ['methodical'],
    sources: ['interview', 'lessons'],
    problems: '',
    leadId: id(lead),
    participantsIds: [],
    decisionDate: '2026-08-28',
    helpForms: ['coaching', 'lessonVisits'],
    emphasis: 'practical',
    place: 'inSchool',
    start: '2026-09-07',
    end: '2027-05-28',
    items: [],
    ...extra,
  };
}

function moveTo(host: Host, month: number, day: number): void {
  const at = localToUtc(2026, month, day, 9 * 60, DEMO_ZONE);
  if (at > host.emulator.now()) host.advanceClock(at);
}

/** Builds the demo school in a fresh workspace (the add-on's empty workbook). */
export function generateDemoSchool(host: Host): void {
  if (host.emulator.now() < TERM_START) host.advanceClock(TERM_START);
  clickMenu(host, 'Настроить книгу');

  const folder = hostCreateFolder(host.emulator, 'Школа №7 — сопровождение педагогов');
  callPage(host, 'saveSettings', {
    version: callPage<{ version: Record<string, string> }>(host, 'getSettingsPage', {}).version,
    values: {
      schoolName: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа №7» г. Светлогорска',
      schoolShortName: 'МБОУ «СОШ №7»',
      schoolAddress: '238560, г. Светлогорск, ул. Школьная, д. 7',
      schoolContacts: '+7 (401) 555-07-07, school7@school7.example',
      directorName: 'Кузьмина Е.В.',
      deputyName: 'Орлова С.В.',
      deputyEmail: 'deputy@school.example',
      councilProtocolDate: '2026-08-27',
      councilProtocolNumber: '1',
      approvalDate: '2026-08-31',
      orderDate: '2026-08-31',
      orderNumber: '03-02-093',
      driveFolder: `https://drive.google.com/drive/folders/${folder}`,
    },
  });

  // The monthly rhythm from the first day: the daily run sends what the term brings.
  clickMenu(host, 'Напоминания → Включить');

  const text = ['ФИО\tПочта\tПредмет', ...DEMO_TEACHERS.map((t) => t.join('\t'))].join('\n');
  callPage(host, 'applyTeacherImport', { source: 'text', text });
  for (const [n, role, category, total, school, mentor, coachBasis] of CARDS) {
    const [fullName, email, subject] = DEMO_TEACHERS[n - 1]!;
    const { version } = callPage<{ version: Record<string, string> }>(host, 'getTeacherPage', { teacherId: id(n) });
    callPage(host, 'saveTeacher', {
      version,
      teacher: { id: id(n), fullName, email, subject, position: 'учитель', role, coachBasis, totalExperience: total, schoolExperience: school, load: '18', totalLoad: '18', category, attestationDate: '', mentorId: mentor ? id(mentor) : '', note: '' },
      classes: [{ id: null, schoolYear: '2026/2027', className: `${5 + (n % 5)}${'АБВ'[n % 3]}`, programme: subject, planning: 'рабочая программа', textbooks: '' }],
    });
  }

  typeRows(host, 'Сообщества', [
    { ID: 'C00001', Название: 'Формирующее оценивание', Вид: 'ПОС', Руководитель: nameOf(1), 'Руководитель (ID)': id(1), Секретарь: nameOf(9), 'Секретарь (ID)': id(9), 'Периодичность заседаний': 'ежемесячно' },
    { ID: 'C00002', Название: 'Цифровой урок', Вид: 'SkillsClub', Руководитель: nameOf(8), 'Руководитель (ID)': id(8), Секретарь: nameOf(4), 'Секретарь (ID)': id(4), 'Периодичность заседаний': 'ежемесячно' },
  ]);
  const members: Array<[string, string, number[]]> = [
    ['C00001', 'Формирующее оценивание', [9, 12, 15, 19, 21, 24, 25]],
    ['C00002', 'Цифровой урок', [4, 5, 16, 22, 28, 30]],
  ];
  let m = 0;
  typeRows(
    host,
    'Участники сообществ',
    members.flatMap(([cid, cname, ns]) =>
      ns.map((n) => {
        m += 1;
        return { ID: `M${String(m).padStart(5, '0')}`, Сообщество: cname, 'Сообщество (ID)': cid, Педагог: nameOf(n), 'Педагог (ID)': id(n), 'Роль в сообществе': 'участник', С: '01.09.2026' };
      }),
    ),
  );

  // Programmes: a finished one from last spring, three active, one draft.
  const finished = callPage<{ programmeId: string }>(host, 'saveProgramme', programme(25, 1, {
    problems: 'Затрудняется в отборе заданий для диагностики\nНе использует критериальное оценивание',
    decisionDate: '2026-01-12',
    start: '2026-01-19',
    end: '2026-05-29',
    items: [item('Посещение уроков наставником', '2026-02-27'), item('Разработка критериев оценивания', '2026-04-10', 'materialsDefence')],
  })).programmeId;
  // As the deputy would: the completion page opened, then saved with the version it showed.
  const { version } = callPage<{ version: Record<string, string> }>(host, 'getCompletionPage', { programmeId: finished });
  callPage(host, 'saveCompletion', {
    programmeId: finished,
    version,
    rows: [
      { id: null, problem: 'Затрудняется в отборе заданий для диагностики', before: 'задания без критериев', after: 'банк диагностических заданий', method: 'анализ уроков', conclusions: 'проблема снята' },
      { id: null, problem: 'Не использует критериальное оценивание', before: 'отметки без пояснений', after: 'критерии на каждом уроке', method: 'собеседование', conclusions: 'проблема снята' },
    ],
    outcome: 'successful',
    problemsResult: 'allResolved',
    unresolvedProblems: '',
    reasons: '',
    needs: ['training'],
    anotherRouteReason: '',
    furtherWays: 'участие в ПОС «Формирующее оценивание»',
    conclusionDate: '2026-05-29',
  });
  const active = [
    programme(15, 2, {
      categories: ['methodical', 'psychoPedagogical'],
      problems: 'Не удерживает дисциплину на уроке\nЗатрудняется в планировании урока',
      items: [item('Посещение уроков наставником', '2026-10-15', 'openLesson'), item('Технологическая карта урока', '2026-12-18'), item('Открытый урок', '2027-03-05', 'openLesson')],
    }),
    programme(21, 6, {
      problems: 'Слабая обратная связь с родителями',
      helpForms: ['coaching', 'consultations'],
      items: [item('Консультация педагога-психолога', '2026-10-30'), item('Родительское собрание с наставником', '2026-12-11', 'talk')],
    }),
    programme(24, 3, {
      problems: 'Не владеет приёмами формирующего оценивания',
      participantsIds: [id(1)],
      items: [item('Участие в заседаниях ПОС', '2026-12-25'), item('Эссе о своём опыте', '2027-04-16', 'essay')],
    }),
  ].map((input) => callPage<{ programmeId: string }>(host, 'saveProgramme', input).programmeId);
  callPage(host, 'saveProgramme', programme(30, 5, { draft: true, problems: 'Осваивает проектную деятельность', start: '2026-11-02', items: [item('Мини-проект с 8 классом', '2027-02-26')] }));

  // The term: coaching sessions for each active programme and monthly community meetings.
  const coaching = [
    [15, 2, active[0]!, 'Приёмы удержания внимания'],
    [21, 6, active[1]!, 'Как говорить с родителями'],
    [24, 3, active[2]!, 'Обратная связь на уроке'],
  ] as const;
  const coachingIds = coaching.map(([t, lead, pid, topic]) =>
    callPage<{ ids: string[] }>(host, 'scheduleSessions', { kind: 'coaching', format: 'individual', leaderId: id(lead), participantsIds: [id(t)], programmeId: pid, workForm: 'coachingConsulting', topic, place: 'каб. 21', date: '2026-09-14', startTime: '14:30', endTime: '15:15', repeat: '4', shiftToWorkingDays: true }).ids,
  );
  const meetings = members.map(([cid, , ns], i) =>
    callPage<{ ids: string[] }>(host, 'scheduleSessions', {
      kind: 'communityMeeting',
      format: 'group',
      leaderId: i === 0 ? id(1) : id(8),
      participantsIds: ns.map(id),
      communityId: cid,
      workForm: i === 0 ? 'roundTable' : 'situationalSeminar',
      topic: i === 0 ? 'Критерии и самооценка учащихся' : 'Цифровые инструменты урока',
      place: 'актовый зал',
      date: i === 0 ? '2026-09-24' : '2026-09-29',
      startTime: '15:30',
      endTime: '17:00',
      repeat: '5',
      shiftToWorkingDays: true,
    }).ids,
  );

  // September is over: what was held is marked, the first meetings get their protocols.
  moveTo(host, 10, 1);
  for (const ids of coachingIds) callPage(host, 'recordSessionResult', { sessionId: ids[0], status: 'held', results: [], resultNote: 'Цели на четверть согласованы', version: markVersion(host, ids[0]!) });
  meetings.forEach((ids, i) => {
    callPage(host, 'recordSessionResult', { sessionId: ids[0], status: 'held', results: [], resultNote: '', version: markVersion(host, ids[0]!) });
    const [, , ns] = members[i]!;
    callPage(host, 'saveProtocol', {
      sessionId: ids[0],
      version: callPage<{ version: Record<string, string> | null }>(host, 'getProtocolMeeting', { sessionId: ids[0] }).version ?? {},
      date: i === 0 ? '2026-09-24' : '2026-09-29',
      chairId: i === 0 ? id(1) : id(8),
      secretaryId: i === 0 ? id(9) : id(4),
      presentIds: [i === 0 ? 1 : 8, ...ns.slice(0, -1)].map(id),
      invited: 'Кузьмина Е.В., директор',
      questions: [
        { question: 'План работы на учебный год', heard: i === 0 ? 'Орлову С.В.' : 'Никитина П.О.', decision: 'Утвердить план работы', responsibleIds: [i === 0 ? id(1) : id(8)], deadline: '2026-10-09' },
        { question: 'Взаимопосещение уроков', heard: '', decision: 'Составить график взаимопосещений', responsibleIds: [id(ns[0]!)], deadline: '2026-10-30' },
      ],
    });
  });
  clickMenu(host, 'Анкеты → Создать анкеты');
  callPage(host, 'startDocuments', { kind: 'passport', scope: 'needed' });
  moveTo(host, 10, 15);
  callPage(host, 'recordSessionResult', { sessionId: coachingIds[0]![1], status: 'held', results: [], resultNote: 'Разобран урок в 6Б', version: markVersion(host, coachingIds[0]![1]!) });
  if (host.emulator.now() < DEMO_NOW) host.advanceClock(DEMO_NOW);
  clickMenu(host, 'Сводка и отчёты → Обновить сводку');
}

/** As the sessions page marks a session: with its version as the list shows it (opened with it picked). */
function markVersion(host: Host, sessionId: string): Record<string, string> {
  const page = callPage<{ sessions: Array<{ id: string; version: Record<string, string> }> }>(host, 'getSessionsPage', { sessionId });
  return page.sessions.find((s) => s.id === sessionId)?.version ?? {};
}
