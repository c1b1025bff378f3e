/**
 * Form items (reference/forms/item and the typed item classes: text-item, paragraph-text-item,
 * multiple-choice-item, checkbox-item, list-item, scale-item, grid-item, section-header-item,
 * page-break-item, date-item). `form.getItems()` gives generic Items (id, index, title, help
 * text, type, asXxxItem); `addXxxItem()` and `asXxxItem()` give the typed ones. Views hold the
 * form and item ids and look the item up on every call.
 */
import type { CallPolicy, Emulator } from '../core/emulator';
import { badSignature, describeArgs, ServiceError } from '../core/errors';
import { expose } from '../core/expose';
import { isDate } from '../core/realm';
import { syncColumns } from './destination';
import { normalizeAnswer } from './answers';
import { formState, INVALID_DATA, itemState, type EmulatedType, type FormState, type ItemState } from './state';

export const FORMS_SCOPE = 'https://www.googleapis.com/auth/forms';
export const FORMS_CURRENT_SCOPE = 'https://www.googleapis.com/auth/forms.currentonly';
/** The Form and Item methods list both scopes (reference/forms/form, Authorization). */
export const FORM_POLICY: CallPolicy = { access: 'full', scopes: [FORMS_CURRENT_SCOPE, FORMS_SCOPE] };

export const CLASS_OF: Record<EmulatedType, string> = {
  TEXT: 'TextItem',
  PARAGRAPH_TEXT: 'ParagraphTextItem',
  MULTIPLE_CHOICE: 'MultipleChoiceItem',
  CHECKBOX: 'CheckboxItem',
  LIST: 'ListItem',
  SCALE: 'ScaleItem',
  GRID: 'GridItem',
  SECTION_HEADER: 'SectionHeaderItem',
  PAGE_BREAK: 'PageBreakItem',
  DATE: 'DateItem',
};

const ALL_CONVERSIONS: Record<string, string> = {
  asCheckboxGridItem: 'CHECKBOX_GRID',
  asDateTimeItem: 'DATETIME',
  asDurationItem: 'DURATION',
  asImageItem: 'IMAGE',
  asTimeItem: 'TIME',
  asVideoItem: 'VIDEO',
  asRatingItem: 'RATING',
  ...Object.fromEntries(Object.entries(CLASS_OF).map(([type, cls]) => [`as${cls}`, type])),
};

/** A new item's state with the defaults Forms gives it. */
export function newItem(id: number, type: EmulatedType): ItemState {
  const item: ItemState = { id, type, title: '', helpText: '', required: false };
  // A new choice item has one empty choice (gas-fakes test/testform.js, live: "Live creates empty").
  if (type === 'MULTIPLE_CHOICE' || type === 'CHECKBOX' || type === 'LIST') item.choices = [''];
  if (type === 'MULTIPLE_CHOICE' || type === 'CHECKBOX') item.other = false;
  if (type === 'SCALE') Object.assign(item, { lower: 1, upper: 5, leftLabel: '', rightLabel: '' });
  if (type === 'GRID') Object.assign(item, { rows: [], columns: [] });
  if (type === 'DATE') item.includesYear = true;
  return item;
}

function str(value: unknown, key: string): string {
  if (typeof value !== 'string') badSignature(describeArgs([value]), key);
  return value;
}

function bool(value: unknown, key: string): boolean {
  if (typeof value !== 'boolean') badSignature(describeArgs([value]), key);
  return value;
}

/** Choice values: non-empty, distinct strings (Forms refuses empty and repeated options). */
function choiceList(values: unknown, key: string): string[] {
  if (!Array.isArray(values)) badSignature(describeArgs([values]), key);
  const list = values.map((v) => str(v, key));
  if (list.some((v) => v.trim() === '') || new Set(list).size !== list.length) throw new ServiceError(INVALID_DATA);
  return list;
}

export function makeChoice(emulator: Emulator, value: string): unknown {
  return expose(emulator, 'FormApp', 'Choice', { _value: value, getValue: () => value }, () => FORM_POLICY);
}

export function makeItem(emulator: Emulator, formId: string, itemId: number, typed: boolean): unknown {
  const form = (): FormState => formState(emulator, formId);
  const item = (): ItemState => itemState(form(), itemId);
  const type = item().type;
  const cls = typed ? CLASS_OF[type] : 'Item';
  const key = (m: string) => `FormApp.${cls}.${m}`;
  /** Applies an edit and updates the responses sheet's headers/columns. */
  const edit = (change: (i: ItemState) => void): unknown => {
    change(item());
    syncColumns(emulator, form());
    return self;
  };
  const target: Record<string, unknown> = {
    _formId: formId,
    _itemId: itemId,
    _kind: 'Item',
    // String(item) names its type even for a generic Item from getItems (gas-fakes test/testform.js: "TextItem").
    _toString: () => CLASS_OF[type],
    getId: () => itemId,
    getIndex: () => form().items.findIndex((i) => i.id === itemId),
    getTitle: () => item().title,
    getHelpText: () => item().helpText,
    getType: () => item().type,
    setTitle: (title: unknown) => edit((i) => (i.title = str(title, key('setTitle')))),
    setHelpText: (text: unknown) => edit((i) => (i.helpText = str(text, key('setHelpText')))),
  };
  // Only the generic Item converts (reference/forms/item#as...item); typed items have no asXxx.
  for (const [method, wanted] of typed ? [] : Object.entries(ALL_CONVERSIONS)) {
    target[method] = () => {
      // Seen in Apps Script: "Invalid conversion for item type: PAGE_BREAK".
      if (wanted !== item().type) throw new ServiceError(`Invalid conversion for item type: ${item().type}`);
      return makeItem(emulator, formId, itemId, true);
    };
  }
  if (typed) Object.assign(target, typedMethods(emulator, type, item, edit, key, () => self));
  const self: unknown = expose(emulator, 'FormApp', cls, target, () => FORM_POLICY);
  return self;
}

type Edit = (change: (i: ItemState) => void) => unknown;

function typedMethods(emulator: Emulator, type: EmulatedType, item: () => ItemState, edit: Edit, key: (m: string) => string, self: () => unknown): Record<string, unknown> {
  const realm = emulator.realm;
  const out: Record<string, unknown> = {};
  if (type !== 'SECTION_HEADER' && type !== 'PAGE_BREAK') {
    out['isRequired'] = () => item().required;
    out['setRequired'] = (enabled: unknown) => edit((i) => (i.required = bool(enabled, key('setRequired'))));
    // Builds an ItemResponse for FormResponse.withItemResponse (script-made responses).
    out['createResponse'] = (...args: unknown[]) => draftResponse(emulator, self(), item(), args, key('createResponse'));
  }
  if (type === 'MULTIPLE_CHOICE' || type === 'CHECKBOX' || type === 'LIST') {
    out['createChoice'] = (value: unknown) => makeChoice(emulator, str(value, key('createChoice')));
    out['getChoices'] = () => realm.Array.from(item().choices ?? [], (v) => makeChoice(emulator, v));
    out['setChoiceValues'] = (values: unknown) => edit((i) => (i.choices = choiceList(values, key('setChoiceValues'))));
    out['setChoices'] = (choices: unknown) => {
      if (!Array.isArray(choices)) badSignature(describeArgs([choices]), key('setChoices'));
      const values = choices.map((c) => (c as { _value?: unknown })._value);
      return edit((i) => (i.choices = choiceList(values, key('setChoices'))));
    };
  }
  if (type === 'MULTIPLE_CHOICE' || type === 'CHECKBOX') {
    out['showOtherOption'] = (enabled: unknown) => edit((i) => (i.other = bool(enabled, key('showOtherOption'))));
    out['hasOtherOption'] = () => item().other ?? false;
  }
  if (type === 'SCALE') {
    // reference/forms/scale-item#setboundslower,-upper: lower 0 or 1, upper 3 to 10.
    out['setBounds'] = (lower: unknown, upper: unknown) => {
      if (typeof lower !== 'number' || typeof upper !== 'number') badSignature(describeArgs([lower, upper]), key('setBounds'));
      if (![0, 1].includes(lower) || !Number.isInteger(upper) || upper < 3 || upper > 10) throw new ServiceError(INVALID_DATA);
      return edit((i) => Object.assign(i, { lower, upper }));
    };
    out['getLowerBound'] = () => item().lower;
    out['getUpperBound'] = () => item().upper;
    out['setLabels'] = (left: unknown, right: unknown) =>
      edit((i) => Object.assign(i, { leftLabel: str(left, key('setLabels')), rightLabel: str(right, key('setLabels')) }));
    out['getLeftLabel'] = () => item().leftLabel ?? '';
    out['getRightLabel'] = () => item().rightLabel ?? '';
  }
  if (type === 'GRID') {
    out['setRows'] = (rows: unknown) => edit((i) => (i.rows = choiceList(rows, key('setRows'))));
    out['getRows'] = () => realm.Array.from(item().rows ?? []);
    out['setColumns'] = (columns: unknown) => edit((i) => (i.columns = choiceList(columns, key('setColumns'))));
    out['getColumns'] = () => realm.Array.from(item().columns ?? []);
  }
  if (type === 'DATE') {
    out['setIncludesYear'] = (enabled: unknown) => edit((i) => (i.includesYear = bool(enabled, key('setIncludesYear'))));
    out['includesYear'] = () => item().includesYear ?? true;
  }
  return out;
}

/** An ItemResponse not yet part of any response: what item.createResponse(...) returns. */
function draftResponse(emulator: Emulator, itemView: unknown, item: ItemState, args: unknown[], key: string): unknown {
  let raw: unknown = args[0];
  if (item.type === 'DATE' && !isDate(raw)) badSignature(describeArgs(args), key);
  if (item.type === 'SCALE' && typeof raw !== 'number') badSignature(describeArgs(args), key);
  if ((item.type === 'CHECKBOX' || item.type === 'GRID') && !Array.isArray(raw)) badSignature(describeArgs(args), key);
  if (['TEXT', 'PARAGRAPH_TEXT', 'MULTIPLE_CHOICE', 'LIST'].includes(item.type) && typeof raw !== 'string') badSignature(describeArgs(args), key);
  if (isDate(raw)) raw = new Date(raw.getTime());
  const value = normalizeAnswer(item, raw, emulator.state.scriptTimeZone, (message) => new ServiceError(message));
  return makeItemResponse(emulator, itemView, item, value);
}

export function makeItemResponse(emulator: Emulator, itemView: unknown, item: ItemState, value: string | string[]): unknown {
  const target = {
    _itemId: item.id,
    _value: value,
    getItem: () => itemView,
    // reference/forms/item-response#getresponse: a String, or String[] for checkbox and grid items.
    getResponse: () => (Array.isArray(value) ? emulator.realm.Array.from(value) : value),
  };
  return expose(emulator, 'FormApp', 'ItemResponse', target, () => FORM_POLICY);
}
