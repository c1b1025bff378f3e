/**
 * Conditional format rules (reference/spreadsheet/conditional-format-rule-builder,
 * conditional-format-rule, boolean-condition): stored with the sheet, never rendered.
 */
import type { Emulates } from '../core/emulates';
import type { Emulator } from '../core/emulator';
import { isDate } from '../core/realm';
import { makeRange, type RangeView } from './factories';
import { checkArgs, kindOf, PURE, view, type Viewable } from './policy';
import { enumValue } from './protection';
import type { ConditionalRuleState } from './state';

const BOOLEAN_CRITERIA = [
  'CELL_EMPTY', 'CELL_NOT_EMPTY', 'DATE_AFTER', 'DATE_BEFORE', 'DATE_EQUAL_TO', 'DATE_NOT_EQUAL_TO',
  'DATE_AFTER_RELATIVE', 'DATE_BEFORE_RELATIVE', 'DATE_EQUAL_TO_RELATIVE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN', 'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO',
  'TEXT_NOT_EQUAL_TO', 'TEXT_STARTS_WITH', 'TEXT_ENDS_WITH', 'CUSTOM_FORMULA',
] as const;

export const BooleanCriteria = Object.freeze(Object.fromEntries(BOOLEAN_CRITERIA.map((n, i) => [n, enumValue('BooleanCriteria', n, i)])));

const RELATIVE = ['TODAY', 'TOMORROW', 'YESTERDAY', 'PAST_WEEK', 'PAST_MONTH', 'PAST_YEAR'] as const;
export const RelativeDate = Object.freeze(Object.fromEntries(RELATIVE.map((n, i) => [n, enumValue('RelativeDate', n, i)])));

function argsOut(emulator: Emulator, args: unknown[]): unknown[] {
  return emulator.realm.Array.from(args, (a) => {
    if (a && typeof a === 'object' && 'date' in a) return new emulator.realm.Date((a as { date: number }).date);
    if (a && typeof a === 'object' && 'relative' in a) return RelativeDate[(a as { relative: string }).relative];
    return a;
  });
}

const EMPTY: ConditionalRuleState = { criteria: '', args: [], background: null, fontColor: null, bold: null, ranges: [] };

class BuilderImpl implements Viewable, Emulates<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder, 'build' | 'copy' | 'getBooleanCondition' | 'getRanges' | 'setBackground' | 'setBold' | 'setFontColor' | 'setRanges' | 'whenCellEmpty' | 'whenCellNotEmpty' | 'whenDateAfter' | 'whenDateBefore' | 'whenDateEqualTo' | 'whenFormulaSatisfied' | 'whenNumberGreaterThan' | 'whenNumberLessThan' | 'whenTextContains' | 'whenTextEqualTo'> {
  _self: unknown = null;
  readonly _kind = 'ConditionalFormatRuleBuilder';
  constructor(
    private readonly emulator: Emulator,
    private rule: ConditionalRuleState,
    private ssId: string | null,
  ) {}

  private _when(criteria: string, args: unknown[]): unknown {
    this.rule = { ...this.rule, criteria, args };
    return this._self;
  }
  private _dateWhen(method: string, base: string, date: unknown): unknown {
    checkArgs('ConditionalFormatRuleBuilder', method, [date], ['date'], ['kind:RelativeDate'], ['object']);
    if (isDate(date)) return this._when(base, [{ date: date.getTime() }]);
    const name = String(date);
    if (!(RELATIVE as readonly string[]).includes(name)) checkArgs('ConditionalFormatRuleBuilder', method, [date], ['date']);
    return this._when(`${base}_RELATIVE`, [{ relative: name }]);
  }

  whenFormulaSatisfied(formula: unknown): unknown {
    checkArgs('ConditionalFormatRuleBuilder', 'whenFormulaSatisfied', [formula], ['string']);
    return this._when('CUSTOM_FORMULA', [formula]);
  }
  whenDateBefore(date: unknown): unknown {
    return this._dateWhen('whenDateBefore', 'DATE_BEFORE', date);
  }
  whenDateAfter(date: unknown): unknown {
    return this._dateWhen('whenDateAfter', 'DATE_AFTER', date);
  }
  whenDateEqualTo(date: unknown): unknown {
    return this._dateWhen('whenDateEqualTo', 'DATE_EQUAL_TO', date);
  }
  whenTextEqualTo(text: unknown): unknown {
    checkArgs('ConditionalFormatRuleBuilder', 'whenTextEqualTo', [text], ['string']);
    return this._when('TEXT_EQUAL_TO', [text]);
  }
  whenTextContains(text: unknown): unknown {
    checkArgs('ConditionalFormatRuleBuilder', 'whenTextContains', [text], ['string']);
    return this._when('TEXT_CONTAINS', [text]);
  }
  whenCellEmpty(): unknown {
    return this._when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): unknown {
    return this._when('CELL_NOT_EMPTY', []);
  }
  whenNumberGreaterThan(n: unknown): unknown {
    checkArgs('ConditionalFormatRuleBuilder', 'whenNumberGreaterThan', [n], ['number']);
    return this._when('NUMBER_GREATER_THAN', [n]);
  }
  whenNumberLessThan(n: unknown): unknown {
    checkArgs('ConditionalFormatRuleBuilder', 'whenNumberLessThan', [n], ['number']);
    return this._when('NUMBER_LESS_THAN', [n]);
  }
  setBackground(color: unknown): unknown {
    checkArgs('ConditionalFormatRuleBuilder', 'setBackground', [color], ['string'], ['any']);
    this.rule = { ...this.rule, background: (color as string | null) ?? null };
    return this._self;
  }
  setFontColor(color: unknown): unknown {
    checkArgs('ConditionalFormatRuleBuilder', 'setFontColor', [color], ['string'], ['any']);
    this.rule = { ...this.rule, fontColor: (color as string | null) ?? null };
    return this._self;
  }
  setBold(bold: unknown): unknown {
    checkArgs('ConditionalFormatRuleBuilder', 'setBold', [bold], ['boolean'], ['any']);
    this.rule = { ...this.rule, bold: (bold as boolean | null) ?? null };
    return this._self;
  }
  setRanges(ranges: unknown): unknown {
    checkArgs('ConditionalFormatRuleBuilder', 'setRanges', [ranges], ['array']);
    const list = ranges as unknown[];
    for (const r of list) if (kindOf(r) !== 'Range') checkArgs('ConditionalFormatRuleBuilder', 'setRanges', [ranges], ['kind:Range']);
    const views = list as RangeView[];
    this.ssId = views[0]?._ssId ?? this.ssId;
    this.rule = { ...this.rule, ranges: views.map((r) => ({ sheetId: r._sheetId, rect: { ...r._rect } })) };
    return this._self;
  }
  getRanges(): unknown[] {
    return rangesOut(this.emulator, this.ssId, this.rule);
  }
  getBooleanCondition(): unknown {
    return this.rule.criteria ? makeCondition(this.emulator, this.rule) : null;
  }
  build(): unknown {
    return makeRule(this.emulator, this.rule, this.ssId);
  }
  copy(): unknown {
    return newRuleBuilder(this.emulator, this.rule, this.ssId);
  }
}

function rangesOut(emulator: Emulator, ssId: string | null, rule: ConditionalRuleState): unknown[] {
  if (!ssId) return emulator.realm.Array.from([]);
  return emulator.realm.Array.from(rule.ranges, (r) => makeRange(emulator, ssId, r.sheetId, r.rect));
}

function makeCondition(emulator: Emulator, rule: ConditionalRuleState): unknown {
  const condition = {
    _self: null,
    _kind: 'BooleanCondition',
    getCriteriaType: () => BooleanCriteria[rule.criteria] ?? null,
    getCriteriaValues: () => argsOut(emulator, rule.args),
    getBackground: () => rule.background,
    getFontColor: () => rule.fontColor,
    getBold: () => rule.bold,
  };
  return view(emulator, condition satisfies Viewable & Emulates<GoogleAppsScript.Spreadsheet.BooleanCondition, 'getBackground' | 'getBold' | 'getCriteriaType' | 'getCriteriaValues' | 'getFontColor'>, () => PURE);
}

export function makeRule(emulator: Emulator, rule: ConditionalRuleState, ssId: string | null): unknown {
  const frozen = JSON.parse(JSON.stringify(rule)) as ConditionalRuleState;
  const impl = {
    _self: null,
    _kind: 'ConditionalFormatRule',
    _rule: frozen,
    getRanges: () => rangesOut(emulator, ssId, frozen),
    getBooleanCondition: () => (frozen.criteria ? makeCondition(emulator, frozen) : null),
    getGradientCondition: () => null,
    copy: () => newRuleBuilder(emulator, frozen, ssId),
  };
  return view(emulator, impl satisfies Viewable & Emulates<GoogleAppsScript.Spreadsheet.ConditionalFormatRule, 'copy' | 'getBooleanCondition' | 'getGradientCondition' | 'getRanges'>, () => PURE);
}

export function newRuleBuilder(emulator: Emulator, rule: ConditionalRuleState = EMPTY, ssId: string | null = null): unknown {
  return view(emulator, new BuilderImpl(emulator, JSON.parse(JSON.stringify(rule)) as ConditionalRuleState, ssId), () => PURE);
}

/** The stored state of the rules passed to Sheet.setConditionalFormatRules. */
export function rulesState(rules: unknown): ConditionalRuleState[] {
  checkArgs('Sheet', 'setConditionalFormatRules', [rules], ['array']);
  const list = rules as unknown[];
  for (const r of list) if (kindOf(r) !== 'ConditionalFormatRule') checkArgs('Sheet', 'setConditionalFormatRules', [rules], ['kind:ConditionalFormatRule']);
  return list.map((r) => JSON.parse(JSON.stringify((r as { _rule: ConditionalRuleState })._rule)) as ConditionalRuleState);
}
