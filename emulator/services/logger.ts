/**
 * Logger (reference/base/logger) and console (reference/base/console), writing to
 * `state.log` with the current execution's id. Access 'none': logging works in every mode,
 * including an onOpen in AuthMode.NONE.
 */
import type { Emulator } from '../core/emulator';
import type { LogEntry } from '../core/state';
import { expose, uniform } from '../core/expose';
import { formatConsole, formatPrintf, stringify } from './format-string';
import type { Emulates } from '../core/emulates';

const NONE = { access: 'none' as const };
/** Logger.getLog returns this execution's Logger messages only; kept per execution, not saved. */
const LOGGER_BUFFER = 'logger.buffer';

function write(emulator: Emulator, level: LogEntry['level'], message: string): void {
  emulator.state.log.push({ at: emulator.now(), level, execution: emulator.execution?.id ?? null, message });
}

function buffer(emulator: Emulator): Map<number, string[]> {
  let map = emulator.transient.get(LOGGER_BUFFER) as Map<number, string[]> | undefined;
  if (!map) {
    map = new Map();
    emulator.transient.set(LOGGER_BUFFER, map);
    emulator.onExecutionEnd((execution) => map?.delete(execution.id));
  }
  return map;
}

export function createLogger(emulator: Emulator): GoogleAppsScript.Base.Logger {
  const lines = () => {
    const map = buffer(emulator);
    const id = emulator.execution?.id ?? 0;
    let list = map.get(id);
    if (!list) {
      list = [];
      map.set(id, list);
    }
    return list;
  };
  const service = {
    // logger#logformat,-values: "format string ... values to insert"; logger#logdata: one value.
    log(data: unknown, ...values: unknown[]) {
      const message = values.length > 0 && typeof data === 'string' ? formatPrintf(data, values) : stringify(data);
      write(emulator, 'info', message);
      lines().push(message);
      return self;
    },
    getLog() {
      return lines()
        .map((line) => `${line}\n`)
        .join('');
    },
    clear() {
      lines().length = 0;
    },
  };
  const self: GoogleAppsScript.Base.Logger = expose(emulator, 'Logger', 'Logger', service satisfies Emulates<GoogleAppsScript.Base.Logger, 'clear' | 'getLog' | 'log'>, uniform(NONE)) as unknown as GoogleAppsScript.Base.Logger;
  return self;
}

export function createConsole(emulator: Emulator): Console {
  const at = (level: LogEntry['level']) => (...args: unknown[]) => write(emulator, level, formatConsole(args));
  const service = {
    log: at('log'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    // console.debug is logged at the lowest level Cloud Logging shows for Apps Script.
    debug: at('log'),
  };
  return expose(emulator, 'console', 'console', service, uniform(NONE)) as unknown as Console;
}
