/**
 * How a column is described: its Russian header, the kind of value it holds and whether it is
 * required. Tabs are read by header name, so the deputy may reorder, hide or add columns.
 */
import type { OptionSet } from '../domain/option-set';

export type TabKey =
  | 'teachers'
  | 'classes'
  | 'communities'
  | 'members'
  | 'programmes'
  | 'planItems'
  | 'outcomes'
  | 'sessions'
  | 'protocols'
  | 'decisions'
  | 'achievements'
  | 'selfDiagnoses'
  | 'feedback'
  | 'helpRequests'
  | 'studentSurveys'
  | 'documents'
  | 'mailings'
  | 'log'
  | 'settings'
  | 'communityPlans'
  | 'orders'
  | 'attachments'
  | 'coachingAgreements';

export type ColumnKind =
  | { type: 'id' }
  | { type: 'text' }
  | { type: 'longText' }
  | { type: 'email' }
  | { type: 'url' }
  | { type: 'date' }
  | { type: 'datetime' }
  | { type: 'time' }
  | { type: 'number'; min?: number; max?: number; integer?: boolean }
  | { type: 'option'; options: OptionSet<string> }
  /** Several options in one cell, separated by "; ". */
  | { type: 'options'; options: OptionSet<string> }
  /** The id of a record in another tab (a hidden column); `label` names the visible column. */
  | { type: 'ref'; tab: TabKey; label: string }
  | { type: 'refs'; tab: TabKey; label: string }
  /** The visible name of a referenced record, kept beside its id for people. */
  | { type: 'label'; of: string }
  /** Any value, checked elsewhere (the settings' values, each by its own setting's kind). */
  | { type: 'raw' };

export interface ColumnSpec {
  key: string;
  header: string;
  kind: ColumnKind;
  required?: boolean;
  /** Hidden from people (ids); still read and checked. */
  hidden?: boolean;
  /** Shown as the header's note: what to put here. */
  note?: string;
  width?: number;
  /**
   * What this column was headed in earlier versions: a book made then is still read by them, and
   * set-up writes the current header over it (nothing typed below moves).
   */
  formerHeaders?: readonly string[];
}

export interface TabSpec {
  key: TabKey;
  /** The sheet's name as the deputy sees it. */
  name: string;
  /** Prefix of generated ids ("T" → T000123). */
  idPrefix: string;
  columns: ColumnSpec[];
}

/** Separator of several values in one cell. */
export const LIST_SEPARATOR = '; ';

// Column constructors keep the tab files short and uniform.
export const col = {
  id: (): ColumnSpec => ({ key: 'id', header: 'ID', kind: { type: 'id' }, hidden: true, width: 90 }),
  text: (key: string, header: string, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ key, header, kind: { type: 'text' }, ...extra }),
  long: (key: string, header: string, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ key, header, kind: { type: 'longText' }, width: 280, ...extra }),
  date: (key: string, header: string, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ key, header, kind: { type: 'date' }, width: 100, ...extra }),
  time: (key: string, header: string, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ key, header, kind: { type: 'time' }, width: 70, ...extra }),
  number: (key: string, header: string, bounds: { min?: number; max?: number; integer?: boolean } = {}, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
    key,
    header,
    kind: { type: 'number', ...bounds },
    width: 90,
    ...extra,
  }),
  option: (key: string, header: string, options: OptionSet<string>, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ key, header, kind: { type: 'option', options }, ...extra }),
  options: (key: string, header: string, options: OptionSet<string>, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
    key,
    header,
    kind: { type: 'options', options },
    width: 240,
    ...extra,
  }),
  /** A reference: a visible name column and its hidden id column. */
  ref: (key: string, header: string, tab: TabKey, extra: Partial<ColumnSpec> = {}): ColumnSpec[] => [
    { key: `${key}Name`, header, kind: { type: 'label', of: `${key}Id` }, ...extra },
    { key: `${key}Id`, header: `${header} (ID)`, kind: { type: 'ref', tab, label: `${key}Name` }, hidden: true },
  ],
  refs: (key: string, header: string, tab: TabKey, extra: Partial<ColumnSpec> = {}): ColumnSpec[] => [
    { key: `${key}Names`, header, kind: { type: 'label', of: `${key}Ids` }, width: 240, ...extra },
    { key: `${key}Ids`, header: `${header} (ID)`, kind: { type: 'refs', tab, label: `${key}Names` }, hidden: true },
  ],
};
