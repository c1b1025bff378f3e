/**
 * Who may call what, and the argument checks every method shares.
 * Scopes: reference/spreadsheet/spreadsheet-app lists, for each method, the scopes that permit
 * it: the current document's methods accept spreadsheets.currentonly or spreadsheets; openById,
 * openByUrl and create need the full spreadsheets scope.
 */
import type { CallPolicy, Emulator } from '../core/emulator';
import { badSignature, describeArgs } from '../core/errors';
import { expose, type PolicyOf } from '../core/expose';
import { isDate } from '../core/realm';

export const SCOPE_CURRENT = 'https://www.googleapis.com/auth/spreadsheets.currentonly';
export const SCOPE_ALL = 'https://www.googleapis.com/auth/spreadsheets';

/** The active spreadsheet and everything reached through it: LIMITED is enough. */
export const DOC: CallPolicy = { access: 'limited', scopes: [SCOPE_CURRENT, SCOPE_ALL] };
/** Opening or creating other spreadsheets: FULL and the full scope. */
export const OTHER: CallPolicy = { access: 'full', scopes: [SCOPE_ALL] };
/** Builders and rule objects touch no document. */
export const PURE: CallPolicy = { access: 'limited' };

export const SERVICE = 'SpreadsheetApp';

/** An emulator object that knows its own exposed proxy (methods return it for chaining). */
export interface Viewable {
  _self: unknown;
  readonly _kind: string;
}

export function view<T extends Viewable>(emulator: Emulator, target: T, policy: PolicyOf = () => DOC): T {
  const proxy = expose(emulator, SERVICE, target._kind, target, policy);
  target._self = proxy;
  return proxy;
}

export type ArgType = 'number' | 'string' | 'boolean' | 'date' | 'any' | 'array' | 'grid' | 'object' | `kind:${string}`;

function fits(value: unknown, type: ArgType): boolean {
  switch (type) {
    case 'number':
      return typeof value === 'number';
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'date':
      return isDate(value);
    case 'any':
      return true;
    case 'array':
      return Array.isArray(value);
    case 'grid':
      return Array.isArray(value) && value.every((row) => Array.isArray(row));
    case 'object':
      return value !== null && value !== undefined;
    default:
      return kindOf(value) === type.slice(5);
  }
}

export function kindOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const kind = (value as { _kind?: unknown })._kind;
  return typeof kind === 'string' ? kind : undefined;
}

/**
 * Throws Apps Script's "The parameters (...) don't match the method signature for
 * SpreadsheetApp.<Class>.<method>." unless the arguments fit one of the overloads. Trailing
 * undefined arguments count as absent.
 */
export function checkArgs(cls: string, method: string, args: readonly unknown[], ...overloads: ArgType[][]): void {
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n--;
  const given = args.slice(0, n);
  if (overloads.some((o) => o.length === given.length && o.every((t, i) => fits(given[i], t)))) return;
  badSignature(describeArgs(given), `${SERVICE}.${cls}.${method}`);
}
