/**
 * The data check of the communities' year plans against the monthly minimum (003 §5.2, 004 §4.2):
 * a minimum month a plan leaves empty, and a planned month past with no meeting held. Narrow
 * reads of the plans, the meetings and the setting of the months, in two calls.
 */
import { planGaps } from '../domain/community-plan';
import { parseMinimumMonths } from '../domain/minimum-months';
import { COMMUNITY_PLANS } from '../text/community-plans';
import { a1 } from './a1';
import type { Problem } from './read';
import { scanTabs } from './scan-tabs';
import type { Workbook } from './sheets';

export function planProblems(workbook: Workbook): Problem[] {
  // Set-up makes all three; a book without one is reported as such by the check. Found by identity: a renamed tab still counts.
  if (!workbook.tab('communityPlans') || !workbook.tab('sessions') || !workbook.tab('settings')) return [];
  const scans = scanTabs(workbook, {
    communityPlans: ['communityId', 'communityName', 'schoolYear', 'month'],
    sessions: ['date', 'kind', 'status', 'communityId'],
    settings: ['key', 'value'],
  });
  const typed = scans.settings.records.find((r) => r.value.key === 'minimumMonths')?.value.value;
  const months = parseMinimumMonths(typeof typed === 'string' || typeof typed === 'number' ? String(typed) : null).months;
  const rows = scans.communityPlans.records.filter((r) => r.value.month && r.value.schoolYear).map((r) => ({ ...r.value, schoolYear: String(r.value.schoolYear), month: String(r.value.month) }));
  const meetings = scans.sessions.records.map((r) => r.value).filter((s) => !!s.date);
  // Each finding points at the first row of its community's plan for the year.
  const first = new Map<string, { row: number; name: string }>();
  for (const r of scans.communityPlans.records) {
    const key = `${r.value.communityId}|${String(r.value.schoolYear ?? '').trim()}`;
    if (!first.has(key)) first.set(key, { row: r.row, name: r.value.communityName ?? String(r.value.communityId) });
  }
  const today = workbook.zone.dayOf(new Date());
  return planGaps(rows, meetings, months, today).map((gap) => {
    const at = first.get(`${gap.communityId}|${gap.schoolYear}`);
    const name = at?.name ?? gap.communityId;
    const message = gap.kind === 'empty' ? COMMUNITY_PLANS.planEmptyMonth(name, gap.schoolYear, gap.month) : COMMUNITY_PLANS.planNotHeld(name, gap.schoolYear, gap.month);
    return { tab: workbook.nameOf('communityPlans'), cell: at ? a1(at.row, 1) : '', message, severity: 'warning' as const };
  });
}
