/**
 * Source code (not the bundle) run against the emulator: the emulated services become globals
 * for the duration of `work`, inside one execution.
 */
import { type Emulator, type ExecutionOptions, createGlobals } from '@pds/emulator';

export function withGlobals<T>(emulator: Emulator, work: () => T, options: ExecutionOptions = {}): T {
  const globals = createGlobals(emulator);
  const target = globalThis as Record<string, unknown>;
  const saved = Object.fromEntries(Object.keys(globals).map((k) => [k, target[k]]));
  Object.assign(target, globals);
  try {
    return emulator.run({ kind: 'direct', ...options }, work);
  } finally {
    Object.assign(target, saved);
  }
}
