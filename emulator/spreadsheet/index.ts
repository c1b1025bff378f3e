/**
 * SpreadsheetApp (reference/spreadsheet/spreadsheet-app) and the host-side helpers tests and the
 * CLI use to set up and inspect spreadsheets.
 */
import type { Emulates } from '../core/emulates';
import type { Emulator } from '../core/emulator';
import { NEUTRAL_LOCALE } from '../core/state';
import { registerFile } from '../drive/state';
import { ServiceError } from '../core/errors';
import { parseA1, toRect } from './a1';
import { BooleanCriteria, newRuleBuilder, RelativeDate } from './conditional';
import { isValidZone, serialToInstant } from './dates';
import { makeSheet, makeSpreadsheet } from './factories';
import { Evaluator, FErr, formatAt, formulaAt } from './formula-eval';
import { spreadsheetState } from './lookup';
import { lastColumn, lastRow, newSheet } from './model';
import { displayValue, isDateFormat } from './numfmt';
import { DOC, OTHER, PURE, checkArgs, view, type Viewable } from './policy';
import { ProtectionType } from './protection';
import { Direction } from './navigation';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility } from './metadata';
import { RangeImpl } from './range';
import { sheetBaseName } from './sheet-ops';
import { activeSheet } from './spreadsheet';
import './sheet';
import type { SheetState, SpreadsheetState } from './state';
import { createUi } from './ui';
import { DataValidationCriteria, newBuilder } from './validation';

export const DEFAULT_LOCALE = NEUTRAL_LOCALE;

export interface NewSpreadsheetOptions {
  name: string;
  timeZone?: string;
  locale?: string;
  owner?: string;
  rows?: number;
  columns?: number;
}

function buildSpreadsheet(emulator: Emulator, options: NewSpreadsheetOptions): SpreadsheetState {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const timeZone = options.timeZone ?? emulator.state.scriptTimeZone;
  if (!isValidZone(timeZone)) throw new Error(`Unknown time zone ${timeZone}`);
  const id = emulator.nextId('ss');
  // A new spreadsheet has one 1000 x 26 sheet named in its locale ("Лист1" in ru_RU), gid 0.
  const ss: SpreadsheetState = {
    id,
    name: options.name,
    timeZone,
    locale,
    owner: options.owner ?? emulator.user,
    sheets: [newSheet(`${sheetBaseName(locale)}1`, 0, options.rows, options.columns)],
    protections: [],
    namedRanges: [],
    selection: {},
    nextSheetId: 0,
  };
  ss.nextSheetId = 1_403_519_327;
  emulator.state.spreadsheets[id] = ss;
  return ss;
}

/** Host: a new spreadsheet; it becomes the active one when there is none. Returns its id. */
export function createSpreadsheet(emulator: Emulator, options: NewSpreadsheetOptions): string {
  const ss = buildSpreadsheet(emulator, options);
  if (!emulator.state.activeSpreadsheetId) emulator.state.activeSpreadsheetId = ss.id;
  // A spreadsheet is a file in its owner's Drive from the start.
  registerFile(emulator, ss.id);
  return ss.id;
}

function findSheet(ss: SpreadsheetState, sheetName: string): SheetState {
  const sheet = ss.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`No sheet "${sheetName}" in ${ss.name}`);
  return sheet;
}

/** Host: the user selects `a1` on `sheetName` (their active sheet and selection change). */
export function selectRange(emulator: Emulator, spreadsheetId: string, sheetName: string, a1: string, user = emulator.user): void {
  const ss = spreadsheetState(emulator, spreadsheetId);
  const sheet = findSheet(ss, sheetName);
  const parsed = parseA1(a1);
  if (!parsed) throw new Error(`Bad A1 notation ${a1}`);
  ss.selection[user] = { sheetId: sheet.sheetId, rect: toRect(parsed, sheet.maxRows, sheet.maxColumns) };
}

export interface ReadOptions {
  /** Display strings (getDisplayValues) instead of typed values. */
  display?: boolean;
}

/**
 * Host: a sheet's data range as the add-on's getValues would see it (dates as host Dates), or as
 * display strings; not counted as service calls or cell reads.
 */
export function readSheet(emulator: Emulator, spreadsheetId: string, sheetName: string, options: ReadOptions = {}): unknown[][] {
  const ss = spreadsheetState(emulator, spreadsheetId);
  const sheet = findSheet(ss, sheetName);
  const ev = new Evaluator(ss, emulator.now());
  const rows = lastRow(sheet);
  const columns = lastColumn(sheet);
  const out: unknown[][] = [];
  for (let r = 1; r <= rows; r++) {
    const line: unknown[] = [];
    for (let c = 1; c <= columns; c++) {
      const v = formulaAt(sheet, r, c) === null ? (sheet.values[r - 1]?.[c - 1] ?? null) : ev.cellValue(sheet, r, c);
      const format = formatAt(sheet, r, c) ?? ev.cellFormat(sheet, r, c);
      if (v instanceof FErr) line.push(v.code);
      else if (options.display) line.push(displayValue(v, format, ss.locale));
      else if (v === null) line.push('');
      else if (typeof v === 'number' && isDateFormat(format)) line.push(new Date(serialToInstant(ss.timeZone, v)));
      else line.push(v);
    }
    out.push(line);
  }
  return out;
}

/** Host: writes rows at `a1`'s top-left cell as setValues would (for seeding scenarios). */
export function writeValues(emulator: Emulator, spreadsheetId: string, sheetName: string, a1: string, rows: unknown[][]): void {
  const ss = spreadsheetState(emulator, spreadsheetId);
  const sheet = findSheet(ss, sheetName);
  const parsed = parseA1(a1);
  if (!parsed) throw new Error(`Bad A1 notation ${a1}`);
  const start = toRect(parsed, sheet.maxRows, sheet.maxColumns);
  const width = Math.max(0, ...rows.map((r) => r.length));
  sheet.maxRows = Math.max(sheet.maxRows, start.row + rows.length - 1);
  sheet.maxColumns = Math.max(sheet.maxColumns, start.column + width - 1);
  rows.forEach((row, i) => {
    if (row.length === 0) return;
    new RangeImpl(emulator, spreadsheetId, sheet.sheetId, { row: start.row + i, column: start.column, numRows: 1, numColumns: row.length })._writeRow(row);
  });
}

class SpreadsheetAppImpl implements Viewable, Emulates<GoogleAppsScript.Spreadsheet.SpreadsheetApp, 'create' | 'flush' | 'getActive' | 'getActiveRange' | 'getActiveSheet' | 'getActiveSpreadsheet' | 'getCurrentCell' | 'getSelection' | 'getUi' | 'newConditionalFormatRule' | 'newDataValidation' | 'openById' | 'openByUrl' | 'setActiveRange' | 'setActiveSheet'> {
  _self: unknown = null;
  readonly _kind = 'SpreadsheetApp';
  readonly ProtectionType = ProtectionType;
  readonly Direction = Direction;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;
  readonly RelativeDate = RelativeDate;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;

  constructor(private readonly emulator: Emulator) {}

  /**
   * The execution's containing spreadsheet. reference/spreadsheet/spreadsheet-app#
   * getactivespreadsheet: "Returns the currently active spreadsheet, or null if there is none";
   * an add-on's time-driven or form-submit trigger runs with none (Emulator.container).
   */
  private _activeId(): string | null {
    const id = this.emulator.container;
    return id && this.emulator.state.spreadsheets[id] ? id : null;
  }

  getActiveSpreadsheet(): unknown {
    const id = this._activeId();
    return id ? makeSpreadsheet(this.emulator, id) : null;
  }
  getActive(): unknown {
    return this.getActiveSpreadsheet();
  }
  getActiveSheet(): unknown {
    const id = this._activeId();
    if (!id) return null;
    return makeSheet(this.emulator, id, activeSheet(this.emulator, spreadsheetState(this.emulator, id)).sheetId);
  }
  getActiveRange(): unknown {
    const ss = this.getActiveSpreadsheet() as { getActiveRange(): unknown } | null;
    return ss ? ss.getActiveRange() : null;
  }
  getCurrentCell(): unknown {
    const ss = this.getActiveSpreadsheet() as { getCurrentCell(): unknown } | null;
    return ss ? ss.getCurrentCell() : null;
  }
  getSelection(): unknown {
    const emulator = this.emulator;
    const ss = this.getActiveSpreadsheet() as { getActiveRange(): unknown; getCurrentCell(): unknown; getActiveSheet(): unknown } | null;
    if (!ss) return null;
    const selection = {
      _self: null as unknown,
      _kind: 'Selection',
      getActiveRange: () => ss.getActiveRange(),
      getCurrentCell: () => ss.getCurrentCell(),
      getActiveSheet: () => ss.getActiveSheet(),
    };
    return view(emulator, selection satisfies Viewable & Emulates<GoogleAppsScript.Spreadsheet.Selection, 'getActiveRange' | 'getActiveSheet' | 'getCurrentCell'>);
  }
  setActiveSheet(sheet: unknown): unknown {
    checkArgs('SpreadsheetApp', 'setActiveSheet', [sheet], ['kind:Sheet']);
    return (sheet as { activate(): unknown }).activate();
  }
  setActiveRange(range: unknown): unknown {
    checkArgs('SpreadsheetApp', 'setActiveRange', [range], ['kind:Range']);
    return (range as { activate(): unknown }).activate();
  }
  /** Writes apply at once here, so there is nothing to flush; the call still counts. */
  flush(): void {}

  /** reference/spreadsheet/spreadsheet-app#openbyidid. */
  openById(id: unknown): unknown {
    checkArgs('SpreadsheetApp', 'openById', [id], ['string']);
    if (!this.emulator.state.spreadsheets[id as string]) {
      throw new ServiceError('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    }
    return makeSpreadsheet(this.emulator, id as string);
  }
  openByUrl(url: unknown): unknown {
    checkArgs('SpreadsheetApp', 'openByUrl', [url], ['string']);
    const m = /\/spreadsheets\/d\/([^/?#]+)/.exec(url as string);
    if (!m || !this.emulator.state.spreadsheets[m[1]!]) {
      throw new ServiceError('Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.');
    }
    return makeSpreadsheet(this.emulator, m[1]!);
  }
  /** reference/spreadsheet/spreadsheet-app#createname,-rows,-columns: owned by the user. */
  create(name: unknown, rows?: unknown, columns?: unknown): unknown {
    checkArgs('SpreadsheetApp', 'create', [name, rows, columns], ['string'], ['string', 'number', 'number']);
    if (rows !== undefined && !((rows as number) >= 1 && (columns as number) >= 1)) throw new ServiceError('Invalid argument: rows');
    const active = this._activeId() ? spreadsheetState(this.emulator, this._activeId()!) : null;
    const ss = buildSpreadsheet(this.emulator, {
      name: name as string,
      locale: active?.locale ?? DEFAULT_LOCALE,
      owner: this.emulator.user,
      rows: rows as number | undefined,
      columns: columns as number | undefined,
    });
    registerFile(this.emulator, ss.id);
    return makeSpreadsheet(this.emulator, ss.id);
  }

  newDataValidation(): unknown {
    return newBuilder(this.emulator);
  }
  newConditionalFormatRule(): unknown {
    return newRuleBuilder(this.emulator);
  }
  getUi(): unknown {
    return createUi(this.emulator);
  }
}

const POLICY = (method: string) => {
  if (method === 'getUi') return { access: 'none' as const };
  if (method === 'openById' || method === 'openByUrl' || method === 'create') return OTHER;
  if (method === 'newDataValidation' || method === 'newConditionalFormatRule') return PURE;
  return DOC;
};

export function createSpreadsheetApp(emulator: Emulator): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return view(emulator, new SpreadsheetAppImpl(emulator), POLICY) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}

