/**
 * Host: a saved document as a PDF of its layout, printed by Chromium from the HTML rendering
 * (render.ts): A4 or whatever page the document sets, its column widths, merged cells and header
 * rows repeated on every page, real text with Cyrillic. The fonts travel inside the page (Tinos, a
 * face metric-compatible with Times New Roman, and Noto Sans Symbols 2 for ☑/☐, both from npm), so
 * the PDF is the same on any machine. Chromium is @sparticuz/chromium's (shipped in its npm
 * package) unless CHROMIUM_PATH names another.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DocTree } from './model';
import { treeHtml } from './render';

function fontFile(pkg: string, file: string): string {
  const dir = path.dirname(require.resolve(`${pkg}/package.json`));
  return `data:font/woff2;base64,${fs.readFileSync(path.join(dir, 'files', file)).toString('base64')}`;
}

let faces: string | null = null;

/** @font-face rules naming the embedded faces "Times New Roman", the documents' font. */
export function embeddedFontFaces(): string {
  if (faces !== null) return faces;
  const out: string[] = [];
  // Ranges as @fontsource/tinos declares its latin and cyrillic subsets.
  const subsets = {
    latin: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
    cyrillic: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116',
  };
  for (const [subset, range] of Object.entries(subsets)) {
    for (const weight of [400, 700]) {
      for (const style of ['normal', 'italic']) {
        const src = fontFile('@fontsource/tinos', `tinos-${subset}-${weight}-${style}.woff2`);
        out.push(`@font-face{font-family:"Times New Roman";font-style:${style};font-weight:${weight};src:url(${src}) format("woff2");unicode-range:${range}}`);
      }
    }
  }
  const symbols = fontFile('@fontsource/noto-sans-symbols-2', 'noto-sans-symbols-2-symbols-400-normal.woff2');
  for (const weight of [400, 700]) out.push(`@font-face{font-family:"Times New Roman";font-weight:${weight};src:url(${symbols}) format("woff2");unicode-range:U+2610-2612}`);
  faces = out.join('\n');
  return faces;
}

async function launch() {
  const { chromium } = await import('playwright-core');
  const sparticuz = (await import('@sparticuz/chromium')).default;
  const executablePath = process.env.CHROMIUM_PATH ?? (await sparticuz.executablePath());
  const args = [...sparticuz.args, '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
  return chromium.launch({ executablePath, headless: true, args });
}

/** The document printed to PDF by Chromium, with its own page size and margins. */
export async function treePdf(tree: DocTree, title: string): Promise<Uint8Array> {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    // No network: everything the page needs is inside it.
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(treeHtml(tree, title, embeddedFontFaces()), { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready');
    return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  } finally {
    await browser.close();
  }
}
