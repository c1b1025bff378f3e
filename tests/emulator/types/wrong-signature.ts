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

/** A second overload is checked too: Range.getFontWeights returns FontWeight grids, not any text. */
export class WrongRangeStyles implements Emulates<Range, 'getFontWeights' | 'getDataValidations'> {
  // @ts-expect-error Range.getFontWeights returns "normal" or "bold" in every cell, not any string.
  getFontWeights(): string[][] {
    return [['heavy']];
  }

  // @ts-expect-error Range.getDataValidations returns a grid, not one rule.
  getDataValidations(): unknown {
    return null;
  }
}

export class WrongFile implements Emulates<GoogleAppsScript.Drive.File, 'getName' | 'setName'> {
  // @ts-expect-error Drive: File.getName returns text.
  getName(): number {
    return 1;
  }

  // @ts-expect-error Drive: File.setName takes one string; a second required parameter refuses Google's call.
  setName(name: string, extra: string): unknown {
    return [name, extra];
  }
}

export class WrongText implements Emulates<GoogleAppsScript.Document.Text, 'isBold' | 'getText', 'isBold'> {
  // @ts-expect-error Docs: Text.getText returns text, not null (null is allowed only where listed).
  getText(): string | null {
    return null;
  }

  isBold(): boolean | null {
    return null;
  }
}

export class WrongValidation implements Emulates<GoogleAppsScript.Spreadsheet.DataValidationBuilder, 'requireValueInList'> {
  // @ts-expect-error Data validation: requireValueInList takes (values, showDropdown?) in Google's overloads; a narrower first parameter refuses them.
  requireValueInList(values: number[]): unknown {
    return values;
  }
}
