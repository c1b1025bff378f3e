/**
 * The preview page: the add-on's workbook, menu, sidebars, dialogs and toasts as Sheets shows
 * them, plus what Google's servers do around it (Drive, Forms, Gmail, triggers, the clock).
 */
import './app.css';
import { api, clear, columnName, h, track } from './dom';
import { renderGrid } from './grid';
import { renderMenus } from './menu';
import { consolePanel, drivePanel, formsPanel, outboxPanel, triggersPanel } from './panels';
import type { ActionResult, Notice, View } from './types';

const PANELS = { drive: 'Диск', forms: 'Анкеты', outbox: 'Почта', triggers: 'Триггеры', console: 'Консоль' } as const;
type Panel = keyof typeof PANELS;

let view: View | null = null;
let tab: string | null = null;
let panel: Panel = 'drive';
let sidebar: Notice | null = null;
let modal: Notice | null = null;

const root = document.getElementById('app')!;

async function refresh(): Promise<void> {
  view = await api<View>(`/api/view${tab ? `?tab=${encodeURIComponent(tab)}` : ''}`);
  tab = view.grid?.name ?? null;
  show(view.notices);
  render();
}

/** What an action showed: sidebars and dialogs open, toasts pop, errors as Sheets shows them. */
function show(notices: Notice[]): void {
  for (const n of notices) {
    if (n.kind === 'sidebar') sidebar = n;
    else if (n.kind === 'dialog' || n.kind === 'modeless') modal = n;
    else if (n.kind === 'toast') toast(n.title, n.text);
    else if (n.kind === 'alert' || n.kind === 'prompt') dialog(n, false);
  }
}

function act(promise: Promise<ActionResult>): Promise<void> {
  return track(
    (async () => {
      const result = await promise;
      show(result.notices);
      if (result.error) errorDialog(result.error);
      if (result.pending) dialog(result.pending, true);
      await refresh();
    })(),
  );
}

function errorDialog(message: string): void {
  dialog({ kind: 'error', title: 'Ошибка', text: message, buttons: ['OK'], ui: null }, false);
}

const BUTTON_TEXT: Record<string, string> = { OK: 'ОК', CANCEL: 'Отмена', YES: 'Да', NO: 'Нет' };

/** An alert or prompt. `pending`: the script waits for this answer. */
function dialog(n: Notice, pending: boolean): void {
  const input = n.kind === 'prompt' ? h('input', { 'data-testid': 'prompt-input' }) : null;
  const close = (button: string) => {
    overlay.remove();
    if (pending) void act(api<ActionResult>('/api/answer', { button, text: input?.value ?? '' }));
  };
  const overlay = h(
    'div',
    { class: 'overlay' },
    h(
      'div',
      { class: `dialog ${n.kind}`, role: 'dialog', 'data-testid': n.kind === 'error' ? 'error-dialog' : 'alert' },
      h('button', { class: 'x', title: 'Закрыть', onclick: () => close('CLOSE') }, '×'),
      n.title ? h('h3', {}, n.title) : null,
      h('pre', { class: 'dialog-text' }, n.text),
      input,
      h('div', { class: 'buttons' }, ...n.buttons.map((b) => h('button', { class: 'primary', 'data-button': b, onclick: () => close(b) }, BUTTON_TEXT[b] ?? b))),
    ),
  );
  document.body.append(overlay);
}

function toast(title: string, text: string): void {
  const node = h('div', { class: 'toast', 'data-testid': 'toast' }, title ? h('b', {}, title) : null, h('div', {}, text));
  document.body.append(node);
  setTimeout(() => node.remove(), 6000);
}

/** Per frame, the ends of its work still running: its load, and each script call it reported. */
const frameWork = new Map<HTMLIFrameElement, Array<() => void>>();

function frameWorking(frame: HTMLIFrameElement): void {
  let done!: () => void;
  void track(new Promise<void>((resolve) => (done = resolve)));
  frameWork.set(frame, [...(frameWork.get(frame) ?? []), done]);
}

function frameDone(frame: HTMLIFrameElement, all: boolean): void {
  const ends = frameWork.get(frame) ?? [];
  for (const end of all ? ends.splice(0) : ends.splice(0, 1)) end();
}

// google.script.host from the frames: close, a call started, and a note after each call so the grid catches up.
window.addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { googleScriptHost?: string } | null;
  if (!data || typeof data.googleScriptHost !== 'string') return;
  const frame = [...document.querySelectorAll<HTMLIFrameElement>('iframe.addon')].find((f) => f.contentWindow === event.source);
  if (data.googleScriptHost === 'running') {
    if (frame) frameWorking(frame);
    return;
  }
  if (data.googleScriptHost === 'close') {
    if (frame?.closest('.sidebar')) sidebar = null;
    else modal = null;
  }
  // A call may have activated another sheet (a link to a cell): show the user's active sheet, as Sheets does.
  if (data.googleScriptHost === 'ran') tab = null;
  void refresh();
  if (frame && data.googleScriptHost === 'ran') frameDone(frame, false);
});

function frame(n: Notice, testId: string): HTMLElement {
  // A dialog takes the size the add-on asked for; a sidebar is always 300 px wide.
  const size = n.width || n.height ? `width:${n.width ?? 600}px;height:${n.height ?? 420}px` : null;
  const node = h('iframe', { class: 'addon', src: `/ui/${n.ui ?? 0}`, 'data-testid': testId, title: n.title, style: size });
  // Loading, the frame's page makes its first calls (the shim marks them in the frame itself).
  frameWorking(node);
  node.addEventListener('load', () => frameDone(node, false), { once: true });
  return node;
}

// The frames stay in the page while the rest is redrawn: moving an iframe would reload it.
const headerEl = h('header', {});
const sheetEl = h('section', { class: 'sheet' });
const sideEl = h('aside', { class: 'sidebar', 'data-testid': 'sidebar', hidden: true });
const panelsEl = h('section', { class: 'panels' });
const modalEl = h('div', { class: 'overlay', hidden: true });
root.append(headerEl, h('main', {}, sheetEl, sideEl), panelsEl, modalEl);
// Sheets' «Running script» box: shown while the server has not answered (see track()).
document.body.append(h('div', { id: 'running', class: 'running', role: 'status', 'data-testid': 'running', hidden: true }, 'Выполняется скрипт…'));
let shownSidebar: string | null = null;
let shownModal: string | null = null;

function framed(host: HTMLElement, n: Notice | null, shown: string | null, testId: string, onClose: () => void): string | null {
  const key = n ? `${n.ui}` : null;
  if (key === shown) return shown;
  // A frame taken away answers nothing more: what it still had running ends with it.
  for (const old of host.querySelectorAll<HTMLIFrameElement>('iframe.addon')) {
    frameDone(old, true);
    frameWork.delete(old);
  }
  clear(host);
  host.hidden = n === null;
  if (n) host.append(h('div', { class: 'side-head' }, h('span', {}, n.title), h('button', { class: 'x', title: 'Закрыть', onclick: onClose }, '×')), frame(n, testId));
  return key;
}

function render(): void {
  if (!view) return;
  const v = view;
  clear(headerEl);
  headerEl.append(
    h('div', { class: 'doc-title' }, h('b', {}, v.spreadsheet || 'Таблица'), h('span', { class: 'muted' }, ` · ${v.user}`)),
    renderMenus(v.menus, (path) => void act(api<ActionResult>('/api/click', { path }))),
    clock(v),
    h(
      'div',
      { class: 'file-actions' },
      h('a', { href: '/export.xlsx', 'data-testid': 'export', class: 'button', title: 'Скачать книгу как .xlsx' }, 'Экспорт .xlsx'),
      importButton(),
      h('button', { 'data-testid': 'reset', onclick: () => void reset(), title: 'Начать заново с демонстрационной школой' }, 'Сброс'),
    ),
  );
  const scroll = sheetEl.querySelector('.grid-scroll');
  const position = scroll ? [scroll.scrollLeft, scroll.scrollTop] : [0, 0];
  clear(sheetEl);
  const grid = v.grid
    ? renderGrid(v.grid, {
        select: (row, column) => void api('/api/select', { tab: v.grid!.name, a1: `${columnName(column)}${row}` }).then(refresh),
        // As in Sheets, Enter moves the selection one row down.
        edit: (row, column, text) =>
          void act(api<ActionResult>('/api/edit', { tab: v.grid!.name, a1: `${columnName(column)}${row}`, text })).then(() => moveSelection(1, 0)),
      })
    : h('p', { class: 'muted' }, 'Нет таблицы');
  const tabs = h(
    'div',
    { class: 'tabs', 'data-testid': 'tabs' },
    ...v.tabs.filter((t) => !t.hidden).map((t) => h('button', { class: t.name === tab ? 'tab active' : 'tab', onclick: () => ((tab = t.name), void api('/api/select', { tab: t.name }).then(refresh)) }, t.name)),
  );
  sheetEl.append(grid, tabs);
  const newScroll = sheetEl.querySelector('.grid-scroll');
  if (newScroll && v.grid?.name === lastGrid) [newScroll.scrollLeft, newScroll.scrollTop] = position as [number, number];
  // Another sheet shown with a cell selected (a link to a cell): bring the cell into view.
  else sheetEl.querySelector('td.selected')?.scrollIntoView({ block: 'center', inline: 'nearest' });
  lastGrid = v.grid?.name ?? null;
  shownSidebar = framed(sideEl, sidebar, shownSidebar, 'sidebar-frame', () => ((sidebar = null), render()));
  shownModal = framed(modalEl, modal, shownModal, 'dialog-frame', () => ((modal = null), render()));
  modalEl.classList.toggle('html', modal !== null);
  clear(panelsEl);
  const panelTabs = h(
    'div',
    { class: 'panel-tabs' },
    ...(Object.keys(PANELS) as Panel[]).map((p) => h('button', { class: p === panel ? 'tab active' : 'tab', 'data-panel': p, onclick: () => ((panel = p), panelsEl.classList.remove('collapsed'), render()) }, countOf(p, v))),
    h('button', { class: 'tab grow', title: 'Развернуть или свернуть панель', onclick: () => (panelsEl.classList.remove('collapsed'), panelsEl.classList.toggle('tall'), render()) }, panelsEl.classList.contains('tall') ? 'Свернуть' : 'Развернуть'),
    // Collapsed, the panel is one row of tabs and the grid and the sidebar get the height back.
    h('button', { class: 'tab', 'data-testid': 'panel-collapse', title: 'Скрыть или показать панель', onclick: () => (panelsEl.classList.remove('tall'), panelsEl.classList.toggle('collapsed'), render()) }, panelsEl.classList.contains('collapsed') ? 'Показать ▴' : 'Скрыть ▾'),
  );
  const body = panel === 'drive' ? drivePanel(v) : panel === 'forms' ? formsPanel(v, (r) => void act(Promise.resolve(r))) : panel === 'outbox' ? outboxPanel(v) : panel === 'triggers' ? triggersPanel(v) : consolePanel(v);
  panelsEl.append(panelTabs, h('div', { class: 'panel', 'data-testid': `panel-${panel}` }, body));
}

let lastGrid: string | null = null;

/** Moves the selected cell by rows/columns (arrow keys, Enter), skipping hidden columns. */
async function moveSelection(rows: number, columns: number): Promise<void> {
  const grid = view?.grid;
  if (!grid?.selected) return;
  const hidden = new Set(grid.hiddenColumns);
  let column = grid.selected.column;
  for (let step = 0; step < Math.abs(columns); ) {
    column += Math.sign(columns);
    if (column < 1 || column > grid.columns) return;
    if (!hidden.has(column)) step++;
  }
  const row = Math.max(1, Math.min(grid.rows.length, grid.selected.row + rows));
  await api('/api/select', { tab: grid.name, a1: `${columnName(column)}${row}` });
  await refresh();
}

const ARROWS: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement | null;
  if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
  const move = ARROWS[event.key];
  if (!move || !view?.grid?.selected) return;
  event.preventDefault();
  void moveSelection(move[0], move[1]);
});

function countOf(p: Panel, v: View): string {
  const n = p === 'drive' ? v.files.length : p === 'forms' ? v.forms.length : p === 'outbox' ? v.outbox.length : p === 'triggers' ? v.triggers.length : v.executions.filter((e) => !e.ok).length;
  return n ? `${PANELS[p]} (${n})` : PANELS[p];
}

function clock(v: View): HTMLElement {
  const step = (s: string) => () => void act(api<ActionResult>('/api/clock', { step: s }));
  return h(
    'div',
    { class: 'clock' },
    h('span', { 'data-testid': 'clock', title: `Часовой пояс: ${v.zone}` }, v.clockText),
    h('button', { 'data-testid': 'clock-day', onclick: step('day'), title: 'Сдвинуть время на сутки: сработают триггеры' }, '+день'),
    h('button', { 'data-testid': 'clock-month', onclick: step('month'), title: 'Сдвинуть время на месяц: сработают триггеры' }, '+месяц'),
    h('button', { 'data-testid': 'clock-first', onclick: step('first'), title: 'До 1-го числа следующего месяца, 12:00' }, 'к 1-му'),
  );
}

function importButton(): HTMLElement {
  const input = h('input', { type: 'file', accept: '.xlsx', 'data-testid': 'import', class: 'hidden-file' });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    void track(fetch('/import', { method: 'POST', body: file })).then(async (response) => {
      if (!response.ok) errorDialog(await response.text());
      else toast('Импорт', 'Книга заменена; прежнее состояние сохранено в резервной копии.');
      tab = null;
      await refresh();
    });
  });
  return h('label', { class: 'button', title: 'Открыть .xlsx вместо этой книги' }, 'Импорт .xlsx', input);
}

async function reset(): Promise<void> {
  if (!window.confirm('Начать заново с демонстрационной школой? Текущее состояние сохранится в резервной копии.')) return;
  sidebar = null;
  modal = null;
  tab = null;
  await api('/api/reset', {});
  await refresh();
}

void refresh();
