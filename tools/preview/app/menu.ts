/** The Extensions-like menu: the add-on's menu exactly as onOpen built it, submenus nested. */
import { h } from './dom';
import type { Menu, MenuItem } from './types';

/** The open menu's title: the page redraws its header after every answer, and an open menu stays open. */
let openTitle: string | null = null;

function closeAll(): void {
  openTitle = null;
  document.querySelectorAll('.menu.open').forEach((m) => m.classList.remove('open'));
}

export function renderMenus(menus: Menu[], run: (path: string) => void): HTMLElement {
  const addon = menus.filter((m) => m.addon);
  const top = menus.filter((m) => !m.addon);
  const bar = h('nav', { class: 'menubar' });
  const extensions = dropdown('Расширения', addon.map((m) => ({ label: m.title, items: m.items })), [], run, 'menu-extensions');
  bar.append(extensions, ...top.map((m) => dropdown(m.title, m.items, [m.title], run, null)));
  return bar;
}

function dropdown(title: string, items: MenuItem[], path: string[], run: (path: string) => void, testId: string | null): HTMLElement {
  const list = h('ul', { class: 'menu-list' }, ...items.map((item) => entry(item, path, run)));
  const button = h('button', { class: 'menu-title', 'data-testid': testId }, title);
  const wrap = h('div', { class: openTitle === title ? 'menu open' : 'menu' }, button, list);
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    const open = wrap.classList.contains('open');
    closeAll();
    if (!open) {
      wrap.classList.add('open');
      openTitle = title;
    }
  });
  return wrap;
}

function entry(item: MenuItem, path: string[], run: (path: string) => void): HTMLElement {
  if (item.separator) return h('li', { class: 'separator' });
  const here = [...path, item.label];
  if (item.items) {
    return h('li', { class: 'submenu' }, h('span', { role: 'menuitem' }, `${item.label} ▸`), h('ul', { class: 'menu-list' }, ...item.items.map((i) => entry(i, here, run))));
  }
  return h(
    'li',
    {
      role: 'menuitem',
      onclick: (event: Event) => {
        event.stopPropagation();
        closeAll();
        run(here.join(' → '));
      },
    },
    item.label,
  );
}

document.addEventListener('click', closeAll);
