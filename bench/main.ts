/** Entry of the compiled bench (scripts/bench.mjs): argv, the dist folder and the results file. */
import { main } from './run';

const [distDir, resultsFile, ...args] = process.argv.slice(2);
process.exitCode = main(args, distDir!, resultsFile!);
