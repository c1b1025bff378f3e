// Sidebar pages: each folder sidebar/pages/<name>/ holds index.html and main.ts; the result is
// one self-contained dist/<name>.html (HtmlService serves a single file, and no CDN is used).
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

/** Makes inline script text safe inside HtmlService (docs/platform.md, «HtmlService and google.script.run»). */
export function inlineSafe(js) {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/:\/\//g, ':\\/\\/');
}

export async function buildPages(root, dist) {
  const pagesDir = path.join(root, 'sidebar', 'pages');
  const names = fs.readdirSync(pagesDir).filter((n) => fs.existsSync(path.join(pagesDir, n, 'index.html')));
  for (const name of names) {
    const dir = path.join(pagesDir, name);
    const result = await esbuild.build({
      entryPoints: [path.join(dir, 'main.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      target: 'es2019',
      minify: true,
      legalComments: 'none',
      charset: 'utf8',
      outdir: 'out',
      loader: { '.css': 'css' },
    });
    const js = result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
    const css = result.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
    const html = fs
      .readFileSync(path.join(dir, 'index.html'), 'utf8')
      .replace('<!-- inline:css -->', () => `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`)
      .replace('<!-- inline:js -->', () => `<script>${inlineSafe(js)}</script>`);
    fs.writeFileSync(path.join(dist, `${name}.html`), html);
  }
  return names;
}
