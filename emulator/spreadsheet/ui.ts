/**
 * SpreadsheetApp.getUi()'s Ui (reference/base/ui, menu, prompt-response, button, button-set).
 * Everything shown is recorded in `state.ui`. Answers to alert/prompt come from a host-side
 * queue (`answerNextDialog`); with none queued the user closes the dialog (Button.CLOSE).
 *
 * Access: building menus works in every mode (reference/script/auth-mode sample: "Add a normal
 * menu item (works in all authorization modes)"); dialogs and sidebars need FULL (docs/platform.md:
 * "Sidebars and dialogs cannot be opened in LIMITED") and the container.ui scope
 * (reference/base/ui, Authorization). Alerts and prompts are dialogs too: FULL, the stricter
 * reading where the docs are silent.
 */
import type { Emulator } from '../core/emulator';
import type { UiEvent } from '../core/state';
import { expose, type PolicyOf } from '../core/expose';
import { badSignature, describeArgs, ServiceError } from '../core/errors';
import { scriptProject } from '../script/project';
import type { Emulates } from '../core/emulates';

export const CONTAINER_UI_SCOPE = 'https://www.googleapis.com/auth/script.container.ui';
/** guides/dialogs#custom_sidebars: a sidebar is 300 px wide whatever setWidth said. */
export const SIDEBAR_WIDTH = 300;
/** reference/spreadsheet/spreadsheet-app#getui: the message outside a user's editor session. */
export const NO_UI_MESSAGE = 'Cannot call SpreadsheetApp.getUi() from this context.';

export const Button = Object.freeze({ CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' });
export const ButtonSet = Object.freeze({ OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' });
const BUTTONS_OF: Record<string, string[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export interface DialogAnswer {
  button: string;
  text?: string;
}

const ANSWERS = 'ui.answers';

function answers(emulator: Emulator): DialogAnswer[] {
  let queue = emulator.transient.get(ANSWERS) as DialogAnswer[] | undefined;
  if (!queue) {
    queue = [];
    emulator.transient.set(ANSWERS, queue);
  }
  return queue;
}

/** Host: how the user will answer the next alert or prompt. */
export function answerNextDialog(emulator: Emulator, answer: DialogAnswer): void {
  answers(emulator).push(answer);
}

function record(emulator: Emulator, kind: string, data: Record<string, unknown>, spreadsheetId = emulator.state.activeSpreadsheetId): UiEvent {
  const event: UiEvent = { kind, at: emulator.now(), user: emulator.user, spreadsheetId, data };
  emulator.state.ui.push(event);
  return event;
}

/** Host: Spreadsheet.toast records through here (reference/spreadsheet/spreadsheet#toast). */
export function recordToast(emulator: Emulator, spreadsheetId: string, msg: string, title = '', timeoutSeconds = 5): UiEvent {
  return record(emulator, 'toast', { msg, title, timeoutSeconds }, spreadsheetId);
}

type MenuItem = { label: string; functionName: string } | { separator: true } | { label: string; items: MenuItem[] };

const menuPolicy: PolicyOf = () => ({ access: 'none' });
const uiPolicy: PolicyOf = (method) =>
  method === 'createMenu' || method === 'createAddonMenu' ? { access: 'none' } : { access: 'full', scopes: [CONTAINER_UI_SCOPE] };

function menuView(emulator: Emulator, label: string, addon: boolean): GoogleAppsScript.Base.Menu & { _items(): MenuItem[] } {
  const items: MenuItem[] = [];
  const impl = {
    _items: () => items,
    addItem(caption: unknown, functionName: unknown) {
      if (typeof caption !== 'string' || typeof functionName !== 'string') badSignature(describeArgs([caption, functionName]), 'Ui.Menu.addItem');
      items.push({ label: caption, functionName });
      return self;
    },
    addSeparator() {
      items.push({ separator: true });
      return self;
    },
    addSubMenu(menu: unknown) {
      const sub = menu as { _items?: () => MenuItem[]; _label?: string } | null;
      if (!sub || typeof sub._items !== 'function') badSignature(describeArgs([menu]), 'Ui.Menu.addSubMenu');
      items.push({ label: sub._label ?? '', items: sub._items() });
      return self;
    },
    _label: label,
    // menu#addtoui: replaces this menu (same caption) for this user and document.
    addToUi() {
      const sheet = emulator.state.activeSpreadsheetId;
      emulator.state.ui = emulator.state.ui.filter(
        (e) => !(e.kind === 'menu' && e.user === emulator.user && e.spreadsheetId === sheet && e.data.title === label),
      );
      // `execution` lets the host tell the menus one onOpen built from older ones.
      record(emulator, 'menu', { title: label, addon, execution: emulator.execution?.id ?? null, items: structuredClone(items) });
    },
  };
  const self: GoogleAppsScript.Base.Menu & { _items(): MenuItem[] } = expose(emulator, 'SpreadsheetApp', 'Menu', impl satisfies Emulates<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'>, menuPolicy) as unknown as GoogleAppsScript.Base.Menu & { _items(): MenuItem[] };
  return self;
}

function noUiInTriggers(emulator: Emulator): void {
  // Time-driven and other installable triggers have no user's editor to show anything in.
  if (emulator.execution?.kind === 'trigger') throw new ServiceError(NO_UI_MESSAGE);
}

function takeAnswer(emulator: Emulator, allowed: string[]): DialogAnswer {
  const answer = answers(emulator).shift();
  if (!answer) return { button: 'CLOSE', text: '' };
  if (answer.button !== 'CLOSE' && !allowed.includes(answer.button)) {
    throw new Error(`answerNextDialog: button ${answer.button} is not offered by this dialog (${allowed.join(', ')})`);
  }
  return answer;
}

/** alert/prompt's overloads: (prompt) | (prompt, buttons) | (title, prompt, buttons). */
function dialogArgs(args: unknown[], key: string): { title: string; prompt: string; buttons: string } {
  const [a, b, c] = args;
  if (args.length === 1 && typeof a === 'string') return { title: '', prompt: a, buttons: 'OK' };
  if (args.length === 2 && typeof a === 'string' && BUTTONS_OF[String(b)]) return { title: '', prompt: a, buttons: String(b) };
  if (args.length === 3 && typeof a === 'string' && typeof b === 'string' && BUTTONS_OF[String(c)]) return { title: a, prompt: b, buttons: String(c) };
  return badSignature(describeArgs(args), key);
}

function snapshotOf(value: unknown, key: string): { html: string; title: string; width?: number; height?: number } {
  const snap = (value as { _snapshot?: unknown } | null)?._snapshot;
  if (typeof snap !== 'function') return badSignature(describeArgs([value]), key);
  return (snap as () => { html: string; title: string; width?: number; height?: number })();
}

export function createUi(emulator: Emulator): GoogleAppsScript.Base.Ui {
  const ui = {
    Button,
    ButtonSet,
    // ui#createaddonmenu: the add-on's menu, labelled with the add-on's name.
    createAddonMenu: () => menuView(emulator, scriptProject(emulator.state).name, true),
    createMenu(caption: unknown) {
      if (typeof caption !== 'string') badSignature(describeArgs([caption]), 'Ui.createMenu');
      return menuView(emulator, caption, false);
    },
    alert(...args: unknown[]) {
      noUiInTriggers(emulator);
      const d = dialogArgs(args, 'Ui.alert');
      const answer = takeAnswer(emulator, BUTTONS_OF[d.buttons] ?? []);
      record(emulator, 'alert', { ...d, answer: answer.button });
      return answer.button;
    },
    prompt(...args: unknown[]) {
      noUiInTriggers(emulator);
      const d = dialogArgs(args, 'Ui.prompt');
      const answer = takeAnswer(emulator, BUTTONS_OF[d.buttons] ?? []);
      const text = answer.button === 'CLOSE' ? '' : (answer.text ?? '');
      record(emulator, 'prompt', { ...d, answer: answer.button, text });
      const response = { getResponseText: () => text, getSelectedButton: () => answer.button };
      return expose(emulator, 'SpreadsheetApp', 'PromptResponse', response satisfies Emulates<GoogleAppsScript.Base.PromptResponse, 'getResponseText' | 'getSelectedButton'>, () => ({ access: 'none' }));
    },
    showSidebar(userInterface: unknown) {
      noUiInTriggers(emulator);
      const snap = snapshotOf(userInterface, 'Ui.showSidebar');
      record(emulator, 'sidebar', { html: snap.html, title: snap.title, width: SIDEBAR_WIDTH });
    },
    showModalDialog(userInterface: unknown, title: unknown) {
      noUiInTriggers(emulator);
      if (typeof title !== 'string') badSignature(describeArgs([userInterface, title]), 'Ui.showModalDialog');
      const snap = snapshotOf(userInterface, 'Ui.showModalDialog');
      record(emulator, 'dialog', { ...snap, title });
    },
    showModelessDialog(userInterface: unknown, title: unknown) {
      noUiInTriggers(emulator);
      if (typeof title !== 'string') badSignature(describeArgs([userInterface, title]), 'Ui.showModelessDialog');
      const snap = snapshotOf(userInterface, 'Ui.showModelessDialog');
      record(emulator, 'modeless', { ...snap, title });
    },
  };
  return expose(emulator, 'SpreadsheetApp', 'Ui', ui satisfies Emulates<GoogleAppsScript.Base.Ui, 'alert' | 'createAddonMenu' | 'createMenu' | 'prompt' | 'showModalDialog' | 'showModelessDialog' | 'showSidebar'>, uiPolicy) as unknown as GoogleAppsScript.Base.Ui;
}
