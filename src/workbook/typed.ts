/**
 * Decoded rows into typed domain records: each tab's row goes through its zod schema
 * (domain/records.ts). A row whose cells were already reported keeps out quietly; a row zod
 * refuses for any other reason is reported too, so no row is ever dropped unseen.
 */
import type { z } from 'zod';
import * as R from '../domain/records';
import { RU } from '../text/ru';
import { a1 } from './a1';
import type { TabKey } from './columns';
import { tabProblem, type Problem, type TabRead } from './read';

export const RECORD_SCHEMAS = {
  teachers: R.Teacher,
  classes: R.TeacherClass,
  communities: R.Community,
  members: R.CommunityMember,
  programmes: R.SupportProgramme,
  planItems: R.PlanItem,
  outcomes: R.OutcomeRow,
  sessions: R.Session,
  protocols: R.Protocol,
  decisions: R.Decision,
  achievements: R.Achievement,
  selfDiagnoses: R.SelfDiagnosis,
  feedback: R.Feedback,
  helpRequests: R.HelpRequest,
  studentSurveys: R.StudentSurvey,
  documents: R.DocumentEntry,
  mailings: R.Mailing,
  log: R.LogEntry,
  settings: R.SettingRow,
  communityPlans: R.CommunityPlanRow,
  orders: R.Order,
  attachments: R.Attachment,
  coachingAgreements: R.CoachingAgreement,
} satisfies Record<TabKey, z.ZodObject>;

export type RecordOf<K extends TabKey> = z.infer<(typeof RECORD_SCHEMAS)[K]>;

export interface Located<T> {
  /** 1-based sheet row, to write the record back. */
  row: number;
  value: T;
}

export function typedRecords<K extends TabKey>(key: K, read: TabRead): { records: Located<RecordOf<K>>[]; problems: Problem[] } {
  const schema = RECORD_SCHEMAS[key];
  const reported = new Set(read.problems.map((p) => p.cell.replace(/^[A-Z]+/, '')));
  const records: Located<RecordOf<K>>[] = [];
  const problems: Problem[] = [];
  for (const record of read.records) {
    const values: Record<string, unknown> = {};
    for (const column of read.spec.columns) {
      const list = column.kind.type === 'options' || column.kind.type === 'refs';
      values[column.key] = record.values[column.key] ?? (list ? [] : null);
    }
    const parsed = schema.safeParse(values);
    if (parsed.success) {
      records.push({ row: record.row, value: parsed.data as RecordOf<K> });
      continue;
    }
    if (reported.has(String(record.row))) continue;
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      const column = read.spec.columns.find((c) => c.key === key);
      const index = read.columns.get(key);
      problems.push(tabProblem(read.spec, a1(record.row, (index ?? 0) + 1), RU.problems.notValid(column?.header ?? key)));
    }
  }
  return { records, problems };
}
