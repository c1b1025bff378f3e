/**
 * The add-on's own CPU on the simulated clock. Apps Script's 6-minute limit is wall time on
 * Google's servers, so it counts the script's JavaScript as well as the services it waits for
 * (guides/services/quotas: "Script runtime 6 min / execution"); the emulator charges the services
 * by its latency model and the add-on's JavaScript by a CPU meter, scaled to Apps Script's V8.
 */

/** Milliseconds of CPU spent so far by whatever runs the add-on (only differences are used). */
export type CpuMeter = () => number;

/**
 * How much slower the add-on's JavaScript is taken to run on Apps Script than in this Node process:
 * an ESTIMATE on the pessimistic side. Apps Script runs V8 since 2020 (guides/v8-runtime), the
 * engine Node runs, so the same code is not slower by an engine's difference; but each execution
 * starts a fresh isolate on a shared server without the warm JIT of a long-running process, and
 * its timings vary widely (Tanaike, "Benchmark: Process Costs under V8 using Google Apps Script",
 * tanaikech.github.io 2020-03-22, averages 250+ runs because "at GAS, the processing time is not
 * stable"). The one published side-by-side measurement is from the Rhino runtime: a calculation
 * took 26.3 s in Apps Script and 0.2 s run locally (ramblings.mcpher.com/very-interesting-gas-
 * performance); no V8-era side-by-side figure was found. Three times Node's CPU is charged: above
 * the same-engine 1x, short of the retired Rhino's two orders of magnitude.
 */
export const APPS_SCRIPT_CPU_FACTOR = 3;

/** This process's CPU (user + system), in ms. */
export const processCpu: CpuMeter = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

/**
 * The meter a new Emulator starts with: the process's real CPU, unless the environment variable
 * EMULATOR_CPU is `off` (the test suite sets it: a clock that moved with the machine's load would
 * make tests depend on it; a test that checks CPU accounting injects its own meter).
 */
export function defaultCpuMeter(): CpuMeter | null {
  return typeof process !== 'undefined' && process.env?.EMULATOR_CPU === 'off' ? null : processCpu;
}
