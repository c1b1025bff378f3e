/**
 * The domain's records as zod schemas, named from the glossary: what a row of each tab means once
 * its cells are decoded. The sheet layer hands decoded values to these schemas, so code above it
 * works with `Teacher`, `SupportProgramme`, `PlanItem`… and never with raw cells.
 */
import { z } from 'zod';
import { isLocalDate, type LocalDate } from './local-date';
import type { OptionSet } from './option-set';
import * as O from './options';
import { isOtherValue } from './other-option';
import { RECORD_ID } from './patterns';

const id = z.string().regex(RECORD_ID);
const text = z.string().min(1);
const day = z.custom<LocalDate>((v) => typeof v === 'string' && isLocalDate(v), 'ожидается дата');
const time = z.string().regex(/^\d{2}:\d{2}$/);
/** A value of a list: one of its keys, or for an open list also «другое: …» (other-option.ts). */
const one = <K extends string>(set: OptionSet<K>): z.ZodType<K> =>
  set.open ? z.union([z.enum(set.keys as [K, ...K[]]), z.custom<K>(isOtherValue, 'ожидается значение из списка или «другое: …»')]) : z.enum(set.keys as [K, ...K[]]);
const many = <K extends string>(set: OptionSet<K>) => z.array(one(set));
const ids = z.array(id);
const maybe = <T extends z.ZodType>(schema: T) => schema.nullable();
// Not z.string().url(): it needs the URL global, which Apps Script's V8 does not have.
const link = z.string().regex(/^https?:\/\/[^\s<>"]+$/i);

export const Teacher = z.object({
  id,
  fullName: text,
  email: maybe(z.string().email()),
  subject: maybe(text),
  position: maybe(text),
  role: one(O.TEACHER_ROLES),
  coachBasis: maybe(one(O.COACH_BASES)),
  totalExperience: maybe(z.number()),
  schoolExperience: maybe(z.number()),
  load: maybe(z.number()),
  totalLoad: maybe(z.number()),
  category: maybe(one(O.QUALIFICATION_CATEGORIES)),
  attestationDate: maybe(day),
  mentorName: maybe(text),
  mentorId: maybe(id),
  note: maybe(text),
});

export const TeacherClass = z.object({
  id,
  teacherName: maybe(text),
  teacherId: maybe(id),
  schoolYear: text,
  className: text,
  programme: maybe(text),
  planning: maybe(text),
  textbooks: maybe(text),
});

export const Community = z.object({
  id,
  name: text,
  kind: one(O.COMMUNITY_KINDS),
  leaderName: maybe(text),
  leaderId: maybe(id),
  secretaryName: maybe(text),
  secretaryId: maybe(id),
  frequency: one(O.MEETING_FREQUENCIES),
  place: maybe(text),
  goal: maybe(text),
  createdOn: maybe(day),
  annualReportUrl: maybe(link),
});

export const CommunityMember = z.object({
  id,
  communityName: maybe(text),
  communityId: maybe(id),
  teacherName: maybe(text),
  teacherId: maybe(id),
  role: one(O.MEMBER_ROLES),
  since: maybe(day),
  until: maybe(day),
});

export const SupportProgramme = z.object({
  id,
  teacherName: maybe(text),
  teacherId: maybe(id),
  decisionDate: day,
  leadName: maybe(text),
  leadId: maybe(id),
  participantsNames: maybe(text),
  participantsIds: ids,
  categories: many(O.DIFFICULTY_CATEGORIES).min(1),
  sources: many(O.DIAGNOSTIC_SOURCES),
  problems: text,
  helpForms: many(O.HELP_FORMS).min(1),
  emphasis: maybe(one(O.ROUTE_EMPHASES)),
  place: maybe(one(O.ROUTE_PLACES)),
  start: day,
  end: day,
  status: one(O.PROGRAMME_STATUSES),
  outcome: maybe(one(O.CONCLUSION_OUTCOMES)),
  problemsResult: maybe(one(O.CONCLUSION_PROBLEMS)),
  unresolvedProblems: maybe(text),
  reasons: maybe(text),
  needs: many(O.CONCLUSION_NEEDS),
  anotherRouteReason: maybe(text),
  furtherWays: maybe(text),
  conclusionDate: maybe(day),
  passportUrl: maybe(link),
  cardUrl: maybe(link),
  conclusionUrl: maybe(link),
});


export const PlanItem = z.object({
  id,
  programmeName: maybe(text),
  programmeId: maybe(id),
  order: z.number().int().min(1),
  content: text,
  deadline: day,
  supportedActivity: maybe(text),
  supporterActivity: maybe(text),
  jointActivity: maybe(text),
  checkpoint: maybe(one(O.CHECKPOINT_KINDS)),
  status: one(O.PLAN_ITEM_STATUSES),
  doneDate: maybe(day),
});

export const OutcomeRow = z.object({
  id,
  programmeName: maybe(text),
  programmeId: maybe(id),
  problem: text,
  before: maybe(text),
  after: maybe(text),
  method: maybe(text),
  conclusions: maybe(text),
});

export const Session = z.object({
  id,
  date: day,
  startTime: maybe(time),
  endTime: maybe(time),
  place: maybe(text),
  kind: one(O.SESSION_KINDS),
  format: one(O.SESSION_FORMATS),
  workForm: maybe(one(O.WORK_FORMS)),
  topic: text,
  stage: maybe(text),
  leaderName: maybe(text),
  leaderId: maybe(id),
  participantsNames: maybe(text),
  participantsIds: ids,
  programmeName: maybe(text),
  programmeId: maybe(id),
  communityName: maybe(text),
  communityId: maybe(id),
  series: maybe(text),
  status: one(O.SESSION_STATUSES),
  results: many(O.SESSION_RESULTS),
  resultNote: maybe(text),
  postReleaseUrl: maybe(link),
});

export const Protocol = z.object({
  id,
  number: z.number().int().min(1),
  schoolYear: text,
  date: day,
  communityName: maybe(text),
  communityId: maybe(id),
  sessionName: maybe(text),
  sessionId: maybe(id),
  chairName: maybe(text),
  chairId: maybe(id),
  secretaryName: maybe(text),
  secretaryId: maybe(id),
  presentNames: maybe(text),
  presentIds: ids,
  absentNames: maybe(text),
  absentIds: ids,
  invited: maybe(text),
  documentUrl: maybe(link),
});

export const Decision = z.object({
  id,
  protocolName: maybe(text),
  protocolId: maybe(id),
  order: z.number().int().min(1),
  question: text,
  heard: maybe(text),
  decision: text,
  responsibleNames: maybe(text),
  responsibleIds: ids,
  deadline: maybe(day),
  status: maybe(one(O.DECISION_STATUSES)),
});

export const Achievement = z.object({
  id,
  teacherName: maybe(text),
  teacherId: maybe(id),
  date: day,
  kind: one(O.ACHIEVEMENT_KINDS),
  level: maybe(one(O.ACHIEVEMENT_LEVELS)),
  title: text,
  result: maybe(one(O.ACHIEVEMENT_RESULTS)),
  contest: maybe(one(O.CONTESTS)),
  participation: maybe(one(O.CONTEST_PARTICIPATION)),
  programmeName: maybe(text),
  programmeId: maybe(id),
  sessionName: maybe(text),
  sessionId: maybe(id),
  evidence: maybe(link),
});

const responseKey = text;
const score = z.number().min(1).max(5);

export const SelfDiagnosis = z.object({
  id,
  teacherName: maybe(text),
  teacherId: maybe(id),
  date: day,
  score_generalPedagogical: maybe(score),
  score_psychoPedagogical: maybe(score),
  score_methodical: maybe(score),
  score_scientificTheoretical: maybe(score),
  score_organisational: maybe(score),
  responseKey,
});

export const Feedback = z.object({
  id,
  teacherName: maybe(text),
  teacherId: maybe(id),
  date: day,
  session: text,
  usefulness: maybe(score),
  changed: maybe(text),
  next: maybe(text),
  responseKey,
});

export const HelpRequest = z.object({
  id,
  teacherName: maybe(text),
  teacherId: maybe(id),
  date: day,
  problem: text,
  category: maybe(one(O.DIFFICULTY_CATEGORIES)),
  helpKind: maybe(text),
  status: one(O.REQUEST_STATUSES),
  responseKey,
});

export const StudentSurvey = z.object({
  id,
  teacherName: maybe(text),
  teacherId: maybe(id),
  date: day,
  phase: one(O.STUDENT_PHASES),
  className: maybe(text),
  statement1: maybe(score),
  statement2: maybe(score),
  statement3: maybe(score),
  statement4: maybe(score),
  statement5: maybe(score),
  responseKey,
});

export const DocumentEntry = z.object({
  id,
  kind: one(O.DOCUMENT_KINDS),
  title: text,
  recordId: maybe(text),
  url: link,
  fileId: maybe(text),
  created: day,
  keepUntil: day,
  retention: maybe(one(O.RETENTION_DECISIONS)),
  retentionDate: maybe(day),
});

export const Mailing = z.object({
  id,
  key: text,
  month: maybe(text),
  kind: one(O.MAIL_KINDS),
  recipientName: maybe(text),
  email: maybe(text),
  subject: maybe(text),
  status: one(O.MAIL_STATUSES),
  at: z.string(),
  note: maybe(text),
});

export const LogEntry = z.object({
  id,
  at: z.string(),
  user: maybe(z.string()),
  level: one(O.LOG_LEVELS),
  action: one(O.LOG_ACTIONS),
  target: maybe(text),
  message: maybe(text),
});

export const SettingRow = z.object({
  key: text,
  label: text,
  /** Checked by the setting's own kind (workbook/settings.ts). */
  value: z.unknown(),
  help: maybe(text),
});

/** A row of a community's year plan (003 §7, 004 §5.1): month, topic, form of work, responsible. */
export const CommunityPlanRow = z.object({
  id,
  communityName: maybe(text),
  communityId: maybe(id),
  schoolYear: text,
  month: one(O.PLAN_MONTHS),
  topic: text,
  workForm: maybe(one(O.WORK_FORMS)),
  responsible: maybe(text),
  sessionId: maybe(id),
});

/** An order of the school's register (003 §5.1, §7), with its own requisites. */
export const Order = z.object({
  id,
  number: text,
  date: day,
  kind: one(O.ORDER_KINDS),
  communityName: maybe(text),
  communityId: maybe(id),
  schoolYear: maybe(text),
  director: maybe(text),
  documentUrl: maybe(link),
});

/** A file attached to a programme's card (001 §6.3, 002 §5.2): its kind, side, date and Drive file. */
export const Attachment = z.object({
  id,
  programmeName: maybe(text),
  programmeId: maybe(id),
  kind: one(O.ATTACHMENT_KINDS),
  stage: maybe(one(O.ATTACHMENT_STAGES)),
  surveyedBy: maybe(one(O.SURVEYORS)),
  date: day,
  note: maybe(text),
  fileName: maybe(text),
  fileUrl: link,
});

/** 000 IV.5: a teacher's coaching schedule for a school year, agreed with the coach on a day. */
export const CoachingAgreement = z.object({
  id,
  teacherName: maybe(text),
  teacherId: maybe(id),
  schoolYear: text,
  coachName: maybe(text),
  coachId: maybe(id),
  agreedOn: day,
  note: maybe(text),
});

export type Teacher = z.infer<typeof Teacher>;
export type TeacherClass = z.infer<typeof TeacherClass>;
export type Community = z.infer<typeof Community>;
export type CommunityMember = z.infer<typeof CommunityMember>;
export type SupportProgramme = z.infer<typeof SupportProgramme>;
export type PlanItem = z.infer<typeof PlanItem>;
export type OutcomeRow = z.infer<typeof OutcomeRow>;
export type Session = z.infer<typeof Session>;
export type Protocol = z.infer<typeof Protocol>;
export type Decision = z.infer<typeof Decision>;
export type Achievement = z.infer<typeof Achievement>;
export type SelfDiagnosis = z.infer<typeof SelfDiagnosis>;
export type Feedback = z.infer<typeof Feedback>;
export type HelpRequest = z.infer<typeof HelpRequest>;
export type StudentSurvey = z.infer<typeof StudentSurvey>;
export type DocumentEntry = z.infer<typeof DocumentEntry>;
export type LogEntry = z.infer<typeof LogEntry>;
export type Mailing = z.infer<typeof Mailing>;
export type CommunityPlanRow = z.infer<typeof CommunityPlanRow>;
export type Order = z.infer<typeof Order>;
export type Attachment = z.infer<typeof Attachment>;
export type CoachingAgreement = z.infer<typeof CoachingAgreement>;
