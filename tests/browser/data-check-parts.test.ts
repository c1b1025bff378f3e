/**
 * «Проверить данные» on a book big enough to need several calls: the sidebar shows its progress
 * part by part and ends with what one pass reports.
 */
import type { Browser } from 'playwright-core';
import { buildBook } from '../../bench/fixtures';
import { RU } from '../../src/text/ru';
import { Addon, DIST } from '../helpers/addon';
import { openSidebar, screenshot, useSidebars, type Harness } from './browser';
import { asOk } from '../helpers/wire';

jest.setTimeout(120_000);

let browser: Browser;
let harness: Harness;
let state: Addon['emulator']['state'] | null = null;

/** A region-like book: 4,000 sessions are more than one part holds (data-check-steps.ts). */
function bigBook(): Addon {
  if (!state) {
    const book = buildBook(DIST, { name: 'parts', teachers: 200, programmes: 60, sessions: 4_000, communities: 4 });
    // A problem in a late part: the last session repeats the first (id and slot).
    book.sheet('Сессии и встречи', (s) => {
      const width = s.getLastColumn();
      s.getRange(s.getLastRow(), 1, 1, width).setValues(s.getRange(2, 1, 1, width).getValues());
    });
    state = book.emulator.state;
  }
  return Addon.from(state);
}

useSidebars((b) => (browser = b), (h) => (harness = h), bigBook);

test('a big book is checked in parts with visible progress, and the result is one pass’s', async () => {
  const one = asOk(harness.addon.call('runDataCheck', {})).response;
  expect(one.errors).toBeGreaterThan(0);
  const page = await openSidebar(browser, harness, 'data-check');
  // Midway: the bar and the count of parts done are shown.
  await page.waitForFunction("(() => { const bar = document.getElementById('progress'); return !!bar && !bar.hidden && bar.value >= 1 && bar.value < bar.max && bar.max > 2; })()");
  await expect(page.locator('#status').textContent()).resolves.toMatch(/проверено частей: \d+ из \d+/);
  await screenshot(page, 'data-check-progress');
  await page.getByText(RU.dataCheck.summary(one.errors, one.warnings)).waitFor();
  await expect(page.locator('#progress').isHidden()).resolves.toBe(true);
  const listed = (await page.locator('#problems li').allTextContents()).map((t) => t.trim());
  expect(listed).toEqual(one.problems.map((p) => `${p.cell} ${p.message}`.trim()));
});
