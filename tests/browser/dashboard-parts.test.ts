/**
 * «Сводка» of a book too large for one call: the sidebar tallies the sessions part by part with
 * its progress shown, a failed part is repeated on «Продолжить», and the tab is written once (the figures equal one call's: tests/src/dashboard-parts).
 */
import type { Browser } from 'playwright-core';
import { buildBook } from '../../bench/fixtures';
import { Addon, DIST } from '../helpers/addon';
import { openSidebar, screenshot, useSidebars, type Harness } from './browser';

jest.setTimeout(120_000);

let browser: Browser;
let harness: Harness;
let state: Addon['emulator']['state'] | null = null;

/** 10,500 sessions: more than one part holds (dashboard-parts.ts). */
function bigBook(): Addon {
  state ??= buildBook(DIST, { name: 'dashboard', teachers: 60, programmes: 20, sessions: 10_500, communities: 3 }).emulator.state;
  return Addon.from(state);
}

useSidebars((b) => (browser = b), (h) => (harness = h), bigBook);

test('a part that fails stops the run with «Продолжить», which repeats it; the tab is written at the end', async () => {
  // The second block's columns do not read (the first block reads its header and columns).
  harness.addon.emulator.faults.add({ match: 'Values.batchGet', error: 'Service Spreadsheets failed while accessing document', skip: 3 });
  const page = await openSidebar(browser, harness, 'dashboard');
  const resume = page.getByRole('button', { name: 'Продолжить' });
  await resume.waitFor();
  await expect(page.locator('#status').textContent()).resolves.toMatch(/Service Spreadsheets failed.*Готово частей: 1 из 3/);
  await expect(page.locator('#progress').evaluate((b) => [(b as unknown as { value: number }).value, (b as unknown as { max: number }).max])).resolves.toEqual([1, 3]);
  await screenshot(page, 'dashboard-part-failed');
  expect(harness.addon.sheet('Сессии и встречи', (s) => s.getParent().getSheetByName('Сводка'))).toBeNull();
  await resume.click();
  await page.getByText(/Сводка обновлена \(\d\d\.\d\d\.\d{4}\)/).waitFor();
  await expect(page.locator('#progress').isHidden()).resolves.toBe(true);
  const grid = harness.addon.sheet('Сводка', (s) => s.getDataRange().getValues());
  expect(grid.find((r) => r[0] === 'Проведено сессий и встреч')?.[1]).toBeGreaterThan(0);
});
