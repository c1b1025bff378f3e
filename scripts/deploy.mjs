// `npm run deploy` (the dev script, .clasp.json) and `npm run deploy:prod` (the school's script,
// .clasp.prod.json): lint, test, build, then `clasp push --force`. clasp 3 skips a push that
// changes the manifest when it cannot ask ("Skipping push.") and still exits 0, so the output is
// checked and anything but "Pushed …" fails the deploy (docs/platform.md, «Deploying»).
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { root } from './tool.mjs';

const TARGETS = { dev: '.clasp.json', prod: '.clasp.prod.json' };

function step(command, args) {
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`${[command, ...args].join(' ')} failed`);
}

/** The push's verdict from clasp's output: null when it pushed, else why not. */
export function pushVerdict(status, stdout) {
  if (status !== 0) return `clasp exited with ${status}`;
  if (/Skipping push/i.test(stdout)) return 'clasp skipped the push (the manifest changed and it could not ask)';
  if (!/Pushed (\d+ files?|one file)/.test(stdout)) return 'clasp did not report any pushed file';
  return null;
}

function main(target) {
  const config = TARGETS[target];
  if (!config) throw new Error(`Unknown target "${target}": dev or prod.`);
  const file = path.join(root, config);
  const scriptId = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')).scriptId : undefined;
  if (!scriptId || /REPLACE/.test(scriptId)) throw new Error(`${config} has no script id: put the ${target} script's id there (README «Deploying»).`);
  step('npm', ['run', 'lint']);
  step('npm', ['test']);
  step('npm', ['run', 'build']);
  const bin = path.join(root, 'node_modules', '.bin', 'clasp');
  const push = spawnSync(bin, ['-P', file, 'push', '--force'], { cwd: root, encoding: 'utf8' });
  process.stdout.write(push.stdout ?? '');
  process.stderr.write(push.stderr ?? '');
  const why = pushVerdict(push.status, push.stdout ?? '');
  if (why) throw new Error(`NOT DEPLOYED to ${target} (${scriptId}): ${why}.`);
  console.log(`Deployed to ${target} (${scriptId}).`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  try {
    main(process.argv[2] ?? 'dev');
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
