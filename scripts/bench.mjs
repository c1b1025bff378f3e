// `npm run bench [-- --size=region]`: builds dist/ when it is missing or older than its sources,
// compiles bench/main.ts with esbuild (as scripts/emu.mjs does), and runs the BUILT add-on on the
// emulator at the three sizes. The table goes to stdout, progress to stderr, JSON to
// bench/results.json. Not part of `npm test`: timings never decide a test.
import path from 'node:path';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'node_modules', '.cache', 'bench', 'bench.cjs');

function newest(dir) {
  if (!fs.existsSync(dir)) return 0;
  const stat = fs.statSync(dir);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(dir).map((name) => newest(path.join(dir, name))));
}

const bundle = path.join(root, 'dist', 'Code.js');
const sources = Math.max(newest(path.join(root, 'src')), newest(path.join(root, 'sidebar')), newest(path.join(root, 'appsscript.json')));
if (!fs.existsSync(bundle) || fs.statSync(bundle).mtimeMs < sources) {
  const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: ['ignore', 2, 2] });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

await build({
  entryPoints: [path.join(root, 'bench', 'main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'error',
});

const require = createRequire(import.meta.url);
const argv = process.argv.slice(2);
process.argv = [process.argv[0], outfile, path.join(root, 'dist'), path.join(root, 'bench', 'results.json'), ...argv];
require(outfile);
