/**
 * The preview's demo school as a state file. Jest's global setup builds it once per run
 * (DEMO_STATE_FILE); a process started without it builds its own once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newSchoolWorkspace } from '../../tools/school';
import { generateDemoSchool } from '../../tools/preview/demo-school';
import { DIST } from './addon';

let file: string | null = null;

export function buildDemoStateFile(): string {
  const host = newSchoolWorkspace(DIST);
  generateDemoSchool(host);
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'demo-school-')), 'state.json');
  host.save(out);
  return out;
}

export function demoStateFile(): string {
  const shared = process.env.DEMO_STATE_FILE;
  if (shared && fs.existsSync(shared)) return shared;
  if (!file || !fs.existsSync(file)) file = buildDemoStateFile();
  return file;
}
