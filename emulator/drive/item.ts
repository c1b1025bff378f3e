/**
 * What File and Folder share (reference/drive/file, reference/drive/folder): identity, dates,
 * owner, parents, trash, and sharing with its enums and the domain admin's policy.
 */
import type { Emulates } from '../core/emulates';
import type { CallPolicy, Emulator } from '../core/emulator';
import { ServiceError } from '../core/errors';
import { checkArgs, kindOf, view, type Viewable } from './args';
import {
  ACCESS_DENIED,
  Access,
  domainOf,
  driveState,
  editableItem,
  FOLDER_MIME,
  itemUrl,
  Permission,
  readableItem,
  rootId,
  type DriveItem,
} from './state';

export const SERVICE = 'DriveApp';
export const SCOPE_DRIVE = 'https://www.googleapis.com/auth/drive';
export const SCOPE_READONLY = 'https://www.googleapis.com/auth/drive.readonly';
/** reference/drive/*: getters accept drive.readonly or drive; changes need the full drive scope. */
export const READ: CallPolicy = { access: 'full', scopes: [SCOPE_READONLY, SCOPE_DRIVE] };
export const WRITE: CallPolicy = { access: 'full', scopes: [SCOPE_DRIVE] };

const WRITES = new Set([
  'setName', 'setDescription', 'moveTo', 'setTrashed', 'setSharing', 'addViewer', 'addViewers', 'addEditor', 'addEditors',
  'removeViewer', 'removeEditor', 'setContent', 'createFolder', 'createFile', 'createShortcut', 'makeCopy', 'addFile', 'removeFile', 'addFolder', 'removeFolder',
]);
export const itemPolicy = (method: string): CallPolicy => (WRITES.has(method) ? WRITE : READ);

/** reference/drive/user */
export function makeDriveUser(emulator: Emulator, email: string): unknown {
  const target = {
    _self: null as unknown,
    _kind: 'User',
    getEmail: () => email,
    getName: () => email.split('@')[0] ?? email,
    getDomain: () => domainOf(email),
    // user#getphotourl: "returns null if the user's photo is not available".
    getPhotoUrl: () => null,
  };
  return view(emulator, SERVICE, target satisfies Emulates<GoogleAppsScript.Drive.User, 'getDomain' | 'getEmail' | 'getName' | 'getPhotoUrl', 'getPhotoUrl'>, () => READ);
}

function emailOf(value: unknown, key: string): string {
  if (typeof value === 'string') return value.trim();
  if (kindOf(value) === 'User') return (value as { getEmail(): string }).getEmail();
  checkArgs(key, [value], ['string']);
  return '';
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Whether the item or any folder above it is in the trash. */
export function inTrash(emulator: Emulator, item: DriveItem): boolean {
  const items = driveState(emulator).items;
  let current: DriveItem | undefined = item;
  for (let depth = 0; current && depth < 100; depth++) {
    if (current.trashed) return true;
    current = current.parents[0] === undefined ? undefined : items[current.parents[0]];
  }
  return false;
}

export abstract class ItemBase implements Viewable, Emulates<GoogleAppsScript.Drive.File, 'addEditor' | 'addEditors' | 'addViewer' | 'addViewers' | 'getDateCreated' | 'getDescription' | 'getEditors' | 'getId' | 'getLastUpdated' | 'getName' | 'getOwner' | 'getParents' | 'getSharingAccess' | 'getSharingPermission' | 'getUrl' | 'getViewers' | 'isTrashed' | 'moveTo' | 'removeEditor' | 'removeViewer' | 'setDescription' | 'setName' | 'setSharing' | 'setTrashed'>, Emulates<GoogleAppsScript.Drive.Folder, 'addEditor' | 'addEditors' | 'addViewer' | 'addViewers' | 'getDateCreated' | 'getDescription' | 'getEditors' | 'getId' | 'getLastUpdated' | 'getName' | 'getOwner' | 'getParents' | 'getSharingAccess' | 'getSharingPermission' | 'getUrl' | 'getViewers' | 'isTrashed' | 'moveTo' | 'removeEditor' | 'removeViewer' | 'setDescription' | 'setName' | 'setSharing' | 'setTrashed'> {
  _self: unknown = null;
  abstract readonly _kind: string;
  constructor(
    protected readonly _emulator: Emulator,
    readonly _id: string,
  ) {}

  protected get _item(): DriveItem {
    return readableItem(this._emulator, this._id);
  }
  protected _editable(): DriveItem {
    return editableItem(this._emulator, this._id);
  }
  protected _touch(item: DriveItem): void {
    item.updated = this._emulator.now();
  }
  /** reference/drive/folder: the signature errors name "DriveApp.Folder" (gas-fakes test/testdrive.js). */
  get _typeName(): string {
    return `${SERVICE}.${this._kind}`;
  }
  /** String(file) is its name (gas-fakes test/testdrive.js: the root folder is "My Drive"). */
  _toString(): string {
    return this._item.name;
  }

  protected _key(method: string): string {
    return `${SERVICE}.${this._kind}.${method}`;
  }

  getId(): string {
    return this._item.id;
  }
  getName(): string {
    return this._item.name;
  }
  setName(name: unknown): unknown {
    checkArgs(this._key('setName'), [name], ['string']);
    const item = this._editable();
    item.name = name as string;
    // A spreadsheet's Drive name is its name (Spreadsheet.getName reads it back).
    const ss = this._emulator.state.spreadsheets[item.id];
    if (ss) ss.name = name as string;
    this._touch(item);
    return this._self;
  }
  getDescription(): string | null {
    return this._item.description || null;
  }
  setDescription(description: unknown): unknown {
    checkArgs(this._key('setDescription'), [description], ['string']);
    const item = this._editable();
    item.description = description as string;
    this._touch(item);
    return this._self;
  }
  getUrl(): string {
    return itemUrl(this._item);
  }
  /** Dates of the add-on's realm on the emulator's clock. */
  getDateCreated(): Date {
    return new this._emulator.realm.Date(this._item.created);
  }
  getLastUpdated(): Date {
    return new this._emulator.realm.Date(this._item.updated);
  }
  getOwner(): unknown {
    return makeDriveUser(this._emulator, this._item.owner);
  }
  getParents(): unknown {
    const parents = this._item.parents.filter((p) => {
      const parent = driveState(this._emulator).items[p];
      return parent !== undefined && parent.mimeType === FOLDER_MIME;
    });
    return makeIteratorOf(this._emulator, 'FolderIterator', parents);
  }
  /** reference/drive/file#movetodestination: the user needs edit access to both. */
  moveTo(destination: unknown): unknown {
    checkArgs(this._key('moveTo'), [destination], ['kind:Folder']);
    const target = editableItem(this._emulator, (destination as { _id: string })._id);
    const item = this._editable();
    if (item.id === target.id) throw new ServiceError('Invalid argument: destination');
    item.parents = [target.id];
    this._touch(item);
    return this._self;
  }
  isTrashed(): boolean {
    return inTrash(this._emulator, this._item);
  }
  /** Only the owner may trash an item in My Drive (the stricter reading; editors get "Access denied"). */
  setTrashed(trashed: unknown): unknown {
    checkArgs(this._key('setTrashed'), [trashed], ['boolean']);
    const item = this._item;
    if (item.owner !== this._emulator.user) throw new ServiceError(ACCESS_DENIED);
    item.trashed = trashed as boolean;
    this._touch(item);
    return this._self;
  }

  // ---- sharing (reference/drive/file#setsharingaccesstype,-permissiontype) ---------------

  getSharingAccess(): string {
    return this._item.access;
  }
  getSharingPermission(): string {
    return this._item.access === Access.PRIVATE ? Permission.NONE : this._item.permission;
  }
  setSharing(accessType: unknown, permissionType: unknown): unknown {
    checkArgs(this._key('setSharing'), [accessType, permissionType], ['string', 'string']);
    const access = accessType as string;
    const permission = permissionType as string;
    if (!(access in Access)) throw new ServiceError('Invalid argument: accessType');
    // reference/drive/permission: OWNER, ORGANIZER and FILE_ORGANIZER "can be returned, but
    // passing it to setSharing throws an exception" (the message text is not documented).
    if (!(permission in Permission) || ['OWNER', 'ORGANIZER', 'FILE_ORGANIZER'].includes(permission)) {
      throw new ServiceError('Invalid argument: permissionType');
    }
    if (access !== Access.PRIVATE && permission === Permission.NONE) throw new ServiceError('Invalid argument: permissionType');
    const item = this._editable();
    const workspace = this._emulator.state.accountType === 'workspace';
    // reference/drive/access: DOMAIN and DOMAIN_WITH_LINK exist only for Workspace accounts.
    if (!workspace && (access === Access.DOMAIN || access === Access.DOMAIN_WITH_LINK)) throw new ServiceError(ACCESS_DENIED);
    // reference/drive/access: "Domain administrators can prohibit this setting ... passing this
    // value to File.setSharing throws an exception"; seen in logs as "Access denied: DriveApp."
    if (workspace && driveState(this._emulator).policy.restrictExternalSharing && (access === Access.ANYONE || access === Access.ANYONE_WITH_LINK)) {
      throw new ServiceError(ACCESS_DENIED);
    }
    item.access = access;
    item.permission = access === Access.PRIVATE ? Permission.NONE : permission;
    return this._self;
  }
  private _share(user: unknown, role: 'viewer' | 'editor', method: string): DriveItem {
    const email = emailOf(user, this._key(method));
    if (!EMAIL.test(email)) throw new ServiceError(`Invalid email: ${email}`);
    const item = this._editable();
    const policy = driveState(this._emulator).policy;
    const outside = domainOf(email) !== domainOf(item.owner);
    if (this._emulator.state.accountType === 'workspace' && policy.restrictExternalSharing && outside) throw new ServiceError(ACCESS_DENIED);
    if (email === item.owner) return item;
    if (role === 'editor') {
      item.viewers = item.viewers.filter((v) => v !== email);
      if (!item.editors.includes(email)) item.editors.push(email);
    } else if (!item.editors.includes(email) && !item.viewers.includes(email)) {
      // reference/drive/file#addvieweremailaddress: no effect on someone who is already an editor.
      item.viewers.push(email);
    }
    return item;
  }
  addViewer(user: unknown): unknown {
    this._share(user, 'viewer', 'addViewer');
    return this._self;
  }
  addViewers(emails: unknown): unknown {
    checkArgs(this._key('addViewers'), [emails], ['array']);
    for (const e of emails as unknown[]) this._share(e, 'viewer', 'addViewers');
    return this._self;
  }
  addEditor(user: unknown): unknown {
    this._share(user, 'editor', 'addEditor');
    return this._self;
  }
  addEditors(emails: unknown): unknown {
    checkArgs(this._key('addEditors'), [emails], ['array']);
    for (const e of emails as unknown[]) this._share(e, 'editor', 'addEditors');
    return this._self;
  }
  removeViewer(user: unknown): unknown {
    const email = emailOf(user, this._key('removeViewer'));
    const item = this._editable();
    item.viewers = item.viewers.filter((v) => v !== email);
    return this._self;
  }
  removeEditor(user: unknown): unknown {
    const email = emailOf(user, this._key('removeEditor'));
    const item = this._editable();
    item.editors = item.editors.filter((v) => v !== email);
    return this._self;
  }
  /** "If the user who executes the script does not have edit access ... returns an empty array." */
  getViewers(): unknown[] {
    const item = this._item;
    const list = this._emulator.user === item.owner || item.editors.includes(this._emulator.user) ? item.viewers : [];
    return this._emulator.realm.Array.from(list, (e) => makeDriveUser(this._emulator, e));
  }
  getEditors(): unknown[] {
    const item = this._item;
    const list = this._emulator.user === item.owner || item.editors.includes(this._emulator.user) ? item.editors : [];
    return this._emulator.realm.Array.from(list, (e) => makeDriveUser(this._emulator, e));
  }
}

// Filled by ./file.ts (breaks the import cycle between the base class and its subclasses).
export const registry: {
  file?: (emulator: Emulator, id: string) => unknown;
  folder?: (emulator: Emulator, id: string) => unknown;
} = {};

const ITERATOR_END = 'Cannot retrieve the next object: iterator has reached the end.';

/** FileIterator / FolderIterator over a snapshot of ids (reference/drive/file-iterator). */
export function makeIteratorOf(emulator: Emulator, kind: 'FileIterator' | 'FolderIterator', ids: string[]): unknown {
  let position = 0;
  const make = kind === 'FileIterator' ? registry.file! : registry.folder!;
  const target = {
    _self: null as unknown,
    _kind: kind,
    hasNext: () => position < ids.length,
    next: () => {
      if (position >= ids.length) throw new ServiceError(ITERATOR_END);
      return make(emulator, ids[position++]!);
    },
  };
  // Continuation tokens are not emulated: getContinuationToken throws "not emulated".
  return view(emulator, SERVICE, target satisfies Emulates<GoogleAppsScript.Drive.FileIterator, 'hasNext' | 'next'> & Emulates<GoogleAppsScript.Drive.FolderIterator, 'hasNext' | 'next'>, () => READ);
}

export function rootFolderId(emulator: Emulator): string {
  return rootId(emulator);
}
