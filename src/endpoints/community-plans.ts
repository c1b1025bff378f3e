/**
 * «Заполнить планы сообществ из запланированных встреч»: every community meeting of the current
 * school year not yet in «План работы сообществ» becomes a row of its community's plan (month,
 * topic, form of work, responsible). Rows typed by the deputy stay as they are; a second run adds
 * only meetings scheduled since.
 */
import { planRowsFromMeetings } from '../domain/community-plan';
import { schoolYearOf } from '../domain/local-date';
import { withDocumentLock } from '../platform/lock';
import { COMMUNITY_PLANS } from '../text/community-plans';
import { insertRecords, loadTab } from '../workbook/repo';
import { scanTabs } from '../workbook/scan-tabs';
import { openWorkbook } from '../workbook/sheets';
import { asMenuAction } from './overview';

const P = COMMUNITY_PLANS;

export function fillCommunityPlans(): void {
  asMenuAction(P.fillTitle, () => {
    const workbook = openWorkbook();
    const year = schoolYearOf(workbook.zone.dayOf(new Date()));
    const added = withDocumentLock(() => {
      const scans = scanTabs(workbook, {
        communities: ['id', 'name', 'leaderName'],
        sessions: ['id', 'date', 'kind', 'status', 'communityId', 'topic', 'workForm', 'leaderName'],
      });
      // Read inside the lock: rows added meanwhile by another run are not added twice.
      const plans = loadTab(workbook, 'communityPlans');
      const communities = scans.communities.records.map((r) => r.value).filter((c) => c.id && c.name);
      const meetings = scans.sessions.records.map((r) => r.value).filter((s) => s.id && s.date && s.topic);
      const rows = planRowsFromMeetings(communities, meetings, plans.records.map((r) => r.value), year);
      insertRecords(workbook, plans, rows);
      return rows;
    });
    const counts = new Map<string, number>();
    for (const r of added) counts.set(r.communityName, (counts.get(r.communityName) ?? 0) + 1);
    const text = added.length ? P.fillDone(year, [...counts].map(([name, n]) => P.fillLine(name, n))) : P.fillNone(year);
    SpreadsheetApp.getUi().alert(P.fillTitle, text, SpreadsheetApp.getUi().ButtonSet.OK);
  });
}
