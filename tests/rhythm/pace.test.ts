/**
 * Work a run's time budget leaves: the one trigger of the document (an add-on may hold one
 * time-driven trigger per user per document, docs/platform.md) runs hourly until the work is done,
 * then daily again at the set hour; nothing is sent twice.
 */
import { dailyRecipientLimit, outbox } from '@pds/emulator';
import type { Addon } from '../helpers/addon';
import { rhythmSchool } from '../helpers/rhythm-school';
import { asOk } from '../helpers/wire';

const MSK = '+03:00';
const HOUR = 3_600_000;
const ticks = (addon: Addon) => addon.emulator.state.triggers.filter((t) => t.handler === 'dailyTick');
const october = (addon: Addon) => outbox(addon.emulator).filter((m) => m.subject.endsWith('на октябрь 2026') || m.subject.startsWith('План на октябрь 2026'));

test('a run out of time leaves the rest to hourly runs of the one trigger, which goes back to daily when done', () => {
  const addon = rhythmSchool();
  addon.click('Включить');
  addon.host.advanceClock(`2026-09-24T12:00:00${MSK}`);
  // Each e-mail takes 40 s on Google's side: a run's 4.5-minute budget carries about seven.
  addon.emulator.latency = (info) => (info.service === 'MailApp' && info.method === 'sendEmail' ? 40_000 : 0);
  const first = addon.host.advanceClock(`2026-09-25T08:59:00${MSK}`);
  expect(first.every((f) => f.outcome.ok)).toBe(true);
  const afterFirst = october(addon).length;
  expect(afterFirst).toBeGreaterThan(0);
  expect(afterFirst).toBeLessThan(26);
  expect(ticks(addon)).toHaveLength(1);
  expect(ticks(addon)[0]!.schedule!.kind).toBe('hours');
  expect(asOk(addon.call('getSettingsPage')).response.rhythm.join('\n')).toContain('запуск каждый час');
  const later = addon.host.advanceClock(`2026-09-25T20:00:00${MSK}`);
  expect(later.length).toBeGreaterThan(1);
  expect(later.every((f) => f.outcome.ok)).toBe(true);
  // The 25 reminders (teacher 100 has no address) and the deputy's digest, each once.
  const sent = october(addon);
  expect(sent).toHaveLength(26);
  expect(new Set(sent.map((m) => `${m.to[0]}|${m.subject}`)).size).toBe(26);
  expect(ticks(addon)).toHaveLength(1);
  expect(ticks(addon)[0]!.schedule).toMatchObject({ kind: 'days', atHour: 8 });
  // Back to daily: the next run is the next morning's.
  const evening = addon.host.advanceClock(`2026-09-26T07:00:00${MSK}`);
  expect(evening).toHaveLength(0);
});

test("a morning run that finds the day's quota not back yet comes again within the hour, not the next morning", () => {
  const addon = rhythmSchool();
  addon.click('Включить');
  addon.host.advanceClock(`2026-09-25T00:00:00${MSK}`);
  const run = ticks(addon)[0]!.nextRun!;
  // Yesterday's mail filled the quota; its 24-hour window opened with yesterday's first e-mail,
  // ten minutes later in the hour than today's run (a trigger made anew has another minute).
  addon.emulator.setQuotaUsed(`email:${addon.emulator.state.activeUser}`, dailyRecipientLimit(addon.emulator.state), run - 24 * HOUR + 10 * 60_000);
  const first = addon.host.advanceClock(run);
  expect(first.map((f) => f.outcome.ok)).toEqual([true]);
  expect(october(addon)).toHaveLength(0);
  expect(ticks(addon)).toHaveLength(1);
  expect(ticks(addon)[0]!.schedule!.kind).toBe('hours');
  // The next hour's run finds the window closed and sends the day's mail that day, each once.
  addon.host.advanceClock(run + 2 * HOUR);
  const sent = october(addon);
  expect(sent).toHaveLength(26);
  expect(new Set(sent.map((m) => `${m.to[0]}|${m.subject}`)).size).toBe(26);
  expect(sent.every((m) => m.at < run + 2 * HOUR)).toBe(true);
  expect(ticks(addon)[0]!.schedule).toMatchObject({ kind: 'days', atHour: 8 });
});
