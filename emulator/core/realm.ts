/**
 * The JavaScript realm the add-on runs in. A bundle loaded with `loadBundle` lives in its own
 * `vm` context, whose `Date`, `Error` and `Array` differ from Node's: a value the emulator hands
 * to the add-on must be built from that realm's constructors, or `value instanceof Date` inside
 * the add-on would be false where Apps Script says true.
 */
export interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
  Array: ArrayConstructor;
  Object: ObjectConstructor;
  Function: FunctionConstructor;
}

export const hostRealm: Realm = { Date, Error, Array, Object, Function };

/** Date test that works across realms (`instanceof` does not). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A plain object from any realm (not an array, date or class instance with a custom tag). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  if (Object.prototype.toString.call(value) !== '[object Object]') return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}
