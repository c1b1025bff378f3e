/**
 * A typed promise over google.script.run: one declaration (src/index.ts `Endpoints`) types both
 * sides. Each call gets its own runner, since google.script.run's handler setters return a new
 * runner and sharing one mixes callbacks between calls.
 */
import type { Endpoints } from '../../src/index';
import type { Result } from '../../src/shared/result';

type Runner = {
  withSuccessHandler(fn: (value: unknown) => void): Runner;
  withFailureHandler(fn: (error: Error) => void): Runner;
} & Record<string, (...args: unknown[]) => void>;

declare const google: { script: { run: Runner } };

export type ResponseOf<K extends keyof Endpoints> = ReturnType<Endpoints[K]> extends Result<infer T> ? T : never;

/** Calls an endpoint; a transport failure (network, PERMISSION_DENIED) becomes an error result. */
export function call<K extends keyof Endpoints>(name: K, input: unknown): Promise<Result<ResponseOf<K>>> {
  return new Promise((resolve) => {
    google.script.run
      .withSuccessHandler((value) => resolve(value as Result<ResponseOf<K>>))
      .withFailureHandler((error) =>
        resolve({ status: 'error', type: 'unexpected', message: error?.message ?? String(error) }),
      )[name]!(input);
  });
}
