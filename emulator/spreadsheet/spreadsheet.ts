/** Spreadsheet (reference/spreadsheet/spreadsheet): a view over one SpreadsheetState. */
import type { Emulator } from '../core/emulator';
import type { Emulates } from '../core/emulates';
import { ServiceError } from '../core/errors';
import { parseA1, toRect } from './a1';
import { isValidZone } from './dates';
import { factories, makeRange, makeSheet, type RangeView, type SpreadsheetView } from './factories';
import { sheetState, spreadsheetState } from './lookup';
import { lastColumn, lastRow } from './model';
import { checkArgs, view, type Viewable } from './policy';
import { makeUser, protectionsOf } from './protection';
import { addSheet } from './sheet-ops';
import type { SheetState, SpreadsheetState } from './state';
import { recordToast } from './ui';
import { addMetadata, metadataFinder, metadataViews } from './metadata';

/** The user's active sheet: the one they last activated, else the first visible one. */
export function activeSheet(emulator: Emulator, ss: SpreadsheetState): SheetState {
  const sel = ss.selection[emulator.user];
  const chosen = sel && ss.sheets.find((s) => s.sheetId === sel.sheetId);
  return chosen ?? ss.sheets.find((s) => !s.hidden) ?? ss.sheets[0]!;
}

export class SpreadsheetImpl implements Viewable, SpreadsheetView, Emulates<GoogleAppsScript.Spreadsheet.Spreadsheet, 'addDeveloperMetadata' | 'appendRow' | 'createDeveloperMetadataFinder' | 'deleteSheet' | 'getActiveRange' | 'getActiveSheet' | 'getCurrentCell' | 'getDataRange' | 'getDeveloperMetadata' | 'getId' | 'getLastColumn' | 'getLastRow' | 'getName' | 'getNamedRanges' | 'getNumSheets' | 'getOwner' | 'getProtections' | 'getRange' | 'getRangeByName' | 'getSheetById' | 'getSheetByName' | 'getSheets' | 'getSpreadsheetLocale' | 'getSpreadsheetTimeZone' | 'getUrl' | 'insertSheet' | 'removeNamedRange' | 'rename' | 'setActiveSheet' | 'setNamedRange' | 'setSpreadsheetLocale' | 'setSpreadsheetTimeZone' | 'toast'> {
  _self: unknown = null;
  readonly _kind = 'Spreadsheet' as const;
  constructor(
    private readonly emulator: Emulator,
    readonly _ssId: string,
  ) {}

  private get ss(): SpreadsheetState {
    return spreadsheetState(this.emulator, this._ssId);
  }
  private _active(): SheetState {
    return activeSheet(this.emulator, this.ss);
  }
  private _sheetView(sheet: SheetState): unknown {
    return makeSheet(this.emulator, this._ssId, sheet.sheetId);
  }
  /** Delegates to the active sheet (the Spreadsheet methods that act on it). */
  private onActive<T>(method: string, ...args: unknown[]): T {
    const sheet = this._sheetView(this._active()) as Record<string, (...a: unknown[]) => T>;
    return sheet[method]!(...args);
  }

  getId(): string {
    return this.ss.id;
  }
  addDeveloperMetadata(...args: unknown[]): unknown {
    addMetadata(this.emulator, 'Spreadsheet', this._ssId, null, args);
    return this._self;
  }
  /** spreadsheet#getdevelopermetadata: the top-level spreadsheet's own metadata only. */
  getDeveloperMetadata(): unknown[] {
    return metadataViews(this.emulator, this._ssId, (m) => m.sheetId === null);
  }
  createDeveloperMetadataFinder(): unknown {
    return metadataFinder(this.emulator, this._ssId, null);
  }
  getName(): string {
    return this.ss.name;
  }
  rename(name: unknown): void {
    checkArgs('Spreadsheet', 'rename', [name], ['string']);
    this.ss.name = name as string;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._ssId}/edit`;
  }
  getOwner(): unknown {
    return makeUser(this.emulator, this.ss.owner);
  }
  getSpreadsheetTimeZone(): string {
    return this.ss.timeZone;
  }
  setSpreadsheetTimeZone(timeZone: unknown): void {
    checkArgs('Spreadsheet', 'setSpreadsheetTimeZone', [timeZone], ['string']);
    if (!isValidZone(timeZone as string)) throw new ServiceError(`Invalid argument: timeZone`);
    // Stored serial numbers stay: the same wall-clock dates now mean other instants, as in Sheets.
    this.ss.timeZone = timeZone as string;
  }
  getSpreadsheetLocale(): string {
    return this.ss.locale;
  }
  setSpreadsheetLocale(locale: unknown): void {
    checkArgs('Spreadsheet', 'setSpreadsheetLocale', [locale], ['string']);
    this.ss.locale = locale as string;
  }

  getSheets(): unknown[] {
    return this.emulator.realm.Array.from(this.ss.sheets, (s) => this._sheetView(s));
  }
  getNumSheets(): number {
    return this.ss.sheets.length;
  }
  getSheetByName(name: unknown): unknown {
    checkArgs('Spreadsheet', 'getSheetByName', [name], ['string']);
    // Sheet names match case-insensitively in Sheets.
    const sheet = this.ss.sheets.find((s) => s.name.toLowerCase() === (name as string).toLowerCase());
    return sheet ? this._sheetView(sheet) : null;
  }
  getSheetById(id: unknown): unknown {
    checkArgs('Spreadsheet', 'getSheetById', [id], ['number']);
    const sheet = this.ss.sheets.find((s) => s.sheetId === id);
    return sheet ? this._sheetView(sheet) : null;
  }
  /** reference/spreadsheet/spreadsheet#insertsheet: (), (name), (index), (name, index). */
  insertSheet(a?: unknown, b?: unknown): unknown {
    checkArgs('Spreadsheet', 'insertSheet', [a, b], [], ['string'], ['number'], ['string', 'number']);
    const ss = this.ss;
    const name = typeof a === 'string' ? a : null;
    const index = typeof a === 'number' ? a : typeof b === 'number' ? b : null;
    const sheet = addSheet(ss, name, index);
    // The inserted sheet becomes the active one.
    ss.selection[this.emulator.user] = { sheetId: sheet.sheetId, rect: null };
    return this._sheetView(sheet);
  }
  deleteSheet(sheet: unknown): void {
    checkArgs('Spreadsheet', 'deleteSheet', [sheet], ['kind:Sheet']);
    const ss = this.ss;
    const id = (sheet as { _sheetId: number })._sheetId;
    const target = sheetState(ss, id);
    if (ss.sheets.length === 1) throw new ServiceError("You can't remove all the sheets in a document.");
    if (!target.hidden && ss.sheets.filter((s) => !s.hidden).length === 1) throw new ServiceError("You can't remove all the visible sheets in a document.");
    ss.sheets = ss.sheets.filter((s) => s.sheetId !== id);
    ss.protections = ss.protections.filter((p) => p.sheetId !== id);
    ss.namedRanges = ss.namedRanges.filter((n) => n.sheetId !== id);
    // spreadsheets.developerMetadata: "If the associated object is deleted its metadata is deleted too."
    if (ss.metadata) ss.metadata = ss.metadata.filter((m) => m.sheetId !== id);
    for (const [user, sel] of Object.entries(ss.selection)) if (sel.sheetId === id) delete ss.selection[user];
  }
  getActiveSheet(): unknown {
    return this._sheetView(this._active());
  }
  setActiveSheet(sheet: unknown): unknown {
    checkArgs('Spreadsheet', 'setActiveSheet', [sheet], ['kind:Sheet']);
    return (sheet as { activate(): unknown }).activate();
  }
  getActiveRange(): unknown {
    const ss = this.ss;
    const sheet = this._active();
    const sel = ss.selection[this.emulator.user];
    const rect = sel && sel.sheetId === sheet.sheetId && sel.rect ? sel.rect : { row: 1, column: 1, numRows: 1, numColumns: 1 };
    return makeRange(this.emulator, this._ssId, sheet.sheetId, rect);
  }
  getCurrentCell(): unknown {
    const range = this.getActiveRange() as RangeView;
    const { row, column } = range._rect;
    return makeRange(this.emulator, this._ssId, range._sheetId, { row, column, numRows: 1, numColumns: 1 });
  }

  /** Spreadsheet.getRange("'Лист 1'!A1:B2"), or on the active sheet without a sheet name. */
  getRange(a1: unknown): unknown {
    checkArgs('Spreadsheet', 'getRange', [a1], ['string']);
    const ss = this.ss;
    const parsed = parseA1(a1 as string);
    if (!parsed) throw new ServiceError('Range not found');
    const sheet = parsed.sheetName === null ? this._active() : ss.sheets.find((s) => s.name === parsed.sheetName);
    if (!sheet) throw new ServiceError('Range not found');
    const rect = toRect(parsed, sheet.maxRows, sheet.maxColumns);
    if (rect.row + rect.numRows - 1 > sheet.maxRows || rect.column + rect.numColumns - 1 > sheet.maxColumns) throw new ServiceError('Range not found');
    return makeRange(this.emulator, this._ssId, sheet.sheetId, rect);
  }
  getDataRange(): unknown {
    return this.onActive('getDataRange');
  }
  getLastRow(): number {
    return lastRow(this._active());
  }
  getLastColumn(): number {
    return lastColumn(this._active());
  }
  appendRow(row: unknown): unknown {
    checkArgs('Spreadsheet', 'appendRow', [row], ['array']);
    this.onActive('appendRow', row);
    return this.getActiveSheet();
  }

  // ---- named ranges -----------------------------------------------------------------------

  /** reference/spreadsheet/spreadsheet#setnamedrangename,-range: names are letters, digits, _. */
  setNamedRange(name: unknown, range: unknown): void {
    checkArgs('Spreadsheet', 'setNamedRange', [name, range], ['string', 'kind:Range']);
    const n = name as string;
    checkRangeName(n);
    const r = range as RangeView;
    const ss = this.ss;
    const existing = ss.namedRanges.find((x) => x.name.toLowerCase() === n.toLowerCase());
    if (existing) {
      existing.sheetId = r._sheetId;
      existing.rect = { ...r._rect };
    } else {
      ss.namedRanges.push({ name: n, sheetId: r._sheetId, rect: { ...r._rect } });
    }
  }
  getRangeByName(name: unknown): unknown {
    checkArgs('Spreadsheet', 'getRangeByName', [name], ['string']);
    const found = this.ss.namedRanges.find((x) => x.name.toLowerCase() === (name as string).toLowerCase());
    return found ? makeRange(this.emulator, this._ssId, found.sheetId, found.rect) : null;
  }
  getNamedRanges(): unknown[] {
    return this.emulator.realm.Array.from(this.ss.namedRanges, (n) => makeNamedRange(this.emulator, this._ssId, n.name));
  }
  removeNamedRange(name: unknown): void {
    checkArgs('Spreadsheet', 'removeNamedRange', [name], ['string']);
    const ss = this.ss;
    const before = ss.namedRanges.length;
    ss.namedRanges = ss.namedRanges.filter((x) => x.name.toLowerCase() !== (name as string).toLowerCase());
    if (ss.namedRanges.length === before) throw new ServiceError('Named range not found.');
  }

  getProtections(type: unknown): unknown[] {
    return protectionsOf(this.emulator, this.ss, type);
  }

  /** reference/spreadsheet/spreadsheet#toastmsg,-title,-timeoutseconds: recorded by the Ui module. */
  toast(msg: unknown, title?: unknown, timeoutSeconds?: unknown): void {
    checkArgs('Spreadsheet', 'toast', [msg, title, timeoutSeconds], ['any'], ['any', 'any'], ['any', 'any', 'number']);
    recordToast(this.emulator, this._ssId, String(msg), title === undefined ? '' : String(title), (timeoutSeconds as number | undefined) ?? 5);
  }
}

function checkRangeName(n: string): void {
  if (!/^[\p{L}_][\p{L}\p{N}_]{0,249}$/u.test(n) || /^[A-Za-z]{1,3}\d+$/.test(n) || /^(true|false)$/i.test(n)) {
    throw new ServiceError(`The range name "${n}" is not valid.`);
  }
}

function makeNamedRange(emulator: Emulator, ssId: string, name: string): unknown {
  // The view follows its own renames.
  let current = name;
  const find = () => {
    const found = spreadsheetState(emulator, ssId).namedRanges.find((n) => n.name === current);
    if (!found) throw new ServiceError('Named range not found.');
    return found;
  };
  const impl = {
    _self: null as unknown,
    _kind: 'NamedRange',
    getName: () => find().name,
    getRange: () => {
      const n = find();
      return makeRange(emulator, ssId, n.sheetId, n.rect);
    },
    // named-range#setnamename returns the named range, for chaining.
    setName: (newName: unknown): unknown => {
      checkArgs('NamedRange', 'setName', [newName], ['string']);
      const n = newName as string;
      checkRangeName(n);
      const taken = spreadsheetState(emulator, ssId).namedRanges.some((x) => x.name !== current && x.name.toLowerCase() === n.toLowerCase());
      // The wording is the emulator's: two named ranges cannot share a name.
      if (taken) throw new ServiceError(`A named range called "${n}" already exists.`);
      find().name = n;
      current = n;
      return impl._self;
    },
    remove: () => {
      const ss = spreadsheetState(emulator, ssId);
      ss.namedRanges = ss.namedRanges.filter((n) => n.name !== current);
    },
  };
  return view(emulator, impl satisfies Viewable & Emulates<GoogleAppsScript.Spreadsheet.NamedRange, 'getName' | 'getRange' | 'remove' | 'setName'>);
}

export function makeSpreadsheetView(emulator: Emulator, ssId: string): SpreadsheetImpl {
  return view(emulator, new SpreadsheetImpl(emulator, ssId));
}

factories.spreadsheet = makeSpreadsheetView;
