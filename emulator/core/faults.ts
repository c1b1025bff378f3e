import { ServiceError, TIME_LIMIT_MESSAGE } from './errors';

/**
 * A planned failure: the next `times` calls matching `match` (after skipping `skip` of them)
 * throw `error`. `match` is a method key ("Range.setValues"), a service ("DriveApp") or a
 * service wildcard ("DriveApp.*"). `error: 'timeout'` ends the execution as the 6-minute limit
 * does, so resumable work can be tested.
 */
export interface FaultSpec {
  match: string;
  error: string;
  times?: number;
  skip?: number;
}

interface Fault {
  match: string;
  error: string;
  remaining: number;
  skip: number;
}

export class Faults {
  private readonly planned: Fault[] = [];
  /** Faults that fired, for tests to assert on. */
  readonly fired: Array<{ key: string; error: string }> = [];

  add(spec: FaultSpec): void {
    this.planned.push({ match: spec.match, error: spec.error, remaining: spec.times ?? 1, skip: spec.skip ?? 0 });
  }

  clear(): void {
    this.planned.length = 0;
  }

  get pending(): number {
    return this.planned.reduce((n, f) => n + f.remaining, 0);
  }

  /**
   * Throws the first planned fault matching the call; `terminate` ends the running execution for
   * a timeout (the emulator passes its own, so this module needs nothing of it).
   */
  check(service: string, key: string, terminate: (reason: string) => never): void {
    const fault = this.planned.find((f) => f.remaining > 0 && matches(f.match, service, key));
    if (!fault) return;
    if (fault.skip > 0) {
      fault.skip -= 1;
      return;
    }
    fault.remaining -= 1;
    this.fired.push({ key, error: fault.error });
    if (fault.error === 'timeout') terminate(TIME_LIMIT_MESSAGE);
    throw new ServiceError(fault.error);
  }
}

function matches(pattern: string, service: string, key: string): boolean {
  if (pattern === key || pattern === service || pattern === `${service}.${key}`) return true;
  if (pattern.endsWith('.*')) {
    const prefix = pattern.slice(0, -2);
    return prefix === service || key.startsWith(`${prefix}.`);
  }
  return false;
}
