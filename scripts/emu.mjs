// `npm run emu -- <command>`: compiles tools/emu.ts (the emulator's CLI with the school's
// workspace; scripts/tool.mjs), rebuilds the add-on when stale (unless --dist points elsewhere),
// then runs the command.
import { compileTool, ensureDist } from './tool.mjs';

const tool = await compileTool('tools/emu.ts', 'emu/cli');
// Build output goes to stderr: stdout carries only the command's JSON.
if (!process.argv.includes('--dist')) ensureDist();
process.exitCode = tool.load().main(process.argv.slice(2));
