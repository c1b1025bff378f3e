/**
 * The menus an add-on built, read back from the `menu` UI events the Ui emulation records in
 * `state.ui`, and the lookup of an item by its label ("Пункт") or path ("Подменю → Пункт").
 */
import type { UiEvent, WorkspaceState } from '../core/state';

export interface MenuItem {
  label: string;
  /** The global function the item runs; absent for submenus and separators. */
  functionName?: string;
  /** Submenu items. */
  items?: MenuItem[];
  separator?: boolean;
}

export interface BuiltMenu {
  title: string;
  /** Created with createAddonMenu (shown under Extensions). */
  addon: boolean;
  items: MenuItem[];
}

/** Menus are separated by this in paths ("Подменю → Пункт"); "->" and ">" work too. */
const PATH_SEPARATOR = /\s*(?:→|->|>)\s*/;

/**
 * The menus added to the UI by the last execution that added any for this user in this document
 * (each `onOpen` rebuilds them all; an execution may add more than one menu).
 */
export function lastMenus(state: WorkspaceState, user: string, spreadsheetId: string | null): BuiltMenu[] {
  const events = state.ui.filter(
    (e) => e.kind === 'menu' && e.user === user && (spreadsheetId === null || e.spreadsheetId === spreadsheetId),
  );
  const last = events[events.length - 1];
  if (!last) return [];
  const execution = last.data['execution'];
  const batch = execution === undefined ? [last] : events.filter((e) => e.data['execution'] === execution);
  // A later addToUi of the same menu title replaces the earlier one.
  const byTitle = new Map<string, BuiltMenu>();
  for (const event of batch) {
    const menu = parseMenu(event);
    byTitle.set(`${menu.addon ? 'addon' : 'top'}|${menu.title}`, menu);
  }
  return [...byTitle.values()];
}

export function parseMenu(event: UiEvent): BuiltMenu {
  const data = event.data;
  const title = str(data['title'] ?? data['caption'] ?? data['name']) ?? '';
  const addon = data['addon'] === true || data['type'] === 'addon';
  return { title, addon, items: parseItems(data['items']) };
}

function parseItems(raw: unknown): MenuItem[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((entry: unknown): MenuItem => {
    const item = (entry ?? {}) as Record<string, unknown>;
    if (item['separator'] === true || item['type'] === 'separator') return { label: '', separator: true };
    const label = str(item['label'] ?? item['caption'] ?? item['title'] ?? item['name']) ?? '';
    const sub = item['items'] ?? (item['submenu'] as Record<string, unknown> | undefined)?.['items'];
    if (Array.isArray(sub)) return { label, items: parseItems(sub) };
    const functionName = str(item['functionName'] ?? item['function'] ?? item['handler']);
    return functionName === undefined ? { label } : { label, functionName };
  });
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export interface FoundItem {
  path: string[];
  functionName: string;
}

/**
 * Finds a runnable item by a path of labels ("Подменю → Пункт", optionally starting with the
 * menu's own title) or by a label that is unique among all items.
 */
export function findItem(menus: BuiltMenu[], query: string): FoundItem {
  const all = menus.flatMap((menu) => runnable(menu.items, menu.title ? [menu.title] : []));
  const parts = query.split(PATH_SEPARATOR).filter((p) => p.length > 0);
  const matches = all.filter((item) => endsWith(item.path, parts));
  if (matches.length === 1 && matches[0]) return matches[0];
  const known = all.map((item) => item.path.join(' → ')).join('; ') || 'none';
  if (matches.length === 0) throw new Error(`No menu item "${query}". Items: ${known}`);
  throw new Error(`Menu item "${query}" is ambiguous: ${matches.map((m) => m.path.join(' → ')).join('; ')}`);
}

function runnable(items: MenuItem[], prefix: string[]): FoundItem[] {
  return items.flatMap((item) => {
    const path = [...prefix, item.label];
    if (item.items) return runnable(item.items, path);
    return item.functionName ? [{ path, functionName: item.functionName }] : [];
  });
}

function endsWith(path: string[], parts: string[]): boolean {
  if (parts.length === 0 || parts.length > path.length) return false;
  const tail = path.slice(path.length - parts.length);
  return tail.every((label, i) => label === parts[i]);
}

/** A menu as the CLI prints it: labels and function names, submenus nested. */
export function describeMenus(menus: BuiltMenu[]): unknown[] {
  const describe = (items: MenuItem[]): unknown[] =>
    items.map((item) =>
      item.separator
        ? { separator: true }
        : item.items
          ? { label: item.label, items: describe(item.items) }
          : { label: item.label, functionName: item.functionName ?? null },
    );
  return menus.map((menu) => ({ title: menu.title, addon: menu.addon, items: describe(menu.items) }));
}
