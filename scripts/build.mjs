// Builds everything `clasp push` sends: dist/Code.js (webpack), dist/<page>.html (esbuild, with
// scripts and styles inlined) and dist/appsscript.json.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { buildPages } from './build-pages.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'dist');

async function buildServer() {
  const webpack = require('webpack');
  const config = require(path.join(root, 'webpack.config.cjs'));
  const stats = await new Promise((resolve, reject) =>
    webpack(config, (error, result) => (error ? reject(error) : resolve(result))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
}

fs.rmSync(dist, { recursive: true, force: true });
fs.mkdirSync(dist, { recursive: true });
await buildServer();
const pages = await buildPages(root, dist);
fs.copyFileSync(path.join(root, 'appsscript.json'), path.join(dist, 'appsscript.json'));
console.log(`dist/Code.js, dist/appsscript.json, ${pages.map((p) => `dist/${p}.html`).join(', ')}`);
