/** The SkillsClub part of a school's summary for the centre (004 §4.4), without Google. */
import { postReleaseLinks, SchoolSummary, skillsClubPlans, skillsClubRows } from '../../src/domain/rollup';
import type { CommunityPlanRow } from '../../src/domain/records';

const communities = [
  { id: 'C00001', name: 'ПОС «Исследователи»', kind: 'pos' as const },
  { id: 'C00002', name: 'Цифра', kind: 'skillsClub' as const },
  { id: 'C00003', name: 'Аналитика', kind: 'skillsClub' as const },
];
const row = (id: string, communityId: string, month: CommunityPlanRow['month'], topic: string, schoolYear = '2026/2027'): CommunityPlanRow =>
  ({ id, communityId, communityName: null, schoolYear, month, topic, workForm: null, responsible: 'Петров П.П.', sessionId: null }) as CommunityPlanRow;

test("only the SkillsClubs' rows of the year, by club and then in the school year's month order, no one named", () => {
  const plans = [row('Y1', 'C00002', 'm01', 'Январь'), row('Y2', 'C00002', 'm09', 'Сентябрь'), row('Y3', 'C00001', 'm10', 'ПОС'), row('Y4', 'C00003', 'm11', 'Другой клуб'), row('Y5', 'C00002', 'm10', 'Прошлый год', '2025/2026')];
  const out = skillsClubPlans(plans, communities, '2026/2027');
  expect(out.map((p) => [p.community, p.month, p.topic])).toEqual([
    ['Аналитика', 'ноябрь', 'Другой клуб'],
    ['Цифра', 'сентябрь', 'Сентябрь'],
    ['Цифра', 'январь', 'Январь'],
  ]);
  expect(JSON.stringify(out)).not.toContain('Петров');
});

test('post-releases: held SkillsClub events of the school year so far with an https link', () => {
  const base = { kind: 'skillsClubEvent' as const, status: 'held' as const, topic: 'Т', postReleaseUrl: 'https://docs.google.com/document/d/x/edit' };
  const sessions = [
    { ...base, date: '2026-10-01' },
    { ...base, date: '2026-08-31' },
    { ...base, date: '2026-12-01' },
    { ...base, date: '2026-10-02', status: 'planned' as const },
    { ...base, date: '2026-10-03', postReleaseUrl: 'javascript:alert(1)' },
    { ...base, date: '2026-10-04', kind: 'communityMeeting' as const },
  ];
  expect(postReleaseLinks(sessions as never, '2026/2027', '2026-11-20').map((p) => p.date)).toEqual(['2026-10-01']);
});

test('a summary from before these parts still reads, with none of them; the centre lists the newest per school', () => {
  const old = { format: 'teacher-support-summary/1', school: 'Лицей', schoolYear: '2026/2027', asOf: '2026-11-01', teachersSupported: 0, programmesByStatus: {}, programmesByOutcome: {}, planItems: { total: 0, done: 0, overdue: 0 }, sessionsByKind: {}, coachingHours: 0, communities: [], skillsClubPostReleases: 0, silentTeachers: 0, achievementsByKind: {}, contestsByLevel: {}, contestWins: 0 };
  const parsed = SchoolSummary.safeParse(old);
  // The counts' keys are required; what matters here is that the two new parts are not.
  const issues = parsed.success ? [] : parsed.error.issues.map((i) => String(i.path[0]));
  expect(issues).not.toContain('skillsClubPlans');
  expect(issues).not.toContain('postReleases');
  const summary = (school: string, asOf: string, topic: string) =>
    ({ school, schoolYear: '2026/2027', asOf, skillsClubPlans: [{ community: 'Цифра', month: 'ноябрь', topic, form: '' }], postReleases: [] }) as unknown as SchoolSummary;
  const rows = skillsClubRows([summary('Лицей', '2026-11-01', 'старый'), summary('Лицей', '2026-11-20', 'новый')], (d) => d, { plans: 'P', postReleases: 'R' });
  expect(rows.filter((r) => r[0] === 'Лицей').map((r) => r[4])).toEqual(['новый']);
});
