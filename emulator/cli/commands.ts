/**
 * The command table of `npm run emu -- <command>`: one entry per command. Later issues add theirs
 * here (form submit, document render).
 */
import { invokeFromPage } from '../bridge';
import type { Host, Outcome } from '../host';
import { describeMenus } from '../host/menu';
import { toPrintable, type Wire } from '../host/wire';
import { dumpWorkspace, readCells, typeIntoCell } from './sheets';
import { parseTime } from './workspace';
import { FormSubmitError, submitFormResponse } from '../host/forms';
import { sheetChartsSvg } from '../spreadsheet/chart-render';

/** What a command prints; `ok: false` makes the process exit non-zero. */
export interface CommandResult {
  ok: boolean;
  error?: { name: string; message: string };
  [key: string]: unknown;
}

export interface Command {
  usage: string;
  description: string;
  /** Whether the command changes the workspace (the state file is then saved). */
  writes: boolean;
  run(host: Host, args: string[]): CommandResult;
}

/** Wrong use of a command (exit code 2, no state saved). */
export class UsageError extends Error {}

export const COMMANDS: Record<string, Command> = {
  menu: {
    usage: 'menu',
    description: "open the spreadsheet as the active user (runs onOpen) and print the add-on's menu",
    writes: true,
    run(host) {
      let authMode = '';
      const result = withEffects(host, () => {
        const opened = host.open();
        authMode = opened.authMode;
        return opened;
      });
      return { ...result, authMode, menu: describeMenus(host.menu()) };
    },
  },
  click: {
    usage: 'click "<menu label or path: Подменю → Пункт>"',
    description: "run a menu item's function as the active user (FULL)",
    writes: true,
    run(host, [label]) {
      if (!label) throw new UsageError('click needs a menu label');
      let functionName = '';
      const result = withEffects(host, () => {
        const outcome = host.click(label);
        functionName = outcome.functionName;
        return outcome;
      });
      return { ...result, functionName };
    },
  },
  call: {
    usage: "call <globalFunction> '<json array of arguments>'",
    description: 'call a global function as a sidebar does with google.script.run',
    writes: true,
    run(host, [fn, json = '[]']) {
      if (!fn) throw new UsageError('call needs a function name');
      let args: unknown;
      try {
        args = JSON.parse(json);
      } catch {
        throw new UsageError(`The arguments must be a JSON array, got: ${json}`);
      }
      if (!Array.isArray(args)) throw new UsageError(`The arguments must be a JSON array, got: ${json}`);
      return withEffects(host, () => invokeFromPage(host, fn, args as unknown[]));
    },
  },
  set: {
    usage: 'set <tab> <A1> <value>',
    description: 'type a value into a cell as the deputy would',
    writes: true,
    run(host, [tab, a1, value]) {
      if (!tab || !a1 || value === undefined) throw new UsageError('set needs <tab> <A1> <value>');
      return withEffects(host, () => typeIntoCell(host, tab, a1, value));
    },
  },
  get: {
    usage: 'get <tab> [A1 range]',
    description: 'print cell values (dates as ISO strings); the whole data range by default',
    writes: false,
    run(host, [tab, a1]) {
      if (!tab) throw new UsageError('get needs <tab>');
      const outcome = readCells(host, tab, a1);
      return outcome.ok ? { ok: true, values: outcome.value } : { ok: false, error: outcome.error };
    },
  },
  charts: {
    usage: 'charts <tab>',
    description: "print the tab's embedded charts: id, anchor and the chart drawn as SVG (as the local preview shows it)",
    writes: false,
    run(host, [tab]) {
      if (!tab) throw new UsageError('charts needs <tab>');
      const id = host.state.activeSpreadsheetId;
      if (!id) return { ok: false, error: { name: 'Error', message: 'No active spreadsheet' } };
      return { ok: true, charts: sheetChartsSvg(host.emulator, id, tab) };
    },
  },
  dump: {
    usage: 'dump',
    description: 'print the whole workspace: sheets, triggers, properties, UI events, log',
    writes: false,
    run(host) {
      return { ok: true, workspace: dumpWorkspace(host) };
    },
  },
  clock: {
    usage: 'clock <ISO datetime>',
    description: "move the clock forward (zone-less times are in the script's zone), firing due triggers",
    writes: true,
    run(host, [time]) {
      if (!time) throw new UsageError('clock needs a time');
      const to = parseTime(time, host.state.scriptTimeZone);
      const fired = host.advanceClock(to);
      const failed = fired.filter((f) => !f.outcome.ok);
      const first = failed[0]?.outcome;
      return {
        ok: failed.length === 0,
        ...(first && !first.ok ? { error: first.error } : {}),
        clock: new Date(host.emulator.now()).toISOString(),
        fired: fired.map((f) => ({ ...f, outcome: printable(f.outcome) })),
      };
    },
  },
  submit: {
    usage: "submit <formId> '<json answers by question title or item id>' [as <email>] [duplicate|missed]",
    description: "submit a form response as a respondent (the form page's rules); fires the spreadsheet's form-submit triggers",
    writes: true,
    run(host, [formId, json, ...rest]) {
      if (!formId || !json) throw new UsageError('submit needs a form id and a JSON object of answers');
      let answers: unknown;
      try {
        answers = JSON.parse(json);
      } catch {
        throw new UsageError('submit: the answers are not JSON');
      }
      if (!answers || typeof answers !== 'object' || Array.isArray(answers)) throw new UsageError('submit: the answers must be a JSON object');
      const as = rest.indexOf('as');
      const respondent = as >= 0 ? rest[as + 1] : host.state.activeUser;
      const delivery = rest.includes('duplicate') ? 'duplicate' : rest.includes('missed') ? 'missed' : 'once';
      try {
        const result = submitFormResponse(host, formId, answers as Record<string, unknown>, { respondent, delivery });
        const failed = result.fired.filter((f) => !f.outcome.ok);
        return { ok: failed.length === 0, ...result, ...(failed[0] && !failed[0].outcome.ok ? { error: failed[0].outcome.error } : {}) };
      } catch (error) {
        if (error instanceof FormSubmitError) return { ok: false, error: { name: error.name, message: error.message } };
        throw error;
      }
    },
  },
  user: {
    usage: 'user <email>',
    description: 'switch the active user',
    writes: true,
    run(host, [email]) {
      if (!email || !email.includes('@')) throw new UsageError('user needs an e-mail address');
      host.state.activeUser = email;
      return { ok: true, activeUser: email };
    },
  },
  install: {
    usage: 'install',
    description: 'install the add-on in this document as the active user (runs onInstall in FULL)',
    writes: true,
    run(host) {
      return withEffects(host, () => host.install());
    },
  },
};

/** An outcome plus the UI events and log lines the command produced. */
function withEffects(host: Host, action: () => Outcome): CommandResult {
  // By identity: Menu.addToUi replaces older events, so positions shift.
  const uiBefore = new Set(host.state.ui);
  const logBefore = new Set(host.state.log);
  const outcome = action();
  return {
    ...printable(outcome),
    ui: shorten(toPrintable(host.state.ui.filter((e) => !uiBefore.has(e)))),
    log: toPrintable(host.state.log.filter((e) => !logBefore.has(e))),
  };
}

const LONG_TEXT = 400;

/** Long texts (a sidebar's HTML) cut short: `dump` prints them whole. */
function shorten(value: Wire): Wire {
  if (typeof value === 'string' && value.length > LONG_TEXT) {
    return `${value.slice(0, LONG_TEXT)}… [${value.length} chars; \`dump\` prints it whole]`;
  }
  if (Array.isArray(value)) return value.map(shorten);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shorten(v)]));
  return value;
}

function printable(outcome: Outcome): CommandResult {
  return outcome.ok ? { ok: true, value: toPrintable(outcome.value) } : { ok: false, error: outcome.error };
}

export function helpText(): string {
  const lines = Object.values(COMMANDS).map((c) => `  ${c.usage.padEnd(58)} ${c.description}`);
  return [
    'Usage: npm run emu -- [--state FILE] [--dist DIR] <command> [args]',
    '  --state FILE   the workspace (JSON; created when missing). Default: .emu-state.json',
    '  --dist DIR     the built add-on (Code.js, appsscript.json). Default: dist',
    '',
    'Commands:',
    ...lines,
  ].join('\n');
}
