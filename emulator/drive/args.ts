/**
 * Argument checks and the exposed-view helper shared by DriveApp and DocumentApp. Apps Script
 * refuses a call whose arguments fit no overload: "The parameters (String,number) don't match
 * the method signature for DriveApp.Folder.createFolder."
 */
import type { CallPolicy, Emulator } from '../core/emulator';
import { badSignature, describeArgs } from '../core/errors';
import { expose } from '../core/expose';
import { isDate } from '../core/realm';

export interface Viewable {
  _self: unknown;
  readonly _kind: string;
}

export function view<T extends Viewable>(emulator: Emulator, service: string, target: T, policy: (method: string) => CallPolicy): T {
  const proxy = expose(emulator, service, target._kind, target, policy);
  target._self = proxy;
  return proxy;
}

export type ArgType = 'number' | 'string' | 'boolean' | 'date' | 'array' | 'object' | 'any' | `kind:${string}`;

export function kindOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const kind = (value as { _kind?: unknown })._kind;
  return typeof kind === 'string' ? kind : undefined;
}

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
    case 'array':
      return Array.isArray(value);
    case 'object':
      return value !== null && typeof value === 'object';
    case 'any':
      return true;
    default: {
      const wanted = type.slice(5).split('|');
      const kind = kindOf(value);
      return kind !== undefined && wanted.includes(kind);
    }
  }
}

/** Throws Apps Script's signature error unless the arguments fit one overload (trailing undefined = absent). */
export function checkArgs(key: string, args: readonly unknown[], ...overloads: ArgType[][]): void {
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n--;
  const given = args.slice(0, n);
  if (overloads.some((o) => o.length === given.length && o.every((t, i) => fits(given[i], t)))) return;
  badSignature(describeArgs(given), key);
}
