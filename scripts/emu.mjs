// `npm run emu -- <command>`: compiles emulator/cli.ts (scripts/tool.mjs), rebuilds the add-on
// when stale (unless --dist points elsewhere), then runs the command.
import { compileTool, ensureDist } from './tool.mjs';

const tool = await compileTool('emulator/cli.ts', 'emu/cli');
// Build output goes to stderr: stdout carries only the command's JSON.
if (!process.argv.includes('--dist')) ensureDist();
process.exitCode = tool.load().main(process.argv.slice(2));
