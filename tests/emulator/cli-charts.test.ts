/**
 * `npm run emu -- charts <tab>` on the built add-on: the dashboard's charts as the local preview
 * draws them (emulator/spreadsheet/chart-render.ts).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

function emu(state: string, ...args: string[]): Record<string, unknown> {
  const child = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'emu.mjs'), '--dist', path.join(ROOT, 'dist'), '--state', state, ...args], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(child.stdout) as Record<string, unknown>;
}

jest.setTimeout(60_000);

test('prints each chart of a tab with its anchor and SVG', () => {
  const state = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'emu-charts-')), 'state.json');
  expect(emu(state, 'click', 'Настроить книгу').ok).toBe(true);
  expect(emu(state, 'click', 'Сводка и отчёты → Обновить сводку').ok).toBe(true);
  const printed = emu(state, 'charts', 'Сводка') as { ok: boolean; charts: Array<{ chartId: number; anchor: { anchorRow: number }; svg: string }> };
  expect(printed.ok).toBe(true);
  // A book with no community yet has no regularity chart.
  expect(printed.charts.map((c) => /<text[^>]*font-weight="bold"[^>]*>([^<]*)</.exec(c.svg)?.[1])).toEqual(['Сессии и встречи по месяцам', 'Итоги программ']);
  expect(printed.charts.map((c) => c.anchor.anchorRow)).toEqual([1, 21]);
  expect(emu(state, 'charts', 'Нет такого').charts).toEqual([]);
});
