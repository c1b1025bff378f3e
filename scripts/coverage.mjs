// `npm run coverage`: writes the emulator's coverage table (method → emulated → contract cases →
// sources), generated from the code, into emulator/README.md (tests check it is up to date).
import { compileTool, root } from './tool.mjs';

const tool = await compileTool('tests/emulator/contract/coverage-entry.ts', 'coverage');
tool.load().main(root);
console.log('emulator/README.md: coverage table updated.');
