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

/*
 * Services built as object literals are checked with `satisfies`, as in the emulator: each
 * directive below sits on the line TypeScript reports.
 */

const wrongTrigger = { getUniqueId: () => 7, getHandlerFunction: () => 'run' };
// @ts-expect-error Script: Trigger.getUniqueId returns text.
export const checkedTrigger = wrongTrigger satisfies Emulates<GoogleAppsScript.Script.Trigger, 'getUniqueId' | 'getHandlerFunction'>;

const wrongClock = { everyHours: (n: string) => n };
// @ts-expect-error Script: ClockTriggerBuilder.everyHours takes a number; a string parameter refuses Google's call.
export const checkedClock = wrongClock satisfies Emulates<GoogleAppsScript.Script.ClockTriggerBuilder, 'everyHours'>;

const wrongLock = { tryLock: (ms: number) => ms, hasLock: () => true };
// @ts-expect-error Lock: tryLock returns whether the lock was acquired, not a number.
export const checkedLock = wrongLock satisfies Emulates<GoogleAppsScript.Lock.Lock, 'tryLock' | 'hasLock'>;

const wrongProperties = { getProperty: (key: string): string | undefined => key, getKeys: () => ['a'] };
// @ts-expect-error Properties: getProperty gives a string or null, never undefined.
export const checkedProperties = wrongProperties satisfies Emulates<GoogleAppsScript.Properties.Properties, 'getProperty' | 'getKeys'>;

const wrongCache = { put: (key: string, value: string, seconds: number) => [key, value, seconds] };
// @ts-expect-error Cache: put has a two-argument overload; a required third parameter refuses it.
export const checkedCache = wrongCache satisfies Emulates<GoogleAppsScript.Cache.Cache, 'put'>;

const wrongUtilities = { formatDate: (date: Date) => date, getUuid: () => 'x' };
// @ts-expect-error Utilities: formatDate returns text, not a Date.
export const checkedUtilities = wrongUtilities satisfies Emulates<GoogleAppsScript.Utilities.Utilities, 'formatDate' | 'getUuid'>;

const wrongSession = { getScriptTimeZone: (): string | null => null, getActiveUserLocale: () => 'en' };
// @ts-expect-error Session: getScriptTimeZone returns a zone, not null (null is allowed only where listed).
export const checkedSession = wrongSession satisfies Emulates<GoogleAppsScript.Base.Session, 'getScriptTimeZone' | 'getActiveUserLocale'>;

const wrongUser = { getEmail: () => 0 };
// @ts-expect-error User: getEmail returns text.
export const checkedUser = wrongUser satisfies Emulates<GoogleAppsScript.Base.User, 'getEmail'>;

const wrongMail = { getRemainingDailyQuota: () => '100', sendEmail: (...args: unknown[]) => void args };
// @ts-expect-error Mail: getRemainingDailyQuota returns a number.
export const checkedMail = wrongMail satisfies Emulates<GoogleAppsScript.Mail.MailApp, 'getRemainingDailyQuota' | 'sendEmail'>;

const wrongHtml = { getContent: (): string | null => null, getTitle: () => '' };
// @ts-expect-error Html: HtmlOutput.getContent returns text, not null.
export const checkedHtml = wrongHtml satisfies Emulates<GoogleAppsScript.HTML.HtmlOutput, 'getContent' | 'getTitle'>;

const wrongTemplate = { getRawContent: () => 1 };
// @ts-expect-error Html: HtmlTemplate.getRawContent returns the template's text.
export const checkedTemplate = wrongTemplate satisfies Emulates<GoogleAppsScript.HTML.HtmlTemplate, 'getRawContent'>;

const wrongUi = { alert: (prompt: string, buttons: unknown) => [prompt, buttons] };
// @ts-expect-error Ui: alert(prompt) is one of Google's overloads; a required second parameter refuses it.
export const checkedUi = wrongUi satisfies Emulates<GoogleAppsScript.Base.Ui, 'alert'>;

const wrongMenu = { addItem: (caption: string, functionName: number) => [caption, functionName] };
// @ts-expect-error Menu: addItem takes the function's name as text.
export const checkedMenu = wrongMenu satisfies Emulates<GoogleAppsScript.Base.Menu, 'addItem'>;

const wrongMetadata = { getKey: (): string | null => null, getValue: (): string | null => null };
// @ts-expect-error Developer metadata: getKey returns text (getValue may be null: Google's types say so).
export const checkedMetadata = wrongMetadata satisfies Emulates<GoogleAppsScript.Spreadsheet.DeveloperMetadata, 'getKey' | 'getValue'>;

const wrongFinder = { withId: (id: string) => id };
// @ts-expect-error Developer metadata: DeveloperMetadataFinder.withId takes a number.
export const checkedFinder = wrongFinder satisfies Emulates<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder, 'withId'>;

const wrongNamedRange = { getName: () => 1 };
// @ts-expect-error NamedRange: getName returns text.
export const checkedNamedRange = wrongNamedRange satisfies Emulates<GoogleAppsScript.Spreadsheet.NamedRange, 'getName'>;

const wrongIterator = { hasNext: () => 'yes', next: () => null };
// @ts-expect-error Drive: FileIterator.hasNext returns a boolean.
export const checkedIterator = wrongIterator satisfies Emulates<GoogleAppsScript.Drive.FileIterator, 'hasNext' | 'next'>;

const wrongForm = { getTitle: () => 1, getId: () => 'f' };
// @ts-expect-error Forms: Form.getTitle returns text.
export const checkedForm = wrongForm satisfies Emulates<GoogleAppsScript.Forms.Form, 'getTitle' | 'getId'>;

const wrongScale = { getLowerBound: (): number | undefined => undefined };
// @ts-expect-error Forms: ScaleItem.getLowerBound returns a number, never undefined.
export const checkedScale = wrongScale satisfies Emulates<GoogleAppsScript.Forms.ScaleItem, 'getLowerBound'>;

const wrongResponse = { getId: (): string | null => null, getRespondentEmail: () => '' };
// @ts-expect-error Forms: FormResponse.getId may be null only when listed in OrNull.
export const checkedResponse = wrongResponse satisfies Emulates<GoogleAppsScript.Forms.FormResponse, 'getId' | 'getRespondentEmail'>;
