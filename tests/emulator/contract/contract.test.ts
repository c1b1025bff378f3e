/**
 * The contract on the emulator: every case of ./cases, run against the emulator's services in
 * one workspace, one execution per case (as the conformance bundle runs them in Apps Script).
 */
import { Emulator } from '../../../emulator/core/emulator';
import { createGlobals } from '../../../emulator/globals';
import type { Services } from './kit';
import { CASES } from './index';
import { makeScratch, runCase, type ScratchFiles } from './run';

const emulator = new Emulator({ advancedServices: [] });
const services = createGlobals(emulator) as unknown as Services;
let files: ScratchFiles;

beforeAll(() => {
  files = emulator.run({ name: 'scratch' }, () => makeScratch(services, 'Contract'));
});

afterAll(() => {
  emulator.run({ name: 'dispose' }, () => files.dispose());
});

test('case names are unique', () => {
  const names = CASES.map((c) => c.name);
  expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
});

test.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const result = emulator.run({ name: c.name }, () => runCase(c, services, files.scratch));
  if (!result.ok) throw new Error(`${result.message}\n  source: ${c.source}`);
});
