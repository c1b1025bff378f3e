/**
 * Who may call what, and the argument checks every method shares.
 * Scopes: reference/spreadsheet/spreadsheet-app lists, for each method, the scopes that permit
 * it: the current document's methods accept spreadsheets.currentonly or spreadsheets; openById,
 * openByUrl and create need the full spreadsheets scope.
 */
import type { CallPolicy, Emulator } from '../core/emulator';
import { expose, type PolicyOf } from '../core/expose';
import { checkArgs as check, type ArgType, type Viewable } from '../core/args';

export const SCOPE_CURRENT = 'https://www.googleapis.com/auth/spreadsheets.currentonly';
export const SCOPE_ALL = 'https://www.googleapis.com/auth/spreadsheets';

/** The active spreadsheet and everything reached through it: LIMITED is enough. */
export const DOC: CallPolicy = { access: 'limited', scopes: [SCOPE_CURRENT, SCOPE_ALL] };
/** Opening or creating other spreadsheets: FULL and the full scope. */
export const OTHER: CallPolicy = { access: 'full', scopes: [SCOPE_ALL] };
/** Builders and rule objects touch no document. */
export const PURE: CallPolicy = { access: 'limited' };

export const SERVICE = 'SpreadsheetApp';

export type { Viewable };

export function view<T extends Viewable>(emulator: Emulator, target: T, policy: PolicyOf = () => DOC): T {
  const proxy = expose(emulator, SERVICE, target._kind, target, policy);
  target._self = proxy;
  return proxy;
}

export { kindOf, type ArgType } from '../core/args';

/**
 * Throws Apps Script's "The parameters (...) don't match the method signature for
 * SpreadsheetApp.<Class>.<method>." unless the arguments fit one of the overloads.
 */
export function checkArgs(cls: string, method: string, args: readonly unknown[], ...overloads: ArgType[][]): void {
  check(`${SERVICE}.${cls}.${method}`, args, ...overloads);
}
