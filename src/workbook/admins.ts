/**
 * The workbook's administrators and whether the caller is one (domain/roles.ts): the owner from
 * Google, the rest from «Настройки» as an administrator last saved them (approved-settings.ts).
 * A book without the tab has its owner alone.
 */
import { administratorAddresses, refusalFor, type Administrators } from '../domain/roles';
import { activeEmail, spreadsheetOwner } from '../platform/identity';
import { ROLES } from '../text/roles';
import { loadTab, type LoadedTab } from './repo';
import { settingsFrom } from './settings-read';
import { guardSettings } from './approved-settings';
import type { Workbook } from './sheets';
import { TABS } from './tabs';

export function administratorsOf(workbook: Workbook, tab?: LoadedTab<'settings'>): Administrators {
  const owner = spreadsheetOwner(workbook.spreadsheet);
  if (!tab && !workbook.sheets.has(TABS.settings.name)) return { owner, listed: null, deputyEmail: null };
  // As approved: typing oneself into «Администраторы» on the tab makes no one an administrator.
  const { settings } = guardSettings(workbook, settingsFrom((tab ?? loadTab(workbook, 'settings')).read, workbook.zone).settings);
  return { owner, listed: settings.administrators ?? null, deputyEmail: settings.deputyEmail };
}

export interface Access {
  /** The caller's address as Google gives it ('' when withheld). */
  identity: string;
  administrators: string[];
  /** Where the list comes from: the owner and the settings. */
  of: Administrators;
  /** Null when the caller may administer; else the Russian refusal. */
  refusal: string | null;
}

/** The caller's access; `tab`, when the caller has loaded «Настройки» already, saves a read. */
export function accessOf(workbook: Workbook, tab?: LoadedTab<'settings'>): Access {
  const identity = activeEmail();
  const admins = administratorsOf(workbook, tab);
  const administrators = administratorAddresses(admins);
  const why = refusalFor(identity, admins);
  const refusal = why === null ? null : why === 'unknown-identity' ? ROLES.unknownIdentity : ROLES.notAdministrator(identity, administrators);
  return { identity, administrators, of: admins, refusal };
}
