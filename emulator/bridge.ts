/**
 * `google.script.run` as the host sees it: a page calls a public global function with arguments
 * that cross the wire (guides/html/reference/run, guides/html/communication), the function runs as
 * its own execution in FULL, and its return value crosses back.
 */
import type { Host, Outcome } from './host';
import { IllegalValueError, intoRealm, toWire, type Wire } from './host/wire';

export { toWire, toPrintable, intoRealm, IllegalValueError, type Wire } from './host/wire';

export interface InvokeOptions {
  user?: string;
}

/**
 * Calls `functionName(...args)` the way `google.script.run.functionName(...args)` does from a
 * sidebar or dialog, and returns what the success handler (`ok: true`) or the failure handler
 * (`ok: false`) would receive.
 */
export function invokeFromPage(host: Host, functionName: string, args: readonly unknown[], options: InvokeOptions = {}): Outcome {
  // The client's google.script.run object only has methods for the project's public top-level
  // functions: names ending in "_" are private (guides/html/communication#private_functions), so
  // calling one, or a function that does not exist, fails on the page before any request.
  if (functionName.endsWith('_') || !Object.hasOwn(host.bundle.functions, functionName)) {
    return { ok: false, error: { name: 'TypeError', message: `google.script.run.${functionName} is not a function` } };
  }

  // Arguments are copied as they cross the wire; an illegal value fails the call on the page.
  let wireArgs: Wire[];
  try {
    wireArgs = args.map((arg, i) => toWire(arg, String(i)));
  } catch (error) {
    if (error instanceof IllegalValueError) return { ok: false, error: { name: error.name, message: error.message } };
    throw error;
  }
  // Copied into the realm of the execution that receives them.
  const realmArgs = () => wireArgs.map((arg) => intoRealm(arg, host.emulator.realm));
  const outcome = host.run(functionName, realmArgs, { user: options.user, authMode: 'FULL', kind: 'sidebar' });
  if (!outcome.ok) return outcome;
  return { ok: true, value: returnValue(outcome.value) };
}

/**
 * The value the success handler receives. A return value holding a Date (or any other illegal
 * value) does not fail the call: the handler receives null. Reported for sheet values with dates
 * returned through google.script.run (github.com/enuchi/React-Google-Apps-Script/issues/28:
 * `getValues()` logged fine on the server, the client got `null`); we extend it to every illegal
 * value, since the documented rule names the same types for parameters and return values.
 */
export function returnValue(value: unknown): Wire | undefined {
  if (value === undefined) return undefined;
  try {
    return toWire(value);
  } catch (error) {
    if (error instanceof IllegalValueError) return null;
    throw error;
  }
}
