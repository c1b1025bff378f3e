/**
 * The built add-on on the emulator for the benchmark (tools/addon-driver.ts), with the dist
 * folder passed in because the bench runs from a compiled bundle.
 */
import { SchoolDriver } from '../tools/addon-driver';
import { newSchoolWorkspace } from '../tools/school';
import type { EndpointName, InputOf, ResponseOf, WireMap } from '../src/wire';

export class Book extends SchoolDriver<WireMap> {
  static fresh(distDir: string): Book {
    return new Book(newSchoolWorkspace(distDir));
  }

  /** A sidebar's call (typed `call` comes here too); an endpoint's error result is a failed action for the bench. */
  override callUnchecked(fn: string, input: unknown = {}): unknown {
    const value = super.callUnchecked(fn, input) as { status?: string; message?: string; fields?: unknown } | null;
    if (value && value.status === 'error') throw new Error(`${fn}: ${value.message} ${JSON.stringify(value.fields ?? {})}`);
    return value;
  }

  /** The response of a call the action needs (an error result has thrown already). */
  response<K extends EndpointName>(fn: K, input: InputOf<K>): ResponseOf<K> {
    return (this.callUnchecked(fn, input) as { response: ResponseOf<K> }).response;
  }

  /** Selects a range of a tab as the user would before opening a sidebar. */
  select(tab: string, a1: string): void {
    this.sheet(tab, (s) => s.getRange(a1).activate());
  }
}
