/**
 * Argument checks every service shares. Apps Script refuses a call whose arguments fit no
 * overload: "The parameters (String,number) don't match the method signature for
 * DriveApp.Folder.createFolder."
 */
import { badSignature, describeArgs } from './errors';
import { isDate } from './realm';

/** An emulator object that knows its own exposed proxy (methods return it for chaining). */
export interface Viewable {
  _self: unknown;
  readonly _kind: string;
}

/** 'kind:Range' or 'kind:Folder|File' accepts the emulator's objects of those classes. */
export type ArgType = 'number' | 'string' | 'boolean' | 'date' | 'any' | 'array' | 'grid' | 'object' | `kind:${string}`;

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
    case 'any':
      return true;
    case 'array':
      return Array.isArray(value);
    case 'grid':
      return Array.isArray(value) && value.every((row) => Array.isArray(row));
    case 'object':
      return value !== null && typeof value === 'object';
    default: {
      const kind = kindOf(value);
      return kind !== undefined && type.slice(5).split('|').includes(kind);
    }
  }
}

/** Throws the signature error for `key` unless the arguments fit an overload (trailing undefined = absent). */
export function checkArgs(key: string, args: readonly unknown[], ...overloads: ArgType[][]): void {
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n--;
  const given = args.slice(0, n);
  if (overloads.some((o) => o.length === given.length && o.every((t, i) => fits(given[i], t)))) return;
  badSignature(describeArgs(given), key);
}
