/**
 * The two branches of a tagged result, for tests that know which one a call must return: the
 * wrong branch fails the test with the result in the message, and the right one is typed.
 */
import type { Result } from '../../src/shared/result';

type Success<T> = Extract<Result<T>, { status: 'success' }>;
type Failure = Extract<Result<unknown>, { status: 'error' }>;

export function asOk<T>(result: Result<T>): Success<T> {
  if (result.status !== 'success') throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result;
}

export function asErr(result: Result<unknown>): Failure {
  if (result.status !== 'error') throw new Error(`expected an error, got ${JSON.stringify(result).slice(0, 500)}`);
  return result;
}
