// `npm start`: rebuilds dist/ when its sources are newer, compiles the preview server
// (tools/preview/start.ts) and runs it (scripts/tool.mjs).
import { compileTool, ensureDist, root } from './tool.mjs';

ensureDist({ stdio: 'inherit', before: () => console.log('Собираю дополнение (dist/)…') });
const tool = await compileTool('tools/preview/start.ts', 'preview/start');
process.chdir(root);
await tool.load().main();
