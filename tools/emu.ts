/**
 * `npm run emu` for this project (scripts/emu.mjs compiles this): the emulator's command line
 * with a fresh workspace made as the school's.
 */
import { cliMain, type CliIo } from '@pds/emulator';
import { SCHOOL_PROFILE } from './school';

export function main(argv: readonly string[], io?: CliIo): number {
  return cliMain(argv, io, SCHOOL_PROFILE);
}
