/**
 * The command line's workspace: resumed from the state file, or a fresh one made from a profile
 * (one spreadsheet, its locale and zone, the signed-in user, the add-on's name) with the
 * manifest's scopes. The emulator's own profile is neutral; a project passes its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_USER, NEUTRAL_LOCALE, NEUTRAL_TIME_ZONE } from '../core/state';
import { sheetBaseName } from '../spreadsheet/sheet-ops';
import { Host } from '../host';
import { readStateFile } from '../host/state-file';
import { localToUtc } from '../services/time-zone';
import { setScriptProject } from '../script/project';

/** What a fresh workspace holds: the user at the keyboard and the one spreadsheet they opened. */
export interface WorkspaceProfile {
  user: string;
  /** The spreadsheet the add-on runs in. */
  workbookName: string;
  /** The label of createAddonMenu's menu (reference/base/ui#createaddonmenu). */
  addonName: string;
  locale: string;
  /** The spreadsheet's zone, and the script's when the manifest names none. */
  timeZone: string;
}

/** Nothing of any project: Sheets' own name for a new file, Google's documented default locale. */
export const NEUTRAL_PROFILE: WorkspaceProfile = {
  user: DEFAULT_USER,
  workbookName: 'Untitled spreadsheet',
  addonName: 'Add-on',
  locale: NEUTRAL_LOCALE,
  timeZone: NEUTRAL_TIME_ZONE,
};

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

export function openWorkspace(distDir: string, stateFile: string, profile: WorkspaceProfile = NEUTRAL_PROFILE): Host {
  if (!fs.existsSync(path.join(distDir, 'Code.js'))) {
    throw new Error(`${path.join(distDir, 'Code.js')} is missing: run \`npm run build\` first`);
  }
  const saved = readStateFile(stateFile);
  if (saved) return Host.load({ distDir, state: saved });
  return newWorkspace(distDir, profile);
}

/** A fresh workspace: the profile's empty workbook, its user signed in, the manifest's scopes. */
export function newWorkspace(distDir: string, profile: WorkspaceProfile = NEUTRAL_PROFILE): Host {
  const manifest = readManifest(distDir);
  const host = Host.load({
    distDir,
    workspace: {
      user: profile.user,
      scriptTimeZone: manifest.timeZone ?? profile.timeZone,
      scopes: manifest.oauthScopes ?? [],
      advancedServices: advancedServicesOf(manifest),
    },
  });
  // The add-on's menu is titled by the add-on's name (reference/base/ui#createaddonmenu).
  // Session.getActiveUserLocale gives the language of the profile's locale ("ru" for ru_RU).
  setScriptProject(host.state, { name: profile.addonName, defaultLocale: profile.locale.split('_')[0] ?? profile.locale });
  createWorkbook(host, profile);
  return host;
}

/** The userSymbols of the advanced services the manifest enables. */
export function advancedServicesOf(manifest: Manifest): string[] {
  const list = manifest.dependencies?.enabledAdvancedServices ?? [];
  return list.map((s) => s.userSymbol).filter((s): s is string => typeof s === 'string');
}

/**
 * Creates the profile's workbook through the emulated SpreadsheetApp itself (so its state has
 * whatever shape that service keeps), with scope checks off: this is a person creating the file
 * by hand, not the add-on.
 */
export function createWorkbook(host: Host, profile: Pick<WorkspaceProfile, 'workbookName' | 'locale' | 'timeZone'> = NEUTRAL_PROFILE): void {
  const state = host.state;
  const scopes = state.scopes;
  state.scopes = null;
  try {
    host.emulator.run({ kind: 'direct', authMode: 'FULL', name: 'workspace setup' }, () => {
      const app = host.global<GoogleAppsScript.Spreadsheet.SpreadsheetApp>('SpreadsheetApp');
      const spreadsheet = app.create(profile.workbookName);
      spreadsheet.setSpreadsheetLocale(profile.locale);
      spreadsheet.setSpreadsheetTimeZone(profile.timeZone);
      // A person whose account is in this locale gets the first sheet named in it ("Лист1" in ru_RU).
      spreadsheet.getSheets()[0]!.setName(`${sheetBaseName(profile.locale)}1`);
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
