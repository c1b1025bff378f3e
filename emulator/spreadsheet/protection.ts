/**
 * Protected ranges and sheets (reference/spreadsheet/protection). A protection that is not
 * warning-only stops writes by anyone who is neither the owner nor one of its editors; a
 * warning-only one shows a dialog to people and lets scripts through.
 */
import type { Emulates } from '../core/emulates';
import type { Emulator } from '../core/emulator';
import { ServiceError } from '../core/errors';
import { intersects, contains, sheetState, spreadsheetState, wholeSheet } from './lookup';
import { checkArgs, kindOf, view, type Viewable } from './policy';
import { makeRange, type RangeView } from './factories';
import type { ProtectionState, Rect, SheetState, SpreadsheetState } from './state';

/** The message Sheets gives a script that writes into a protected range. */
export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

function mayEdit(ss: SpreadsheetState, p: ProtectionState, user: string): boolean {
  return user === ss.owner || p.editors.includes(user);
}

/** Throws for a write by the current user into a rect a protection holds. */
export function assertEditable(emulator: Emulator, ss: SpreadsheetState, sheet: SheetState, rect: Rect): void {
  if (ss.protections.length === 0) return;
  const user = emulator.user;
  for (const p of ss.protections) {
    if (p.sheetId !== sheet.sheetId || p.warningOnly || mayEdit(ss, p, user)) continue;
    if (p.rect) {
      if (intersects(p.rect, rect)) throw new ServiceError(PROTECTED_MESSAGE);
    } else if (!p.unprotected.some((u) => contains(u, rect))) {
      throw new ServiceError(PROTECTED_MESSAGE);
    }
  }
}

export const ProtectionType = { RANGE: enumValue('ProtectionType', 'RANGE', 0), SHEET: enumValue('ProtectionType', 'SHEET', 1) };

/** An Apps Script enum value: prints as its name, has name() and ordinal(). */
export function enumValue(_enumName: string, name: string, ordinal: number): { toString(): string; name(): string; ordinal(): number; toJSON(): string } {
  return Object.freeze({ toString: () => name, name: () => name, ordinal: () => ordinal, toJSON: () => name });
}

export function newProtection(emulator: Emulator, ss: SpreadsheetState, sheet: SheetState, rect: Rect | null): ProtectionState {
  const creator = emulator.user;
  const p: ProtectionState = {
    id: emulator.nextId('prot'),
    type: rect ? 'RANGE' : 'SHEET',
    sheetId: sheet.sheetId,
    rect,
    unprotected: [],
    description: '',
    warningOnly: false,
    // reference/spreadsheet/range#protect: the new protection's editors are the owner and the
    // user who created it.
    editors: [...new Set([ss.owner, creator])],
  };
  ss.protections.push(p);
  return p;
}

function emailOf(user: unknown): string | null {
  if (typeof user === 'string') return user;
  if (kindOf(user) === 'User') return (user as { getEmail(): string }).getEmail();
  return null;
}

export function makeUser(emulator: Emulator, email: string): unknown {
  const user = { _self: null, _kind: 'User', getEmail: () => email, getUsername: () => email.split('@')[0] ?? email };
  return view(emulator, user satisfies Viewable & Emulates<GoogleAppsScript.Base.User, 'getEmail'>);
}

class ProtectionImpl implements Viewable, Emulates<GoogleAppsScript.Spreadsheet.Protection, 'addEditor' | 'addEditors' | 'canDomainEdit' | 'canEdit' | 'getDescription' | 'getEditors' | 'getProtectionType' | 'getRange' | 'getUnprotectedRanges' | 'isWarningOnly' | 'remove' | 'removeEditor' | 'removeEditors' | 'setDescription' | 'setUnprotectedRanges' | 'setWarningOnly'> {
  _self: unknown = null;
  readonly _kind = 'Protection';
  constructor(
    private readonly emulator: Emulator,
    private readonly ssId: string,
    private readonly id: string,
  ) {}

  private get state(): { ss: SpreadsheetState; p: ProtectionState } {
    const ss = spreadsheetState(this.emulator, this.ssId);
    const p = ss.protections.find((x) => x.id === this.id);
    // reference/spreadsheet/protection#remove: a removed protection can no longer be used.
    if (!p) throw new ServiceError('The protection has been removed.');
    return { ss, p };
  }

  private _edit(): ProtectionState {
    const { ss, p } = this.state;
    if (!mayEdit(ss, p, this.emulator.user)) throw new ServiceError(PROTECTED_MESSAGE);
    return p;
  }

  getProtectionType(): unknown {
    return ProtectionType[this.state.p.type];
  }
  getDescription(): string {
    return this.state.p.description;
  }
  setDescription(description: unknown): unknown {
    checkArgs('Protection', 'setDescription', [description], ['string']);
    this._edit().description = description as string;
    return this._self;
  }
  isWarningOnly(): boolean {
    return this.state.p.warningOnly;
  }
  setWarningOnly(warningOnly: unknown): unknown {
    checkArgs('Protection', 'setWarningOnly', [warningOnly], ['boolean']);
    this._edit().warningOnly = warningOnly as boolean;
    return this._self;
  }
  canEdit(): boolean {
    const { ss, p } = this.state;
    return p.warningOnly || mayEdit(ss, p, this.emulator.user);
  }
  canDomainEdit(): boolean {
    return false;
  }
  getEditors(): unknown[] {
    return this.emulator.realm.Array.from(this.state.p.editors, (e) => makeUser(this.emulator, e));
  }
  addEditor(user: unknown): unknown {
    const email = emailOf(user);
    if (email === null) checkArgs('Protection', 'addEditor', [user], ['string'], ['kind:User']);
    const p = this._edit();
    if (!p.editors.includes(email!)) p.editors.push(email!);
    return this._self;
  }
  addEditors(emails: unknown): unknown {
    checkArgs('Protection', 'addEditors', [emails], ['array']);
    for (const e of emails as unknown[]) this.addEditor(e);
    return this._self;
  }
  removeEditor(user: unknown): unknown {
    const email = emailOf(user);
    if (email === null) checkArgs('Protection', 'removeEditor', [user], ['string'], ['kind:User']);
    const { ss } = this.state;
    const p = this._edit();
    // The owner always stays an editor (reference/spreadsheet/protection#removeeditoremailaddress).
    if (email !== ss.owner) p.editors = p.editors.filter((e) => e !== email);
    return this._self;
  }
  removeEditors(emails: unknown): unknown {
    checkArgs('Protection', 'removeEditors', [emails], ['array']);
    for (const e of emails as unknown[]) this.removeEditor(e);
    return this._self;
  }
  getRange(): RangeView {
    const { ss, p } = this.state;
    const sheet = sheetState(ss, p.sheetId);
    return makeRange(this.emulator, this.ssId, p.sheetId, p.rect ?? wholeSheet(sheet));
  }
  getUnprotectedRanges(): unknown[] {
    const { p } = this.state;
    return this.emulator.realm.Array.from(p.unprotected, (r) => makeRange(this.emulator, this.ssId, p.sheetId, r));
  }
  setUnprotectedRanges(ranges: unknown): unknown {
    checkArgs('Protection', 'setUnprotectedRanges', [ranges], ['array']);
    const p = this._edit();
    // Only a sheet protection has exceptions; for a range protection Apps Script ignores them.
    if (p.type === 'SHEET') {
      p.unprotected = (ranges as RangeView[]).filter((r) => r._sheetId === p.sheetId).map((r) => ({ ...r._rect }));
    }
    return this._self;
  }
  remove(): void {
    const { ss } = this.state;
    this._edit();
    ss.protections = ss.protections.filter((x) => x.id !== this.id);
  }
}

export function makeProtection(emulator: Emulator, ssId: string, id: string): unknown {
  return view(emulator, new ProtectionImpl(emulator, ssId, id));
}

export function protectionsOf(emulator: Emulator, ss: SpreadsheetState, type: unknown, sheetId?: number): unknown[] {
  const name = String(type);
  if (name !== 'RANGE' && name !== 'SHEET') checkArgs(sheetId === undefined ? 'Spreadsheet' : 'Sheet', 'getProtections', [type], ['kind:ProtectionType']);
  const list = ss.protections.filter((p) => p.type === name && (sheetId === undefined || p.sheetId === sheetId));
  return emulator.realm.Array.from(list, (p) => makeProtection(emulator, ss.id, p.id));
}
