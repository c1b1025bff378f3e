/**
 * Chromium for the sidebar tests: @sparticuz/chromium ships the browser inside its npm package,
 * so `npm ci` alone brings it (no download at run time). CHROMIUM_PATH may point at another
 * (e.g. Debian's /usr/bin/chromium).
 */
import fs from 'node:fs';
import path from 'node:path';
import sparticuz from '@sparticuz/chromium';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startPreviewServer, type PreviewServer } from '@pds/emulator';
import { DIST, type Addon } from '../helpers/addon';
import { validSchool } from '../helpers/school';

export const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'test-output', 'screenshots');

export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? (await sparticuz.executablePath());
  // No background networking: this machine's network is closed, and the tests need none.
  const args = [...sparticuz.args, '--lang=ru-RU', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
  return chromium.launch({ executablePath, headless: true, args });
}

export interface Harness {
  addon: Addon;
  server: PreviewServer;
}

/**
 * The hooks every sidebar test file needs: one browser per file, a fresh school (and server) per
 * test. The setters hand them to the file's own `browser` and `harness` variables.
 */
export function useSidebars(setBrowser: (browser: Browser) => void, setHarness: (harness: Harness) => void, makeAddon: () => Addon = validSchool): void {
  let browser: Browser | null = null;
  let harness: Harness | null = null;
  beforeAll(async () => {
    browser = await launchBrowser();
    setBrowser(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    harness = await serve(makeAddon());
    setHarness(harness);
  });
  afterEach(async () => {
    // Pages first: a page still open would call the server after it closed ("Failed to fetch").
    await closePages();
    await harness?.server.close();
  });
}

export async function serve(addon: Addon): Promise<Harness> {
  return { addon, server: await startPreviewServer({ host: addon.host, distDir: DIST }) };
}

const openPages = new Set<Page>();

/** A page the test's hooks close before the server: use it instead of browser.newPage. */
export async function newPage(browser: Browser, options: Parameters<Browser['newPage']>[0]): Promise<Page> {
  const page = await browser.newPage(options);
  openPages.add(page);
  page.on('close', () => openPages.delete(page));
  return page;
}

/**
 * Unloads every page opened through newPage: its document and any request still in flight are
 * gone before the server closes. (Closing pages is not an option: @sparticuz/chromium runs
 * --single-process, and closing a page there ends the whole browser.)
 */
export async function closePages(): Promise<void> {
  await Promise.all([...openPages].map((page) => page.goto('about:blank')));
  openPages.clear();
}

/** A page opened as a sidebar: 300 px wide, as Apps Script shows them. */
export async function openSidebar(browser: Browser, harness: Harness, page: string): Promise<Page> {
  const tab = await newPage(browser, { viewport: { width: 300, height: 900 }, locale: 'ru-RU' });
  tab.on('pageerror', (error) => {
    throw error;
  });
  await tab.goto(`${harness.server.url}/page/${page}`);
  return tab;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
