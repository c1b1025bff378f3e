/**
 * The emulator's runtime rules that every service inherits through `expose` and `Emulator.call`.
 */
import vm from 'node:vm';
import { Emulator, ExecutionTimeout } from '../../emulator/core/emulator';
import { expose, uniform } from '../../emulator/core/expose';
import { ServiceError } from '../../emulator/core/errors';
import type { Realm } from '../../emulator/core/realm';
import { APPS_SCRIPT_CPU_FACTOR, processCpu } from '../../emulator/core/cpu';

class Thing {
  private secret = 'state';
  get internal(): string {
    return this.secret;
  }
  read(): string {
    return 'value';
  }
  fail(): never {
    throw new ServiceError('The thing failed.');
  }
  _hostOnly(): string {
    return 'host';
  }
}

function setup(policy: 'none' | 'limited' | 'full' = 'limited', scopes?: string[]) {
  const emulator = new Emulator({ scopes: scopes ?? null });
  const thing = expose(emulator, 'ThingApp', 'Thing', new Thing(), uniform({ access: policy, scopes: ['https://example/scope'] }));
  return { emulator, thing };
}

describe('Emulator.call', () => {
  test('counts calls per method and per service', () => {
    const { emulator, thing } = setup();
    thing.read();
    thing.read();
    expect(emulator.calls.get('Thing.read')).toBe(2);
    expect(emulator.calls.byService()).toEqual({ ThingApp: 2 });
  });

  test('a method that is not emulated throws a clear error', () => {
    const { thing } = setup();
    expect(() => (thing as unknown as { paint(): void }).paint()).toThrow('ThingApp.Thing.paint is not emulated');
  });

  test('emulator internals (fields, private getters) are not reachable as API', () => {
    const { thing } = setup();
    const raw = thing as unknown as { internal: () => string; secret: () => string };
    expect(() => raw.internal()).toThrow('ThingApp.Thing.internal is not emulated');
    expect(() => raw.secret()).toThrow('ThingApp.Thing.secret is not emulated');
  });

  test('host-only members (leading _) are not wrapped or counted', () => {
    const { emulator, thing } = setup();
    expect(thing._hostOnly()).toBe('host');
    expect(emulator.calls.total()).toBe(0);
  });

  test('service errors leave as Errors named "Exception" of the add-on realm', () => {
    const { emulator, thing } = setup();
    const context = vm.createContext({});
    emulator.realm = vm.runInContext('({ Date, Error, Array, Object, Function })', context) as Realm;
    let caught: unknown;
    try {
      thing.fail();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(emulator.realm.Error);
    expect(caught).not.toBeInstanceOf(Error);
    expect((caught as Error).name).toBe('Exception');
    expect((caught as Error).message).toBe('The thing failed.');
  });
});

describe('authorization modes (workspace/add-ons/concepts/editor-auth-lifecycle)', () => {
  test('AuthMode.NONE allows only what building a menu needs', () => {
    const limited = setup('limited');
    expect(() => limited.emulator.run({ authMode: 'NONE' }, () => limited.thing.read())).toThrow(
      'Authorization is required to perform that action.',
    );
    const open = setup('none');
    expect(open.emulator.run({ authMode: 'NONE' }, () => open.thing.read())).toBe('value');
  });

  test('AuthMode.LIMITED refuses what needs FULL', () => {
    const { emulator, thing } = setup('full');
    expect(() => emulator.run({ authMode: 'LIMITED' }, () => thing.read())).toThrow('Authorization is required');
    expect(emulator.run({ authMode: 'FULL' }, () => thing.read())).toBe('value');
  });

  test('a call whose scope the manifest lacks is refused with the scope named', () => {
    const { thing } = setup('limited', ['https://other/scope']);
    expect(() => thing.read()).toThrow(
      'You do not have permission to call ThingApp.Thing.read. Required permissions: https://example/scope',
    );
    const allowed = setup('limited', ['https://example/scope']);
    expect(allowed.thing.read()).toBe('value');
  });
});

describe('the clock and the execution time limit (guides/services/quotas)', () => {
  test('the clock only moves forward', () => {
    const emulator = new Emulator({ clock: '2026-09-01T00:00:00Z' });
    emulator.advance(1000);
    expect(new Date(emulator.now()).toISOString()).toBe('2026-09-01T00:00:01.000Z');
    expect(() => emulator.setClock('2026-08-01T00:00:00Z')).toThrow('cannot go back');
  });

  test('an execution past 6 minutes ends with "Exceeded maximum execution time", even if caught', () => {
    const { emulator, thing } = setup();
    let laterCallFailed = false;
    const run = () =>
      emulator.run({ kind: 'menu' }, () => {
        emulator.advance(6 * 60 * 1000 + 1);
        try {
          thing.read();
        } catch {
          // The add-on swallows the error; Apps Script still ends the execution.
        }
        try {
          thing.read();
        } catch {
          laterCallFailed = true;
        }
        return 'finished';
      });
    expect(run).toThrow(ExecutionTimeout);
    expect(laterCallFailed).toBe(true);
  });

  test('simple triggers get 30 seconds', () => {
    const { emulator, thing } = setup('none');
    expect(() =>
      emulator.run({ kind: 'simple', authMode: 'LIMITED' }, () => {
        emulator.advance(31_000);
        thing.read();
      }),
    ).toThrow('Exceeded maximum execution time');
  });

  test('a latency model spends simulated time per call', () => {
    const { emulator, thing } = setup();
    emulator.latency = (info) => (info.key === 'Thing.read' ? 200 : 0);
    const start = emulator.now();
    thing.read();
    thing.read();
    expect(emulator.now() - start).toBe(400);
  });

  test("the clock counts the add-on's own CPU between calls, not the service's", () => {
    const { emulator, thing } = setup();
    let cpu = 0;
    emulator.cpuClock = () => cpu;
    const start = emulator.now();
    emulator.run({}, () => {
      cpu += 50; // the add-on works
      thing.read();
      cpu += 20;
      thing.read();
      cpu += 5; // after its last call
    });
    // Scaled to Apps Script's V8 (emulator/core/cpu.ts); the measure itself stays Node's.
    expect(emulator.now() - start).toBe(75 * APPS_SCRIPT_CPU_FACTOR);
    expect(emulator.addonCpuMs).toBe(75);
  });

  test('the suite runs without the real CPU on the clock; a new emulator elsewhere counts it', () => {
    expect(process.env.EMULATOR_CPU).toBe('off');
    expect(new Emulator().cpuClock).toBeNull();
    delete process.env.EMULATOR_CPU;
    try {
      expect(new Emulator().cpuClock).toBe(processCpu);
    } finally {
      process.env.EMULATOR_CPU = 'off';
    }
  });
});

describe('fault injection', () => {
  test('the next N matching calls throw the given error, after skipping some', () => {
    const { emulator, thing } = setup();
    emulator.faults.add({ match: 'Thing.read', error: 'Service unavailable: Thing', times: 2, skip: 1 });
    expect(thing.read()).toBe('value');
    expect(() => thing.read()).toThrow('Service unavailable: Thing');
    expect(() => thing.read()).toThrow('Service unavailable: Thing');
    expect(thing.read()).toBe('value');
    expect(emulator.faults.fired).toHaveLength(2);
  });

  test('a service wildcard matches every method of the service', () => {
    const { emulator, thing } = setup();
    emulator.faults.add({ match: 'ThingApp.*', error: 'boom' });
    expect(() => thing.read()).toThrow('boom');
  });

  test('a "timeout" fault ends the execution as the time limit does', () => {
    const { emulator, thing } = setup();
    emulator.faults.add({ match: 'Thing.read', error: 'timeout' });
    expect(() => emulator.run({ kind: 'trigger' }, () => thing.read())).toThrow(ExecutionTimeout);
  });
});

describe('call hooks let a test interleave executions', () => {
  test('a second execution runs inside the first and both are visible', () => {
    const { emulator, thing } = setup();
    const seen: number[] = [];
    emulator.onCall((info) => {
      if (info.execution?.name === 'outer' && seen.length === 0) {
        seen.push(info.execution.id);
        emulator.run({ name: 'inner' }, () => thing.read());
      }
    });
    emulator.run({ name: 'outer' }, () => thing.read());
    expect(emulator.calls.get('Thing.read')).toBe(2);
  });
});

describe('daily quotas', () => {
  // guides/services/quotas: "Daily quotas are refreshed at the end of a 24-hour window".
  test('count in a 24-hour window from the first use and refuse past the limit with Apps Script\'s message', () => {
    const emulator = new Emulator({ clock: '2026-09-01T10:00:00Z' });
    emulator.useQuota('email', 2);
    emulator.useQuota('email', 2);
    expect(() => emulator.useQuota('email', 2)).toThrow('Service invoked too many times for one day: email.');
    emulator.setClock('2026-09-02T00:00:00Z');
    expect(() => emulator.useQuota('email', 2)).toThrow('Service invoked too many times for one day: email.');
    emulator.setClock('2026-09-02T10:00:00Z');
    expect(() => emulator.useQuota('email', 2)).not.toThrow();
  });
});

describe('state', () => {
  test('is plain JSON and survives a round trip', () => {
    const emulator = new Emulator({ clock: '2026-09-01T10:00:00Z' });
    emulator.nextId('x');
    const copy = new Emulator(JSON.parse(JSON.stringify(emulator.state)));
    expect(copy.state).toEqual(emulator.state);
    // Ids continue from the saved sequence: a reloaded workspace never reuses one.
    expect(copy.nextId('x')).toBe(emulator.nextId('x'));
  });
});
