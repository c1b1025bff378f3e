// What `npm run emu`, `npm start` and `npm run bench` share: the add-on rebuilt when dist/ is
// missing or older than its sources, and a TypeScript tool compiled with esbuild into
// node_modules/.cache (a fresh compile takes a fraction of a second and can never be stale).
import path from 'node:path';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Newest modification time of the files under `dir` (0 when missing). */
function newest(dir) {
  if (!fs.existsSync(dir)) return 0;
  const stat = fs.statSync(dir);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(dir).map((name) => newest(path.join(dir, name))));
}

/**
 * Runs scripts/build.mjs when dist/Code.js is missing or older than src/, sidebar/ or the
 * manifest. `stdio` decides where the build's output goes (stderr when stdout carries JSON).
 */
export function ensureDist({ stdio = ['ignore', 2, 2], before } = {}) {
  const bundle = path.join(root, 'dist', 'Code.js');
  const sources = Math.max(newest(path.join(root, 'src')), newest(path.join(root, 'sidebar')), newest(path.join(root, 'appsscript.json')));
  if (fs.existsSync(bundle) && fs.statSync(bundle).mtimeMs >= sources) return;
  before?.();
  const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

/** Compiles `entry` (relative to the root) to node_modules/.cache/<name>.cjs and loads it. */
export async function compileTool(entry, name) {
  const outfile = path.join(root, 'node_modules', '.cache', `${name}.cjs`);
  await build({
    entryPoints: [path.join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // node_modules stay require()d at run time; only our TypeScript is compiled. The emulator's
    // package is ours too: compiled from its source, not looked up in node_modules.
    packages: 'external',
    alias: { '@pds/emulator': path.join(root, 'emulator', 'index.ts') },
    sourcemap: 'inline',
    logLevel: 'error',
  });
  return { outfile, load: () => createRequire(import.meta.url)(outfile) };
}
