/**
 * The book's regulation (domain/regulation.ts), for writing a regulated option's label and for
 * its drop-down: read from «Настройки» when first asked in an action, 002 when the tab is absent.
 */
import { DEFAULT_REGULATION, inRegulation, isRegulated, type Regulation } from '../domain/regulation';
import type { Zone } from '../domain/local-date';
import type { ColumnKind } from './columns';
import { readTab } from './read';
import { settingsFrom } from './settings-read';
import { TABS } from './tabs';

export function readRegulation(sheet: GoogleAppsScript.Spreadsheet.Sheet | undefined, zone: Zone): Regulation {
  if (!sheet) return DEFAULT_REGULATION;
  const values = sheet.getDataRange().getValues();
  return settingsFrom(readTab(TABS.settings, values, null, zone), zone).settings.regulation;
}

/** A column's kind with its option list in the book's words; asks the regulation only for a regulated list. */
export function wordedKind(kind: ColumnKind, regulation: () => Regulation): ColumnKind {
  if ((kind.type === 'option' || kind.type === 'options') && isRegulated(kind.options)) return { ...kind, options: inRegulation(kind.options, regulation()) };
  return kind;
}
