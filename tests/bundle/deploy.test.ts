/**
 * Deploying never reports success for a push that did not happen: clasp 3 prints "Skipping push."
 * and exits 0 when the manifest changed and it could not ask (docs/platform.md, «Deploying»), so
 * scripts/deploy.mjs pushes with --force and reads clasp's output; dev and prod are two configs.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

function verdict(status: number, stdout: string): string | null {
  const code = `import { pushVerdict } from ${JSON.stringify(path.join(ROOT, 'scripts', 'deploy.mjs'))}; console.log(JSON.stringify(pushVerdict(${status}, ${JSON.stringify(stdout)})));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string | null;
}

test('"Skipping push." with exit 0 is a failure; "Pushed N files" is the only success', () => {
  expect(verdict(0, 'Skipping push.\n')).toMatch(/skipped the push/);
  expect(verdict(0, '')).toMatch(/did not report/);
  expect(verdict(1, 'Pushed 3 files at 10:00.')).toMatch(/exited with 1/);
  expect(verdict(0, 'Pushed 14 files at 10:00:01.\n└─ dist/Code.js')).toBeNull();
  expect(verdict(0, 'Pushed one file at 10:00.')).toBeNull();
});

test('dev and prod are separate clasp configs, both pushing dist/; deploy pushes with --force', () => {
  const dev = JSON.parse(fs.readFileSync(path.join(ROOT, '.clasp.json'), 'utf8')) as { scriptId: string; rootDir: string };
  const prod = JSON.parse(fs.readFileSync(path.join(ROOT, '.clasp.prod.json'), 'utf8')) as { scriptId: string; rootDir: string };
  expect(dev.rootDir).toBe('dist');
  expect(prod.rootDir).toBe('dist');
  expect(dev.scriptId).not.toBe(prod.scriptId);
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  expect(pkg.scripts['deploy']).toBe('node scripts/deploy.mjs dev');
  expect(pkg.scripts['deploy:prod']).toBe('node scripts/deploy.mjs prod');
  expect(fs.readFileSync(path.join(ROOT, 'scripts', 'deploy.mjs'), 'utf8')).toContain("'push', '--force'");
});

test('a config without a script id stops the deploy before anything runs', () => {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'deploy.mjs'), 'prod'], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('.clasp.prod.json has no script id');
});
