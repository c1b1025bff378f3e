/**
 * Loads a built `Code.js` the way Apps Script runs it: one script evaluated in a fresh V8 context
 * whose globals are the standard JavaScript ones plus the emulated services, and nothing from
 * Node (`require`, `process`, `module`, `setTimeout`, `fetch` are absent, as they are in Apps
 * Script: developers.google.com/apps-script/guides/v8-runtime).
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { Emulator } from './core/emulator';
import { realmOf } from './core/realm';
import { createGlobals } from './globals';

export type GlobalFunction = (...args: unknown[]) => unknown;

export interface LoadedBundle {
  emulator: Emulator;
  /** The current context; `renew` replaces it. */
  context: vm.Context;
  /** Top-level functions the bundle declares, by name (what Apps Script can call). */
  functions: Record<string, GlobalFunction>;
  /** The bundle's source text (tests look for top-level declarations in it). */
  source: string;
  /**
   * Evaluates the script again in a fresh context, as Apps Script does at the start of every
   * execution: nothing a previous execution left in global variables survives, and global code
   * runs under the new execution's auth mode.
   */
  renew(): void;
}

export interface LoadOptions {
  /** Folder of the pushed files (HTML pages); defaults to the bundle's folder. */
  distDir?: string;
}

export function loadBundle(bundlePath: string, emulator: Emulator = new Emulator(), options: LoadOptions = {}): LoadedBundle {
  const source = fs.readFileSync(bundlePath, 'utf8');
  const distDir = options.distDir ?? path.dirname(bundlePath);
  emulator.projectFiles = (name) => readProjectFile(distDir, name);
  const script = new vm.Script(source, { filename: 'Code.js' });
  const declared = new Set([...source.matchAll(/^function ([\w$]+)\s*\(/gm)].map((m) => m[1]!));

  const bundle: LoadedBundle = {
    emulator,
    context: {},
    functions: {},
    source,
    renew() {
      // A context with only the language's own globals; code generation stays on because Apps
      // Script allows eval and new Function.
      const context = vm.createContext({}, { name: 'Apps Script V8' });
      installClock(context, () => {
        emulator.chargeCpu();
        return emulator.now();
      });
      emulator.realm = realmOf(context);
      for (const [name, value] of Object.entries(createGlobals(emulator))) {
        Object.defineProperty(context, name, { value, writable: true, configurable: true, enumerable: false });
      }
      script.runInContext(context);
      const functions: Record<string, GlobalFunction> = {};
      for (const name of declared) {
        const value = (context as Record<string, unknown>)[name];
        if (typeof value === 'function') functions[name] = value as GlobalFunction;
      }
      bundle.context = context;
      bundle.functions = functions;
    },
  };
  bundle.renew();
  return bundle;
}

/**
 * `new Date()` and `Date.now()` inside the add-on read the emulator's simulated clock, as the real
 * ones read Google's. Dates made from arguments, parsing and formatting stay the language's own;
 * `instanceof Date` and `Object.prototype.toString` keep working (same prototype, a real Date).
 */
function installClock(context: vm.Context, now: () => number): void {
  const install = vm.runInContext(
    `(function (now) {
      const RealDate = Date;
      function EmulatedDate(...args) {
        if (!new.target) return new RealDate(now()).toString();
        return Reflect.construct(RealDate, args.length === 0 ? [now()] : args, new.target);
      }
      EmulatedDate.prototype = RealDate.prototype;
      Object.defineProperty(RealDate.prototype, 'constructor', { value: EmulatedDate, writable: true, configurable: true });
      EmulatedDate.now = () => now();
      EmulatedDate.parse = RealDate.parse;
      EmulatedDate.UTC = RealDate.UTC;
      Object.defineProperty(EmulatedDate, 'name', { value: 'Date' });
      globalThis.Date = EmulatedDate;
    })`,
    context,
  ) as (now: () => number) => void;
  install(now);
}

function readProjectFile(distDir: string, name: string): string | undefined {
  for (const candidate of [name, `${name}.html`]) {
    const file = path.join(distDir, candidate);
    if (path.dirname(path.resolve(file)) !== path.resolve(distDir)) continue;
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return fs.readFileSync(file, 'utf8');
  }
  return undefined;
}
