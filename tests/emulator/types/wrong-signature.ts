/**
 * Compiled by `npm run typecheck`, never run: the proof that an emulated class is checked against
 * @types/google-apps-script. Each `@ts-expect-error` marks a signature Google's types refuse; if
 * the check stopped catching it, the unused directive would fail the typecheck.
 */
import type { Emulates } from '../../../emulator/core/emulates';

type Range = GoogleAppsScript.Spreadsheet.Range;

export class WrongRange implements Emulates<Range, 'getRow' | 'getDisplayValues' | 'getCell' | 'getA1Notation'> {
  // @ts-expect-error Range.getRow returns a number, not text.
  getRow(): string {
    return '1';
  }

  // @ts-expect-error Range.getDisplayValues returns text in every cell.
  getDisplayValues(): number[][] {
    return [[1]];
  }

  // @ts-expect-error Range.getCell takes two numbers: a parameter narrower than Google's refuses calls it allows.
  getCell(row: 'first', column: number): unknown {
    return [row, column];
  }

  getA1Notation(): string {
    return 'A1';
  }
}
