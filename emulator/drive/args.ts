/** The exposed-view helper shared by DriveApp and DocumentApp (argument checks: core/args.ts). */
import type { CallPolicy, Emulator } from '../core/emulator';
import { expose } from '../core/expose';
import type { Viewable } from '../core/args';

export type { Viewable };

export function view<T extends Viewable>(emulator: Emulator, service: string, target: T, policy: (method: string) => CallPolicy): T {
  const proxy = expose(emulator, service, target._kind, target, policy);
  target._self = proxy;
  return proxy;
}

export { checkArgs, kindOf, type ArgType } from '../core/args';
