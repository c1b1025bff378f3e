/**
 * The host over a loaded bundle (emulator/host.ts): simple triggers and their auth modes, menu
 * clicks, clock triggers as simulated time passes, saving the workspace.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Host } from '../../emulator/host';
import { createWorkbook } from '../../emulator/cli/workspace';
import { setScriptProject } from '../../emulator/script';

const DIST = path.join(__dirname, 'fixtures', 'addon');
const DEPUTY = 'deputy@school.example';
const TEACHER = 'teacher@school.example';

function newHost(clock = '2026-09-01T05:00:00Z'): Host {
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };
  const host = Host.load({ distDir: DIST, workspace: { user: DEPUTY, clock, scopes: manifest.oauthScopes } });
  createWorkbook(host);
  setScriptProject(host.state, { name: 'Сопровождение' });
  return host;
}

interface Run {
  fn: string;
  at?: string;
  authMode?: string;
  event?: Record<string, unknown>;
  uid?: string;
}

/** What the fixture's functions recorded, in order (they log `run {...}`). */
function runs(host: Host): Run[] {
  return host.state.log.filter((e) => e.message.startsWith('run {')).map((e) => JSON.parse(e.message.slice(4)) as Run);
}

function labels(host: Host, user = DEPUTY): unknown {
  return host.menu(user).map((m) => ({ title: m.title, addon: m.addon, items: m.items }));
}

function localTime(iso: string, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: zone, dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
}

describe('opening the document', () => {
  // workspace/add-ons/concepts/editor-auth-lifecycle: onOpen runs in NONE until the add-on is
  // used in this document, in LIMITED after; only the menu can be built in NONE.
  test('onOpen runs in NONE first, and in LIMITED once a menu item ran', () => {
    const host = newHost();
    const first = host.open();
    expect(first).toMatchObject({ ok: true, authMode: 'NONE' });
    expect(labels(host)).toEqual([{ title: 'Сопровождение', addon: true, items: [{ label: 'Начать', functionName: 'start' }] }]);

    expect(host.click('Начать')).toMatchObject({ ok: true, value: 'started', functionName: 'start' });
    expect(host.isUsed()).toBe(true);

    expect(host.open()).toMatchObject({ ok: true, authMode: 'LIMITED' });
    expect(labels(host)).toEqual([
      {
        title: 'Сопровождение',
        addon: true,
        items: [
          { label: 'Начать', functionName: 'start' },
          { label: 'Отчёты', items: [{ label: 'Месяц', functionName: 'monthReport' }, { label: 'Сломать', functionName: 'boom' }] },
          { label: '', separator: true },
          { label: 'Расписание (1)', functionName: 'scheduleDaily' },
        ],
      },
    ]);
    expect(runs(host).filter((r) => r.fn === 'onOpen').map((r) => r.authMode)).toEqual(['NONE', 'LIMITED']);
    // Simple triggers run with the 30-second limit.
    expect(host.executions.filter((e) => e.functionName === 'onOpen').map((e) => e.kind)).toEqual(['simple', 'simple']);
  });

  test('use is per user and per document', () => {
    const host = newHost();
    host.open();
    host.click('Начать');
    expect(host.open(TEACHER)).toMatchObject({ authMode: 'NONE' });
    expect(host.open(DEPUTY)).toMatchObject({ authMode: 'LIMITED' });
  });

  test('onInstall runs in FULL and the add-on counts as used', () => {
    const host = newHost();
    expect(host.install()).toMatchObject({ ok: true });
    expect(runs(host)[0]).toEqual({ fn: 'onOpen', authMode: 'FULL' });
    expect(host.open()).toMatchObject({ authMode: 'LIMITED' });
  });
});

describe('menu clicks', () => {
  test('an item in a submenu is found by its path or by its unique label, and runs in FULL', () => {
    const host = newHost();
    host.open();
    host.click('Начать');
    host.open();
    expect(host.click('Отчёты → Месяц')).toMatchObject({ ok: true, value: 'started report' });
    expect(host.click('Месяц')).toMatchObject({ ok: true });
    expect(host.click('Сопровождение → Отчёты → Месяц')).toMatchObject({ ok: true });
    expect(host.executions.filter((e) => e.functionName === 'monthReport').map((e) => [e.kind, e.authMode])).toEqual([
      ['menu', 'FULL'],
      ['menu', 'FULL'],
      ['menu', 'FULL'],
    ]);
  });

  test('an unknown label is an error of the host, listing the items', () => {
    const host = newHost();
    host.open();
    expect(() => host.click('Удалить всё')).toThrow(/No menu item "Удалить всё". Items: Сопровождение → Начать/);
  });

  test('a handler that throws: a failed outcome with its message, recorded in the log', () => {
    const host = newHost();
    host.install();
    host.open();
    const outcome = host.click('Сломать');
    expect(outcome).toEqual({ ok: false, error: { name: 'Error', message: 'Сломалось: нет листа «План»' }, functionName: 'boom' });
    expect(host.state.log.at(-1)).toMatchObject({ level: 'error', message: expect.stringContaining('Сломалось: нет листа «План»') });
  });

  test('a global function that does not exist', () => {
    const host = newHost();
    expect(host.run('missing')).toEqual({ ok: false, error: { name: 'Exception', message: 'Script function not found: missing' } });
  });
});

describe('time-driven triggers', () => {
  test('a daily trigger fires once a day within its hour, with the clock event object', () => {
    const host = newHost('2026-09-01T05:00:00Z');
    expect(host.run('scheduleDaily')).toMatchObject({ ok: true });
    const fired = host.advanceClock('2026-09-04T05:00:00Z');
    expect(fired.map((f) => f.handler)).toEqual(['tick', 'tick', 'tick']);
    // atHour(9) in Moscow: somewhere within 09:00-09:59 local time (clock-trigger-builder#athourhour).
    expect(fired.map((f) => localTime(f.at, 'Europe/Moscow').slice(0, 14))).toEqual([
      '01/09/2026, 09',
      '02/09/2026, 09',
      '03/09/2026, 09',
    ]);
    // guides/triggers/events#time-driven_events
    const event = runs(host).find((r) => r.fn === 'tick')?.event;
    const at = new Date(fired[0]?.at as string);
    expect(event).toEqual({
      authMode: 'FULL',
      triggerUid: host.state.triggers[0]?.id,
      year: 2026,
      month: 9,
      'day-of-month': 1,
      'day-of-week': 2,
      'week-of-year': 36,
      hour: at.getUTCHours(),
      minute: at.getUTCMinutes(),
      second: at.getUTCSeconds(),
      timezone: 'UTC',
    });
    expect(host.executions.filter((e) => e.functionName === 'tick').every((e) => e.kind === 'trigger' && e.authMode === 'FULL')).toBe(true);
    expect(host.emulator.now()).toBe(Date.parse('2026-09-04T05:00:00Z'));
  });

  test('across a DST change the trigger keeps its local hour', () => {
    // Europe/Berlin leaves summer time on 2026-10-25.
    const host = newHost('2026-10-23T00:00:00Z');
    host.run('scheduleDaily', ['Europe/Berlin']);
    const ticks = host.advanceClock('2026-10-27T00:00:00Z').map((f) => f.at);
    expect(ticks).toHaveLength(4);
    expect(ticks.map((t) => localTime(t, 'Europe/Berlin').slice(12, 14))).toEqual(['09', '09', '09', '09']);
    expect(ticks.map((t) => new Date(t).getUTCHours())).toEqual([7, 7, 8, 8]);
  });

  test('triggers of several users fire in time order; a throwing one does not stop the others', () => {
    const host = newHost('2026-09-01T05:00:00Z');
    host.run('scheduleDaily'); // deputy: daily at 09:xx Moscow = 06:xx UTC
    host.run('scheduleHourly', ['failingTick'], { user: TEACHER }); // teacher: every hour, always throws
    const fired = host.advanceClock('2026-09-01T09:30:00Z');
    const times = fired.map((f) => f.at);
    expect([...times].sort()).toEqual(times);
    expect(fired.filter((f) => f.handler === 'tick')).toHaveLength(1);
    expect(fired.filter((f) => f.handler === 'failingTick').map((f) => f.user)).toEqual([TEACHER, TEACHER, TEACHER, TEACHER]);
    expect(fired.filter((f) => f.handler === 'failingTick').every((f) => !f.outcome.ok)).toBe(true);
    // Add-on triggers send no failure e-mail (docs/platform.md): the failures are only in the log.
    expect(host.state.log.filter((l) => l.message.includes('tick failed'))).toHaveLength(4);
  });

  test('a one-shot trigger fires once', () => {
    const host = newHost();
    host.run('scheduleOnce', [60_000]);
    expect(host.advanceClock('2026-09-01T07:00:00Z').map((f) => f.handler)).toEqual(['once']);
    expect(host.advanceClock('2026-09-03T07:00:00Z')).toEqual([]);
    expect(runs(host).filter((r) => r.fn === 'once')).toHaveLength(1);
  });

  test('the clock does not go back', () => {
    const host = newHost();
    expect(() => host.advanceClock('2026-08-01T00:00:00Z')).toThrow(/cannot go back/);
  });
});

describe('saving', () => {
  test('the state survives a save and a reload, with the add-on still counted as used', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-host-'));
    const file = path.join(dir, 'state.json');
    const host = newHost();
    host.open();
    host.click('Начать');
    host.run('scheduleDaily');
    host.save(file);
    expect(fs.readdirSync(dir)).toEqual(['state.json']);

    const again = Host.load({ distDir: DIST, state: file });
    expect(again.state).toEqual(JSON.parse(JSON.stringify(host.state)));
    expect(again.open()).toMatchObject({ authMode: 'LIMITED' });
    expect(again.advanceClock('2026-09-02T05:00:00Z').map((f) => f.handler)).toEqual(['tick']);
  });
});

describe('executions inside executions', () => {
  test('the outer execution keeps its own realm after an inner one ran', () => {
    const host = newHost();
    let inner = false;
    const stop = host.emulator.onCall(() => {
      if (inner) return;
      inner = true;
      host.run('start');
    });
    // The outer code builds a Date after the inner execution: it must be of the outer realm.
    const outcome = host.run('dateAfterCall');
    stop();
    expect(outcome).toEqual({ ok: true, value: true });
  });
});
