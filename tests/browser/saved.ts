/**
 * What a deputy sees after pressing a save button: the answer right under that button (she is
 * scrolled down at it, not at the top of the page), nothing repeated in the page's top line, and
 * the button itself saying «Сохранено ✓», disabled until the form changes.
 */
import type { Page } from 'playwright-core';

export async function expectSavedBeside(page: Page, buttonId: string, text: string): Promise<void> {
  const button = page.locator(`#${buttonId}`);
  const beside = page.locator(`#${buttonId}-outcome`);
  await beside.filter({ hasText: text }).waitFor();
  await page.locator(`#${buttonId}[data-saved="true"]:disabled`).waitFor();
  await expect(button.textContent()).resolves.toBe('Сохранено ✓');
  const [buttonBox, messageBox] = await Promise.all([button.boundingBox(), beside.boundingBox()]);
  expect(buttonBox).not.toBeNull();
  expect(messageBox).not.toBeNull();
  expect(messageBox!.y).toBeGreaterThanOrEqual(buttonBox!.y + buttonBox!.height - 1);
  expect(messageBox!.y - (buttonBox!.y + buttonBox!.height)).toBeLessThan(40);
  // Within the visible sidebar, where the pointer was.
  const viewport = page.viewportSize();
  if (viewport) expect(messageBox!.y + messageBox!.height).toBeLessThanOrEqual(viewport.height + 1);
  await expect(page.locator('#status').textContent()).resolves.not.toContain(text);
}

/** A change in the form opens the button again, with its own label. */
export async function expectReopened(page: Page, buttonId: string, label: string): Promise<void> {
  await page.locator(`#${buttonId}:not([data-saved]):enabled`).waitFor();
  await expect(page.locator(`#${buttonId}`).textContent()).resolves.toBe(label);
}
