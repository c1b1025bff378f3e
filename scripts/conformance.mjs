// The conformance lane: `build` bundles the contract cases (tests/emulator/contract) into a
// standalone Apps Script project in build/conformance/ (Code.js, appsscript.json); `push` makes the
// project on your Google account the first time (its own .clasp.json there) and pushes it with
// --force, failing loudly unless clasp says it pushed; `open` opens it to run `runConformance`.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { root } from './tool.mjs';

export const outDir = process.env.CONFORMANCE_OUT ? path.resolve(process.env.CONFORMANCE_OUT) : path.join(root, 'build', 'conformance');
const TITLE = 'Apps Script emulator conformance (pedagog-support-addon)';

/** What the cases touch, and nothing more: each scope is named in README «Conformance lane». */
export const manifest = {
  timeZone: 'Europe/Moscow',
  runtimeVersion: 'V8',
  exceptionLogging: 'STACKDRIVER',
  oauthScopes: [
    'https://www.googleapis.com/auth/spreadsheets',
    'https://www.googleapis.com/auth/documents',
    'https://www.googleapis.com/auth/forms',
    'https://www.googleapis.com/auth/drive',
    'https://www.googleapis.com/auth/userinfo.email',
    'https://www.googleapis.com/auth/script.scriptapp',
    'https://www.googleapis.com/auth/script.send_mail',
  ],
};

export async function buildConformance(dir = outDir) {
  fs.mkdirSync(dir, { recursive: true });
  const result = await build({
    entryPoints: [path.join(root, 'tests', 'emulator', 'contract', 'conformance', 'entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'Conformance',
    platform: 'neutral',
    target: 'es2020',
    charset: 'utf8',
    logLevel: 'silent',
  });
  // Apps Script calls top-level function declarations only.
  const code = `${result.outputFiles[0].text}\nfunction runConformance() {\n  return Conformance.runConformance();\n}\n`;
  fs.writeFileSync(path.join(dir, 'Code.js'), code);
  fs.writeFileSync(path.join(dir, 'appsscript.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  fs.writeFileSync(path.join(dir, '.claspignore'), '**/**\n!Code.js\n!appsscript.json\n');
  return path.join(dir, 'Code.js');
}

function clasp(args) {
  const bin = path.join(root, 'node_modules', '.bin', 'clasp');
  const run = spawnSync(bin, ['-P', outDir, ...args], { cwd: outDir, encoding: 'utf8' });
  process.stdout.write(run.stdout ?? '');
  process.stderr.write(run.stderr ?? '');
  return run;
}

async function main(command) {
  if (command === 'build') {
    const file = await buildConformance();
    console.log(`${path.relative(root, file)} and its manifest are ready: now \`npm run conformance:push\`.`);
    return;
  }
  if (!fs.existsSync(path.join(outDir, 'Code.js'))) throw new Error('Run `npm run conformance:build` first.');
  if (command === 'push') {
    if (!fs.existsSync(path.join(outDir, '.clasp.json'))) {
      const made = clasp(['create-script', '--type', 'standalone', '--title', TITLE, '--rootDir', '.']);
      if (made.status !== 0) throw new Error('clasp could not create the conformance project (run `npx clasp login` once first).');
    }
    const pushed = clasp(['push', '--force']);
    // clasp 3 exits 0 after "Skipping push." (docs/platform.md, «Deploying»): only "Pushed" counts.
    if (pushed.status !== 0 || !/Pushed \d+ files?|Pushed one file/.test(pushed.stdout ?? '') || /Skipping push/.test(pushed.stdout ?? '')) {
      throw new Error('The conformance project was NOT pushed: see clasp\'s output above.');
    }
    console.log('Pushed. Now `npm run conformance:open`, choose runConformance and press Run.');
    return;
  }
  if (command === 'open') {
    if (clasp(['open-script']).status !== 0) process.exit(1);
    return;
  }
  throw new Error(`Unknown command ${command}: build, push or open.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  main(process.argv[2]).catch((e) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
