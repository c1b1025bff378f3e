// `npm run bench [-- --size=region]`: builds dist/ when it is missing or older than its sources,
// compiles bench/main.ts (scripts/tool.mjs), and runs the BUILT add-on on the emulator at the
// three sizes. The table goes to stdout, progress to stderr, JSON to bench/results.json. Not
// part of `npm test`: timings never decide a test.
import path from 'node:path';
import { compileTool, ensureDist, root } from './tool.mjs';

ensureDist();
const tool = await compileTool('bench/main.ts', 'bench/bench');
process.argv = [process.argv[0], tool.outfile, path.join(root, 'dist'), path.join(root, 'bench', 'results.json'), ...process.argv.slice(2)];
tool.load();
