/**
 * google.script.run as the emulator's host runs it (emulator/bridge.ts). Rules from
 * guides/html/communication#parameters_and_return_values and guides/html/reference/run.
 */
import path from 'node:path';
import { Emulator } from '../../emulator/core/emulator';
import { Host } from '../../emulator/host';
import { invokeFromPage, returnValue, toWire } from '../../emulator/bridge';
import { loadBundle } from '../../emulator/bundle';

// The bridge fixture calls no service: keep these tests independent of the service emulations.
jest.mock('../../emulator/globals', () => ({ createGlobals: () => ({}) }));

const FIXTURE = path.join(__dirname, 'fixtures', 'bridge', 'Code.js');

function host(): Host {
  return new Host(loadBundle(FIXTURE, new Emulator({ user: 'deputy@school.example' })));
}

const illegal = (property: string) => ({
  ok: false,
  error: { name: 'Error', message: `Failed due to illegal value in property: ${property}` },
});

describe('arguments', () => {
  test('primitives, null and nested objects and arrays of them pass as copies', () => {
    const h = host();
    const value = { name: 'Иванова', hours: 72, active: true, none: null, tags: ['a', ['b']], nested: { deep: [1, 2] } };
    expect(invokeFromPage(h, 'echo', [value])).toEqual({ ok: true, value });
  });

  test('the server gets objects of its own realm (instanceof works there)', () => {
    const result = invokeFromPage(host(), 'inspect', [[1, { a: 1 }]]);
    expect(result).toEqual({
      ok: true,
      value: { isArray: true, arrayInstance: true, objectInstance: true, json: '[1,{"a":1}]', keys: ['0', '1'] },
    });
  });

  test('"an object passed to the server becomes a copy": the page\'s object is untouched', () => {
    const page = { changed: false };
    const result = invokeFromPage(host(), 'mutate', [page]);
    expect(result).toEqual({ ok: true, value: { changed: true } });
    expect(page.changed).toBe(false);
  });

  test('"undefined fields within arrays become null"; undefined object fields are dropped', () => {
    const result = invokeFromPage(host(), 'inspect', [{ list: [1, undefined, 3], gone: undefined, kept: 0 }]);
    expect(result.ok && (result.value as { json: string }).json).toBe('{"list":[1,null,3],"kept":0}');
    expect(invokeFromPage(host(), 'echo', [[undefined]])).toEqual({ ok: true, value: [null] });
  });

  // "Requests fail if you attempt to pass a Date, Function, DOM element besides a form, or other
  // prohibited type, including prohibited types inside objects or arrays."
  test.each([
    ['a Date', [new Date()], '0'],
    ['a function', ['x', () => 1], '1'],
    ['a Date nested in an object', [{ when: { day: new Date() } }], 'day'],
    ['a function nested in an array', [[1, [2, () => 3]]], '1'],
    ['a DOM element', [{ nodeType: 1, nodeName: 'DIV' }], '0'],
    ['a Map (another prohibited type)', [new Map()], '0'],
    ['a symbol', [Symbol('s')], '0'],
    ['a bigint', [{ n: BigInt(1) }], 'n'],
  ])('%s fails the call', (_what, args, property) => {
    const h = host();
    expect(invokeFromPage(h, 'echo', args)).toEqual(illegal(property));
    // The request never reaches the server.
    expect(h.executions).toHaveLength(0);
  });

  test('"objects that create circular references will also fail"', () => {
    const loop: Record<string, unknown> = { name: 'loop' };
    loop['self'] = loop;
    expect(invokeFromPage(host(), 'echo', [loop])).toEqual(illegal('self'));
    // A shared, non-circular object is fine.
    const shared = { x: 1 };
    expect(invokeFromPage(host(), 'echo', [[shared, shared]])).toEqual({ ok: true, value: [{ x: 1 }, { x: 1 }] });
  });
});

describe('which functions a page can call', () => {
  // guides/html/communication#private_functions: names ending in "_" are hidden from the client,
  // whose google.script.run object has no such method.
  test('a private function cannot be called', () => {
    const h = host();
    expect(invokeFromPage(h, 'secret_', [])).toEqual({
      ok: false,
      error: { name: 'TypeError', message: 'google.script.run.secret_ is not a function' },
    });
    expect(h.executions).toHaveLength(0);
  });

  test('an unknown function fails the same way', () => {
    expect(invokeFromPage(host(), 'nope', [])).toEqual({
      ok: false,
      error: { name: 'TypeError', message: 'google.script.run.nope is not a function' },
    });
  });

  test('the function runs as a sidebar execution in FULL, as the given user', () => {
    const h = host();
    invokeFromPage(h, 'echo', [1], { user: 'teacher@school.example' });
    expect(h.executions[0]).toMatchObject({ functionName: 'echo', kind: 'sidebar', authMode: 'FULL', user: 'teacher@school.example' });
  });
});

describe('return values', () => {
  // Reported: a server function returning sheet values with dates gives the success handler null
  // (github.com/enuchi/React-Google-Apps-Script/issues/28).
  test('a Date return value reaches the success handler as null', () => {
    expect(invokeFromPage(host(), 'returnDate', [])).toEqual({ ok: true, value: null });
  });

  test('a Date anywhere inside the return value makes the whole value null', () => {
    expect(invokeFromPage(host(), 'returnNestedDate', [])).toEqual({ ok: true, value: null });
    expect(invokeFromPage(host(), 'returnFunction', [])).toEqual({ ok: true, value: null });
  });

  test('undefined: dropped from objects, null in arrays, undefined for no return', () => {
    expect(invokeFromPage(host(), 'returnUndefinedFields', [])).toEqual({ ok: true, value: { b: [1, null, 3], c: null } });
    expect(invokeFromPage(host(), 'returnNothing', [])).toEqual({ ok: true, value: undefined });
  });

  test('a throw reaches the failure handler with the add-on\'s own message, and is logged', () => {
    const h = host();
    expect(invokeFromPage(h, 'fail', [])).toEqual({ ok: false, error: { name: 'Error', message: 'Нет доступа к листу «План»' } });
    expect(invokeFromPage(h, 'failWithString', [])).toEqual({ ok: false, error: { name: 'Error', message: 'plain string' } });
    expect(h.state.log.map((l) => l.message)).toEqual([
      expect.stringContaining('Нет доступа к листу «План»'),
      expect.stringContaining('plain string'),
    ]);
  });
});

describe('wire helpers', () => {
  test('toWire copies JSON-like data and turns non-finite numbers into null, as JSON does', () => {
    expect(toWire({ a: [1, NaN, Infinity], s: 'x' })).toEqual({ a: [1, null, null], s: 'x' });
  });

  test('returnValue maps illegal values to null', () => {
    expect(returnValue([new Date()])).toBeNull();
    expect(returnValue({ ok: 1 })).toEqual({ ok: 1 });
  });
});
