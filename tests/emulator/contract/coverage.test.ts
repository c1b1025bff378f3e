/** The coverage table in emulator/README.md is the one the code generates now (`npm run coverage`). */
import fs from 'node:fs';
import path from 'node:path';
import { coverageMarkdown, coverageRows, END, START } from '../../../emulator/coverage';
import { CASES } from './index';

const README = path.resolve(__dirname, '..', '..', '..', 'emulator', 'README.md');

test('emulator/README.md carries the current coverage table (run `npm run coverage` after changing the emulator or the cases)', () => {
  const readme = fs.readFileSync(README, 'utf8');
  const section = readme.slice(readme.indexOf(START), readme.indexOf(END) + END.length);
  expect(section).toBe(coverageMarkdown(CASES));
});

test('every method a contract case names is emulated', () => {
  const notEmulated = coverageRows(CASES).filter((r) => r[1] !== 'yes' && !/\.(toString|ItemType|AuthMode)$/.test(r[0]!));
  expect(notEmulated.map((r) => r[0])).toEqual([]);
});
