/**
 * `npm start` itself (scripts/start.mjs): compiles the preview, serves the page on loopback and
 * prints the URL; here on a copy of the demo school and any free port.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoStateFile } from '../helpers/demo';

jest.setTimeout(60_000);

test('npm start serves the preview and prints its URL', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'start-'));
  const stateFile = path.join(dir, 'state.json');
  fs.copyFileSync(demoStateFile(), stateFile);
  const root = path.resolve(__dirname, '..', '..');
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs')], { cwd: root, env: { ...process.env, PORT: '0', PREVIEW_STATE: stateFile }, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
        if (found) resolve(found[0]);
      });
      child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.on('exit', (code) => reject(new Error(`npm start exited with ${code}: ${out}`)));
    });
    const page = await (await fetch(url)).text();
    expect(page).toContain('Сопровождение — локальный предпросмотр');
    const view = (await (await fetch(`${url}api/view`)).json()) as { clockText: string };
    expect(view.clockText).toBe('15.10.2026 09:00');
  } finally {
    child.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
