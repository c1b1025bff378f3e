/**
 * Data validation (reference/spreadsheet/data-validation-builder, data-validation).
 * Enforcement on script writes: a rule that rejects input (setAllowInvalid(false)) is enforced on
 * setValue/setValues here. Whether Apps Script enforces it is reported both ways (some write-ups
 * say scripts bypass validation); the stricter behaviour is emulated, so the add-on must never
 * write a value its own rules reject.
 */
import type { Emulates } from '../core/emulates';
import type { Emulator } from '../core/emulator';
import { ServiceError } from '../core/errors';
import { cellA1 } from './a1';
import { instantToSerial } from './dates';
import { makeRange, type RangeView } from './factories';
import { compare, Evaluator, toText } from './formula-eval';
import { isDateFormat } from './numfmt';
import { checkArgs, kindOf, PURE, view, type Viewable } from './policy';
import { enumValue } from './protection';
import type { CellValue, Rect, SheetState, SpreadsheetState, ValidationState } from './state';

const CRITERIA = [
  'DATE_AFTER', 'DATE_BEFORE', 'DATE_BETWEEN', 'DATE_EQUAL_TO', 'DATE_IS_VALID_DATE', 'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER', 'DATE_ON_OR_BEFORE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL', 'VALUE_IN_LIST', 'VALUE_IN_RANGE', 'CUSTOM_FORMULA', 'CHECKBOX',
] as const;

export const DataValidationCriteria = Object.freeze(
  Object.fromEntries(CRITERIA.map((name, i) => [name, enumValue('DataValidationCriteria', name, i)])),
);

type Arg = { date: number } | { range: { sheetId: number; rect: Rect } } | string[] | string | number | boolean | null;

function dateArg(value: unknown): Arg {
  return { date: (value as Date).getTime() };
}

/** Turns stored criteria arguments back into Apps Script objects of the add-on's realm. */
function argsOut(emulator: Emulator, ssId: string | null, args: unknown[]): unknown[] {
  return emulator.realm.Array.from(args, (a) => {
    if (Array.isArray(a)) return emulator.realm.Array.from(a as unknown[]);
    if (a && typeof a === 'object' && 'date' in a) return new emulator.realm.Date((a as { date: number }).date);
    if (a && typeof a === 'object' && 'range' in a && ssId) {
      const r = (a as { range: { sheetId: number; rect: Rect } }).range;
      return makeRange(emulator, ssId, r.sheetId, r.rect);
    }
    return a;
  });
}

class DataValidationBuilderImpl implements Viewable, Emulates<GoogleAppsScript.Spreadsheet.DataValidationBuilder, 'build' | 'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText' | 'requireCheckbox' | 'requireDate' | 'requireDateAfter' | 'requireDateBefore' | 'requireDateBetween' | 'requireDateEqualTo' | 'requireDateOnOrAfter' | 'requireDateOnOrBefore' | 'requireNumberBetween' | 'requireNumberEqualTo' | 'requireValueInList' | 'requireValueInRange' | 'setAllowInvalid' | 'setHelpText'> {
  _self: unknown = null;
  readonly _kind: string = 'DataValidationBuilder';
  constructor(
    protected readonly emulator: Emulator,
    protected rule: ValidationState,
    protected ssId: string | null,
  ) {}

  private _set(method: string, criteria: string, args: Arg[]): unknown {
    void method;
    this.rule = { ...this.rule, criteria, args };
    return this._self;
  }
  private _dates(method: string, criteria: string, args: unknown[], count: number): unknown {
    checkArgs('DataValidationBuilder', method, args, count === 1 ? ['date'] : ['date', 'date']);
    return this._set(method, criteria, args.slice(0, count).map(dateArg));
  }

  requireValueInList(values: unknown, showDropdown?: unknown): unknown {
    checkArgs('DataValidationBuilder', 'requireValueInList', [values, showDropdown], ['array'], ['array', 'boolean']);
    const list = (values as unknown[]).map((v) => String(v));
    return this._set('requireValueInList', 'VALUE_IN_LIST', [list, showDropdown === undefined ? true : (showDropdown as boolean)]);
  }
  requireValueInRange(range: unknown, showDropdown?: unknown): unknown {
    checkArgs('DataValidationBuilder', 'requireValueInRange', [range, showDropdown], ['kind:Range'], ['kind:Range', 'boolean']);
    const r = range as RangeView;
    this.ssId = this.ssId ?? r._ssId;
    return this._set('requireValueInRange', 'VALUE_IN_RANGE', [{ range: { sheetId: r._sheetId, rect: { ...r._rect } } }, showDropdown === undefined ? true : (showDropdown as boolean)]);
  }
  requireDate(): unknown {
    return this._set('requireDate', 'DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: unknown): unknown {
    return this._dates('requireDateAfter', 'DATE_AFTER', [date], 1);
  }
  requireDateBefore(date: unknown): unknown {
    return this._dates('requireDateBefore', 'DATE_BEFORE', [date], 1);
  }
  requireDateOnOrAfter(date: unknown): unknown {
    return this._dates('requireDateOnOrAfter', 'DATE_ON_OR_AFTER', [date], 1);
  }
  requireDateOnOrBefore(date: unknown): unknown {
    return this._dates('requireDateOnOrBefore', 'DATE_ON_OR_BEFORE', [date], 1);
  }
  requireDateEqualTo(date: unknown): unknown {
    return this._dates('requireDateEqualTo', 'DATE_EQUAL_TO', [date], 1);
  }
  requireDateBetween(start: unknown, end: unknown): unknown {
    return this._dates('requireDateBetween', 'DATE_BETWEEN', [start, end], 2);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): unknown {
    checkArgs('DataValidationBuilder', 'requireCheckbox', [checked, unchecked], [], ['any'], ['any', 'any']);
    const args = [checked, unchecked].filter((v) => v !== undefined).map((v) => v as Arg);
    return this._set('requireCheckbox', 'CHECKBOX', args);
  }
  requireNumberBetween(start: unknown, end: unknown): unknown {
    checkArgs('DataValidationBuilder', 'requireNumberBetween', [start, end], ['number', 'number']);
    return this._set('requireNumberBetween', 'NUMBER_BETWEEN', [start as number, end as number]);
  }
  // data-validation-builder#requirenumberequaltonumber
  requireNumberEqualTo(number: unknown): unknown {
    checkArgs('DataValidationBuilder', 'requireNumberEqualTo', [number], ['number']);
    return this._set('requireNumberEqualTo', 'NUMBER_EQUAL_TO', [number as number]);
  }
  setAllowInvalid(allow: unknown): unknown {
    checkArgs('DataValidationBuilder', 'setAllowInvalid', [allow], ['boolean']);
    this.rule = { ...this.rule, allowInvalid: allow as boolean };
    return this._self;
  }
  setHelpText(text: unknown): unknown {
    checkArgs('DataValidationBuilder', 'setHelpText', [text], ['string']);
    this.rule = { ...this.rule, helpText: text as string };
    return this._self;
  }
  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }
  getHelpText(): string | null {
    return this.rule.helpText;
  }
  getCriteriaType(): unknown {
    return this.rule.criteria ? (DataValidationCriteria[this.rule.criteria] ?? null) : null;
  }
  getCriteriaValues(): unknown[] {
    return argsOut(this.emulator, this.ssId, this.rule.args);
  }
  build(): unknown {
    if (!this.rule.criteria) throw new ServiceError('You must specify a criteria for the data validation rule.');
    return makeValidation(this.emulator, this.rule, this.ssId);
  }
  copy(): unknown {
    return newBuilder(this.emulator, this.rule, this.ssId);
  }
}

/** A built rule: the same getters, plus copy() back into a builder. */
class DataValidationImpl implements Viewable, Emulates<GoogleAppsScript.Spreadsheet.DataValidation, 'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText', 'getHelpText'> {
  _self: unknown = null;
  readonly _kind = 'DataValidation';
  constructor(
    private readonly emulator: Emulator,
    readonly _rule: ValidationState,
    private readonly ssId: string | null,
  ) {}
  getAllowInvalid(): boolean {
    return this._rule.allowInvalid;
  }
  // Google's types say string; reference/spreadsheet/data-validation#gethelptext: "or null if no help text is set".
  getHelpText(): string | null {
    return this._rule.helpText;
  }
  getCriteriaType(): unknown {
    return DataValidationCriteria[this._rule.criteria] ?? null;
  }
  getCriteriaValues(): unknown[] {
    return argsOut(this.emulator, this.ssId, this._rule.args);
  }
  copy(): unknown {
    return newBuilder(this.emulator, this._rule, this.ssId);
  }
}

const PURE_POLICY = () => PURE;

export function newBuilder(emulator: Emulator, rule?: ValidationState, ssId: string | null = null): unknown {
  const start: ValidationState = rule ? { ...rule, args: [...rule.args] } : { criteria: '', args: [], allowInvalid: true, helpText: null };
  return view(emulator, new DataValidationBuilderImpl(emulator, start, ssId), PURE_POLICY);
}

export function makeValidation(emulator: Emulator, rule: ValidationState, ssId: string | null): unknown {
  return view(emulator, new DataValidationImpl(emulator, rule, ssId), PURE_POLICY);
}

/** The stored state of a rule argument to Range.setDataValidation (null clears). */
export function ruleState(rule: unknown, cls: string, method: string): ValidationState | null {
  if (rule === null) return null;
  if (kindOf(rule) !== 'DataValidation') checkArgs(cls, method, [rule], ['kind:DataValidation']);
  return (rule as DataValidationImpl)._rule;
}

/** Index of the rule in the sheet's table (rules are shared by the cells one call sets). */
export function ruleIndex(sheet: SheetState, rule: ValidationState): number {
  const key = JSON.stringify(rule);
  const found = sheet.validationRules.findIndex((r) => JSON.stringify(r) === key);
  if (found >= 0) return found;
  sheet.validationRules.push(JSON.parse(key) as ValidationState);
  return sheet.validationRules.length - 1;
}

function inList(ss: SpreadsheetState, list: string[], value: CellValue): boolean {
  const text = toText(value, ss.locale);
  return list.includes(text);
}

/** Whether a written value passes a rule (blank always does). */
export function passes(ss: SpreadsheetState, nowMs: number, rule: ValidationState, value: CellValue, format: string | null): boolean {
  if (value === null || value === '') return true;
  const args = rule.args;
  const serial = (a: unknown) => instantToSerial(ss.timeZone, (a as { date: number }).date);
  const isDateValue = typeof value === 'number' && isDateFormat(format);
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return inList(ss, args[0] as string[], value);
    case 'VALUE_IN_RANGE': {
      const ref = (args[0] as { range: { sheetId: number; rect: Rect } }).range;
      const sheet = ss.sheets.find((s) => s.sheetId === ref.sheetId);
      if (!sheet) return false;
      const ev = new Evaluator(ss, nowMs);
      for (const v of ev.cells({ kind: 'range', sheet, rect: ref.rect })) {
        if (v !== null && typeof v !== 'object' && compare(v, value) === 0) return true;
      }
      return false;
    }
    case 'CHECKBOX':
      if (args.length === 0) return typeof value === 'boolean';
      return args.some((a) => a === value || String(a) === String(value));
    case 'NUMBER_BETWEEN':
      return typeof value === 'number' && value >= (args[0] as number) && value <= (args[1] as number);
    case 'NUMBER_EQUAL_TO':
      return typeof value === 'number' && value === (args[0] as number);
    case 'DATE_IS_VALID_DATE':
      return isDateValue;
    case 'DATE_AFTER':
      return isDateValue && Math.floor(value) > Math.floor(serial(args[0]));
    case 'DATE_BEFORE':
      return isDateValue && Math.floor(value) < Math.floor(serial(args[0]));
    case 'DATE_ON_OR_AFTER':
      return isDateValue && Math.floor(value) >= Math.floor(serial(args[0]));
    case 'DATE_ON_OR_BEFORE':
      return isDateValue && Math.floor(value) <= Math.floor(serial(args[0]));
    case 'DATE_EQUAL_TO':
      return isDateValue && Math.floor(value) === Math.floor(serial(args[0]));
    case 'DATE_BETWEEN':
      return isDateValue && Math.floor(value) >= Math.floor(serial(args[0])) && Math.floor(value) <= Math.floor(serial(args[1]));
    default:
      return true;
  }
}

export function rejectInvalid(row: number, column: number): never {
  throw new ServiceError(`The data you entered in cell ${cellA1(row, column)} violates the data validation rules set on this cell.`);
}

