/** `npm run coverage`: the emulator's coverage table (emulator/coverage.ts) over every contract case. */
import fs from 'node:fs';
import path from 'node:path';
import { coverageMarkdown, withCoverage } from '../../../emulator/coverage';
import { CASES } from './index';

export function main(root: string): void {
  const file = path.join(root, 'emulator', 'README.md');
  fs.writeFileSync(file, withCoverage(fs.readFileSync(file, 'utf8'), coverageMarkdown(CASES)));
}
