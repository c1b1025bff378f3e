/**
 * The monitoring of a teacher's individual achievements (001 §3.4) for «Педагог»: one timeline of
 * their programmes, checkpoints passed (002 §3.2), other plan items done, sessions held, results,
 * and questionnaire scores over time (self-diagnosis, feedback on sessions, pupils' surveys). Built
 * from tabs the page has read once; dates as "yyyy-MM-dd" strings for the wire.
 */
import * as O from '../domain/options';
import { DEFAULT_REGULATION, REGULATED, type Regulation } from '../domain/regulation';
import type { Teacher } from '../domain/records';
import { DIFFICULTY_CATEGORIES } from '../domain/options';
import { splitList } from '../workbook/cells';
import type { LoadedTab } from '../workbook/repo';
import type { TeacherNames } from '../workbook/unit';
import { diagnosisKey, STUDENT_STATEMENT_COUNT, statementKey } from '../workbook/tabs';
import { RU } from '../text/ru';
import { refersTo } from './teacher-glance';

const M = RU.overview.monitoring;

export type TimelineKind = 'programme' | 'checkpoint' | 'planItem' | 'session' | 'achievement' | 'questionnaire';
export type TimelineEvent = { date: string; kind: TimelineKind; title: string; detail: string };
export type ScorePoint = { date: string; source: 'selfDiagnosis' | 'feedback' | 'studentSurvey'; label: string; value: number };
export type TeacherMonitoring = {
  totals: { programmes: number; checkpoints: number; sessions: number; achievements: number };
  /** Newest first; `total` is how many there are in all. */
  timeline: TimelineEvent[];
  timelineTotal: number;
  /** Oldest first: the order a trend is read in. */
  scores: ScorePoint[];
};

export const TIMELINE_LIMIT = 40;

export interface MonitoringTabs {
  teachers: TeacherNames;
  programmes: LoadedTab<'programmes'>;
  planItems: LoadedTab<'planItems'>;
  sessions: LoadedTab<'sessions'>;
  achievements: LoadedTab<'achievements'>;
  selfDiagnoses: LoadedTab<'selfDiagnoses'>;
  feedback: LoadedTab<'feedback'>;
  studentSurveys: LoadedTab<'studentSurveys'>;
}

const mean = (values: Array<number | null>): number | null => {
  const present = values.filter((v): v is number => typeof v === 'number');
  return present.length ? Math.round((present.reduce((a, b) => a + b, 0) / present.length) * 100) / 100 : null;
};

/** `regulation` words a checkpoint; asked only when there is one (it costs a read of «Настройки»). */
export function teacherMonitoring(teacher: Teacher, tabs: MonitoringTabs, today: string, regulation: () => Regulation = () => DEFAULT_REGULATION): TeacherMonitoring {
  const matches = refersTo(teacher, tabs.teachers);
  const values = <K extends keyof MonitoringTabs>(key: K) => tabs[key].records.map((r) => r.value) as Array<MonitoringTabs[K]['records'][number]['value']>;
  const events: TimelineEvent[] = [];
  const scores: ScorePoint[] = [];

  const programmes = values('programmes').filter((p) => matches(p.teacherId, p.teacherName));
  const own = new Set(programmes.map((p) => p.id));
  for (const p of programmes) {
    events.push({ date: p.start, kind: 'programme', title: M.programmeStart, detail: `${O.PROGRAMME_STATUSES.label(p.status)}; ${p.problems.split('\n')[0] ?? ''}` });
    if (p.end <= today || p.status === 'completed' || p.status === 'stopped') {
      events.push({ date: p.conclusionDate ?? p.end, kind: 'programme', title: M.programmeEnd, detail: p.outcome ? M.outcome(O.CONCLUSION_OUTCOMES.label(p.outcome)) : O.PROGRAMME_STATUSES.label(p.status) });
    }
  }
  let checkpoints = 0;
  for (const i of values('planItems')) {
    if (!i.programmeId || !own.has(i.programmeId) || i.status !== 'done') continue;
    if (i.checkpoint) checkpoints++;
    events.push({ date: i.doneDate ?? i.deadline, kind: i.checkpoint ? 'checkpoint' : 'planItem', title: i.checkpoint ? M.checkpoint(REGULATED.checkpointKinds.in(regulation()).label(i.checkpoint)) : M.planItem, detail: i.content });
  }
  const inList = (ids: readonly string[], names: string | null) => (ids.length ? ids.some((id) => matches(id, null)) : splitList(names ?? '').some((n) => matches(null, n)));
  const sessions = values('sessions').filter((s) => s.status === 'held' && (matches(s.leaderId, s.leaderName) || inList(s.participantsIds, s.participantsNames)));
  for (const s of sessions) {
    const results = s.results.map((r) => O.SESSION_RESULTS.label(r)).join('; ');
    events.push({ date: s.date, kind: 'session', title: `${O.SESSION_KINDS.label(s.kind)}: ${s.topic}`, detail: results ? M.results(results) : '' });
  }
  const achievements = values('achievements').filter((a) => matches(a.teacherId, a.teacherName));
  for (const a of achievements) {
    events.push({ date: a.date, kind: 'achievement', title: `${O.ACHIEVEMENT_KINDS.label(a.kind)}: ${a.title}`, detail: [a.level && O.ACHIEVEMENT_LEVELS.label(a.level), a.result && O.ACHIEVEMENT_RESULTS.label(a.result)].filter(Boolean).join(', ') });
  }
  for (const d of values('selfDiagnoses').filter((x) => matches(x.teacherId, x.teacherName))) {
    const value = mean(DIFFICULTY_CATEGORIES.keys.map((k) => (d as unknown as Record<string, number | null>)[diagnosisKey(k)] ?? null));
    if (value !== null) scores.push({ date: d.date, source: 'selfDiagnosis', label: M.selfDiagnosis, value });
  }
  for (const f of values('feedback').filter((x) => matches(x.teacherId, x.teacherName))) {
    if (f.usefulness !== null) scores.push({ date: f.date, source: 'feedback', label: M.feedback, value: f.usefulness });
  }
  for (const s of values('studentSurveys').filter((x) => matches(x.teacherId, x.teacherName))) {
    const value = mean(Array.from({ length: STUDENT_STATEMENT_COUNT }, (_, i) => (s as unknown as Record<string, number | null>)[statementKey(i + 1)] ?? null));
    if (value !== null) scores.push({ date: s.date, source: 'studentSurvey', label: M.studentSurvey(O.STUDENT_PHASES.label(s.phase)), value });
  }
  for (const s of scores) events.push({ date: s.date, kind: 'questionnaire', title: s.label, detail: M.score(s.value) });

  events.sort((a, b) => b.date.localeCompare(a.date));
  scores.sort((a, b) => a.date.localeCompare(b.date));
  return {
    totals: { programmes: programmes.length, checkpoints, sessions: sessions.length, achievements: achievements.length },
    timeline: events.slice(0, TIMELINE_LIMIT),
    timelineTotal: events.length,
    scores,
  };
}
