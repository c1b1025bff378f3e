/**
 * The command line's workspace: resumed from the state file, or a fresh one like the school's
 * (one spreadsheet «Сопровождение педагогов», ru_RU, Europe/Moscow, the deputy as active user,
 * the manifest's scopes).
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_USER } from '../core/state';
import { Host } from '../host';
import { readStateFile } from '../host/state-file';
import { localToUtc } from '../services/time-zone';
import { setScriptProject } from '../script/project';

export const WORKBOOK_NAME = 'Сопровождение педагогов';
export const ADDON_NAME = 'Сопровождение';
export const WORKBOOK_LOCALE = 'ru_RU';
export const WORKBOOK_TIME_ZONE = 'Europe/Moscow';

interface Manifest {
  timeZone?: string;
  oauthScopes?: string[];
  dependencies?: { enabledAdvancedServices?: Array<{ userSymbol?: string; serviceId?: string; version?: string }> };
}

export function readManifest(distDir: string): Manifest {
  const file = path.join(distDir, 'appsscript.json');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
}

export function openWorkspace(distDir: string, stateFile: string): Host {
  if (!fs.existsSync(path.join(distDir, 'Code.js'))) {
    throw new Error(`${path.join(distDir, 'Code.js')} is missing: run \`npm run build\` first`);
  }
  const saved = readStateFile(stateFile);
  if (saved) return Host.load({ distDir, state: saved });
  return newWorkspace(distDir);
}

/** A fresh workspace: the school's empty workbook, the deputy signed in, the manifest's scopes. */
export function newWorkspace(distDir: string): Host {
  const manifest = readManifest(distDir);
  const host = Host.load({
    distDir,
    workspace: {
      user: DEFAULT_USER,
      scriptTimeZone: manifest.timeZone ?? WORKBOOK_TIME_ZONE,
      scopes: manifest.oauthScopes ?? [],
      advancedServices: advancedServicesOf(manifest),
    },
  });
  // The add-on's menu is titled by the add-on's name (reference/base/ui#createaddonmenu).
  setScriptProject(host.state, { name: ADDON_NAME });
  createWorkbook(host);
  return host;
}

/** The userSymbols of the advanced services the manifest enables. */
export function advancedServicesOf(manifest: Manifest): string[] {
  const list = manifest.dependencies?.enabledAdvancedServices ?? [];
  return list.map((s) => s.userSymbol).filter((s): s is string => typeof s === 'string');
}

/**
 * Creates the school's workbook through the emulated SpreadsheetApp itself (so its state has
 * whatever shape that service keeps), with scope checks off: this is the deputy creating the
 * file by hand, not the add-on.
 */
export function createWorkbook(host: Host): void {
  const state = host.state;
  const scopes = state.scopes;
  state.scopes = null;
  try {
    host.emulator.run({ kind: 'direct', authMode: 'FULL', name: 'workspace setup' }, () => {
      const app = host.global<GoogleAppsScript.Spreadsheet.SpreadsheetApp>('SpreadsheetApp');
      const spreadsheet = app.create(WORKBOOK_NAME);
      spreadsheet.setSpreadsheetLocale(WORKBOOK_LOCALE);
      spreadsheet.setSpreadsheetTimeZone(WORKBOOK_TIME_ZONE);
      state.activeSpreadsheetId = spreadsheet.getId();
    });
  } finally {
    state.scopes = scopes;
  }
  host.emulator.calls.reset();
}

/**
 * A time from the command line. ISO with a zone ("2026-09-02T06:00:00Z", "+03:00") is taken as
 * is; without one ("2026-09-02T09:00", "2026-09-02") it is wall-clock time in the script's zone.
 */
export function parseTime(text: string, zone: string): number {
  const local = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim());
  if (local) {
    const [, y, mo, d, h = '0', mi = '0', s = '0'] = local;
    return localToUtc(Number(y), Number(mo), Number(d), Number(h) * 60 + Number(mi), zone) + Number(s) * 1000;
  }
  const ms = new Date(text).getTime();
  if (Number.isNaN(ms)) throw new Error(`Bad time "${text}": use ISO 8601, e.g. 2026-09-02T09:00 or 2026-09-02T06:00:00Z`);
  return ms;
}
