// Builds everything `clasp push` sends: dist/Code.js (webpack), dist/<page>.html (esbuild, with
// scripts and styles inlined) and dist/appsscript.json.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { buildPages } from './build-pages.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'dist');
// Built aside and swapped in at the end, so a test or `npm run emu` reading dist/ meanwhile never
// sees it half-written.
const staging = path.join(root, `.dist-${process.pid}`);

async function buildServer() {
  const webpack = require('webpack');
  const config = { ...require(path.join(root, 'webpack.config.cjs')) };
  config.output = { ...config.output, path: staging };
  const stats = await new Promise((resolve, reject) =>
    webpack(config, (error, result) => (error ? reject(error) : resolve(result))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
}

fs.rmSync(staging, { recursive: true, force: true });
fs.mkdirSync(staging, { recursive: true });
try {
  await buildServer();
  const pages = await buildPages(root, staging);
  fs.copyFileSync(path.join(root, 'appsscript.json'), path.join(staging, 'appsscript.json'));
  const old = `${staging}-old`;
  if (fs.existsSync(dist)) fs.renameSync(dist, old);
  fs.renameSync(staging, dist);
  fs.rmSync(old, { recursive: true, force: true });
  console.log(`dist/Code.js, dist/appsscript.json, ${pages.map((p) => `dist/${p}.html`).join(', ')}`);
} finally {
  fs.rmSync(staging, { recursive: true, force: true });
}
