/**
 * The one time-driven trigger: an add-on may have one of each type per user per document
 * (docs/platform.md, «Editor add-on lifecycle»), so switching on looks for this document's tick triggers first and leaves exactly
 * one. A clock trigger does not say which document it serves (getTriggerSourceId is null), so the
 * user's properties map each trigger id to its spreadsheet; a trigger missing from the map (the
 * map lost) is taken as this document's, the stricter choice for "never two ticks".
 */
import { z } from 'zod';
import { storedValue } from '../platform/stored-value';
import { TICK_HANDLER, TRIGGER_MAP_KEY } from './state';

type Trigger = GoogleAppsScript.Script.Trigger;

/** Trigger id → spreadsheet id, in the user's properties. */
const TRIGGER_MAP = storedValue(TRIGGER_MAP_KEY, z.record(z.string(), z.string()));

function triggerMap(): Record<string, string> {
  return TRIGGER_MAP.read(PropertiesService.getUserProperties()) ?? {};
}

/** This user's tick triggers for this spreadsheet. */
export function tickTriggers(spreadsheetId: string): Trigger[] {
  const map = triggerMap();
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === TICK_HANDLER && (map[t.getUniqueId()] ?? spreadsheetId) === spreadsheetId);
}

export function removeTickTriggers(spreadsheetId: string): number {
  const mine = tickTriggers(spreadsheetId);
  for (const t of mine) ScriptApp.deleteTrigger(t);
  const map = triggerMap();
  for (const t of mine) delete map[t.getUniqueId()];
  TRIGGER_MAP.write(PropertiesService.getUserProperties(), map);
  return mine.length;
}

/**
 * Deletes this document's tick triggers and creates one, daily at `hour` in `zone`, or hourly
 * while work is left: the continuation cannot be a second trigger (one per user per document),
 * and hourly is the most an add-on's clock trigger may run (docs/platform.md, «Editor add-on
 * lifecycle»).
 */
export function installTickTrigger(spreadsheetId: string, hour: number, zone: string, hourly = false): string {
  removeTickTriggers(spreadsheetId);
  const clock = ScriptApp.newTrigger(TICK_HANDLER).timeBased();
  const trigger = hourly ? clock.everyHours(1).create() : clock.everyDays(1).atHour(hour).inTimezone(zone).create();
  const id = trigger.getUniqueId();
  const live = new Set(ScriptApp.getProjectTriggers().map((t) => t.getUniqueId()));
  const map = Object.fromEntries(Object.entries(triggerMap()).filter(([key]) => live.has(key)));
  map[id] = spreadsheetId;
  TRIGGER_MAP.write(PropertiesService.getUserProperties(), map);
  return id;
}

/** Removes one trigger by its id (a tick that finds itself switched off). */
export function removeTrigger(uniqueId: string): void {
  for (const t of ScriptApp.getProjectTriggers()) if (t.getUniqueId() === uniqueId) ScriptApp.deleteTrigger(t);
}

/**
 * The workbook a tick trigger serves, opened by the id stored when it was made (openById needs the
 * `spreadsheets` scope: `spreadsheets.currentonly` covers only a containing document). Null when
 * the trigger is not in the map or the workbook cannot be opened (deleted, access lost).
 */
export function workbookOfTrigger(uniqueId: string | null): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
  const id = uniqueId ? triggerMap()[uniqueId] : undefined;
  if (!id) return null;
  try {
    return SpreadsheetApp.openById(id);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    return null;
  }
}
