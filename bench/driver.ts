/**
 * The built add-on on the emulator for the benchmark (emulator/host/driver.ts), with the dist
 * folder passed in because the bench runs from a compiled bundle.
 */
import { newWorkspace } from '../emulator/cli/workspace';
import { AddonDriver } from '../emulator/host/driver';

export class Book extends AddonDriver {
  static fresh(distDir: string): Book {
    return new Book(newWorkspace(distDir));
  }

  /** A sidebar's call; an endpoint's error result is a failed action for the bench. */
  override call<T = unknown>(fn: string, input: unknown = {}): T {
    const value = super.call<{ status?: string; message?: string; fields?: unknown }>(fn, input);
    if (value && value.status === 'error') throw new Error(`${fn}: ${value.message} ${JSON.stringify(value.fields ?? {})}`);
    return value as T;
  }

  /** Selects a range of a tab as the user would before opening a sidebar. */
  select(tab: string, a1: string): void {
    this.sheet(tab, (s) => s.getRange(a1).activate());
  }
}
