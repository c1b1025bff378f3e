/**
 * A small school as typed records, built by hand like tests/helpers/school.ts's workbook: one
 * supported teacher with a programme, a community with a month of meetings, a SkillsClub event.
 */
import type { LocalDate } from '../../../src/domain/local-date';
import type {
  Achievement,
  Attachment,
  CoachingAgreement,
  Community,
  CommunityMember,
  CommunityPlanRow,
  Decision,
  Order,
  OutcomeRow,
  PlanItem,
  Protocol,
  Session,
  SupportProgramme,
  Teacher,
  TeacherClass,
} from '../../../src/domain/records';
import type { Settings } from '../../../src/workbook/settings';

export const d = (text: string): LocalDate => text as LocalDate;
export const TODAY = d('2026-10-25');

export const settings: Settings = {
  regulation: '002',
  schoolName: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа №2 города Лесосибирска»',
  schoolShortName: 'МБОУ «СОШ №2»',
  schoolAddress: '662544 Красноярский край, город Лесосибирск, ул. Победы, 48',
  schoolContacts: 'Тел/факс: 8 (39145)6-35-45; E-mail lesou2@mail.ru',
  directorName: 'Власова Л.Ю.',
  deputyName: 'Орлова Е.В.',
  deputyEmail: 'orlova@school.example',
  councilProtocolDate: d('2024-09-26'),
  councilProtocolNumber: '1',
  approvalDate: d('2024-09-27'),
  orderDate: d('2024-09-27'),
  orderNumber: '03-02-093',
  driveFolder: null,
  regionalCentreEmail: null,
  regionalFolder: null,
  reminderDay: 25,
  reminderHour: 8,
  noticeDaysBefore: 3,
  timeZone: 'Asia/Krasnoyarsk',
  shareWithTeacher: false,
  makePdf: false,
  planByWeek: false,
  postReleasesToCentre: false,
};

const teacher = (over: Partial<Teacher> & Pick<Teacher, 'id' | 'fullName'>): Teacher => ({
  email: null, subject: null, position: null, role: 'teacher', coachBasis: null, totalExperience: null, schoolExperience: null, load: null, totalLoad: null,
  category: null, attestationDate: null, mentorName: null, mentorId: null, note: null, ...over,
});

export const ivanova = teacher({ id: 'T00001', fullName: 'Иванова Мария Петровна', subject: 'русский язык', role: 'mentor' });
export const petrov = teacher({ id: 'T00002', fullName: 'Петров Пётр Петрович', subject: 'математика', role: 'coach', coachBasis: 'departmentHead', category: 'highest' });
export const sidorova = teacher({
  id: 'T00003', fullName: 'Сидорова Анна Ивановна', subject: 'история', position: 'учитель истории', role: 'earlyCareer',
  totalExperience: 2, schoolExperience: 1, load: 18, totalLoad: 20, category: 'none', attestationDate: d('2026-04-10'),
  mentorName: 'Петров Пётр Петрович', mentorId: 'T00002',
});

export const classes: TeacherClass[] = [
  { id: 'K00002', teacherName: sidorova.fullName, teacherId: 'T00003', schoolYear: '2026/2027', className: '6Б', programme: 'Всеобщая история', planning: 'рабочая программа', textbooks: 'Агибалова Е.В.' },
  { id: 'K00001', teacherName: sidorova.fullName, teacherId: 'T00003', schoolYear: '2026/2027', className: '5А', programme: 'История России', planning: 'рабочая программа', textbooks: 'Арсентьев Н.М.' },
  { id: 'K00003', teacherName: sidorova.fullName, teacherId: 'T00003', schoolYear: '2025/2026', className: '5В', programme: 'История', planning: null, textbooks: null },
];

export const programme: SupportProgramme = {
  id: 'P00001', teacherName: sidorova.fullName, teacherId: 'T00003', decisionDate: d('2026-08-28'), leadName: petrov.fullName, leadId: 'T00002',
  participantsNames: ivanova.fullName, participantsIds: ['T00001'], categories: ['methodical', 'psychoPedagogical'], sources: ['interview', 'lessons'],
  problems: 'Не удерживает дисциплину на уроке', helpForms: ['coaching', 'lessonVisits'], emphasis: 'practical', place: 'inSchool',
  start: d('2026-09-01'), end: d('2027-05-31'), status: 'completed', outcome: 'partlySuccessful', problemsResult: 'notResolved',
  unresolvedProblems: 'Организация групповой работы', reasons: 'Болезнь учителя в ноябре', needs: ['helpWithHardest', 'anotherRoute'],
  anotherRouteReason: 'Переход на новый УМК', furtherWays: 'Взаимопосещение уроков, коучинг-сессии', conclusionDate: d('2027-05-31'),
  passportUrl: null, cardUrl: null, conclusionUrl: null,
};

export const items: PlanItem[] = [
  { id: 'I00002', programmeName: null, programmeId: 'P00001', order: 2, content: 'Открытый урок в 5А', deadline: d('2026-11-20'), supportedActivity: 'Готовит урок', supporterActivity: 'Консультирует', jointActivity: 'Анализ урока', checkpoint: 'openLesson', status: 'planned', doneDate: null },
  { id: 'I00001', programmeName: null, programmeId: 'P00001', order: 1, content: 'Посещение уроков наставником', deadline: d('2026-10-30'), supportedActivity: 'Ведёт уроки', supporterActivity: 'Посещает и анализирует', jointActivity: 'Обсуждение', checkpoint: 'interview', status: 'done', doneDate: d('2026-10-20') },
];

export const outcomeRows: OutcomeRow[] = [
  { id: 'A00001', programmeName: null, programmeId: 'P00001', problem: 'Дисциплина на уроке', before: 'шум на уроках', after: 'класс работает', method: 'анализ уроков', conclusions: 'проблема снята' },
  { id: 'A00002', programmeName: null, programmeId: 'P00001', problem: 'Групповая работа', before: 'не применяется', after: 'применяется эпизодически', method: 'анализ уроков', conclusions: 'снята частично' },
];

/** The card's attachments: one side of a comparison, a survey, a review. */
export const attachments: Attachment[] = [
  { id: 'W00002', programmeName: null, programmeId: 'P00001', kind: 'reviewParents', stage: null, surveyedBy: null, date: d('2026-12-01'), note: null, fileName: 'Отзыв.pdf', fileUrl: 'https://drive.google.com/file/d/fil2/view' },
  { id: 'W00001', programmeName: null, programmeId: 'P00001', kind: 'tests', stage: 'before', surveyedBy: null, date: d('2026-09-15'), note: 'входной срез', fileName: 'Срез.pdf', fileUrl: 'https://drive.google.com/file/d/fil1/view' },
  { id: 'W00003', programmeName: null, programmeId: 'P00001', kind: 'studentSurvey', stage: null, surveyedBy: 'psychologist', date: d('2026-10-01'), note: null, fileName: 'Анкеты.xlsx', fileUrl: 'https://drive.google.com/file/d/fil3/view' },
];

export const community: Community = {
  id: 'C00001', name: 'Научи меня Чуду!', kind: 'pos', leaderName: petrov.fullName, leaderId: 'T00002', secretaryName: ivanova.fullName, secretaryId: 'T00001',
  frequency: 'monthly', place: 'каб. 21', goal: 'Развитие личностного потенциала', createdOn: d('2026-09-01'), annualReportUrl: null,
};
export const skillsClub: Community = { ...community, id: 'C00002', name: 'SkillsClub', kind: 'skillsClub', goal: null };

export const members: CommunityMember[] = [
  { id: 'M00001', communityName: community.name, communityId: 'C00001', teacherName: petrov.fullName, teacherId: 'T00002', role: 'leader', since: d('2026-09-01'), until: null },
  { id: 'M00002', communityName: community.name, communityId: 'C00001', teacherName: ivanova.fullName, teacherId: 'T00001', role: 'secretary', since: d('2026-09-01'), until: null },
  { id: 'M00003', communityName: community.name, communityId: 'C00001', teacherName: sidorova.fullName, teacherId: 'T00003', role: 'member', since: d('2026-09-01'), until: null },
];

const session = (over: Partial<Session> & Pick<Session, 'id' | 'date' | 'kind' | 'topic'>): Session => ({
  startTime: null, endTime: null, place: null, format: 'group', workForm: null, stage: null, leaderName: petrov.fullName, leaderId: 'T00002',
  participantsNames: null, participantsIds: [], programmeName: null, programmeId: null, communityName: null, communityId: null, series: null,
  status: 'planned', results: [], resultNote: null, postReleaseUrl: null, ...over,
});

export const sessions: Session[] = [
  session({ id: 'S00001', date: d('2026-11-12'), kind: 'coaching', format: 'individual', workForm: 'coachingConsulting', topic: 'Приёмы удержания внимания', startTime: '14:00', endTime: '15:00', place: 'каб. 12', participantsNames: sidorova.fullName, participantsIds: ['T00003'], programmeId: 'P00001' }),
  session({ id: 'S00002', date: d('2026-11-05'), kind: 'communityMeeting', workForm: 'roundTable', topic: 'Позитивная психология на уроке', communityName: community.name, communityId: 'C00001', status: 'held' }),
  session({ id: 'S00003', date: d('2026-11-19'), kind: 'skillsClubEvent', workForm: 'masterClass', topic: 'Мастер-класс «Две звезды»', communityName: skillsClub.name, communityId: 'C00002', status: 'held', startTime: '15:00', endTime: '16:30', place: 'актовый зал', participantsNames: `${ivanova.fullName}; ${sidorova.fullName}`, participantsIds: ['T00001', 'T00003'], results: ['contestEntry', 'experience'], resultNote: 'Участники подготовили заявки на конкурс' }),
  session({ id: 'S00004', date: d('2026-11-25'), kind: 'lessonVisit', format: 'individual', topic: 'Посещение урока в 5А', participantsNames: sidorova.fullName, participantsIds: ['T00003'] }),
  session({ id: 'S00005', date: d('2026-12-02'), kind: 'coaching', topic: 'Следующий месяц' }),
  session({ id: 'S00006', date: d('2026-09-20'), kind: 'communityMeeting', topic: 'Установочное заседание', communityName: community.name, communityId: 'C00001', status: 'held' }),
];

/** 000 IV.5: Sidorova's schedule agreed with her coach. */
export const agreements: CoachingAgreement[] = [
  { id: 'H00001', teacherName: sidorova.fullName, teacherId: 'T00003', schoolYear: '2026/2027', coachName: petrov.fullName, coachId: 'T00002', agreedOn: d('2026-09-05'), note: null },
];

export const protocols: Protocol[] = [
  { id: 'R00001', number: 1, schoolYear: '2026/2027', date: d('2026-09-20'), communityName: community.name, communityId: 'C00001', sessionName: null, sessionId: 'S00006', chairName: petrov.fullName, chairId: 'T00002', secretaryName: ivanova.fullName, secretaryId: 'T00001', presentNames: `${petrov.fullName}; ${ivanova.fullName}; ${sidorova.fullName}`, presentIds: ['T00002', 'T00001', 'T00003'], absentNames: null, absentIds: [], invited: null, documentUrl: null },
  { id: 'R00002', number: 2, schoolYear: '2026/2027', date: d('2026-11-05'), communityName: community.name, communityId: 'C00001', sessionName: null, sessionId: 'S00002', chairName: petrov.fullName, chairId: 'T00002', secretaryName: ivanova.fullName, secretaryId: 'T00001', presentNames: `${petrov.fullName}; ${ivanova.fullName}`, presentIds: ['T00002', 'T00001'], absentNames: sidorova.fullName, absentIds: ['T00003'], invited: 'Орлова Е.В., заместитель директора по УВР', documentUrl: null },
];

export const decisions: Decision[] = [
  { id: 'D00002', protocolName: null, protocolId: 'R00001', order: 2, question: 'Выборы секретаря', heard: 'Петрова П.П.', decision: 'Избрать секретарём Иванову М.П.', responsibleNames: null, responsibleIds: [], deadline: null, status: 'done' },
  { id: 'D00001', protocolName: null, protocolId: 'R00001', order: 1, question: 'План на год', heard: 'Петрова П.П. о плане работы', decision: 'Утвердить план', responsibleNames: ivanova.fullName, responsibleIds: ['T00001'], deadline: d('2026-11-15'), status: 'open' },
  { id: 'D00003', protocolName: null, protocolId: 'R00002', order: 1, question: 'Позитивная психология', heard: 'Иванову М.П.', decision: 'Провести открытые уроки', responsibleNames: sidorova.fullName, responsibleIds: ['T00003'], deadline: d('2026-11-27'), status: 'open' },
];

export const achievements: Achievement[] = [
  { id: 'V00001', teacherName: ivanova.fullName, teacherId: 'T00001', date: d('2026-10-10'), kind: 'contest', level: 'municipal', title: 'Учитель года', result: 'prizeWinner', contest: null, participation: null, programmeName: null, programmeId: null, sessionName: null, sessionId: null, evidence: null },
  { id: 'V00002', teacherName: sidorova.fullName, teacherId: 'T00003', date: d('2026-11-19'), kind: 'contest', level: 'regional', title: 'Две звезды', result: 'participant', contest: 'twoStars', participation: 'team', programmeName: null, programmeId: null, sessionName: null, sessionId: 'S00003', evidence: null },
];

export const teachers = [ivanova, petrov, sidorova];

/** The community's year plan: typed out of month order, as a deputy adds items later. */
export const planRows: CommunityPlanRow[] = [
  { id: 'Y00001', communityName: community.name, communityId: 'C00001', schoolYear: '2026/2027', month: 'm11', topic: 'Позитивная психология на уроке', workForm: 'roundTable', responsible: petrov.fullName, sessionId: 'S00002' },
  { id: 'Y00002', communityName: community.name, communityId: 'C00001', schoolYear: '2026/2027', month: 'm09', topic: 'Установочное заседание', workForm: null, responsible: petrov.fullName, sessionId: 'S00006' },
  { id: 'Y00003', communityName: community.name, communityId: 'C00001', schoolYear: '2026/2027', month: 'm10', topic: 'Взаимопосещение уроков', workForm: 'другое: взаимопосещение', responsible: ivanova.fullName, sessionId: null },
];

export const orders: Order[] = [
  { id: 'J00001', number: '45-о', date: d('2026-09-01'), kind: 'leaders', communityName: null, communityId: null, schoolYear: null, director: null, documentUrl: null },
  { id: 'J00002', number: '46-о', date: d('2026-09-02'), kind: 'plan', communityName: community.name, communityId: 'C00001', schoolYear: '2026/2027', director: 'Кузьмин Борис Викторович', documentUrl: null },
];
