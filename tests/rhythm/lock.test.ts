/**
 * The daily tick and a deputy's save never change the workbook at the same time, whether the
 * tick runs with no containing document (an add-on's trigger, the emulator's default and the
 * strict reading: no active spreadsheet, no document properties, no document lock) or in its
 * workbook (a bound script). Proved by interleaving: a deputy's save started inside the tick at
 * calls where the tick holds the workbook's lease must find it busy, and at every other call
 * must go through; the tick started inside a save must do nothing and leave the day to the next
 * run. The tick finds its workbook by the id stored beside its trigger.
 */
import { type CallInfo, type WorkspaceState, outbox, lockHolders, setScriptProject, type TriggerState } from '@pds/emulator';
import { RU } from '../../src/text/ru';
import { Addon } from '../helpers/addon';
import { rhythmSchool } from '../helpers/rhythm-school';
import { settings } from '../helpers/payloads';

const MSK = '+03:00';
let base: WorkspaceState;

beforeAll(() => {
  const addon = rhythmSchool();
  addon.click('Включить');
  // The early morning of the 25th, before the trigger's hour: a tick now has the month's work to do.
  addon.host.advanceClock(`2026-09-25T05:00:00${MSK}`);
  base = addon.emulator.state;
}, 120_000);

type Deployment = 'addon' | 'bound';

function school(deployment: Deployment): Addon {
  const addon = Addon.from(base);
  if (deployment === 'bound') setScriptProject(addon.emulator.state, { deployment: 'bound' });
  return addon;
}

function tickTrigger(addon: Addon): TriggerState {
  const trigger = addon.emulator.state.triggers.find((t) => t.handler === 'dailyTick');
  if (!trigger) throw new Error('no tick trigger');
  return trigger;
}

/** Runs the tick as its trigger fires it: as its creator, in FULL, with the trigger's container. */
function fireTick(addon: Addon) {
  const trigger = tickTrigger(addon);
  return addon.host.run('dailyTick', () => [Object.assign(new addon.emulator.realm.Object(), { triggerUid: trigger.id })], {
    user: trigger.user,
    authMode: 'FULL',
    kind: 'trigger',
    container: addon.host.triggerContainer(trigger),
  });
}

/**
 * Whether some execution holds the workbook now: its lease (a script property, read from the
 * state with no service call), the script lock the lease is taken and given back under, or the
 * document lock a run with a document holds beside it.
 */
function leaseHeld(addon: Addon): boolean {
  const locks = lockHolders(addon.emulator);
  // The script lock guards the lease; a run with a document (bound) also holds the document's.
  if (locks['script'] !== undefined || locks[`document:${addon.emulator.state.activeSpreadsheetId}`] !== undefined) return true;
  const raw = addon.emulator.state.properties.script[`lock.lease.${addon.emulator.state.activeSpreadsheetId}`];
  return raw !== undefined && (JSON.parse(raw) as { until: number }).until > addon.emulator.now();
}

/** The deputy's save, from the settings form as it opened (`shown`, taken before the tick: a save inside it sends what the page had). */
const save = (addon: Addon, name: string, shown = settings(addon, {}).version) => addon.call('saveSettings', { values: { schoolShortName: name }, version: shown });
const shortName = (addon: Addon) => addon.sheet('Настройки', (s) => s.getDataRange().getValues().find((r) => r.includes('Сокращённое наименование'))?.[2]);

/** The tick's calls, each with whether the lease was held just before it. */
function dryRun(deployment: Deployment): { held: boolean[]; container: Array<string | null>; sent: number } {
  const addon = school(deployment);
  const held: boolean[] = [];
  const container: Array<string | null> = [];
  const before = outbox(addon.emulator).length;
  const stop = addon.emulator.onCall((info: CallInfo) => {
    if (info.execution?.name !== 'dailyTick') return;
    held.push(leaseHeld(addon));
    container.push(info.execution.container);
  });
  expect(fireTick(addon).ok).toBe(true);
  stop();
  // The month's reminders and the digest went out: the run did its whole day.
  expect(outbox(addon.emulator).length - before).toBeGreaterThan(20);
  return { held, container, sent: outbox(addon.emulator).length };
}

describe.each(['addon', 'bound'] as const)('as %s', (deployment) => {
  test('the tick runs in the container the deployment gives, and finds its workbook', () => {
    const { container, held } = dryRun(deployment);
    const workbook = base.activeSpreadsheetId;
    expect(new Set(container)).toEqual(new Set([deployment === 'addon' ? null : workbook]));
    expect(held.some(Boolean)).toBe(true);
    expect(held.some((h) => !h)).toBe(true);
  });

  test("a deputy's save inside the tick is busy exactly while the tick holds the lease", () => {
    const { held, sent: sentByTick } = dryRun(deployment);
    const pick = (want: boolean) => {
      const at = held.map((h, i) => (h === want ? i : -1)).filter((i) => i >= 0);
      return [0, 0.25, 0.5, 0.75, 1].map((f) => at[Math.floor(f * (at.length - 1))]!);
    };
    for (const index of [...new Set([...pick(true), ...pick(false)])]) {
      const addon = school(deployment);
      const shown = settings(addon, {}).version;
      let result: { status: string; message?: string } | null = null;
      let wasHeld = false;
      let n = 0;
      const stop = addon.emulator.onCall((info) => {
        if (info.execution?.name !== 'dailyTick' || n++ !== index || result) return;
        wasHeld = leaseHeld(addon);
        result = save(addon, `Школа ${index}`, shown);
      });
      const tick = fireTick(addon);
      stop();
      expect(tick.ok).toBe(true);
      const got = result as { status: string; message?: string } | null;
      expect(got).not.toBeNull();
      expect(wasHeld).toBe(held[index]);
      if (wasHeld) {
        expect(got!.status).not.toBe('success');
        expect(got!.message).toContain(RU.errors.busy);
        // The deputy's retry after the tick goes through.
        expect(save(addon, `Школа ${index}`, shown).status).toBe('success');
      } else {
        expect(got!.message ?? got!.status).toBe(got!.message === undefined ? 'success' : '');
      }
      expect(shortName(addon)).toBe(`Школа ${index}`);
      // The tick's work is whole either way: the month's reminders went out.
      expect(outbox(addon.emulator).length).toBe(sentByTick);
      expect(leaseHeld(addon)).toBe(false);
    }
  }, 240_000);

  test('the tick started inside a save (while it holds the lease) does nothing; the next run does the day', () => {
    const addon = school(deployment);
    let inner: ReturnType<typeof fireTick> | null = null;
    let sentBefore = -1;
    const stop = addon.emulator.onCall((info) => {
      if (info.execution?.name !== 'saveSettings' || inner || !leaseHeld(addon) || info.key !== 'Range.setValues') return;
      sentBefore = outbox(addon.emulator).length;
      inner = fireTick(addon);
    });
    expect(save(addon, 'Школа во время запуска').status).toBe('success');
    stop();
    expect(inner).not.toBeNull();
    expect(outbox(addon.emulator).length).toBe(sentBefore);
    expect(leaseHeld(addon)).toBe(false);
    expect(fireTick(addon).ok).toBe(true);
    expect(outbox(addon.emulator).length).toBeGreaterThan(sentBefore + 20);
  });
});

test('a tick whose trigger is not in the map, with no document, stays and reports, changing nothing', () => {
  const addon = school('addon');
  const trigger = tickTrigger(addon);
  const before = outbox(addon.emulator).length;
  addon.host.run('dailyTick', () => [Object.assign(new addon.emulator.realm.Object(), { triggerUid: 'unknown' })], { user: trigger.user, authMode: 'FULL', kind: 'trigger', container: null });
  expect(outbox(addon.emulator)).toHaveLength(before);
  expect(addon.emulator.state.triggers.some((t) => t.id === trigger.id)).toBe(true);
  expect(addon.emulator.state.log.map((l) => l.message).join('\n')).toContain(RU.rhythm.noWorkbook);
});

test('a workbook whose memory is still in document properties: the tick waits for a person, who moves it over', () => {
  const addon = school('addon');
  // As an older version left it: everything in document properties, nothing in the workbook.
  const id = addon.emulator.state.activeSpreadsheetId!;
  const ss = addon.emulator.state.spreadsheets[id]!;
  const legacy: Record<string, string> = {};
  for (const m of ss.metadata ?? []) if (m.key.startsWith('pedagog.') && m.key !== 'pedagog.store.ready') legacy[m.key.slice('pedagog.'.length)] = m.value ?? '';
  ss.metadata = [];
  addon.emulator.state.properties.document[id] = legacy;
  expect(legacy['rhythm.state']).toContain('"enabled":true');

  const before = outbox(addon.emulator).length;
  expect(fireTick(addon).ok).toBe(true);
  expect(outbox(addon.emulator)).toHaveLength(before);
  expect(addon.emulator.state.triggers.some((t) => t.handler === 'dailyTick')).toBe(true);
  expect(addon.emulator.state.log.map((l) => l.message).join('\n')).toContain(RU.rhythm.storeNotReady);

  // The deputy opens the settings page: the memory moves into the workbook, and the next run works.
  addon.call('getSettingsPage');
  expect(addon.stored('rhythm.state')).toBe(legacy['rhythm.state']);
  expect(fireTick(addon).ok).toBe(true);
  expect(outbox(addon.emulator).length - before).toBeGreaterThan(20);
});
