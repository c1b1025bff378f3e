/**
 * What crosses google.script.run. Apps Script fails a call that carries a Date, a function or a
 * DOM node anywhere inside it (guides/html/reference/run), so endpoint results are checked at
 * compile time: a Date in a result type is a type error, not a surprise at run time.
 */
export type Result<T> =
  | { status: 'success'; response: T }
  | { status: 'error'; type: ErrorType; message: string; fields?: Record<string, string> };

/** 'forbidden': only an administrator may do it (domain/roles.ts); 'confirm': done only when the call is repeated with confirm: true. */
export type ErrorType = 'validation' | 'not-found' | 'conflict' | 'stale' | 'unexpected' | 'forbidden' | 'confirm';

type NotOnTheWire = Date | ((...args: never[]) => unknown) | Map<unknown, unknown> | Set<unknown>;

/** Maps every property that could not cross the wire to `never`. */
export type Wire<T> = T extends NotOnTheWire
  ? never
  : T extends readonly (infer U)[]
    ? readonly Wire<U>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;

/**
 * The book is not in the shape an action needs (a tab or a column the action writes is gone): the
 * message names where and what to do. Endpoints return it as a failure the deputy can act on,
 * never as an unexpected error.
 */
export class BookProblem extends Error {}

export function success<T>(response: T): Result<T> {
  return { status: 'success', response };
}

export function failure(type: ErrorType, message: string, fields?: Record<string, string>): Result<never> {
  return fields ? { status: 'error', type, message, fields } : { status: 'error', type, message };
}
