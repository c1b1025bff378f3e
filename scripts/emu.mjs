// `npm run emu -- <command>`: compiles emulator/cli.ts with esbuild into node_modules/.cache/emu
// (a fresh compile each run takes a fraction of a second and can never be stale), then runs it.
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'node_modules', '.cache', 'emu', 'cli.cjs');

await build({
  entryPoints: [path.join(root, 'emulator', 'cli.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // node_modules stay require()d at run time; only our TypeScript is compiled.
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'error',
});

/** Newest modification time of the files under `dir` (0 when missing). */
function newest(dir) {
  if (!fs.existsSync(dir)) return 0;
  const stat = fs.statSync(dir);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(dir).map((name) => newest(path.join(dir, name))));
}

// The add-on itself: rebuilt when dist/ is missing or older than its sources (unless --dist
// points elsewhere). Build output goes to stderr: stdout carries only the command's JSON.
if (!process.argv.includes('--dist')) {
  const bundle = path.join(root, 'dist', 'Code.js');
  const sources = Math.max(newest(path.join(root, 'src')), newest(path.join(root, 'sidebar')), newest(path.join(root, 'appsscript.json')));
  if (!fs.existsSync(bundle) || fs.statSync(bundle).mtimeMs < sources) {
    const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: ['ignore', 2, 2] });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
}

const require = createRequire(import.meta.url);
const { main } = require(outfile);
process.exitCode = main(process.argv.slice(2));
