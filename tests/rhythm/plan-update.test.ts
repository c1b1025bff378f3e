/**
 * The month's plan kept current, through the built bundle (000 IV.4: every coaching session is
 * in its month's plan). The plan for October is made on 25 September; a session scheduled on the
 * 27th for October appears in a new version after the next daily run: the tab is rewritten, a new
 * document made, the old one moved to «Архив версий» (never deleted), and the deputy told. A
 * month that did not change makes no new version, however many runs pass.
 */
import { listDriveFiles, outbox, type WorkspaceState } from '@pds/emulator';
import { Addon } from '../helpers/addon';
import { DEPUTY, rhythmSchool } from '../helpers/rhythm-school';
import { coachingSession, mark } from '../helpers/payloads';
import { asOk } from '../helpers/wire';

const MSK = '+03:00';
const OCTOBER = 'План работы на месяц — октябрь 2026';
let base: WorkspaceState;

beforeAll(() => {
  const addon = rhythmSchool();
  addon.click('Включить');
  // The run of the 25th makes October's plan; the 26th's finds nothing changed.
  addon.host.advanceClock(`2026-09-26T12:00:00${MSK}`);
  base = addon.emulator.state;
}, 60_000);

const planDocs = (addon: Addon) =>
  listDriveFiles(addon.emulator).filter((f) => f.mimeType === 'application/vnd.google-apps.document' && f.name === OCTOBER);
const planTab = (addon: Addon) => addon.sheet('План на месяц', (s) => s.getDataRange().getDisplayValues()).map((r) => r.join('|'));
const updates = (addon: Addon) => outbox(addon.emulator).filter((m) => m.subject === 'План работы на октябрь 2026 обновлён');
const registered = (addon: Addon) =>
  addon.sheet('Реестр документов', (s) => s.getDataRange().getDisplayValues()).filter((r) => r.includes('план работы на месяц') && r.join('|').includes('октябрь 2026'));

test('an unchanged month makes no new version, run after run', () => {
  const addon = Addon.from(base);
  const before = planDocs(addon);
  expect(before).toHaveLength(1);
  expect(before[0]!.path).toMatch(/Планы работы$/);
  addon.host.advanceClock(`2026-09-30T12:00:00${MSK}`);
  expect(planDocs(addon).map((f) => f.id)).toEqual(before.map((f) => f.id));
  expect(updates(addon)).toHaveLength(0);
});

test('a session scheduled on the 27th for October is in a new version after the next run; the old document is archived', () => {
  const addon = Addon.from(base);
  const first = planDocs(addon)[0]!;
  addon.host.advanceClock(`2026-09-27T10:00:00${MSK}`);
  const added = asOk(addon.call('scheduleSessions', coachingSession({ leaderId: 'T00002', participantsIds: ['T00011'], topic: 'Дополнительная встреча', date: '2026-10-14', startTime: '10:00', endTime: '10:45' })));
  expect(planTab(addon).join('\n')).not.toContain('Дополнительная встреча');
  // The page's answer says the plan is remade by the next run, not at once.
  expect(added.response.planNote).toBe('План на октябрь 2026 уже составлен: новая версия с этим изменением будет составлена при ближайшем ежедневном запуске.');
  // A session of a month with no plan yet (November's is made on 25 October) gets no note.
  const later = asOk(addon.call('scheduleSessions', coachingSession({ leaderId: 'T00002', participantsIds: ['T00011'], topic: 'Ноябрьская встреча', date: '2026-11-18', startTime: '10:00', endTime: '10:45' })));
  expect(later.response.planNote).toBeNull();

  addon.host.advanceClock(`2026-09-28T12:00:00${MSK}`);
  expect(planTab(addon).some((r) => r.startsWith('14.10.2026|10:00–10:45|коучинг-сессия|Дополнительная встреча'))).toBe(true);
  const docs = planDocs(addon);
  expect(docs).toHaveLength(2);
  const old = docs.find((f) => f.id === first.id)!;
  expect(old.path).toMatch(/Архив версий$/);
  expect(old.trashed).toBe(false);
  const current = docs.find((f) => f.id !== first.id)!;
  expect(current.path).toMatch(/Планы работы$/);
  // The register points at the new version, one row for the month.
  expect(registered(addon)).toHaveLength(1);
  expect(registered(addon)[0]!.join('|')).toContain(current.url);
  // The deputy is told once, with what changed and a link to the new document.
  const told = updates(addon);
  expect(told).toHaveLength(1);
  expect(told[0]!.to).toEqual([DEPUTY]);
  expect(told[0]!.body).toContain('Добавлено: 1');
  expect(told[0]!.body).toContain('версия 2');
  expect(told[0]!.body).toContain(current.url);
  const log = addon.sheet('Журнал', (s) => s.getDataRange().getDisplayValues()).map((r) => r.join('|'));
  expect(log.some((r) => r.includes('План на октябрь 2026 составлен заново (версия 2)'))).toBe(true);

  // Nothing changed since: the next runs make no third version and tell nobody again.
  addon.host.advanceClock(`2026-09-30T12:00:00${MSK}`);
  expect(planDocs(addon)).toHaveLength(2);
  expect(updates(addon)).toHaveLength(1);

  // Cancelled in October itself: the plan of the month in progress is kept current too.
  addon.host.advanceClock(`2026-10-02T10:00:00${MSK}`);
  const cancelled = asOk(addon.call('recordSessionResult', mark(addon, added.response.ids[0]!, 'cancelled')));
  expect(cancelled.response.planNote).toContain('План на октябрь 2026 уже составлен');
  addon.host.advanceClock(`2026-10-03T12:00:00${MSK}`);
  expect(planTab(addon).join('\n')).not.toContain('Дополнительная встреча');
  expect(planDocs(addon)).toHaveLength(3);
  expect(planDocs(addon).filter((f) => f.path.endsWith('Планы работы'))).toHaveLength(1);
  expect(updates(addon).map((m) => m.body.includes('Убрано: 1'))).toEqual([false, true]);
});
