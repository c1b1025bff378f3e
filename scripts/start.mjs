// `npm start`: rebuilds dist/ when its sources are newer, compiles the preview server
// (emulator/preview/start.ts) with esbuild into node_modules/.cache/preview, and runs it.
import path from 'node:path';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'node_modules', '.cache', 'preview', 'start.cjs');

/** Newest modification time of the files under `dir` (0 when missing). */
function newest(dir) {
  if (!fs.existsSync(dir)) return 0;
  const stat = fs.statSync(dir);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(dir).map((name) => newest(path.join(dir, name))));
}

const bundle = path.join(root, 'dist', 'Code.js');
const sources = Math.max(newest(path.join(root, 'src')), newest(path.join(root, 'sidebar')), newest(path.join(root, 'appsscript.json')));
if (!fs.existsSync(bundle) || fs.statSync(bundle).mtimeMs < sources) {
  console.log('Собираю дополнение (dist/)…');
  const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

await build({
  entryPoints: [path.join(root, 'emulator', 'preview', 'start.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'error',
});

process.chdir(root);
const require = createRequire(import.meta.url);
await require(outfile).main();
