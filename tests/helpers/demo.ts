/** The preview's demo school, generated once per test process and saved as a state file. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newWorkspace } from '../../emulator/cli/workspace';
import { generateDemoSchool } from '../../emulator/preview/demo-school';
import { DIST } from './addon';

let file: string | null = null;

export function demoStateFile(): string {
  if (file && fs.existsSync(file)) return file;
  const host = newWorkspace(DIST);
  generateDemoSchool(host);
  file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'demo-school-')), 'state.json');
  host.save(file);
  return file;
}
