/**
 * Compiled by typecheck, never run: each site below leaves one of Google's methods out of its
 * Emulates<> list, and emulates-lists.test.ts must find exactly those.
 */
import type { Emulates } from '../../../../emulator/core/emulates';

export class PartlyListedLock implements Emulates<GoogleAppsScript.Lock.Lock, 'hasLock'> {
  hasLock(): boolean {
    return true;
  }

  /** Google's Lock declares it, the list above does not. */
  tryLock(timeoutInMillis: number): boolean {
    return timeoutInMillis > 0;
  }

  /** Not Google's: the emulator's own helpers need no listing. */
  describe(): string {
    return 'lock';
  }
}

const properties = {
  getKeys: () => ['a'],
  getProperty: (key: string) => (key === 'a' ? 'A' : null),
  _store: () => ({}),
};
export const partlyListedProperties = properties satisfies Emulates<GoogleAppsScript.Properties.Properties, 'getKeys'>;
