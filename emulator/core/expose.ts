import { notEmulated } from './errors';
import type { CallPolicy, Emulator } from './emulator';

/**
 * Wraps a service object so that each method call goes through `Emulator.call` (budget,
 * authorization, counting, faults), and a method the emulator does not implement throws
 * "<Service>.<Class>.<method> is not emulated" instead of quietly returning undefined.
 *
 * Implementation methods whose names start with `_` stay private to the emulator.
 */
export type PolicyOf = (method: string) => CallPolicy;

// Properties that tools (jest, JSON, promises, util.inspect) probe on any object.
const PROBED = new Set(['then', 'toJSON', 'constructor', 'asymmetricMatch', 'nodeType', 'inspect', '$$typeof', 'toString', 'valueOf', 'length']);

/** What each exposed object wraps (the coverage table lists the methods it implements). */
const exposed = new WeakMap<object, { service: string; cls: string; target: object }>();

/** Host: the class and implemented API methods of an exposed object (none for anything else). */
export function exposedMethods(value: unknown): { service: string; cls: string; methods: string[]; target: object } | null {
  const entry = value !== null && typeof value === 'object' ? exposed.get(value) : undefined;
  if (!entry) return null;
  const names = new Set<string>();
  for (let o: object | null = entry.target; o && o !== Object.prototype; o = Object.getPrototypeOf(o) as object | null) {
    for (const name of Object.getOwnPropertyNames(o)) {
      if (name === 'constructor' || name.startsWith('_') || PROBED.has(name) || !/^[a-z]/.test(name)) continue;
      if (typeof (entry.target as Record<string, unknown>)[name] === 'function') names.add(name);
    }
  }
  return { service: entry.service, cls: entry.cls, methods: [...names].sort(), target: entry.target };
}

export function expose<T extends object>(emulator: Emulator, service: string, cls: string, target: T, policy: PolicyOf): T {
  const wrappers = new Map<string, unknown>();
  const proxy = new Proxy(target, {
    get(obj, prop, receiver) {
      if (typeof prop !== 'string') return Reflect.get(obj, prop, receiver);
      // String(service object) is its class name ("Sheet", "Range"); Drive items give their name
      // (gas-fakes test/testdrive.js: DriveApp.getRootFolder().toString() is "My Drive").
      if (prop === 'toString') {
        const own: unknown = Reflect.get(obj, '_toString');
        return typeof own === 'function' ? () => (own as () => string).call(obj) : () => cls;
      }
      const cached = wrappers.get(prop);
      if (cached) return cached;
      const value: unknown = Reflect.get(obj, prop);
      if (prop.startsWith('_') || PROBED.has(prop)) return value;
      if (typeof value === 'function') {
        const fn = value as (...args: unknown[]) => unknown;
        const wrapped = (...args: unknown[]) =>
          emulator.call(service, cls, prop, policy(prop), () => fn.apply(obj, args));
        wrappers.set(prop, wrapped);
        return wrapped;
      }
      // Apps Script objects expose methods and UpperCase enums only: a lowercase field here is the
      // emulator's own state (a TypeScript `private` getter), not API.
      if (value !== undefined && !/^[a-z]/.test(prop)) return value;
      if (/^[a-z]/.test(prop)) {
        const key = cls === service ? `${service}.${prop}` : `${service}.${cls}.${prop}`;
        return () => emulator.call(service, cls, prop, { access: 'none' }, () => notEmulated(key));
      }
      return undefined;
    },
    set() {
      return false;
    },
  });
  exposed.set(proxy, { service, cls, target });
  return proxy;
}

/** The same policy for every method of a class. */
export function uniform(policy: CallPolicy): PolicyOf {
  return () => policy;
}
