/**
 * The JavaScript realm the add-on runs in. A bundle loaded with `loadBundle` lives in its own
 * `vm` context, whose `Date`, `Error` and `Array` differ from Node's: a value the emulator hands
 * to the add-on must be built from that realm's constructors, or `value instanceof Date` inside
 * the add-on would be false where Apps Script says true.
 */
import vm from 'node:vm';

export interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
  Array: ArrayConstructor;
  Object: ObjectConstructor;
  Function: FunctionConstructor;
  /**
   * A grid of the realm's arrays copied from host arrays in one call into the realm: building it
   * row by row from outside crosses between the contexts once a row (60,000 rows ≈ 70 ms).
   */
  grid<T>(lines: ReadonlyArray<ReadonlyArray<T>>): T[][];
}

// The copy compiled inside the realm, so the arrays it makes are the realm's own.
const GRID_SOURCE =
  'function grid(lines) { var out = new Array(lines.length); for (var i = 0; i < lines.length; i++) { var line = lines[i]; var copy = new Array(line.length); for (var j = 0; j < line.length; j++) copy[j] = line[j]; out[i] = copy; } return out; }';

/** The realm of a `vm` context: its constructors, and `grid` compiled inside it. */
export function realmOf(context: vm.Context): Realm {
  return vm.runInContext(`({ Date, Error, Array, Object, Function, grid: ${GRID_SOURCE} })`, context) as Realm;
}

export const hostRealm: Realm = { Date, Error, Array, Object, Function, grid: (lines) => lines.map((line) => [...line]) };

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
