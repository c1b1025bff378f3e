/**
 * Every closed list the regulations define, worded as in ../shared/seeds (002 is the school's own
 * regulation and wins where 001 words a thing differently). Documents and drop-downs show these
 * labels verbatim.
 */
import { defineOpenOptions, defineOptions } from './option-set';

// ---- teachers ----------------------------------------------------------------------------

/** Roles in the professional-development work (000, 004 §4.1). */
export const TEACHER_ROLES = defineOptions({
  teacher: 'педагог',
  earlyCareer: 'молодой специалист',
  // 004 §4.1: «специалисты, находящиеся в процессе адаптации на новом месте работы».
  adapting: 'специалист в процессе адаптации на новом месте работы',
  mentor: 'наставник',
  coach: 'коуч-консультант',
  student: 'студент',
});

/** 000 I.3: who may be a coach («Коуч-консультантом может быть …»), worded as the seed. */
export const COACH_BASES = defineOptions({
  deputyHead: 'зам.директора по УВР',
  seniorEducator: 'ст.воспитатель',
  departmentHead: 'руководитель ШМО',
  invitedSpecialist: 'приглашенный специалист',
  experiencedTeacher: 'опытный педагог',
});

/** Qualification categories of Russian teachers' attestation. */
export const QUALIFICATION_CATEGORIES = defineOptions({
  none: 'без категории',
  conformity: 'соответствие занимаемой должности',
  first: 'первая',
  highest: 'высшая',
  methodist: 'педагог-методист',
  mentorCategory: 'педагог-наставник',
});

// ---- support programmes (001 §4–6, 002 §3–5) --------------------------------------------------

/** 002 §4.1: the character of a difficulty (001 §5.1 lacks the last one). */
export const DIFFICULTY_CATEGORIES = defineOptions({
  generalPedagogical: 'общепедагогические',
  psychoPedagogical: 'психолого-педагогические',
  methodical: 'методические',
  scientificTheoretical: 'научно-теоретические',
  organisational: 'организационные',
});

/** 002 §4.2: what the diagnosis of difficulties is based on; «и т. д.»: open (other-option.ts). */
export const DIAGNOSTIC_SOURCES = defineOpenOptions({
  interview: 'собеседование с учителем',
  studentSurvey: 'анкетирование учащихся (без участия мониторинговой группы школы или психологов)',
  studentSurveyWithPsychologists: 'анкетирование учащихся совместно с сотрудниками мониторинговой группы школы или психологами',
  lessons: 'анализ уроков',
  journal: 'анализ журнала',
  lessonPlanning: 'анализ поурочного планирования',
  lessonNotes: 'анализ планов и конспектов уроков',
  lessonMaterials: 'анализ материалов к урокам',
  notebooks: 'анализ тетрадей учащихся',
  administrativeTests: 'анализ административных контрольных (срезовых) работ, тестов',
  independentAssessment: 'анализ результатов независимой экспертизы (ВПР, ГИА)',
});

/** 002 §3 (forms of support) with 000's coaching sessions. */
export const HELP_FORMS = defineOptions({
  route: 'помощь в реализации индивидуального образовательного маршрута',
  consultations: 'консультации со специалистами',
  lessonVisits: 'организованное посещение и анализ уроков',
  contests: 'содействие в подготовке к конкурсам, фестивалям, акциям',
  feedback: 'обратная связь «учитель – наставник – методист/заместитель директора по УВР»',
  coaching: 'коучинг-сессии',
  // 001 §4.2 (002 §3.3 keeps only the consultations).
  innovationSchool: 'занятия в «Школе инноваций»',
  // 001 §4.5, 002 §3.5: a form of the feedback loop, from both regulations' common words.
  freeMicrophone: 'предоставление «свободного микрофона» педагогам на семинарах, круглых столах, конференциях',
});

/** 002 §3.1: the route "may have a theoretical or practical emphasis". */
export const ROUTE_EMPHASES = defineOptions({
  theoretical: 'теоретическая',
  practical: 'практическая',
});

/** 002 §3.1: "implemented within the school or outside it". */
export const ROUTE_PLACES = defineOptions({
  inSchool: 'в рамках школы',
  outsideSchool: 'вне школы',
});

export const PROGRAMME_STATUSES = defineOptions({
  draft: 'черновик',
  active: 'действует',
  completed: 'завершена',
  stopped: 'прекращена',
});

/** 002 §3.2: the route's checkpoints ("контрольные срезы"); 001 §4.1 adds the route diary; «и др.»: open. */
export const CHECKPOINT_KINDS = defineOpenOptions({
  interview: 'собеседование с заместителем директора по УВР, методистом или наставником',
  portfolio: 'ведение портфолио',
  diary: 'ведение дневника индивидуального образовательного маршрута',
  essay: 'написание эссе',
  talk: 'выступление на заседании педагогического совета и/или методического объединения',
  openLesson: 'проведение открытого урока',
  materialsDefence: 'защита методических или дидактических материалов',
  article: 'написание статьи в профессиональный журнал',
});

/**
 * 001 §6.3, 002 §5.2: what is attached to the card as the work goes on, in the seed's words —
 * the analytical materials, then the reviews («отзывы (данные собеседований)»). The reviews of
 * psychologists are worded by the regulation (regulation.ts).
 */
export const ATTACHMENT_KINDS = defineOptions({
  pupilsWorks: 'сравнительный анализ работ учащихся до и после работы по сопровождению учителя',
  tests: 'сравнительный анализ срезовых работ, тестов до и после работы по сопровождению учителя',
  teacherMaterials: 'сравнительный анализ личных материалов учителя (планов, конспектов, разработок, дидактических материалов) до и после работы по сопровождению учителя',
  studentSurvey: 'результаты анкетирования учащихся (администрацией, методистом, наставником, психологом, самим учителем и др.)',
  reviewPupils: 'отзывы (данные собеседований): учащихся (с учащимися)',
  reviewClassTeachers: 'отзывы (данные собеседований): классных руководителей (с классными руководителями)',
  reviewParents: 'отзывы (данные собеседований): родителей (с родителями)',
  reviewPsychologists: 'отзывы (данные собеседований): сотрудников мониторинговой группы школы или психологов',
  reviewOthers: 'отзывы (данные собеседований): других участников образовательного процесса (с другими участниками)',
});

/** The three comparisons «до и после работы по сопровождению учителя»: each material is one side. */
export const ATTACHMENT_STAGES = defineOptions({
  before: 'до начала сопровождения',
  after: 'после завершения сопровождения',
});

/** Who ran the pupils' questionnaire (002 §5.2: «администрацией, …, самим учителем и др.»): open. */
export const SURVEYORS = defineOpenOptions({
  administration: 'администрацией',
  methodist: 'методистом',
  mentor: 'наставником',
  psychologist: 'психологом',
  teacher: 'самим учителем',
});

export const PLAN_ITEM_STATUSES = defineOptions({
  planned: 'запланировано',
  done: 'выполнено',
  postponed: 'перенесено',
  notDone: 'не выполнено',
});

// ---- the general conclusion (002 §5.4, 001 §6.4) -----------------------------------------------

/** 1. «Индивидуальное сопровождение можно считать:» */
export const CONCLUSION_OUTCOMES = defineOptions({
  successful: 'успешным, эффективным',
  partlySuccessful: 'не вполне успешным, недостаточно эффективным',
  ineffective: 'неэффективным',
});

/** 2. «Выявленные в результате предварительной диагностики проблемы:» */
export const CONCLUSION_PROBLEMS = defineOptions({
  allResolved: 'сняты полностью',
  partlyResolved: 'сняты частично',
  notResolved: 'не сняты (указать проблемы)',
  noneResolved: 'не снята ни одна проблема',
});

/** «Сопровождаемый педагог:» (numbered 6 in 002 §5.4). */
export const CONCLUSION_NEEDS = defineOptions({
  furtherSupport: 'нуждается в дальнейшем сопровождении',
  helpWithHardest: 'нуждается в поддержке для решения наиболее сложных проблем',
  noSupport: 'не нуждается в сопровождении',
  training: 'нуждается в повышении квалификации',
  anotherRoute: 'нуждается в разработке другого индивидуального маршрута сопровождения (причина)',
});

// ---- sessions, meetings, events (000, 003 §4, 004 §3) ---------------------------------------

export const SESSION_KINDS = defineOptions({
  coaching: 'коучинг-сессия',
  communityMeeting: 'заседание ПОС',
  skillsClubEvent: 'мероприятие SkillsClub',
  departmentMeeting: 'заседание ШМО',
  lessonVisit: 'посещение урока',
  consultation: 'консультация',
  openLesson: 'открытый урок',
  interview: 'собеседование',
});

export const SESSION_FORMATS = defineOptions({
  individual: 'индивидуальная',
  group: 'групповая',
});

/** 000 IV.3 (coaching), 003 §4 (community), 004 §3.1 (SkillsClub); each ends «и др.»: open. */
export const WORK_FORMS = defineOpenOptions({
  coachingConsulting: 'коучинг-консалтинг',
  openSpace: 'технология открытого пространства',
  workshop: 'семинар-практикум',
  training: 'тренинг',
  businessGame: 'деловая игра',
  masterClass: 'мастер-класс',
  methodicalExhibition: 'методическая выставка',
  meeting: 'встреча',
  roundTable: 'круглый стол',
  situationalSeminar: 'ситуационный семинар',
  seminar: 'семинар',
  discussion: 'дискуссия',
  presentation: 'презентация',
  conference: 'конференция',
  sharing: 'шеринг',
  facilitation: 'фасилитация',
  mutualVisits: 'взаимопосещение уроков',
  methodicalDialogue: 'методический диалог',
  interview: 'собеседование',
  selfAnalysis: 'самоанализ',
  consultation: 'консультация',
  selfEducation: 'самообразование',
  meetup: 'митап',
  contest: 'конкурс',
  coachSession: 'коуч-сессия',
  culturalEvent: 'культурно-массовое мероприятие',
  project: 'проект',
});

export const SESSION_STATUSES = defineOptions({
  planned: 'запланирована',
  held: 'проведена',
  cancelled: 'отменена',
  postponed: 'перенесена',
});

/** 000 IV.6: what a coaching session can result in; «и др.»: open. */
export const SESSION_RESULTS = defineOpenOptions({
  attestation: 'аттестация педагога',
  contestWin: 'победа в профессиональном конкурсе',
  contestEntry: 'участие в профессиональном конкурсе',
  studentsContest: 'победа (участие) воспитанников в конкурсе',
  defence: 'защита творческих разработок на заседании ГМО, ШМО, методического или консультативного совета',
  review: 'получение рецензии на авторскую разработку',
  publication: 'публикация в СМИ',
  experience: 'обобщение передового педагогического опыта',
});

// ---- communities (003, 004) -------------------------------------------------------------------

export const COMMUNITY_KINDS = defineOptions({
  pos: 'ПОС',
  skillsClub: 'SkillsClub',
  department: 'ШМО',
});

export const MEMBER_ROLES = defineOptions({
  leader: 'руководитель',
  secretary: 'секретарь',
  member: 'участник',
});

/** 003 §5.2 and 004 §4.2: "not less than once a month" is the floor. */
export const MEETING_FREQUENCIES = defineOptions({
  monthly: 'ежемесячно',
  twiceMonthly: 'два раза в месяц',
  weekly: 'еженедельно',
});

export const DECISION_STATUSES = defineOptions({
  open: 'на исполнении',
  done: 'исполнено',
  overdue: 'просрочено',
  cancelled: 'снято',
});

// ---- achievements (001 §3.4: monitoring of individual achievements) -------------------------

export const ACHIEVEMENT_KINDS = defineOptions({
  attestation: 'аттестация',
  contest: 'конкурс',
  publication: 'публикация',
  openLesson: 'открытый урок',
  talk: 'выступление',
  training: 'повышение квалификации',
  materialsDefence: 'защита методических материалов',
  studentsContest: 'конкурс воспитанников',
  // 001 §4.4, 002 §3.5: «конкурсам, фестивалям, акциям».
  festival: 'фестиваль',
  action: 'акция',
});

/** 004 §3.4: contests of professional mastery «(«Педагог года», «Учитель будущего», «Две звезды» и т.д.)»: open. */
export const CONTESTS = defineOpenOptions({
  teacherOfYear: '«Педагог года»',
  teacherOfFuture: '«Учитель будущего»',
  twoStars: '«Две звезды»',
});

/** 004 §3.4: «индивидуальное и командное участие в конкурсах». */
export const CONTEST_PARTICIPATION = defineOptions({
  individual: 'индивидуальное',
  team: 'командное',
});

export const ACHIEVEMENT_LEVELS = defineOptions({
  school: 'школьный',
  municipal: 'муниципальный',
  regional: 'региональный',
  federal: 'всероссийский',
  international: 'международный',
});

export const ACHIEVEMENT_RESULTS = defineOptions({
  participant: 'участник',
  prizeWinner: 'призёр',
  winner: 'победитель',
  laureate: 'лауреат',
  granted: 'присвоена',
  published: 'опубликовано',
  held: 'проведено',
});

export const DOCUMENT_KINDS = defineOptions({
  passport: 'паспорт программы',
  card: 'карта сопровождения',
  conclusion: 'анализ итогов и заключение',
  protocol: 'протокол заседания',
  monthlyPlan: 'план работы на месяц',
  annualReport: 'отчёт сообщества за учебный год',
  postRelease: 'пост-релиз',
  communityPlan: 'план работы сообщества на учебный год',
  leadersOrder: 'приказ о назначении руководителей ПОС',
  planOrder: 'приказ об утверждении плана работы ПОС',
  coachingSchedule: 'расписание коучинг-сессий',
});

/** 000 V.1 keeps documents 5 years; past that the deputy decides, the add-on deletes nothing. */
export const RETENTION_DECISIONS = defineOptions({
  kept: 'хранение продлено',
  destroyable: 'можно уничтожить',
});

export const YES_NO = defineOptions({ yes: 'да', no: 'нет' });

// ---- the monthly rhythm -----------------------------------------------------------------------

/** What an e-mail of the rhythm was: one reminder per person per month, never one per item. */
export const MAIL_KINDS = defineOptions({
  monthly: 'напоминание на месяц',
  digest: 'сводка заместителю',
  notice: 'извещение о заседании',
  overdue: 'просроченные сроки',
  authorization: 'нужна повторная авторизация',
  planUpdate: 'план месяца обновлён',
});

/** «не подтверждено»: the run ended while sending it; never resent, so never sent twice. */
export const MAIL_STATUSES = defineOptions({ sent: 'отправлено', failed: 'ошибка', unconfirmed: 'не подтверждено' });

/** «Журнал»: how serious an entry is, and which run wrote it (the code asks by key, the cell shows the label). */
export const LOG_LEVELS = defineOptions({ info: 'сведения', warning: 'предупреждение', error: 'ошибка' });
export const LOG_ACTIONS = defineOptions({ dailyRun: 'Ежедневный запуск', formsProcess: 'Обработка анкет', settings: 'Изменение настроек' });

// ---- questionnaires ---------------------------------------------------------------------------

/** A teacher's request for help: what the deputy decided. */
export const REQUEST_STATUSES = defineOptions({ new: 'новый', accepted: 'принят', rejected: 'отклонён' });

/** When the pupils' questionnaire was taken. */
export const STUDENT_PHASES = defineOptions({ before: 'до начала сопровождения', after: 'после завершения сопровождения' });

// ---- the communities' year plans and orders (003 §7, 004 §5.1) -------------------------------

/** A year plan's months, in the school year's order; the key is the month's number. */
export const PLAN_MONTHS = defineOptions({
  m09: 'сентябрь',
  m10: 'октябрь',
  m11: 'ноябрь',
  m12: 'декабрь',
  m01: 'январь',
  m02: 'февраль',
  m03: 'март',
  m04: 'апрель',
  m05: 'май',
  m06: 'июнь',
  m07: 'июль',
  m08: 'август',
});

/**
 * The orders 003 §7 makes mandatory, by their titles; any other order of the school is registered
 * as «другой» (no template: its file is linked by hand).
 */
export const ORDER_KINDS = defineOptions({
  leaders: 'О назначении руководителей ПОС',
  plan: 'Об утверждении плана работы ПОС на учебный год',
  other: 'другой',
});
