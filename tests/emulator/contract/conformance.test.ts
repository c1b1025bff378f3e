/**
 * The conformance lane cannot rot: the very bundle `npm run conformance:build` makes for real
 * Apps Script is built here and run on the emulator, as a standalone script (no containing
 * document) with the conformance manifest's scopes, and every case must pass.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Host } from '../../../emulator/host';
import type { ConformanceReport } from './conformance/entry';
import { CASES } from './index';

const ROOT = path.resolve(__dirname, '..', '..', '..');

test('the conformance bundle runs every contract case on the emulator and all pass', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-'));
  try {
    const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'conformance.mjs'), 'build'], { env: { ...process.env, CONFORMANCE_OUT: dir }, encoding: 'utf8' });
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'appsscript.json'), 'utf8')) as { oauthScopes: string[]; timeZone: string };
    const host = Host.load({ distDir: dir, workspace: { scopes: manifest.oauthScopes, scriptTimeZone: manifest.timeZone } });
    expect(host.state.activeSpreadsheetId).toBeNull();
    const outcome = host.run('runConformance', [], { kind: 'direct' });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const report = outcome.value as ConformanceReport;
    const failed = report.results.filter((r) => !r.ok).map((r) => `${r.name}: ${r.message} [${r.source}]`);
    expect(failed).toEqual([]);
    expect(report.passed).toBe(CASES.length);
    // The scratch files are in the trash; the results spreadsheet is kept.
    const drive = host.state.extra['drive'] as { items: Record<string, { name: string; trashed: boolean }> };
    const items = Object.values(drive.items);
    expect(items.filter((i) => i.name.startsWith('Conformance ') && !i.trashed)).toEqual([]);
    expect(items.some((i) => i.name.startsWith('Emulator conformance ') && i.name.endsWith(`${CASES.length} passed, 0 failed`))).toBe(true);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
