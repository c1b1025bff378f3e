/**
 * The month's plan in weekly parts, through the built bundle: a school that asked for a document a
 * week («Настройки») gets October's plan as one document per week with rows, in a folder of the
 * month that the reminders link; a session added later remakes its week's part alone (the old one
 * archived, never deleted); switching back makes one document for the month and archives the parts.
 */
import { documentText, hostCreateFolder, listDriveFiles, outbox, type WorkspaceState } from '@pds/emulator';
import { Addon } from '../helpers/addon';
import { DEPUTY, rhythmSchool } from '../helpers/rhythm-school';
import { coachingSession, settings } from '../helpers/payloads';
import { asOk } from '../helpers/wire';

const MSK = '+03:00';
const BY_WEEK = 'План работы на месяц — отдельный документ на каждую неделю';
const PART = /^План работы на месяц — октябрь 2026, (\d\d\.\d\d\.\d{4})–(\d\d\.\d\d\.\d{4})$/;
let base: WorkspaceState;

beforeAll(() => {
  const addon = rhythmSchool();
  addon.setting(BY_WEEK, 'да');
  addon.click('Включить');
  addon.host.advanceClock(`2026-09-26T12:00:00${MSK}`);
  base = addon.emulator.state;
}, 60_000);

const docs = (addon: Addon) => listDriveFiles(addon.emulator).filter((f) => f.mimeType === 'application/vnd.google-apps.document' && f.name.startsWith('План работы на месяц — октябрь 2026'));
const live = (addon: Addon) => docs(addon).filter((f) => !f.path.endsWith('Архив версий'));
const planTab = (addon: Addon) => addon.sheet('План на месяц', (s) => s.getDataRange().getDisplayValues()).map((r) => r.join('|'));
const register = (addon: Addon) => addon.sheet('Реестр документов', (s) => s.getDataRange().getDisplayValues()).filter((r) => r.includes('план работы на месяц'));
const day = (ru: string) => ru.split('.').reverse().join('-');

test("October's plan is a document a week in the month's folder, every row of the month in the part of its week", () => {
  const addon = Addon.from(base);
  const parts = live(addon);
  expect(parts.length).toBeGreaterThanOrEqual(3);
  const ranges = parts.map((f) => PART.exec(f.name)!.slice(1).map(day)).sort();
  for (const f of parts) expect(f.path).toMatch(/Планы работы\/октябрь 2026$/);
  // Weeks from Monday, within October, never overlapping.
  for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]! > ranges[i - 1]![1]!).toBe(true);
  const tabDates = planTab(addon).map((r) => /^(\d\d\.10\.2026)\|/.exec(r)?.[1]).filter((d): d is string => !!d);
  expect(tabDates.length).toBeGreaterThan(0);
  const printed: string[] = [];
  for (const f of parts) {
    const text = documentText(addon.emulator, f.id);
    expect(text).not.toContain('{{');
    const [from, to] = PART.exec(f.name)!.slice(1) as [string, string];
    expect(text).toContain(`${from} – ${to}`);
    const dates = [...text.matchAll(/(\d\d\.10\.2026)\n/g)].map((m) => m[1]!).filter((d) => d !== from && d !== to || text.split(d).length > 2);
    for (const d of dates) expect(day(d) >= day(from) && day(d) <= day(to)).toBe(true);
    printed.push(...text.split('\n').filter((l) => /^Коучинг: шаг|^Заседание /.test(l)));
  }
  // Every event of the month is printed once, in one part.
  const topics = planTab(addon).flatMap((r) => r.split('|').filter((c) => /^Коучинг: шаг|^Заседание /.test(c)));
  expect(printed.sort()).toEqual(topics.sort());
  // One register row a part; the month itself has none.
  expect(register(addon).map((r) => r.find((c) => /^2026-10/.test(c))).sort()).toEqual(expect.arrayContaining([expect.stringMatching(/^2026-10\/w\d\.1$/)]));
  expect(register(addon)).toHaveLength(parts.length);
  // The reminders and the digest link the month's folder.
  const digest = outbox(addon.emulator).find((m) => m.to.includes(DEPUTY) && /октябрь/i.test(m.subject))!;
  expect(digest.body).toMatch(/План работы на месяц \(документ\): https:\/\/drive\.google\.com\/drive\/folders\//);
});

test("a session added to one week remakes that week's part alone; the old one is archived", () => {
  const addon = Addon.from(base);
  const before = live(addon);
  addon.host.advanceClock(`2026-09-27T10:00:00${MSK}`);
  asOk(addon.call('scheduleSessions', coachingSession({ leaderId: 'T00002', participantsIds: ['T00011'], topic: 'Дополнительная встреча', date: '2026-10-14', startTime: '10:00', endTime: '10:45' })));
  addon.host.advanceClock(`2026-09-28T12:00:00${MSK}`);
  const after = live(addon);
  const fresh = after.filter((f) => !before.some((b) => b.id === f.id));
  expect(fresh).toHaveLength(1);
  expect(fresh[0]!.name).toBe('План работы на месяц — октябрь 2026, 12.10.2026–18.10.2026');
  expect(documentText(addon.emulator, fresh[0]!.id)).toContain('Дополнительная встреча');
  const replaced = before.find((b) => b.name === fresh[0]!.name)!;
  const archived = docs(addon).find((f) => f.id === replaced.id)!;
  expect(archived.path).toMatch(/Архив версий$/);
  expect(archived.trashed).toBe(false);
  expect(after).toHaveLength(before.length);
  expect(register(addon)).toHaveLength(before.length);
});

test('switched back to one document, the month is one document and its weekly parts go to the archive', () => {
  const addon = Addon.from(base);
  const parts = live(addon);
  addon.host.advanceClock(`2026-09-27T10:00:00${MSK}`);
  addon.setting(BY_WEEK, 'нет');
  addon.host.advanceClock(`2026-09-28T12:00:00${MSK}`);
  const now = live(addon);
  expect(now.map((f) => f.name)).toEqual(['План работы на месяц — октябрь 2026']);
  expect(now[0]!.path).toMatch(/Планы работы$/);
  for (const p of parts) expect(docs(addon).find((f) => f.id === p.id)!.path).toMatch(/Архив версий$/);
  // The runs after make nothing more.
  addon.host.advanceClock(`2026-09-30T12:00:00${MSK}`);
  expect(live(addon).map((f) => f.id)).toEqual(now.map((f) => f.id));
});

test("a plan document that cannot be made (no folder yet) is tried every run and logged once, not every day", () => {
  const addon = rhythmSchool();
  addon.setting('Папка на Google Диске', '');
  addon.click('Включить');
  addon.host.advanceClock(`2026-09-28T12:00:00${MSK}`);
  const failed = addon.sheet('Журнал', (s) => s.getDataRange().getDisplayValues()).filter((r) => r.join('|').includes('Документ плана не создан'));
  expect(failed).toHaveLength(1);
  // Once an administrator sets the folder, the next run makes it.
  expect(addon.call('saveSettings', settings(addon, { driveFolder: hostCreateFolder(addon.emulator, 'Школа') }))).toMatchObject({ status: 'success' });
  addon.host.advanceClock(`2026-09-29T12:00:00${MSK}`);
  expect(live(addon).map((f) => f.name)).toEqual(expect.arrayContaining([expect.stringMatching(/^План работы на месяц — октябрь 2026/)]));
});
