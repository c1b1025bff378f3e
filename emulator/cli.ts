/**
 * `npm run emu -- [--state FILE] [--dist DIR] <command> [args]`: drives the built add-on in the
 * emulator from a shell. Every command prints one JSON object on stdout; when the add-on throws,
 * its own message also goes to stderr and the exit code is 1 (2 for a wrong command line).
 */
import path from 'node:path';
import { COMMANDS, UsageError, helpText, type CommandResult } from './cli/commands';
import { NEUTRAL_PROFILE, openWorkspace, type WorkspaceProfile } from './cli/workspace';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

export const DEFAULT_STATE_FILE = '.emu-state.json';

interface Parsed {
  stateFile: string;
  distDir: string;
  command: string | undefined;
  args: string[];
}

export function parseArgs(argv: readonly string[]): Parsed {
  let stateFile = DEFAULT_STATE_FILE;
  let distDir = 'dist';
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const option = /^--(state|dist)(?:=(.*))?$/.exec(arg);
    if (option && rest.length === 0) {
      const value = option[2] ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${option[1]} needs a value`);
      if (option[1] === 'state') stateFile = value;
      else distDir = value;
    } else {
      rest.push(arg);
    }
  }
  return { stateFile, distDir, command: rest[0], args: rest.slice(1) };
}

/** Runs one command; returns the exit code. A fresh workspace is made from `profile`. */
export function main(argv: readonly string[], io: CliIo = processIo, profile: WorkspaceProfile = NEUTRAL_PROFILE): number {
  let parsed: Parsed;
  try {
    parsed = parseArgs(argv);
  } catch (error) {
    io.err((error as Error).message);
    return 2;
  }
  const command = parsed.command === undefined ? undefined : COMMANDS[parsed.command];
  if (!command) {
    if (parsed.command !== undefined && !['help', '--help', '-h'].includes(parsed.command)) {
      io.err(`Unknown command: ${parsed.command}`);
      io.err(helpText());
      return 2;
    }
    io.out(helpText());
    return 0;
  }
  let result: CommandResult;
  try {
    const host = openWorkspace(path.resolve(parsed.distDir), path.resolve(parsed.stateFile), profile);
    result = command.run(host, parsed.args);
    // The add-on's changes before a throw are kept, as in Apps Script (nothing is rolled back).
    if (command.writes) host.save(path.resolve(parsed.stateFile));
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    return error instanceof UsageError ? 2 : 1;
  }
  io.out(JSON.stringify(result, null, 2));
  if (result.ok) return 0;
  if (result.error) io.err(`${result.error.name}: ${result.error.message}`);
  return 1;
}
