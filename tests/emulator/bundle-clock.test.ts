/**
 * Inside a loaded bundle, "now" is the emulator's simulated clock (Apps Script's `new Date()` reads
 * Google's clock; tests move ours), while Dates built from arguments behave as the language's.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadBundle } from '../../emulator/bundle';
import { Emulator } from '../../emulator/core/emulator';

function loadScript(source: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clock-'));
  fs.writeFileSync(path.join(dir, 'Code.js'), source);
  const emulator = new Emulator({ clock: '2026-09-01T05:00:00Z' });
  return loadBundle(path.join(dir, 'Code.js'), emulator);
}

const script = `
function nowMs() { return new Date().getTime(); }
function dateNow() { return Date.now(); }
function fixed() { return new Date(2026, 0, 2).getDate(); }
function isDate() { const d = new Date(); return d instanceof Date && Object.prototype.toString.call(d) === '[object Date]'; }
function called() { return typeof Date(); }
`;

test('new Date() and Date.now() follow the simulated clock', () => {
  const { emulator, functions } = loadScript(script);
  expect(functions.nowMs!()).toBe(Date.parse('2026-09-01T05:00:00Z'));
  emulator.advance(90_000);
  expect(functions.dateNow!()).toBe(Date.parse('2026-09-01T05:01:30Z'));
});

test('Dates from arguments, instanceof and Date() as a function behave as in V8', () => {
  const { functions } = loadScript(script);
  expect(functions.fixed!()).toBe(2);
  expect(functions.isDate!()).toBe(true);
  expect(functions.called!()).toBe('string');
});

test("the add-on's clock counts its own CPU, scaled to Apps Script, at each read", () => {
  const { emulator, functions } = loadScript(`function elapsed() { const t0 = Date.now(); return new Date().getTime() - t0; }`);
  // A fixed meter: every reading says 40 ms more CPU were spent (real CPU would make this flaky).
  let cpu = 0;
  emulator.cpuClock = () => (cpu += 40);
  emulator.cpuFactor = 3;
  expect(emulator.run({}, () => functions.elapsed!())).toBe(120);
  // Outside an execution nothing is charged.
  const before = emulator.now();
  functions.dateNow?.();
  expect(emulator.now()).toBe(before);
});
