/**
 * Developer metadata at the spreadsheet and sheet level (reference/spreadsheet/developer-metadata,
 * developer-metadata-finder, spreadsheet#adddevelopermetadatakey, sheet#adddevelopermetadatakey).
 * Stored in `SpreadsheetState.metadata`; a key without a value reads back as null
 * (developer-metadata#getvalue: "the value ... or null if this metadata has no value"); the
 * default visibility is DOCUMENT (gas-fakes test/testsheetsdeveloper.js, "Sheet metadata default
 * visibility", run against live Apps Script). Row and column metadata, and the size limits of
 * the Sheets API, are not emulated; metadata on any other range is refused with the message the
 * same suite records from live Apps Script.
 */
import type { Emulator } from '../core/emulator';
import { badSignature, describeArgs, ServiceError } from '../core/errors';
import { makeSheet, makeSpreadsheet } from './factories';
import { spreadsheetState } from './lookup';
import { checkArgs, view, type Viewable } from './policy';
import { enumValue } from './protection';
import type { MetadataState } from './state';
import type { Emulates } from '../core/emulates';

export const DeveloperMetadataVisibility = Object.freeze({
  DOCUMENT: enumValue('DeveloperMetadataVisibility', 'DOCUMENT', 0),
  PROJECT: enumValue('DeveloperMetadataVisibility', 'PROJECT', 1),
});
export const DeveloperMetadataLocationType = Object.freeze({
  SPREADSHEET: enumValue('DeveloperMetadataLocationType', 'SPREADSHEET', 0),
  SHEET: enumValue('DeveloperMetadataLocationType', 'SHEET', 1),
  ROW: enumValue('DeveloperMetadataLocationType', 'ROW', 2),
  COLUMN: enumValue('DeveloperMetadataLocationType', 'COLUMN', 3),
});

/** gas-fakes test/testsheetsdeveloper.js (the message live Apps Script gives). */
export const ARBITRARY_RANGE_MESSAGE =
  'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.';

type Visibility = 'DOCUMENT' | 'PROJECT';

function visibilityOf(value: unknown): Visibility | null {
  const name = value === undefined ? 'DOCUMENT' : String(value);
  return name === 'DOCUMENT' || name === 'PROJECT' ? name : null;
}

function list(emulator: Emulator, ssId: string): MetadataState[] {
  const ss = spreadsheetState(emulator, ssId);
  return (ss.metadata ??= []);
}

/** The four overloads: (key), (key, visibility), (key, value), (key, value, visibility). */
export function addMetadata(emulator: Emulator, cls: string, ssId: string, sheetId: number | null, args: unknown[]): void {
  const [key, second, third] = args;
  const isVisibility = (v: unknown) => v !== undefined && v !== null && typeof v === 'object' && visibilityOf(v) !== null;
  checkArgs(cls, 'addDeveloperMetadata', args, ['string'], ['string', 'string'], ['string', 'object'], ['string', 'string', 'object']);
  let value: string | null = null;
  let visibility: Visibility = 'DOCUMENT';
  if (args.length === 2 && isVisibility(second)) visibility = visibilityOf(second)!;
  else if (args.length >= 2) value = second as string;
  if (args.length === 3) {
    if (!isVisibility(third)) badSignature(describeArgs(args), `SpreadsheetApp.${cls}.addDeveloperMetadata`);
    visibility = visibilityOf(third)!;
  }
  const id = emulator.nextId('');
  list(emulator, ssId).push({ id: parseInt(id, 36), key: key as string, value, visibility, sheetId });
}

export function metadataViews(emulator: Emulator, ssId: string, where: (m: MetadataState) => boolean): unknown[] {
  return emulator.realm.Array.from(list(emulator, ssId).filter(where), (m) => metadataView(emulator, ssId, m.id));
}

function metadataView(emulator: Emulator, ssId: string, id: number): unknown {
  const find = (): MetadataState => {
    const m = list(emulator, ssId).find((x) => x.id === id);
    // A removed metadata's view: the Sheets API answers 404 for an unknown metadata id.
    if (!m) throw new ServiceError('Requested entity was not found.');
    return m;
  };
  const impl = {
    _self: null as unknown,
    _kind: 'DeveloperMetadata',
    getId: () => find().id,
    getKey: () => find().key,
    getValue: () => find().value,
    getVisibility: () => DeveloperMetadataVisibility[find().visibility],
    setKey(key: unknown): unknown {
      checkArgs('DeveloperMetadata', 'setKey', [key], ['string']);
      find().key = key as string;
      return impl._self;
    },
    setValue(value: unknown): unknown {
      checkArgs('DeveloperMetadata', 'setValue', [value], ['string']);
      find().value = value as string;
      return impl._self;
    },
    setVisibility(visibility: unknown): unknown {
      const name = visibilityOf(visibility);
      if (name === null || typeof visibility !== 'object') badSignature(describeArgs([visibility]), 'SpreadsheetApp.DeveloperMetadata.setVisibility');
      find().visibility = name!;
      return impl._self;
    },
    remove() {
      const all = list(emulator, ssId);
      const at = all.findIndex((x) => x.id === id);
      if (at >= 0) all.splice(at, 1);
    },
    moveToSpreadsheet(): unknown {
      find().sheetId = null;
      return impl._self;
    },
    moveToSheet(sheet: unknown): unknown {
      checkArgs('DeveloperMetadata', 'moveToSheet', [sheet], ['kind:Sheet']);
      find().sheetId = (sheet as { getSheetId(): number }).getSheetId();
      return impl._self;
    },
    getLocation: () => {
      const m = find();
      const location = {
        _self: null as unknown,
        _kind: 'DeveloperMetadataLocation',
        getLocationType: () => (m.sheetId === null ? DeveloperMetadataLocationType.SPREADSHEET : DeveloperMetadataLocationType.SHEET),
        getSpreadsheet: () => (m.sheetId === null ? makeSpreadsheet(emulator, ssId) : null),
        getSheet: () => (m.sheetId === null ? null : makeSheet(emulator, ssId, m.sheetId)),
        getRow: () => null,
        getColumn: () => null,
      };
      return view(emulator, location satisfies Viewable & Emulates<GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation, 'getColumn' | 'getLocationType' | 'getRow' | 'getSheet' | 'getSpreadsheet'>);
    },
  };
  return view(emulator, impl satisfies Viewable & Emulates<GoogleAppsScript.Spreadsheet.DeveloperMetadata, 'getId' | 'getKey' | 'getLocation' | 'getValue' | 'getVisibility' | 'moveToSheet' | 'moveToSpreadsheet' | 'remove' | 'setKey' | 'setValue' | 'setVisibility'>);
}

/** reference/spreadsheet/developer-metadata-finder: criteria combine with AND; find() runs them. */
export function metadataFinder(emulator: Emulator, ssId: string, sheetId: number | null): unknown {
  const criteria: Array<(m: MetadataState) => boolean> = [];
  const impl = {
    _self: null as unknown,
    _kind: 'DeveloperMetadataFinder',
    withKey(key: unknown): unknown {
      checkArgs('DeveloperMetadataFinder', 'withKey', [key], ['string']);
      criteria.push((m) => m.key === key);
      return impl._self;
    },
    withValue(value: unknown): unknown {
      checkArgs('DeveloperMetadataFinder', 'withValue', [value], ['string']);
      criteria.push((m) => m.value === value);
      return impl._self;
    },
    withId(id: unknown): unknown {
      checkArgs('DeveloperMetadataFinder', 'withId', [id], ['number']);
      criteria.push((m) => m.id === id);
      return impl._self;
    },
    withVisibility(visibility: unknown): unknown {
      const name = visibilityOf(visibility);
      if (name === null || typeof visibility !== 'object') badSignature(describeArgs([visibility]), 'SpreadsheetApp.DeveloperMetadataFinder.withVisibility');
      criteria.push((m) => m.visibility === name);
      return impl._self;
    },
    withLocationType(type: unknown): unknown {
      const name = String(type);
      criteria.push((m) => (m.sheetId === null ? 'SPREADSHEET' : 'SHEET') === name);
      return impl._self;
    },
    find: () => metadataViews(emulator, ssId, (m) => (sheetId === null || m.sheetId === sheetId) && criteria.every((c) => c(m))),
  };
  return view(emulator, impl satisfies Viewable & Emulates<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder, 'find' | 'withId' | 'withKey' | 'withLocationType' | 'withValue' | 'withVisibility'>);
}

/** Range#addDeveloperMetadata: whole rows and columns are valid but not emulated here. */
export function rangeMetadata(kind: string): never {
  throw new ServiceError(kind === 'arbitrary' ? ARBITRARY_RANGE_MESSAGE : 'SpreadsheetApp.Range.addDeveloperMetadata on a whole row or column is not emulated');
}
