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
  // Jest transforms what global setup requires, so the TypeScript helper loads as in a test.
  const { buildDemoStateFile } = require('./helpers/demo.ts');
  // Test workers start after this and inherit the environment.
  process.env.DEMO_STATE_FILE = buildDemoStateFile();
};
