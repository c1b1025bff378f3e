/**
 * What survives the wire between an HTML page and the server (google.script.run), as plain host
 * JSON values, and the copy of such a value into the add-on's realm. Shared by the bridge and the
 * command line.
 *
 * guides/html/communication#parameters_and_return_values: "Legal parameters and return values
 * are JavaScript primitives like a Number, Boolean, String, or null, as well as JavaScript objects
 * and arrays that are composed of primitives, objects and arrays. [...] Requests fail if you
 * attempt to pass a Date, Function, DOM element besides a form, or other prohibited type,
 * including prohibited types inside objects or arrays. Objects that create circular references
 * will also fail, and undefined fields within arrays become null."
 */
import type { Realm } from '../core/realm';
import { isDate } from '../core/realm';

export type Wire = null | boolean | number | string | Wire[] | { [key: string]: Wire };

/**
 * The page-side failure. The text is what the client library throws for a Date or a function in
 * the arguments ("Failed due to illegal value in property: 0", as widely reported on Stack
 * Overflow; not in Google's reference), naming the innermost property.
 */
export class IllegalValueError extends Error {
  constructor(readonly property: string) {
    super(`Failed due to illegal value in property: ${property}`);
    this.name = 'Error';
  }
}

/**
 * A deep copy of `value` as legal wire data, or IllegalValueError. `key` names the top-level
 * property (the argument index) for the error message.
 */
export function toWire(value: unknown, key = '0'): Wire {
  return copy(value, key, new Set());
}

function copy(value: unknown, key: string, seen: Set<object>): Wire {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      // JSON has no NaN or Infinity; they cross as null.
      return Number.isFinite(value) ? value : null;
    case 'object':
      break;
    default:
      // function, symbol, bigint
      throw new IllegalValueError(key);
  }
  const obj = value as object;
  if (isDate(obj) || isDomNode(obj)) throw new IllegalValueError(key);
  // Circular references fail; a shared (non-circular) sub-object is simply copied twice.
  if (seen.has(obj)) throw new IllegalValueError(key);
  seen.add(obj);
  try {
    if (Array.isArray(obj)) {
      // "undefined fields within arrays become null"; holes too.
      return Array.from({ length: obj.length }, (_, i) => copy(obj[i], String(i), seen));
    }
    if (!isPlainRecord(obj)) throw new IllegalValueError(key);
    const out: { [k: string]: Wire } = {};
    for (const [k, v] of Object.entries(obj)) {
      // Undefined object fields are dropped, as JSON would drop them.
      if (v === undefined) continue;
      out[k] = copy(v, k, seen);
    }
    return out;
  } finally {
    seen.delete(obj);
  }
}

/** A plain object of any realm; class instances (Map, Set, RegExp, typed arrays) are prohibited. */
function isPlainRecord(value: object): boolean {
  if (Object.prototype.toString.call(value) !== '[object Object]') return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Something shaped like a DOM node (the emulator never sees real ones; a preview page might). */
function isDomNode(value: object): boolean {
  const node = value as { nodeType?: unknown; nodeName?: unknown };
  return typeof node.nodeType === 'number' && typeof node.nodeName === 'string';
}

/** Builds `value` from the add-on realm's own Object and Array, so `instanceof` works inside it. */
export function intoRealm(value: Wire, realm: Realm): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new realm.Array<unknown>();
    for (const item of value) out.push(intoRealm(item, realm));
    return out;
  }
  const out = new realm.Object() as Record<string, unknown>;
  for (const [k, v] of Object.entries(value)) out[k] = intoRealm(v, realm);
  return out;
}

/**
 * For printing (CLI, dumps): like `toWire`, but dates become ISO strings and anything else
 * illegal becomes its string form, so a report never fails.
 */
export function toPrintable(value: unknown, seen = new Set<object>()): Wire {
  if (value === null || value === undefined) return null;
  if (isDate(value)) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value !== 'object') return String(value);
  if (seen.has(value)) return '[Circular]';
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((v) => toPrintable(v, seen));
    const out: { [k: string]: Wire } = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toPrintable(v, seen);
    return out;
  } finally {
    seen.delete(value);
  }
}
