/**
 * Logger (reference/base/logger) and console (reference/base/console) write to state.log.
 */
import { Emulator } from '../../emulator/core/emulator';
import { createConsole, createLogger } from '../../emulator/services/logger';

function setup() {
  const emulator = new Emulator();
  return { emulator, Logger: createLogger(emulator), console: createConsole(emulator) };
}

describe('Logger', () => {
  // logger#logformat,-values: printf-style formatting.
  test('log with format arguments, recorded with the execution id', () => {
    const { emulator, Logger } = setup();
    const id = emulator.run({ authMode: 'FULL' }, () => {
      Logger.log('%s has %d rows', 'Sheet1', 12);
      Logger.log({ a: 1 });
      return emulator.execution?.id;
    });
    expect(emulator.state.log.map((e) => [e.message, e.execution])).toEqual([
      ['Sheet1 has 12 rows', id],
      ['{"a":1}', id],
    ]);
  });

  // logger#getlog / #clear: this execution's messages.
  test('getLog returns this execution’s messages; clear empties it', () => {
    const { emulator, Logger } = setup();
    emulator.run({ authMode: 'FULL' }, () => Logger.log('earlier run'));
    emulator.run({ authMode: 'FULL' }, () => {
      Logger.log('one');
      Logger.log('two');
      expect(Logger.getLog()).toBe('one\ntwo\n');
      Logger.clear();
      expect(Logger.getLog()).toBe('');
    });
  });

  test('log returns the Logger for chaining', () => {
    const { emulator, Logger } = setup();
    emulator.run({ authMode: 'FULL' }, () => Logger.log('a').log('b'));
    expect(emulator.state.log).toHaveLength(2);
  });
});

describe('console', () => {
  test('levels and argument joining', () => {
    const { emulator, console } = setup();
    emulator.run({ authMode: 'FULL' }, () => {
      console.log('a', 1, { b: true });
      console.info('count: %d', 3);
      console.warn('careful');
      console.error(new Error('boom'));
    });
    expect(emulator.state.log.map((e) => [e.level, e.message])).toEqual([
      ['log', 'a 1 {"b":true}'],
      ['info', 'count: 3'],
      ['warn', 'careful'],
      ['error', 'Error: boom'],
    ]);
  });

  // Logging works in every mode, even an onOpen in AuthMode.NONE.
  test('works in AuthMode.NONE and outside executions', () => {
    const { emulator, console, Logger } = setup();
    emulator.run({ authMode: 'NONE' }, () => {
      console.log('menu built');
      Logger.log('also');
    });
    console.log('host');
    expect(emulator.state.log.map((e) => e.execution === null)).toEqual([false, false, true]);
  });
});
