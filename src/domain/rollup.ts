/**
 * The regional roll-up (004 §4.3–4.4: the centre coordinates SkillsClub across schools, plans and
 * analyses its work). A school's summary holds figures only: counts per kind, status, outcome and
 * community, never a teacher's name or e-mail (personal data the centre does not need, 152-ФЗ's
 * minimisation). Community names are kept: they are the school's bodies, not people.
 */
import { z } from 'zod';
import { yearBounds, type Dashboard, type DashboardInput } from './dashboard';
import { ACHIEVEMENT_KINDS, ACHIEVEMENT_LEVELS, COMMUNITY_KINDS, CONCLUSION_OUTCOMES, PLAN_MONTHS, PROGRAMME_STATUSES, SESSION_KINDS, WORK_FORMS } from './options';
import type { Community, CommunityPlanRow, Session } from './records';
import { membersOn } from './meetings';

export const SUMMARY_FORMAT = 'teacher-support-summary/1';

const count = z.number().int().min(0);
const counts = <K extends string>(keys: readonly K[]) => z.object(Object.fromEntries(keys.map((k) => [k, count])) as Record<K, typeof count>);

export const SchoolSummary = z.object({
  format: z.literal(SUMMARY_FORMAT),
  school: z.string().min(1),
  schoolYear: z.string().regex(/^\d{4}\/\d{4}$/),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  teachersSupported: count,
  programmesByStatus: counts(PROGRAMME_STATUSES.keys),
  programmesByOutcome: counts([...CONCLUSION_OUTCOMES.keys, 'none'] as const),
  planItems: z.object({ total: count, done: count, overdue: count }),
  sessionsByKind: counts(SESSION_KINDS.keys),
  coachingHours: z.number().min(0),
  communities: z.array(z.object({ name: z.string(), kind: z.enum(COMMUNITY_KINDS.keys as unknown as [string, ...string[]]), members: count, meetings: count, minimum: count, monthsBelow: count })),
  skillsClubPostReleases: count,
  silentTeachers: count,
  achievementsByKind: counts(ACHIEVEMENT_KINDS.keys),
  contestsByLevel: counts([...ACHIEVEMENT_LEVELS.keys, 'none'] as const),
  contestWins: count,
  /**
   * 004 §4.4: the centre takes part in planning the SkillsClub's work: its year plan (month, topic,
   * form of work; the responsible people's names stay at school). Absent in older summaries.
   */
  skillsClubPlans: z.array(z.object({ community: z.string(), month: z.string(), topic: z.string(), form: z.string() })).max(1000).default([]),
  /** 004 §4.4: the best practices the centre popularises: the post-releases' links, when the school allows. */
  postReleases: z.array(z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), topic: z.string(), url: z.string().regex(/^https:\/\//) })).max(1000).default([]),
});
export type SchoolSummary = z.infer<typeof SchoolSummary>;

/** The SkillsClubs' year-plan rows of one school year, in the year's month order. */
export function skillsClubPlans(plans: readonly CommunityPlanRow[], communities: readonly Pick<Community, 'id' | 'name' | 'kind'>[], schoolYear: string): SchoolSummary['skillsClubPlans'] {
  const clubs = new Map(communities.filter((c) => c.kind === 'skillsClub').map((c) => [c.id, c.name]));
  const order = (month: string) => PLAN_MONTHS.keys.indexOf(month as (typeof PLAN_MONTHS.keys)[number]);
  return plans
    .filter((p) => p.communityId && clubs.has(p.communityId) && p.schoolYear.trim() === schoolYear)
    .sort((a, b) => (clubs.get(a.communityId!) ?? '').localeCompare(clubs.get(b.communityId!) ?? '', 'ru') || order(a.month) - order(b.month))
    .map((p) => ({ community: clubs.get(p.communityId!) ?? '', month: PLAN_MONTHS.label(p.month), topic: p.topic, form: p.workForm ? WORK_FORMS.label(p.workForm) : '' }));
}

/** The held SkillsClub events of the school year so far that have a post-release. */
export function postReleaseLinks(sessions: readonly Pick<Session, 'kind' | 'status' | 'date' | 'topic' | 'postReleaseUrl'>[], schoolYear: string, today: string): SchoolSummary['postReleases'] {
  const { start } = yearBounds(schoolYear);
  return sessions
    .filter((s) => s.kind === 'skillsClubEvent' && s.status === 'held' && s.postReleaseUrl?.startsWith('https://') && s.date && s.date >= start && s.date <= today)
    .sort((a, b) => a.date!.localeCompare(b.date!))
    .map((s) => ({ date: s.date!, topic: s.topic ?? '', url: s.postReleaseUrl! }));
}

export function schoolSummary(school: string, d: Dashboard, input: DashboardInput, shared: Pick<SchoolSummary, 'skillsClubPlans' | 'postReleases'> = { skillsClubPlans: [], postReleases: [] }): SchoolSummary {
  const sessionsByKind = Object.fromEntries(SESSION_KINDS.keys.map((k) => [k, d.sessionsByMonth.reduce((sum, m) => sum + m[k], 0)])) as SchoolSummary['sessionsByKind'];
  const kinds = new Map(input.communities.map((c) => [c.id, c.kind]));
  const { start } = yearBounds(d.schoolYear);
  return {
    format: SUMMARY_FORMAT,
    school,
    schoolYear: d.schoolYear,
    asOf: d.today,
    teachersSupported: d.teachersSupportedYear,
    programmesByStatus: d.programmesByStatus,
    programmesByOutcome: d.programmesByOutcome,
    planItems: { total: d.planItems.total, done: d.planItems.done, overdue: d.planItems.overdue },
    sessionsByKind,
    coachingHours: d.coachingHoursYear,
    communities: d.communities.map((c) => ({
      name: c.name,
      kind: kinds.get(c.id) ?? 'pos',
      members: membersOn(input.members, c.id, d.today).length,
      meetings: c.perMonth.reduce((a, b) => a + b, 0),
      minimum: c.minimum,
      monthsBelow: c.monthsBelow,
    })),
    skillsClubPostReleases: input.sessions.filter((s) => s.kind === 'skillsClubEvent' && s.status === 'held' && s.postReleaseUrl && s.date >= start && s.date <= d.today).length,
    silentTeachers: d.silentTeachers.length,
    achievementsByKind: d.achievementsByKind,
    contestsByLevel: d.contestsByLevel,
    contestWins: d.contestWins,
    ...shared,
  };
}

/** The columns of «Свод по школам», each with how a summary fills it. */
const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0);
export const ROLLUP_COLUMNS: ReadonlyArray<{ header: string; value: (s: SchoolSummary) => number }> = [
  { header: 'Педагогов на сопровождении', value: (s) => s.teachersSupported },
  { header: `Программ: ${PROGRAMME_STATUSES.label('active')}`, value: (s) => s.programmesByStatus.active },
  { header: `Программ: ${PROGRAMME_STATUSES.label('completed')}`, value: (s) => s.programmesByStatus.completed },
  ...CONCLUSION_OUTCOMES.keys.map((k) => ({ header: `Сопровождение ${CONCLUSION_OUTCOMES.label(k)}`, value: (s: SchoolSummary) => s.programmesByOutcome[k] })),
  { header: 'Пунктов плана выполнено', value: (s) => s.planItems.done },
  { header: 'Пунктов плана просрочено', value: (s) => s.planItems.overdue },
  { header: 'Проведено сессий и встреч', value: (s) => sum(s.sessionsByKind) },
  { header: 'Часов коучинга', value: (s) => s.coachingHours },
  { header: `Мероприятий ${SESSION_KINDS.label('skillsClubEvent')}`, value: (s) => s.sessionsByKind.skillsClubEvent },
  { header: 'Пост-релизов SkillsClub', value: (s) => s.skillsClubPostReleases },
  { header: 'Сообществ', value: (s) => s.communities.length },
  { header: 'Заседаний сообществ', value: (s) => s.communities.reduce((a, c) => a + c.meetings, 0) },
  { header: 'Сообществ с месяцами ниже минимума', value: (s) => s.communities.filter((c) => c.monthsBelow > 0).length },
  { header: 'Педагогов без активности 2 месяца', value: (s) => s.silentTeachers },
  ...ACHIEVEMENT_KINDS.keys.map((k) => ({ header: `Достижения: ${ACHIEVEMENT_KINDS.label(k)}`, value: (s: SchoolSummary) => s.achievementsByKind[k] })),
  { header: 'Конкурсы регионального уровня и выше', value: (s) => s.contestsByLevel.regional + s.contestsByLevel.federal + s.contestsByLevel.international },
  { header: 'Побед и призовых мест в конкурсах', value: (s) => s.contestWins },
];

export const ROLLUP_HEAD = ['Школа', 'Учебный год', 'Данные на'] as const;

/**
 * «SkillsClub по школам»: each school's newest summary per year, its SkillsClubs' year plans, then
 * the post-releases it shared. Text only, to be shown as typed.
 */
export function skillsClubRows(summaries: readonly SchoolSummary[], formatDay: (day: string) => string, heads: { plans: string; postReleases: string }): string[][] {
  const latest = newest(summaries);
  const rows: string[][] = [[heads.plans, '', '', '', '', ''], ['Школа', 'Учебный год', 'Сообщество', 'Месяц', 'Тема', 'Форма работы']];
  for (const s of latest) for (const p of s.skillsClubPlans) rows.push([s.school, s.schoolYear, p.community, p.month, p.topic, p.form]);
  rows.push(['', '', '', '', '', ''], [heads.postReleases, '', '', '', '', ''], ['Школа', 'Учебный год', 'Дата', 'Тема', 'Пост-релиз', '']);
  for (const s of latest) for (const p of s.postReleases) rows.push([s.school, s.schoolYear, formatDay(p.date), p.topic, p.url, '']);
  return rows;
}

/** The newest summary of each school and year, newest year first, schools by name. */
function newest(summaries: readonly SchoolSummary[]): SchoolSummary[] {
  const latest = new Map<string, SchoolSummary>();
  for (const s of summaries) {
    const key = `${s.school}\u0000${s.schoolYear}`;
    const seen = latest.get(key);
    if (!seen || seen.asOf < s.asOf) latest.set(key, s);
  }
  return [...latest.values()].sort((a, b) => b.schoolYear.localeCompare(a.schoolYear) || a.school.localeCompare(b.school, 'ru'));
}

/**
 * One row per school (the newest summary of each school and year wins), sorted by name, and a
 * total row per school year: a region's schools side by side.
 */
export function rollupRows(summaries: readonly SchoolSummary[], formatDay: (day: string) => string, totalLabel: (year: string) => string): Array<Array<string | number>> {
  const sorted = newest(summaries);
  const rows: Array<Array<string | number>> = [[...ROLLUP_HEAD, ...ROLLUP_COLUMNS.map((c) => c.header)]];
  for (const year of [...new Set(sorted.map((s) => s.schoolYear))]) {
    const ofYear = sorted.filter((s) => s.schoolYear === year);
    for (const s of ofYear) rows.push([s.school, year, formatDay(s.asOf), ...ROLLUP_COLUMNS.map((c) => c.value(s))]);
    rows.push([totalLabel(year), year, '', ...ROLLUP_COLUMNS.map((c) => Math.round(ofYear.reduce((a, s) => a + c.value(s), 0) * 10) / 10)]);
  }
  return rows;
}
