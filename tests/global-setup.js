// Builds dist/ once per jest run, so the bundle tests always load what `npm run build` makes.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = async function globalSetup() {
  if (process.env.SKIP_BUILD === '1') return;
  execFileSync(process.execPath, [path.join(__dirname, '..', 'scripts', 'build.mjs')], { stdio: 'inherit' });
};
