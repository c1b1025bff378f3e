/**
 * An error raised by an emulated service. At the service boundary it becomes an `Error` of the
 * add-on's realm whose `name` is "Exception", as Apps Script's V8 runtime reports service errors
 * ("Exception: The number of rows in the data does not match ...").
 */
export class ServiceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

/** Apps Script's message when an execution runs past its limit (guides/services/quotas). */
export const TIME_LIMIT_MESSAGE = 'Exceeded maximum execution time';

/** Seen in add-on logs when a service that needs authorization is called in AuthMode.NONE. */
export const AUTH_REQUIRED_MESSAGE = 'Authorization is required to perform that action.';

/** A method the emulator does not implement: fail loudly rather than pretend. */
export function notEmulated(key: string): never {
  throw new ServiceError(`${key} is not emulated`);
}

/** Apps Script's message for a call whose arguments do not fit any signature. */
export function badSignature(argTypes: string, key: string): never {
  throw new ServiceError(`The parameters (${argTypes}) don't match the method signature for ${key}.`);
}

/** Describe arguments the way Apps Script names them in signature errors: (String,number[][]). */
export function describeArgs(args: readonly unknown[]): string {
  return args.map(describeArg).join(',');
}

function describeArg(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) {
    const first = value.find((v) => v !== null && v !== undefined);
    return `${first === undefined ? 'Object' : describeArg(first)}[]`;
  }
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'Boolean';
  if (Object.prototype.toString.call(value) === '[object Date]') return 'Date';
  if (typeof value === 'function') return 'Function';
  // Objects that name their type in signature errors (Drive: "(DriveApp.Folder,String)").
  const typeName = (value as { _typeName?: unknown })._typeName;
  if (typeof typeName === 'string') return typeName;
  const named = (value as { toString?: () => string }).toString?.();
  return typeof named === 'string' && /^[A-Z]\w*$/.test(named) ? named : 'Object';
}
