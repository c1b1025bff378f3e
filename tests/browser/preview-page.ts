/**
 * `npm start`'s page driven as a deputy drives it, for the preview suites: opening it on a state
 * file, the add-on's menu, the sidebar, the tabs, and `settled`, the one wait for the server.
 *
 * Steps that wait on the server wait for its answer (`settled`), never for a number of seconds: a
 * clock move runs a fortnight of daily triggers, and how long that takes is the bench's business.
 * What follows a settled page is already on screen, so the page's 10 s step deadline only ever
 * measures the browser, and the test's own timeout still catches a hang.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { startPreview, type Preview } from '../../tools/preview/app-server';
import { newPage } from './browser';
import { DIST } from '../helpers/addon';
import { demoStateFile } from '../helpers/demo';

export interface Opened {
  page: Page;
  preview: Preview;
}

/** The preview page in `dir`, on the demo school (as after `npm start`) or on an empty book. */
export async function openPreview(browser: Browser, dir: string, options: { demo: boolean; errors: string[] }): Promise<Opened> {
  const stateFile = path.join(dir, 'state.json');
  if (options.demo) fs.copyFileSync(demoStateFile(), stateFile);
  const preview = await startPreview({ stateFile, port: 0, distDir: DIST, demo: false });
  const page = await newPage(browser, { viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => options.errors.push(error.message));
  await page.goto(`${preview.url}/`);
  await settled(page);
  await page.getByTestId('clock').waitFor();
  return { page, preview };
}

const PAGE_RUNNING = 'document.documentElement.hasAttribute("data-running")';
const FRAME_RUNNING = 'document.readyState !== "complete" || document.documentElement.hasAttribute("data-script-running")';

/**
 * Until the server has answered all the page asked, and every frame its script calls: the page's
 * «Выполняется скрипт…» is gone (it covers the page's requests and the frames loading) and no frame
 * marks a call in flight (a frame's call reaches the page only by a message, a moment later).
 */
export async function settled(page: Page): Promise<void> {
  for (;;) {
    await page.waitForFunction(`!(${PAGE_RUNNING})`, undefined, { timeout: 0 });
    const frames = await Promise.all(page.frames().map((frame) => frame.evaluate(FRAME_RUNNING).catch(() => false)));
    if (!frames.some(Boolean) && !(await page.evaluate(PAGE_RUNNING))) return;
    await page.waitForTimeout(25);
  }
}

/** Clicks what sends the server work, and waits for its answer. */
export async function press(page: Page, target: Locator): Promise<void> {
  // No wait after the click: a sidebar it opens loads as a frame, which Playwright would wait for
  // under the step's deadline; `settled` waits for that load (and the frame's calls) instead.
  await target.click({ noWaitAfter: true });
  await settled(page);
}

/** Расширения → Сопровождение → … → the item; its sidebar or dialog loaded and answered. */
export async function menu(page: Page, ...labels: string[]): Promise<void> {
  await page.getByTestId('menu-extensions').click();
  await page.getByRole('menuitem', { name: 'Сопровождение ▸' }).hover();
  for (const label of labels.slice(0, -1)) await page.getByRole('menuitem', { name: `${label} ▸` }).hover();
  await press(page, page.getByRole('menuitem', { name: labels.at(-1)!, exact: true }));
}

export function sidebar(page: Page): FrameLocator {
  return page.frameLocator('[data-testid="sidebar-frame"]');
}

export async function tab(page: Page, name: string): Promise<void> {
  await press(page, page.getByTestId('tabs').getByRole('button', { name, exact: true }));
  await page.locator('.tab.active', { hasText: name }).waitFor();
}
