/** Saving and loading `emulator.state` as a JSON file. */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { WorkspaceState } from '../core/state';

export function readStateFile(file: string): WorkspaceState | undefined {
  if (!fs.existsSync(file)) return undefined;
  const state = JSON.parse(fs.readFileSync(file, 'utf8')) as WorkspaceState;
  if (state?.version !== 1) throw new Error(`${file} is not an emulator state file (version ${String(state?.version)})`);
  return state;
}

/**
 * Atomic: a reader never sees half a file, and a crash mid-write leaves the old state intact.
 * `compact` skips the indentation (a tenth of the time and size, for a file saved on every click).
 */
export function writeStateFile(file: string, state: WorkspaceState, options: { compact?: boolean } = {}): void {
  const dir = path.dirname(path.resolve(file));
  fs.mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  fs.writeFileSync(temp, `${options.compact ? JSON.stringify(state) : JSON.stringify(state, null, 2)}\n`);
  fs.renameSync(temp, file);
}
