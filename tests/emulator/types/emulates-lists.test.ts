/**
 * Keeps every Emulates<> list complete: a public method an emulated class or object has that
 * Google's type also declares must be in the list, or a method added later would go unchecked.
 */
import * as path from 'node:path';
import { unlistedMethods } from './listed';

const root = path.resolve(__dirname, '../../..');
// One program for both folders: building it is the slow part (seconds).
const [emulator, probe] = unlistedMethods(root, ['emulator', 'tests/emulator/types/unlisted']);

test('every method of an emulated class that Google declares is in its Emulates<> list', () => {
  expect(emulator!.unlisted).toEqual([]);
  // The scan really saw the emulator's sites (classes and object literals), not an empty folder.
  expect(emulator!.sites).toBeGreaterThan(90);
});

test('an unlisted method of a class or an object literal is found', () => {
  expect(probe!.unlisted).toEqual([
    { site: 'tests/emulator/types/unlisted/probe.ts:7', google: 'GoogleAppsScript.Lock.Lock', missing: ['tryLock'] },
    { site: 'tests/emulator/types/unlisted/probe.ts:28', google: 'GoogleAppsScript.Properties.Properties', missing: ['getProperty'] },
  ]);
});
