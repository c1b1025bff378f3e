/**
 * ScriptApp (reference/script/script-app): enums, authorization info and installable triggers.
 * Host helpers for firing clock triggers live in ./schedule (dueTriggers, markFired); the
 * deployment switch (add-on or bound script) in ./project.
 */
import type { Emulator } from '../core/emulator';
import { expose, type PolicyOf } from '../core/expose';
import { badSignature, describeArgs, ServiceError } from '../core/errors';
import type { Emulates } from '../core/emulates';
import { clockBuilder, SCRIPTAPP_SCOPE, spreadsheetBuilder, triggerView, WEEK_DAYS } from './triggers';

export { dueTriggers, markFired, type DueTrigger } from './schedule';
export { scriptProject, setScriptProject, isAddon } from './project';

function enumOf<T extends string>(names: readonly T[]): Readonly<Record<T, T>> {
  // Enum values are their names: String(ScriptApp.AuthMode.FULL) === 'FULL' as in Apps Script,
  // and the host can put the same strings into event objects (e.authMode === ScriptApp.AuthMode.NONE).
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n])) as Record<T, T>);
}

export const AuthMode = enumOf(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const);
export const AuthorizationStatus = enumOf(['REQUIRED', 'NOT_REQUIRED'] as const);
export const TriggerSource = enumOf(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR'] as const);
export const EventType = enumOf(['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED'] as const);
export const WeekDay = enumOf(WEEK_DAYS);

const TRIGGER_METHODS = new Set(['newTrigger', 'getProjectTriggers', 'getUserTriggers', 'deleteTrigger']);
const policy: PolicyOf = (method) =>
  TRIGGER_METHODS.has(method) ? { access: 'full', scopes: [SCRIPTAPP_SCOPE] } : { access: 'none' };

/** A spreadsheet argument: an id string, or an object with getId() (the Spreadsheet view). */
function spreadsheetIdOf(value: unknown, key: string): string {
  if (typeof value === 'string') return value;
  const getId = (value as { getId?: unknown } | null)?.getId;
  if (typeof getId === 'function') return String((getId as () => unknown).call(value));
  return badSignature(describeArgs([value]), key);
}

export function authorizationStatus(emulator: Emulator): 'REQUIRED' | 'NOT_REQUIRED' {
  const auth = emulator.state.authorization;
  return !auth.authorizedUsers.includes(emulator.user) || auth.requiredScopes.length > 0 ? 'REQUIRED' : 'NOT_REQUIRED';
}

export function createScriptApp(emulator: Emulator): GoogleAppsScript.Script.ScriptApp {
  const service = {
    AuthMode,
    AuthorizationStatus,
    TriggerSource,
    EventType,
    WeekDay,

    // reference/script/script-app#getauthorizationinfoauthmode
    getAuthorizationInfo(authMode: unknown) {
      if (!Object.values(AuthMode).includes(String(authMode) as never)) badSignature(describeArgs([authMode]), 'ScriptApp.getAuthorizationInfo');
      const status = authorizationStatus(emulator);
      const info = {
        getAuthorizationStatus: () => status,
        // reference/script/authorization-info#getauthorizationurl: null when no authorization is required.
        getAuthorizationUrl: () =>
          status === 'REQUIRED' ? `https://script.google.com/macros/d/emulated-script/authorize?user=${encodeURIComponent(emulator.user)}` : null,
      };
      return expose(emulator, 'ScriptApp', 'AuthorizationInfo', info satisfies Emulates<GoogleAppsScript.Script.AuthorizationInfo, 'getAuthorizationStatus' | 'getAuthorizationUrl', 'getAuthorizationUrl'>, () => ({ access: 'none' }));
    },

    newTrigger(functionName: unknown) {
      if (typeof functionName !== 'string') badSignature(describeArgs([functionName]), 'ScriptApp.newTrigger');
      const handler = functionName;
      const builder = {
        timeBased: () => clockBuilder(emulator, handler),
        forSpreadsheet: (sheet: unknown) => spreadsheetBuilder(emulator, handler, spreadsheetIdOf(sheet, 'ScriptApp.TriggerBuilder.forSpreadsheet')),
      };
      return expose(emulator, 'ScriptApp', 'TriggerBuilder', builder satisfies Emulates<GoogleAppsScript.Script.TriggerBuilder, 'forSpreadsheet' | 'timeBased'>, () => ({ access: 'full' }));
    },

    // "Gets all installable triggers associated with the current project and current user."
    getProjectTriggers() {
      const mine = emulator.state.triggers.filter((t) => t.user === emulator.user);
      return emulator.realm.Array.from(mine, (t) => triggerView(emulator, t));
    },

    // "Gets all installable triggers owned by this user in the given spreadsheet, for this script or add-on only."
    getUserTriggers(spreadsheet: unknown) {
      const id = spreadsheetIdOf(spreadsheet, 'ScriptApp.getUserTriggers');
      const mine = emulator.state.triggers.filter((t) => t.user === emulator.user && t.sourceId === id);
      return emulator.realm.Array.from(mine, (t) => triggerView(emulator, t));
    },

    deleteTrigger(trigger: unknown) {
      const id = (trigger as { _id?: unknown } | null)?._id;
      if (typeof id !== 'string') badSignature(describeArgs([trigger]), 'ScriptApp.deleteTrigger');
      const index = emulator.state.triggers.findIndex((t) => t.id === id && t.user === emulator.user);
      // Deleting a trigger that is gone: the docs are silent; the stricter choice is to fail.
      if (index < 0) throw new ServiceError('The trigger does not exist or has already been deleted.');
      emulator.state.triggers.splice(index, 1);
    },
  };
  return expose(emulator, 'ScriptApp', 'ScriptApp', service satisfies Emulates<GoogleAppsScript.Script.ScriptApp, 'deleteTrigger' | 'getAuthorizationInfo' | 'getProjectTriggers' | 'getUserTriggers' | 'newTrigger'>, policy) as unknown as GoogleAppsScript.Script.ScriptApp;
}
