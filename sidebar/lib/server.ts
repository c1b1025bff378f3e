/**
 * A typed promise over google.script.run: the wire map (src/wire.ts, types only) types both the
 * payload and the result of each call. Each call gets its own runner, since google.script.run's
 * handler setters return a new runner and sharing one mixes callbacks between calls.
 */
import type { EndpointName, InputOf, OutputOf, ResponseOf } from '../../src/wire';

export type { ResponseOf };

type Runner = {
  withSuccessHandler(fn: (value: unknown) => void): Runner;
  withFailureHandler(fn: (error: Error) => void): Runner;
} & Record<string, (...args: unknown[]) => void>;

declare const google: { script: { run: Runner } };

/** Calls an endpoint; a transport failure (network, PERMISSION_DENIED) becomes an error result. */
export function call<K extends EndpointName>(name: K, input: InputOf<K>): Promise<OutputOf<K>> {
  return new Promise((resolve) => {
    google.script.run
      .withSuccessHandler((value) => resolve(value as OutputOf<K>))
      .withFailureHandler((error) =>
        resolve({ status: 'error', type: 'unexpected', message: error?.message ?? String(error) }),
      )[name]!(input);
  });
}
