/**
 * `npm run emu -- <command>` end to end: scripts/emu.mjs in a child process, on a fixture dist
 * folder and a temporary state file.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(__dirname, 'fixtures', 'addon');

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
  json: Record<string, unknown>;
}

function emu(state: string, ...args: string[]): Result {
  const child = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'emu.mjs'), '--dist', DIST, '--state', state, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(child.stdout) as Record<string, unknown>;
  } catch {
    // Not JSON (help text, or an error of the command line itself).
  }
  return { code: child.status, stdout: child.stdout, stderr: child.stderr, json };
}

function tempState(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'emu-cli-')), 'state.json');
}

jest.setTimeout(60_000);

test('a fresh workspace: the school workbook, the deputy, the manifest scopes', () => {
  const state = tempState();
  const dump = emu(state, 'dump');
  expect(dump.code).toBe(0);
  const workspace = dump.json['workspace'] as Record<string, unknown>;
  expect(workspace).toMatchObject({
    activeUser: 'deputy@school.example',
    scriptTimeZone: 'Europe/Moscow',
    scopes: expect.arrayContaining(['https://www.googleapis.com/auth/spreadsheets.currentonly']),
    spreadsheets: [expect.objectContaining({ name: 'Сопровождение педагогов', locale: 'ru_RU', timeZone: 'Europe/Moscow' })],
  });
  // dump does not change the workspace, so nothing was written.
  expect(fs.existsSync(state)).toBe(false);
});

test('menu, click, set, get and call work on one state file', () => {
  const state = tempState();
  const menu = emu(state, 'menu');
  expect(menu.code).toBe(0);
  expect(menu.json).toMatchObject({ ok: true, authMode: 'NONE', menu: [{ addon: true, items: [{ label: 'Начать', functionName: 'start' }] }] });
  expect(fs.existsSync(state)).toBe(true);

  const click = emu(state, 'click', 'Начать');
  expect(click.json).toMatchObject({ ok: true, functionName: 'start', value: 'started' });
  expect(emu(state, 'menu').json).toMatchObject({ authMode: 'LIMITED' });

  const dump = emu(state, 'dump').json['workspace'] as { spreadsheets: Array<{ sheets: Array<{ name: string }> }> };
  const tab = dump.spreadsheets[0]?.sheets[0]?.name as string;
  expect(emu(state, 'get', tab, 'A1').json).toEqual({ ok: true, values: [['started']] });

  // Typed as the deputy would: a number, and a date in the ru_RU way (midnight in Moscow).
  expect(emu(state, 'set', tab, 'B2', '72').code).toBe(0);
  expect(emu(state, 'set', tab, 'C2', '01.09.2026').code).toBe(0);
  expect(emu(state, 'get', tab, 'B2:C2').json).toEqual({ ok: true, values: [[72, '2026-08-31T21:00:00.000Z']] });

  const call = emu(state, 'call', 'monthReport', '[]');
  expect(call.code).toBe(0);
  expect(call.json).toMatchObject({ ok: true, value: 'started report' });
});

test("the add-on's own error: exit code 1, the message on stderr and in the JSON", () => {
  const state = tempState();
  emu(state, 'install');
  const boom = emu(state, 'click', 'Отчёты → Сломать');
  expect(boom.code).toBe(1);
  expect(boom.stderr).toContain('Сломалось: нет листа «План»');
  expect(boom.json).toMatchObject({ ok: false, error: { name: 'Error', message: 'Сломалось: нет листа «План»' } });

  const hidden = emu(state, 'call', 'private_');
  expect(hidden.code).toBe(1);
  expect(hidden.stderr).toContain('google.script.run.private_ is not a function');
});

test('clock fires due triggers; user switches the active user', () => {
  const state = tempState();
  emu(state, 'install');
  expect(emu(state, 'click', 'Расписание (1)').code).toBe(0);
  const clock = emu(state, 'clock', '2026-09-03T12:00');
  expect(clock.code).toBe(0);
  expect(clock.json['clock']).toBe('2026-09-03T09:00:00.000Z');
  // Created at 09:00 Moscow for 09:xx daily: Sep 1 (unless the chosen minute is :00), 2 and 3.
  const fired = (clock.json['fired'] as Array<{ handler: string }>).map((f) => f.handler);
  expect(fired.length).toBeGreaterThanOrEqual(2);
  expect(new Set(fired)).toEqual(new Set(['tick']));

  expect(emu(state, 'user', 'teacher@school.example').json).toEqual({ ok: true, activeUser: 'teacher@school.example' });
  expect(emu(state, 'menu').json).toMatchObject({ authMode: 'NONE' });
});

test('wrong use: exit code 2 with help', () => {
  const state = tempState();
  const unknown = emu(state, 'frobnicate');
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain('Unknown command: frobnicate');
  expect(emu(state, 'call', 'getRuns', '{"not":"an array"}').code).toBe(2);
  const help = emu(state, 'help');
  expect(help.code).toBe(0);
  expect(help.stdout).toContain('clock <ISO datetime>');
});
