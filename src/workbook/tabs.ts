/**
 * The workbook's tabs, with columns taken from the seeds' forms: the teacher card (001 §6.2),
 * the passport (002 §5.1, 001 §6.1), the plan table, the outcome analysis (002 §5.3), the
 * general conclusion (002 §5.4), protocols (003 §5.2) and the rest. Headers are what the deputy
 * sees; keys are what the code uses.
 */
import {
  LOG_ACTIONS,
  LOG_LEVELS,
  ACHIEVEMENT_KINDS,
  ACHIEVEMENT_LEVELS,
  ACHIEVEMENT_RESULTS,
  ATTACHMENT_STAGES,
  SURVEYORS,
  COACH_BASES,
  COMMUNITY_KINDS,
  ORDER_KINDS,
  PLAN_MONTHS,
  CONCLUSION_OUTCOMES,
  CONTEST_PARTICIPATION,
  CONTESTS,
  DECISION_STATUSES,
  DIFFICULTY_CATEGORIES,
  DOCUMENT_KINDS,
  MAIL_KINDS,
  MAIL_STATUSES,
  MEETING_FREQUENCIES,
  MEMBER_ROLES,
  PLAN_ITEM_STATUSES,
  PROGRAMME_STATUSES,
  QUALIFICATION_CATEGORIES,
  REQUEST_STATUSES,
  RETENTION_DECISIONS,
  ROUTE_EMPHASES,
  ROUTE_PLACES,
  SESSION_FORMATS,
  SESSION_KINDS,
  SESSION_RESULTS,
  SESSION_STATUSES,
  STUDENT_PHASES,
  TEACHER_ROLES,
  WORK_FORMS,
} from '../domain/options';
import { REGULATED } from '../domain/regulation';
import { STUDENT_STATEMENTS } from '../domain/student-statements';
import { CLASS_COLUMNS, TEACHER_COLUMNS } from '../text/teacher-columns';
import { col, type ColumnSpec, type TabKey, type TabSpec } from './columns';

const TC = TEACHER_COLUMNS;
const limits = (c: { min: number; max: number }) => ({ min: c.min, max: c.max });

const teachers: TabSpec = {
  key: 'teachers',
  name: 'Педагоги',
  idPrefix: 'T',
  columns: [
    col.id(),
    col.text('fullName', TC.fullName.header, { required: true, width: 220 }),
    { key: 'email', header: TC.email.header, kind: { type: 'email' }, width: 200, note: 'Школьный адрес: по нему приходят напоминания и узнаются ответы анкет.' },
    col.text('subject', TC.subject.header),
    col.text('position', TC.position.header),
    col.option('role', TC.role.header, TEACHER_ROLES, { required: true }),
    col.number('totalExperience', TC.totalExperience.header, limits(TC.totalExperience)),
    col.number('schoolExperience', TC.schoolExperience.header, limits(TC.schoolExperience)),
    col.number('load', TC.load.header, limits(TC.load)),
    col.number('totalLoad', TC.totalLoad.header, limits(TC.totalLoad)),
    col.option('category', TC.category.header, QUALIFICATION_CATEGORIES),
    col.date('attestationDate', TC.attestationDate.header),
    ...col.ref('mentor', TC.mentorName.header, 'teachers'),
    col.long('note', TC.note.header),
    // 000 I.3: only a teacher marked here may coach; blank means she does not. Last, where set-up
    // appends it to a book made before it, so old and new books share one layout.
    col.option('coachBasis', TC.coachBasis.header, COACH_BASES, { width: 180, note: 'Положение о коучинг-сессиях, I.3: коуч-консультантом может быть зам.директора по УВР, ст.воспитатель, руководитель ШМО, приглашенный специалист или опытный педагог. Пусто — коучинг-сессии не ведёт.' }),
  ],
};

const classes: TabSpec = {
  key: 'classes',
  name: 'Классы педагогов',
  idPrefix: 'K',
  columns: [
    col.id(),
    ...col.ref('teacher', CLASS_COLUMNS.teacherName.header, 'teachers', { required: true, width: 220 }),
    col.text('schoolYear', CLASS_COLUMNS.schoolYear.header, { required: true, note: 'Например, 2026/2027' }),
    col.text('className', CLASS_COLUMNS.className.header, { required: true }),
    col.text('programme', CLASS_COLUMNS.programme.header),
    col.text('planning', CLASS_COLUMNS.planning.header),
    col.text('textbooks', CLASS_COLUMNS.textbooks.header),
  ],
};

const communities: TabSpec = {
  key: 'communities',
  name: 'Сообщества',
  idPrefix: 'C',
  columns: [
    col.id(),
    col.text('name', 'Название', { required: true, width: 220 }),
    col.option('kind', 'Вид', COMMUNITY_KINDS, { required: true }),
    ...col.ref('leader', 'Руководитель', 'teachers', { required: true }),
    ...col.ref('secretary', 'Секретарь', 'teachers'),
    col.option('frequency', 'Периодичность заседаний', MEETING_FREQUENCIES, { required: true, note: 'Не реже одного раза в месяц (положения о ПОС и SkillsClub).' }),
    col.text('place', 'Место встреч'),
    col.long('goal', 'Цель'),
    col.date('createdOn', 'Создано'),
    { key: 'annualReportUrl', header: 'Отчёт за год (ссылка)', kind: { type: 'url' } },
  ],
};

const members: TabSpec = {
  key: 'members',
  name: 'Участники сообществ',
  idPrefix: 'M',
  columns: [
    col.id(),
    ...col.ref('community', 'Сообщество', 'communities', { required: true }),
    ...col.ref('teacher', 'Педагог', 'teachers', { required: true, width: 220 }),
    col.option('role', 'Роль в сообществе', MEMBER_ROLES, { required: true }),
    col.date('since', 'С'),
    col.date('until', 'По'),
  ],
};

/**
 * A community's year plan (003 §7, 004 §5.1), a row per item: filled from its scheduled meetings
 * («Заполнить планы сообществ из встреч») or typed by the deputy; «Встреча» ties a row to its meeting.
 */
const communityPlans: TabSpec = {
  key: 'communityPlans',
  name: 'План работы сообществ',
  idPrefix: 'Y',
  columns: [
    col.id(),
    ...col.ref('community', 'Сообщество', 'communities', { required: true }),
    col.text('schoolYear', 'Учебный год', { required: true, note: 'Например, 2026/2027' }),
    col.option('month', 'Месяц', PLAN_MONTHS, { required: true }),
    col.long('topic', 'Тема', { required: true }),
    col.option('workForm', 'Форма работы', WORK_FORMS),
    col.text('responsible', 'Ответственный', { width: 200 }),
    col.text('sessionId', 'Встреча (ID)', { hidden: true }),
  ],
};

/** The school's orders on its communities (003 §5.1, §7): each with its own number, date and director. */
const orders: TabSpec = {
  key: 'orders',
  name: 'Приказы',
  idPrefix: 'J',
  columns: [
    col.id(),
    col.text('number', '№ приказа', { required: true, width: 80 }),
    col.date('date', 'Дата приказа', { required: true }),
    col.option('kind', 'Вид приказа', ORDER_KINDS, { required: true, width: 320 }),
    ...col.ref('community', 'Сообщество', 'communities', { note: 'Пусто — приказ обо всех ПОС школы.' }),
    col.text('schoolYear', 'Учебный год', { note: 'Например, 2026/2027; пусто — учебный год даты приказа.' }),
    col.text('director', 'Директор (Фамилия И.О.)', { width: 200, note: 'Пусто — директор из «Настроек».' }),
    { key: 'documentUrl', header: 'Документ (ссылка)', kind: { type: 'url' } },
  ],
};

const programmes: TabSpec = {
  key: 'programmes',
  name: 'Программы',
  idPrefix: 'P',
  columns: [
    col.id(),
    // The passport (002 §5.1).
    ...col.ref('teacher', 'ФИО учителя', 'teachers', { required: true, width: 220 }),
    col.date('decisionDate', 'Решение о сопровождении принято', { required: true }),
    ...col.ref('lead', 'Индивидуальное сопровождение ведёт', 'teachers', { required: true }),
    ...col.refs('participants', 'В организации сопровождения принимают участие', 'teachers'),
    col.options('categories', 'Характер затруднений', DIFFICULTY_CATEGORIES, { required: true }),
    col.options('sources', 'Диагностика проведена по результатам', REGULATED.diagnosticSources),
    col.long('problems', 'Выявленные проблемы/трудности', { required: true, note: 'Каждая проблема с новой строки.' }),
    col.options('helpForms', 'Планируемые формы оказания помощи', REGULATED.helpForms, { required: true }),
    col.option('emphasis', 'Доминанта маршрута', ROUTE_EMPHASES),
    col.option('place', 'Маршрут реализуется', ROUTE_PLACES),
    col.date('start', 'Начало', { required: true }),
    col.date('end', 'Окончание', { required: true }),
    col.option('status', 'Статус', PROGRAMME_STATUSES, { required: true }),
    // The general conclusion (002 §5.4).
    // The headers are 002 §5.4's own words (they were shortened before: old books are still read).
    col.option('outcome', 'Индивидуальное сопровождение можно считать', CONCLUSION_OUTCOMES, { formerHeaders: ['Сопровождение можно считать'] }),
    col.option('problemsResult', 'Выявленные в результате предварительной диагностики проблемы', REGULATED.conclusionProblems, { formerHeaders: ['Выявленные при диагностике проблемы'] }),
    col.long('unresolvedProblems', 'Не снятые проблемы'),
    col.long('reasons', 'Причины, по которым не состоялось индивидуальное сопровождение и/или не были сняты проблемы', { formerHeaders: ['Причины, по которым не состоялось сопровождение и/или не были сняты проблемы'] }),
    col.options('needs', 'Сопровождаемый педагог', REGULATED.conclusionNeeds),
    col.long('anotherRouteReason', 'Причина разработки другого маршрута'),
    col.long('furtherWays', 'Наиболее эффективные пути (способы) дальнейшего сопровождения'),
    col.date('conclusionDate', 'Дата заключения'),
    // Links to the generated documents (written by «Документы»).
    { key: 'passportUrl', header: 'Паспорт (ссылка)', kind: { type: 'url' } },
    { key: 'cardUrl', header: 'Карта (ссылка)', kind: { type: 'url' } },
    { key: 'conclusionUrl', header: 'Заключение (ссылка)', kind: { type: 'url' } },
  ],
};

const planItems: TabSpec = {
  key: 'planItems',
  name: 'План программ',
  idPrefix: 'I',
  columns: [
    col.id(),
    ...col.ref('programme', 'Программа', 'programmes', { required: true, width: 220 }),
    col.number('order', '№', { min: 1, integer: true }, { required: true, width: 40 }),
    col.long('content', 'Содержание пункта', { required: true }),
    col.date('deadline', 'Срок выполнения', { required: true }),
    col.long('supportedActivity', 'Деятельность сопровождаемого'),
    col.long('supporterActivity', 'Деятельность сопровождающего'),
    col.long('jointActivity', 'Совместная деятельность'),
    col.option('checkpoint', 'Контрольный срез', REGULATED.checkpointKinds),
    col.option('status', 'Статус', PLAN_ITEM_STATUSES, { required: true }),
    col.date('doneDate', 'Дата выполнения'),
  ],
};

const outcomes: TabSpec = {
  key: 'outcomes',
  name: 'Анализ итогов',
  idPrefix: 'A',
  columns: [
    col.id(),
    ...col.ref('programme', 'Программа', 'programmes', { required: true, width: 220 }),
    col.long('problem', 'Проблема', { required: true }),
    col.long('before', 'Состояние до начала сопровождения'),
    col.long('after', 'Состояние после завершения сопровождения'),
    col.long('method', 'Способ диагностики результатов'),
    col.long('conclusions', 'Выводы'),
  ],
};

/**
 * What is attached to a programme's card (001 §6.3, 002 §5.2), a row per file: added from the
 * programme's page (a file uploaded into the teacher's folder, or a Drive file picked by link).
 */
const attachments: TabSpec = {
  key: 'attachments',
  name: 'Приложения к карте',
  idPrefix: 'W',
  columns: [
    col.id(),
    ...col.ref('programme', 'Программа', 'programmes', { required: true, width: 220 }),
    col.option('kind', 'Вид материала', REGULATED.attachmentKinds, { required: true, width: 320 }),
    col.option('stage', 'До / после сопровождения', ATTACHMENT_STAGES, { width: 160, note: 'Для сравнительного анализа: материал до начала или после завершения сопровождения.' }),
    col.option('surveyedBy', 'Кем проведено анкетирование', SURVEYORS, { width: 160, note: 'Для результатов анкетирования учащихся.' }),
    col.date('date', 'Дата', { required: true }),
    col.long('note', 'Примечание'),
    col.text('fileName', 'Файл', { width: 200 }),
    { key: 'fileUrl', header: 'Файл (ссылка)', kind: { type: 'url' }, required: true },
  ],
};

/**
 * 000 IV.5: the coaching schedule is drawn up by the teacher together with the coach — a row per
 * teacher and school year records who agreed it and when (the programme's or teacher's page).
 */
const coachingAgreements: TabSpec = {
  key: 'coachingAgreements',
  name: 'Согласование расписаний сессий',
  idPrefix: 'H',
  columns: [
    col.id(),
    ...col.ref('teacher', 'Педагог', 'teachers', { required: true }),
    col.text('schoolYear', 'Учебный год', { required: true, note: 'Например, 2026/2027' }),
    ...col.ref('coach', 'Коуч-консультант', 'teachers', { required: true }),
    col.date('agreedOn', 'Дата согласования', { required: true }),
    col.long('note', 'Примечание'),
  ],
};

const sessions: TabSpec = {
  key: 'sessions',
  name: 'Сессии и встречи',
  idPrefix: 'S',
  columns: [
    col.id(),
    col.date('date', 'Дата', { required: true }),
    col.time('startTime', 'Начало'),
    col.time('endTime', 'Окончание'),
    col.text('place', 'Место'),
    col.option('kind', 'Вид', SESSION_KINDS, { required: true }),
    col.option('format', 'Индивидуальная / групповая', SESSION_FORMATS, { required: true }),
    col.option('workForm', 'Форма работы', WORK_FORMS),
    col.long('topic', 'Тема', { required: true }),
    col.text('stage', 'Этап работы над проблемой'),
    ...col.ref('leader', 'Коуч-консультант / ведущий', 'teachers', { required: true }),
    ...col.refs('participants', 'Участники', 'teachers'),
    ...col.ref('programme', 'Программа', 'programmes'),
    ...col.ref('community', 'Сообщество', 'communities'),
    col.text('series', 'Серия', { hidden: true }),
    col.option('status', 'Статус', SESSION_STATUSES, { required: true }),
    col.options('results', 'Результат', SESSION_RESULTS),
    col.long('resultNote', 'Комментарий к результату'),
    { key: 'postReleaseUrl', header: 'Пост-релиз (ссылка)', kind: { type: 'url' } },
  ],
};

const protocols: TabSpec = {
  key: 'protocols',
  name: 'Протоколы',
  idPrefix: 'R',
  columns: [
    col.id(),
    col.number('number', '№', { min: 1, integer: true }, { required: true, width: 40 }),
    col.text('schoolYear', 'Учебный год', { required: true }),
    col.date('date', 'Дата заседания', { required: true }),
    ...col.ref('community', 'Сообщество', 'communities', { required: true }),
    ...col.ref('session', 'Заседание', 'sessions'),
    ...col.ref('chair', 'Председатель', 'teachers', { required: true }),
    ...col.ref('secretary', 'Секретарь', 'teachers', { required: true }),
    ...col.refs('present', 'Присутствовали', 'teachers'),
    ...col.refs('absent', 'Отсутствовали', 'teachers'),
    col.long('invited', 'Приглашённые'),
    { key: 'documentUrl', header: 'Документ (ссылка)', kind: { type: 'url' } },
  ],
};

const decisions: TabSpec = {
  key: 'decisions',
  name: 'Решения протоколов',
  idPrefix: 'D',
  columns: [
    col.id(),
    ...col.ref('protocol', 'Протокол', 'protocols', { required: true }),
    col.number('order', '№ вопроса', { min: 1, integer: true }, { required: true, width: 40 }),
    col.long('question', 'Вопрос повестки', { required: true }),
    col.long('heard', 'Слушали'),
    col.long('decision', 'Решили', { required: true }),
    ...col.refs('responsible', 'Ответственный', 'teachers'),
    col.date('deadline', 'Срок'),
    col.option('status', 'Исполнение', DECISION_STATUSES),
  ],
};

const achievements: TabSpec = {
  key: 'achievements',
  name: 'Достижения',
  idPrefix: 'V',
  columns: [
    col.id(),
    ...col.ref('teacher', 'Педагог', 'teachers', { required: true, width: 220 }),
    col.date('date', 'Дата', { required: true }),
    col.option('kind', 'Вид', ACHIEVEMENT_KINDS, { required: true }),
    col.option('level', 'Уровень', ACHIEVEMENT_LEVELS),
    col.long('title', 'Название', { required: true }),
    col.option('result', 'Результат', ACHIEVEMENT_RESULTS),
    // 004 §3.4: which contest of professional mastery, and whether entered alone or as a team.
    col.option('contest', 'Конкурс профессионального мастерства', CONTESTS),
    col.option('participation', 'Участие в конкурсе', CONTEST_PARTICIPATION),
    ...col.ref('programme', 'Программа', 'programmes'),
    ...col.ref('session', 'Сессия / мероприятие', 'sessions'),
    { key: 'evidence', header: 'Подтверждение (ссылка)', kind: { type: 'url' } },
  ],
};

/** The hidden key of the form response a row came from: the responses tab, its timestamp and row. */
const responseKey = (): ColumnSpec => col.text('responseKey', 'Ключ ответа', { hidden: true, width: 200 });

/** How many statements the pupils' questionnaire has. */
export const STUDENT_STATEMENT_COUNT = STUDENT_STATEMENTS.length;

/** One mean (1–5) per difficulty category: the column key of a category. */
export const diagnosisKey = (category: string): string => `score_${category}`;
/** The column key of a pupils' statement, 1-based. */
export const statementKey = (n: number): string => `statement${n}`;

const selfDiagnoses: TabSpec = {
  key: 'selfDiagnoses',
  name: 'Самодиагностика',
  idPrefix: 'G',
  columns: [
    col.id(),
    ...col.ref('teacher', 'Педагог', 'teachers', { required: true, width: 220 }),
    col.date('date', 'Дата', { required: true }),
    ...DIFFICULTY_CATEGORIES.keys.map((k) => col.number(diagnosisKey(k), DIFFICULTY_CATEGORIES.label(k), { min: 1, max: 5 }, { width: 120, note: 'Среднее по утверждениям, 1–5' })),
    responseKey(),
  ],
};

const feedback: TabSpec = {
  key: 'feedback',
  name: 'Обратная связь',
  idPrefix: 'B',
  columns: [
    col.id(),
    ...col.ref('teacher', 'Педагог', 'teachers', { required: true, width: 220 }),
    col.date('date', 'Дата', { required: true }),
    col.long('session', 'Занятие (дата и тема)', { required: true }),
    col.number('usefulness', 'Полезность, 1–5', { min: 1, max: 5, integer: true }),
    col.long('changed', 'Что изменилось'),
    col.long('next', 'Что дальше'),
    responseKey(),
  ],
};

const helpRequests: TabSpec = {
  key: 'helpRequests',
  name: 'Запросы',
  idPrefix: 'Q',
  columns: [
    col.id(),
    ...col.ref('teacher', 'Педагог', 'teachers', { required: true, width: 220 }),
    col.date('date', 'Дата', { required: true }),
    col.long('problem', 'Проблема', { required: true }),
    col.option('category', 'Характер затруднения', DIFFICULTY_CATEGORIES),
    col.text('helpKind', 'Вид помощи'),
    col.option('status', 'Статус', REQUEST_STATUSES, { required: true }),
    responseKey(),
  ],
};

const studentSurveys: TabSpec = {
  key: 'studentSurveys',
  name: 'Анкеты учеников',
  idPrefix: 'U',
  columns: [
    col.id(),
    ...col.ref('teacher', 'Педагог', 'teachers', { required: true, width: 220 }),
    col.date('date', 'Дата', { required: true }),
    col.option('phase', 'Этап', STUDENT_PHASES, { required: true }),
    col.text('className', 'Класс'),
    ...Array.from({ length: STUDENT_STATEMENT_COUNT }, (_, i) => col.number(statementKey(i + 1), STUDENT_STATEMENTS[i] ?? `Утверждение ${i + 1}`, { min: 1, max: 5, integer: true })),
    responseKey(),
  ],
};

const documents: TabSpec = {
  key: 'documents',
  name: 'Реестр документов',
  idPrefix: 'F',
  columns: [
    col.id(),
    col.option('kind', 'Вид документа', DOCUMENT_KINDS, { required: true }),
    col.text('title', 'Название', { required: true, width: 260 }),
    col.text('recordId', 'Запись', { hidden: true }),
    { key: 'url', header: 'Ссылка', kind: { type: 'url' }, required: true, width: 200 },
    col.text('fileId', 'ID файла', { hidden: true }),
    col.date('created', 'Создан', { required: true }),
    col.date('keepUntil', 'Хранить до', { required: true, note: 'Не менее 5 лет со дня создания (положение о коучинг-сессиях, V.1).' }),
    col.option('retention', 'Решение по хранению', RETENTION_DECISIONS, { note: 'Принимает заместитель директора после срока хранения; надстройка документы не удаляет.' }),
    col.date('retentionDate', 'Дата решения'),
  ],
};

/** The rhythm's record of what it sent: who, what, which month; read before every send. */
const mailings: TabSpec = {
  key: 'mailings',
  name: 'Рассылка',
  idPrefix: 'E',
  columns: [
    col.id(),
    col.text('key', 'Ключ', { hidden: true, required: true }),
    col.text('month', 'Месяц', { note: 'гггг-ММ: месяц плана, к которому относится письмо.' }),
    col.option('kind', 'Вид письма', MAIL_KINDS, { required: true }),
    col.text('recipientName', 'Кому', { width: 220 }),
    { key: 'email', header: 'Эл. почта', kind: { type: 'email' }, width: 200 },
    col.text('subject', 'Тема письма', { width: 300 }),
    col.option('status', 'Статус', MAIL_STATUSES, { required: true }),
    { key: 'at', header: 'Время', kind: { type: 'datetime' }, required: true, width: 140 },
    col.long('note', 'Примечание', { width: 300 }),
  ],
};

const log: TabSpec = {
  key: 'log',
  name: 'Журнал',
  idPrefix: 'L',
  columns: [
    col.id(),
    { key: 'at', header: 'Время', kind: { type: 'datetime' }, required: true, width: 140 },
    { key: 'user', header: 'Пользователь', kind: { type: 'email' }, width: 200 },
    col.option('level', 'Уровень', LOG_LEVELS, { required: true }),
    col.option('action', 'Действие', LOG_ACTIONS, { required: true }),
    col.text('target', 'Объект'),
    col.long('message', 'Сообщение', { width: 400 }),
  ],
};

const settings: TabSpec = {
  key: 'settings',
  name: 'Настройки',
  idPrefix: 'N',
  columns: [
    col.text('key', 'Ключ', { hidden: true, required: true }),
    col.text('label', 'Параметр', { required: true, width: 300 }),
    { key: 'value', header: 'Значение', kind: { type: 'raw' }, width: 300 },
    col.long('help', 'Пояснение', { width: 300 }),
  ],
};

export const TABS: Record<TabKey, TabSpec> = {
  teachers,
  classes,
  communities,
  members,
  programmes,
  planItems,
  outcomes,
  sessions,
  protocols,
  decisions,
  achievements,
  selfDiagnoses,
  feedback,
  helpRequests,
  studentSurveys,
  documents,
  mailings,
  log,
  settings,
  communityPlans,
  orders,
  attachments,
  coachingAgreements,
};

/** The order tabs are created in: the four main ones first. */
export const TAB_ORDER: TabKey[] = [
  'programmes',
  'teachers',
  'sessions',
  'protocols',
  'planItems',
  'outcomes',
  'attachments',
  'classes',
  'communities',
  'members',
  'communityPlans',
  'orders',
  'coachingAgreements',
  'decisions',
  'achievements',
  'selfDiagnoses',
  'feedback',
  'helpRequests',
  'studentSurveys',
  'documents',
  'mailings',
  'settings',
  'log',
];
