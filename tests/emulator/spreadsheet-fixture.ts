/** Shared set-up for the SpreadsheetApp contract tests. */
import { Emulator, type ExecutionOptions } from '../../emulator/core/emulator';
import { createSpreadsheet, createSpreadsheetApp, type NewSpreadsheetOptions } from '../../emulator/spreadsheet';

export interface Fixture {
  emulator: Emulator;
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  id: string;
  /** Runs `fn` as one execution (FULL, the active user, unless told otherwise). */
  run<T>(fn: () => T, options?: ExecutionOptions): T;
  /** The first sheet of the spreadsheet. */
  sheet(): GoogleAppsScript.Spreadsheet.Sheet;
}

/** The contract tests' book is a Russian school's: its locale and zone are set, not defaults. */
export const SCHOOL_BOOK = { locale: 'ru_RU', timeZone: 'Europe/Moscow' } as const;

export function fixture(options: Partial<NewSpreadsheetOptions> = {}, emulator = new Emulator({ scriptTimeZone: SCHOOL_BOOK.timeZone })): Fixture {
  const id = createSpreadsheet(emulator, { name: 'Сопровождение', ...SCHOOL_BOOK, ...options });
  const app = createSpreadsheetApp(emulator);
  return {
    emulator,
    app,
    id,
    run: (fn, runOptions = {}) => emulator.run(runOptions, fn),
    sheet: () => app.openById(id).getSheets()[0]!,
  };
}

/** The message of what `fn` throws. */
export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
}
