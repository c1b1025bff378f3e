/** Plain-data shape of installable triggers and authorization (owned by the ScriptApp emulation). */
export interface TriggerState {
  id: string;
  handler: string;
  /** CLOCK | ON_FORM_SUBMIT | ON_OPEN | ON_EDIT | ON_CHANGE */
  eventType: string;
  /** SPREADSHEETS | CLOCK | FORMS */
  source: string;
  sourceId: string | null;
  user: string;
  /** Whether it was created by an add-on (the one-per-type-per-user-per-document rule applies). */
  addon: boolean;
  /** The document the creating execution ran in (the add-on rule counts per document). */
  documentId?: string | null;
  /** Clock triggers: next due time in epoch ms. */
  nextRun?: number;
  schedule?: ClockSchedule;
}

/**
 * A clock trigger's recurrence (reference/script/clock-trigger-builder). `minuteOfDay` is the
 * chosen local minute for daily/weekly triggers, fixed at creation from the trigger id so that
 * "atHour(h)" fires somewhere within that hour, never reliably at :00.
 */
export interface ClockSchedule {
  kind: 'minutes' | 'hours' | 'days' | 'weeks' | 'once';
  /** every n minutes / hours / days / weeks */
  n: number;
  timeZone: string;
  /** days/weeks: local minute of day the trigger fires at (may be outside 0..1439 by nearMinute). */
  minuteOfDay?: number;
  /** weeks: 0 = Sunday .. 6 = Saturday */
  weekDay?: number;
  /** days/weeks: the local day number (days since 1970-01-01) counting of the interval starts at. */
  anchorDay?: number;
  /** What the builder was given, for display. */
  atHour?: number;
  nearMinute?: number;
}

export interface AuthorizationState {
  /** Users who have granted the add-on's scopes. */
  authorizedUsers: string[];
  /** Scopes added to the manifest since they authorized (forces re-authorization). */
  requiredScopes: string[];
}

/**
 * How the project is deployed, kept in `state.extra.script` until core gives it a field:
 * 'addon' (an editor add-on: one trigger per type per user per document, clock triggers at most
 * hourly) or 'bound' (a script bound to the workbook). The default is the stricter 'addon'.
 */
export interface ScriptProjectState {
  deployment: 'addon' | 'bound';
  /** The add-on's (or bound project's) name: the label of createAddonMenu's menu. */
  name: string;
  /** Session.getActiveUserLocale() per user; users not listed get `defaultLocale`. */
  userLocales: Record<string, string>;
  defaultLocale: string;
}
