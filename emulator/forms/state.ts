/**
 * Plain-data shape of Google Forms (owned by the FormApp emulation), kept in
 * `emulator.state.extra.forms`. JSON only: ids, strings, numbers, arrays.
 */
import type { Emulator } from '../core/emulator';
import { ServiceError } from '../core/errors';

/** FormApp.ItemType names (reference/forms/item-type); values are their names, as ScriptApp's enums. */
export const ITEM_TYPES = [
  'CHECKBOX',
  'CHECKBOX_GRID',
  'DATE',
  'DATETIME',
  'DURATION',
  'GRID',
  'IMAGE',
  'LIST',
  'MULTIPLE_CHOICE',
  'PAGE_BREAK',
  'PARAGRAPH_TEXT',
  'SCALE',
  'SECTION_HEADER',
  'TEXT',
  'TIME',
  'VIDEO',
  'FILE_UPLOAD',
  'RATING',
] as const;
export type ItemTypeName = (typeof ITEM_TYPES)[number];

/** Types the emulator can create (add<Type>Item); the others exist only as enum values. */
export const EMULATED_TYPES = ['CHECKBOX', 'DATE', 'GRID', 'LIST', 'MULTIPLE_CHOICE', 'PAGE_BREAK', 'PARAGRAPH_TEXT', 'SCALE', 'SECTION_HEADER', 'TEXT'] as const;
export type EmulatedType = (typeof EMULATED_TYPES)[number];

/** Layout items take no answer and get no column in the responses sheet. */
export const LAYOUT_TYPES: readonly string[] = ['SECTION_HEADER', 'PAGE_BREAK', 'IMAGE', 'VIDEO'];

export interface ItemState {
  id: number;
  type: EmulatedType;
  title: string;
  helpText: string;
  required: boolean;
  /** MULTIPLE_CHOICE, CHECKBOX, LIST */
  choices?: string[];
  /** MULTIPLE_CHOICE, CHECKBOX: the "Other" option */
  other?: boolean;
  /** SCALE */
  lower?: number;
  upper?: number;
  leftLabel?: string;
  rightLabel?: string;
  /** GRID */
  rows?: string[];
  columns?: string[];
  /** DATE */
  includesYear?: boolean;
}

/** One column of the responses sheet: what it holds. Columns are never removed (as in Sheets). */
export interface ColumnState {
  kind: 'timestamp' | 'email' | 'item';
  itemId?: number;
  /** GRID: the row's index; the column is titled "Title [Row]". */
  row?: number;
}

export interface DestinationState {
  type: 'SPREADSHEET';
  spreadsheetId: string;
  sheetId: number;
  columns: ColumnState[];
}

/** One answer: a string, or strings for CHECKBOX (choices) and GRID (one per row, '' = none). */
export type AnswerValue = string | string[];

export interface ResponseState {
  id: string;
  timestamp: number;
  /** '' when the form does not collect e-mail addresses. */
  email: string;
  answers: Array<{ itemId: number; value: AnswerValue }>;
  /** Who made it: a respondent through the form (fires triggers) or a script's submit(). */
  by: 'respondent' | 'script';
  /** The signed-in respondent (for the one-response-per-user rule), whether or not collected. */
  respondent?: string;
}

export interface FormState {
  id: string;
  /** The id in the responder URL (/forms/d/e/<publishedId>/viewform), distinct from the file id. */
  publishedId: string;
  title: string;
  /** The Drive file's name: the title given to create (absent in states saved before). */
  fileName?: string;
  /** A form from before publish settings existed (host-made only): no setPublished. */
  legacy?: boolean;
  description: string;
  owner: string;
  createdAt: number;
  published: boolean;
  /** Stored wish; the form accepts responses only while also published. */
  acceptingResponses: boolean;
  /** FormApp.EmailCollectionType name: DO_NOT_COLLECT | VERIFIED | RESPONDER_INPUT */
  emailCollection: string;
  requireLogin: boolean;
  allowResponseEdits: boolean;
  limitOneResponsePerUser: boolean;
  confirmationMessage: string;
  items: ItemState[];
  destination: DestinationState | null;
  responses: ResponseState[];
}

export interface FormsState {
  forms: Record<string, FormState>;
  /**
   * When setDestination's responses tab appears: 'deferred' (the default, the strict reading: not
   * before the execution that linked the form ends, so code must not expect it at once) or
   * 'immediate'. Google only says the responses are saved there (reference/forms/form#
   * setdestinationtype,-id); live runs show the tab arriving asynchronously.
   */
  destinationTabs?: 'deferred' | 'immediate';
}

export function formsState(emulator: Emulator): FormsState {
  const extra = emulator.state.extra;
  const current = extra.forms;
  if (current && typeof current === 'object' && current.forms) return current;
  const fresh: FormsState = { forms: {} };
  extra.forms = fresh;
  return fresh;
}

/**
 * Seen when a form id is wrong or not shared with the user (e.g. github.com/boilermaker-ben/
 * Google-Sheets-NFL-Pick-Ems-and-Survivor-Pool/issues/30; stevenschmatz/export-google-form#5).
 */
export const NO_ITEM_MESSAGE =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

/** FormApp's generic refusal of a bad edit (widely reported: bad bounds, points, choices). */
export const INVALID_DATA = 'Invalid data updating form.';

export function formState(emulator: Emulator, id: string): FormState {
  const form = formsState(emulator).forms[id];
  if (!form) throw new ServiceError(NO_ITEM_MESSAGE);
  return form;
}

export function itemState(form: FormState, itemId: number): ItemState {
  const item = form.items.find((i) => i.id === itemId);
  // The item was deleted while a view of it was still held.
  if (!item) throw new ServiceError(INVALID_DATA);
  return item;
}

/** Large integer ids as Forms gives them, derived from the workspace sequence (repeatable). */
export function nextItemId(emulator: Emulator): number {
  emulator.state.seq += 1;
  return 1_000_000_000 + emulator.state.seq * 7_919;
}
