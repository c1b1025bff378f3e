/**
 * Form items (reference/forms/item and the typed item classes: text-item, paragraph-text-item,
 * multiple-choice-item, checkbox-item, list-item, scale-item, grid-item, section-header-item,
 * page-break-item, date-item). `form.getItems()` gives generic Items (id, index, title, help
 * text, type, asXxxItem); `addXxxItem()` and `asXxxItem()` give the typed ones. Views hold the
 * form and item ids and look the item up on every call.
 */
import type { CallPolicy, Emulator } from '../core/emulator';
import { badSignature, describeArgs, notEmulated, ServiceError } from '../core/errors';
import type { Emulates } from '../core/emulates';
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
  const choice = { _value: value, getValue: () => value };
  return expose(emulator, 'FormApp', 'Choice', choice satisfies Emulates<GoogleAppsScript.Forms.Choice, 'getValue'>, () => FORM_POLICY);
}

/** What every method of one item view works from. */
interface ItemContext {
  emulator: Emulator;
  formId: string;
  itemId: number;
  form: () => FormState;
  item: () => ItemState;
  /** Applies an edit, updates the responses sheet's headers/columns, returns the view. */
  edit: (change: (i: ItemState) => void) => unknown;
  key: (method: string) => string;
  self: () => unknown;
}

/** What every item has (reference/forms/item). */
function common(c: ItemContext) {
  return {
    getId: () => c.itemId,
    getIndex: () => c.form().items.findIndex((i) => i.id === c.itemId),
    getTitle: () => c.item().title,
    getHelpText: () => c.item().helpText,
    getType: () => c.item().type,
    setTitle: (title: unknown) => c.edit((i) => (i.title = str(title, c.key('setTitle')))),
    setHelpText: (text: unknown) => c.edit((i) => (i.helpText = str(text, c.key('setHelpText')))),
  };
}

/** Only the generic Item converts (reference/forms/item#as...item); typed items have no asXxx. */
function conversions(c: ItemContext) {
  const to = (wanted: string) => () => {
    // Seen in Apps Script: "Invalid conversion for item type: PAGE_BREAK".
    if (wanted !== c.item().type) throw new ServiceError(`Invalid conversion for item type: ${c.item().type}`);
    return makeItem(c.emulator, c.formId, c.itemId, true);
  };
  return {
    asCheckboxGridItem: to('CHECKBOX_GRID'),
    asCheckboxItem: to('CHECKBOX'),
    asDateItem: to('DATE'),
    asDateTimeItem: to('DATETIME'),
    asDurationItem: to('DURATION'),
    asGridItem: to('GRID'),
    asImageItem: to('IMAGE'),
    asListItem: to('LIST'),
    asMultipleChoiceItem: to('MULTIPLE_CHOICE'),
    asPageBreakItem: to('PAGE_BREAK'),
    asParagraphTextItem: to('PARAGRAPH_TEXT'),
    asRatingItem: to('RATING'),
    asScaleItem: to('SCALE'),
    asSectionHeaderItem: to('SECTION_HEADER'),
    asTextItem: to('TEXT'),
    asTimeItem: to('TIME'),
    asVideoItem: to('VIDEO'),
  };
}

/** Items a respondent answers. */
function answered(c: ItemContext) {
  return {
    isRequired: () => c.item().required,
    setRequired: (enabled: unknown) => c.edit((i) => (i.required = bool(enabled, c.key('setRequired')))),
    // Builds an ItemResponse for FormResponse.withItemResponse (script-made responses).
    createResponse: (...args: unknown[]) => draftResponse(c.emulator, c.self(), c.item(), args, c.key('createResponse')),
  };
}

function choices(c: ItemContext) {
  return {
    createChoice(value: unknown, ...rest: unknown[]) {
      // Graded answers and page navigation are not emulated: refused rather than dropped.
      if (rest.length > 0) notEmulated(`${c.key('createChoice')} with ${rest.length + 1} arguments`);
      return makeChoice(c.emulator, str(value, c.key('createChoice')));
    },
    getChoices: () => c.emulator.realm.Array.from(c.item().choices ?? [], (v) => makeChoice(c.emulator, v)),
    setChoiceValues: (values: unknown) => c.edit((i) => (i.choices = choiceList(values, c.key('setChoiceValues')))),
    setChoices: (list: unknown) => {
      if (!Array.isArray(list)) badSignature(describeArgs([list]), c.key('setChoices'));
      const values = list.map((v) => (v as { _value?: unknown })._value);
      return c.edit((i) => (i.choices = choiceList(values, c.key('setChoices'))));
    },
  };
}

function otherOption(c: ItemContext) {
  return {
    showOtherOption: (enabled: unknown) => c.edit((i) => (i.other = bool(enabled, c.key('showOtherOption')))),
    hasOtherOption: () => c.item().other ?? false,
  };
}

function scale(c: ItemContext) {
  return {
    // reference/forms/scale-item#setboundslower,-upper: lower 0 or 1, upper 3 to 10.
    setBounds: (lower: unknown, upper: unknown) => {
      if (typeof lower !== 'number' || typeof upper !== 'number') badSignature(describeArgs([lower, upper]), c.key('setBounds'));
      if (![0, 1].includes(lower) || !Number.isInteger(upper) || upper < 3 || upper > 10) throw new ServiceError(INVALID_DATA);
      return c.edit((i) => Object.assign(i, { lower, upper }));
    },
    // newItem's bounds, for a scale stored before it kept them.
    getLowerBound: () => c.item().lower ?? 1,
    getUpperBound: () => c.item().upper ?? 5,
    setLabels: (left: unknown, right: unknown) =>
      c.edit((i) => Object.assign(i, { leftLabel: str(left, c.key('setLabels')), rightLabel: str(right, c.key('setLabels')) })),
    getLeftLabel: () => c.item().leftLabel ?? '',
    getRightLabel: () => c.item().rightLabel ?? '',
  };
}

function grid(c: ItemContext) {
  return {
    setRows: (rows: unknown) => c.edit((i) => (i.rows = choiceList(rows, c.key('setRows')))),
    getRows: () => c.emulator.realm.Array.from(c.item().rows ?? []),
    setColumns: (columns: unknown) => c.edit((i) => (i.columns = choiceList(columns, c.key('setColumns')))),
    getColumns: () => c.emulator.realm.Array.from(c.item().columns ?? []),
  };
}

function date(c: ItemContext) {
  return {
    setIncludesYear: (enabled: unknown) => c.edit((i) => (i.includesYear = bool(enabled, c.key('setIncludesYear')))),
    includesYear: () => c.item().includesYear ?? true,
  };
}

type Common = 'getHelpText' | 'getId' | 'getIndex' | 'getTitle' | 'getType' | 'setHelpText' | 'setTitle';
type Answered = Common | 'createResponse' | 'isRequired' | 'setRequired';
type Choices = Answered | 'createChoice' | 'getChoices' | 'setChoiceValues' | 'setChoices';

/** Each typed item class: its methods, checked against Google's class of that name. */
const TYPED: Record<EmulatedType, (c: ItemContext) => object> = {
  TEXT: (c) => ({ ...common(c), ...answered(c) }) satisfies Emulates<GoogleAppsScript.Forms.TextItem, Answered>,
  PARAGRAPH_TEXT: (c) => ({ ...common(c), ...answered(c) }) satisfies Emulates<GoogleAppsScript.Forms.ParagraphTextItem, Answered>,
  MULTIPLE_CHOICE: (c) =>
    ({ ...common(c), ...answered(c), ...choices(c), ...otherOption(c) }) satisfies Emulates<GoogleAppsScript.Forms.MultipleChoiceItem, Choices | 'hasOtherOption' | 'showOtherOption'>,
  CHECKBOX: (c) =>
    ({ ...common(c), ...answered(c), ...choices(c), ...otherOption(c) }) satisfies Emulates<GoogleAppsScript.Forms.CheckboxItem, Choices | 'hasOtherOption' | 'showOtherOption'>,
  LIST: (c) => ({ ...common(c), ...answered(c), ...choices(c) }) satisfies Emulates<GoogleAppsScript.Forms.ListItem, Choices>,
  SCALE: (c) =>
    ({ ...common(c), ...answered(c), ...scale(c) }) satisfies Emulates<
      GoogleAppsScript.Forms.ScaleItem,
      Answered | 'getLeftLabel' | 'getLowerBound' | 'getRightLabel' | 'getUpperBound' | 'setBounds' | 'setLabels'
    >,
  GRID: (c) => ({ ...common(c), ...answered(c), ...grid(c) }) satisfies Emulates<GoogleAppsScript.Forms.GridItem, Answered | 'getColumns' | 'getRows' | 'setColumns' | 'setRows'>,
  SECTION_HEADER: (c) => common(c) satisfies Emulates<GoogleAppsScript.Forms.SectionHeaderItem, Common>,
  PAGE_BREAK: (c) => common(c) satisfies Emulates<GoogleAppsScript.Forms.PageBreakItem, Common>,
  DATE: (c) => ({ ...common(c), ...answered(c), ...date(c) }) satisfies Emulates<GoogleAppsScript.Forms.DateItem, Answered | 'includesYear' | 'setIncludesYear'>,
};

export function makeItem(emulator: Emulator, formId: string, itemId: number, typed: boolean): unknown {
  const form = (): FormState => formState(emulator, formId);
  const item = (): ItemState => itemState(form(), itemId);
  const type = item().type;
  const cls = typed ? CLASS_OF[type] : 'Item';
  const c: ItemContext = {
    emulator,
    formId,
    itemId,
    form,
    item,
    edit: (change) => {
      change(item());
      syncColumns(emulator, form());
      return self;
    },
    key: (m) => `FormApp.${cls}.${m}`,
    self: () => self,
  };
  const methods = typed
    ? TYPED[type](c)
    : ({ ...common(c), ...conversions(c) } satisfies Emulates<
        GoogleAppsScript.Forms.Item,
        | Common
        | 'asCheckboxGridItem' | 'asCheckboxItem' | 'asDateItem' | 'asDateTimeItem' | 'asDurationItem' | 'asGridItem' | 'asImageItem' | 'asListItem'
        | 'asMultipleChoiceItem' | 'asPageBreakItem' | 'asParagraphTextItem' | 'asScaleItem' | 'asSectionHeaderItem' | 'asTextItem' | 'asTimeItem' | 'asVideoItem'
      >);
  const target = {
    _formId: formId,
    _itemId: itemId,
    _kind: 'Item',
    // String(item) names its type even for a generic Item from getItems (gas-fakes test/testform.js: "TextItem").
    _toString: () => CLASS_OF[type],
    ...methods,
  };
  const self: unknown = expose(emulator, 'FormApp', cls, target, () => FORM_POLICY);
  return self;
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
  return expose(emulator, 'FormApp', 'ItemResponse', target satisfies Emulates<GoogleAppsScript.Forms.ItemResponse, 'getItem' | 'getResponse'>, () => FORM_POLICY);
}
