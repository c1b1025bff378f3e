// Once per jest run, before any test file: builds dist/ (so the bundle tests load what `npm run
// build` makes) and the preview's demo school on it. Building the demo takes seconds of CPU; made
// in every file that needs it, it ran inside their hooks, several at once on a busy machine.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = async function globalSetup() {
  if (process.env.SKIP_BUILD !== '1') {
    execFileSync(process.execPath, [path.join(__dirname, '..', 'scripts', 'build.mjs')], { stdio: 'inherit' });
  }
  if (process.env.SKIP_DEMO === '1') return;
  // Jest transforms what global setup requires, so the TypeScript helper loads as in a test; but
  // its moduleNameMapper does not apply here, so the emulator's package name is mapped by hand.
  const Module = require('node:module');
  const entry = path.join(__dirname, '..', 'emulator', 'index.ts');
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    return resolve.call(this, request === '@pds/emulator' ? entry : request, ...rest);
  };
  const { buildDemoStateFile } = require('./helpers/demo.ts');
  // Test workers start after this and inherit the environment.
  process.env.DEMO_STATE_FILE = buildDemoStateFile();
};
