/**
 * «Справка» in Chromium: the deputy's getting-started. Its list of menu items is compared with
 * the menu the built bundle's onOpen makes, so an item added to the menu cannot be left out.
 */
import type { Browser } from 'playwright-core';
import type { MenuItem } from '@pds/emulator';
import { openSidebar, screenshot, useSidebars, type Harness } from './browser';

jest.setTimeout(60_000);

let browser: Browser;
let harness: Harness;

useSidebars((b) => (browser = b), (h) => (harness = h));

/** Every clickable item of the built menu as "Подменю → Пункт". */
function menuPaths(items: MenuItem[], prefix: string[] = []): string[] {
  return items.flatMap((item) => {
    if (item.separator) return [];
    if (item.items) return menuPaths(item.items, [...prefix, item.label]);
    return [[...prefix, item.label].join(' → ')];
  });
}

test('the help lists every menu item the add-on builds, each with what it does', async () => {
  harness.addon.host.open();
  const menus = harness.addon.host.menu();
  expect(menus).toHaveLength(1);
  const built = menuPaths(menus[0]!.items);
  expect(built.length).toBeGreaterThan(20);

  const page = await openSidebar(browser, harness, 'help');
  await page.locator('#info').waitFor();
  const listed = await page.locator('#menu-items dt').allTextContents();
  expect(listed).toEqual(built);
  const explained = await page.locator('#menu-items dd').allTextContents();
  expect(explained).toHaveLength(built.length);
  for (const text of explained) expect(text.length).toBeGreaterThan(8);
  await screenshot(page, 'help');
});

test('the first steps start with the book, then the Drive folder in settings, then the teachers', async () => {
  const page = await openSidebar(browser, harness, 'help');
  const steps = await page.locator('#first-steps li').allTextContents();
  const at = (label: string) => steps.findIndex((s) => s.startsWith(`«${label}»`));
  expect(at('Настроить книгу')).toBe(0);
  expect(at('Настройки')).toBe(1);
  expect(steps[1]).toContain('Google Диске');
  expect(at('Импорт списка педагогов')).toBeGreaterThan(1);
  await expect(page.locator('#daily li').count()).resolves.toBeGreaterThan(2);
  await expect(page.locator('#documents li').first().textContent()).resolves.toContain('Google Диске');
  await expect(page.locator('#trouble li').first().textContent()).resolves.toContain('Проверить данные');
});
