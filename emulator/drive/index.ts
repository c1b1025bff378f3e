/**
 * DriveApp (reference/drive/drive-app) and host helpers to set up and inspect Drive. Service
 * objects are thin views over `emulator.state.extra.drive` (./state.ts).
 */
import type { Emulates } from '../core/emulates';
import type { Emulator } from '../core/emulator';
import { checkArgs, view, type Viewable } from './args';
import { createFileIn, createShortcutIn, itemOfKind, makeFile, makeFolder } from './file';
export { hostCreateShortcut } from './file';
import { inTrash, makeIteratorOf, READ, SERVICE, WRITE } from './item';
import { Access, addItem, canRead, driveState, FOLDER_MIME, itemUrl, Permission, rootId, type DriveItem } from './state';

export { Access, Permission, DOCS_CREATED_QUOTA, DOC_MIME, FOLDER_MIME } from './state';
export { pdfText } from './pdf';

class DriveAppImpl implements Viewable, Emulates<GoogleAppsScript.Drive.DriveApp, 'createFile' | 'createFolder' | 'createShortcut' | 'getFileById' | 'getFiles' | 'getFilesByName' | 'getFilesByType' | 'getFolderById' | 'getFolders' | 'getFoldersByName' | 'getRootFolder' | 'getTrashedFiles' | 'getTrashedFolders'> {
  _self: unknown = null;
  readonly _kind = 'DriveApp';
  readonly Access = Access;
  readonly Permission = Permission;

  constructor(private readonly _emulator: Emulator) {}

  private _all(folders: boolean, trashed = false, filter: (i: DriveItem) => boolean = () => true): string[] {
    const e = this._emulator;
    return Object.values(driveState(e).items)
      .filter((i) => (i.mimeType === FOLDER_MIME) === folders && i.parents.length > 0 && canRead(e, i) && inTrash(e, i) === trashed && filter(i))
      .map((i) => i.id);
  }

  getRootFolder(): unknown {
    return makeFolder(this._emulator, rootId(this._emulator));
  }
  /** reference/drive/drive-app#getfolderbyidid; an unknown id: "No item with the given ID ...". */
  getFolderById(id: unknown): unknown {
    checkArgs('DriveApp.getFolderById', [id], ['string']);
    return makeFolder(this._emulator, itemOfKind(this._emulator, id as string, true).id);
  }
  getFileById(id: unknown): unknown {
    checkArgs('DriveApp.getFileById', [id], ['string']);
    return makeFile(this._emulator, itemOfKind(this._emulator, id as string, false).id);
  }
  createFolder(name: unknown): unknown {
    checkArgs('DriveApp.createFolder', [name], ['string']);
    return makeFolder(this._emulator, addItem(this._emulator, name as string, FOLDER_MIME, rootId(this._emulator)).id);
  }
  createFile(a: unknown, b?: unknown, c?: unknown): unknown {
    return createFileIn(this._emulator, rootId(this._emulator), 'DriveApp.createFile', a, b, c);
  }
  /** reference/drive/drive-app#createshortcuttargetid: in the user's My Drive. */
  createShortcut(targetId: unknown): unknown {
    checkArgs('DriveApp.createShortcut', [targetId], ['string']);
    return createShortcutIn(this._emulator, rootId(this._emulator), targetId as string);
  }
  getFiles(): unknown {
    return makeIteratorOf(this._emulator, 'FileIterator', this._all(false));
  }
  getFilesByName(name: unknown): unknown {
    checkArgs('DriveApp.getFilesByName', [name], ['string']);
    return makeIteratorOf(this._emulator, 'FileIterator', this._all(false, false, (i) => i.name === name));
  }
  getFilesByType(mimeType: unknown): unknown {
    checkArgs('DriveApp.getFilesByType', [mimeType], ['string']);
    return makeIteratorOf(this._emulator, 'FileIterator', this._all(false, false, (i) => i.mimeType === mimeType));
  }
  getFolders(): unknown {
    return makeIteratorOf(this._emulator, 'FolderIterator', this._all(true));
  }
  getFoldersByName(name: unknown): unknown {
    checkArgs('DriveApp.getFoldersByName', [name], ['string']);
    return makeIteratorOf(this._emulator, 'FolderIterator', this._all(true, false, (i) => i.name === name));
  }
  getTrashedFiles(): unknown {
    return makeIteratorOf(this._emulator, 'FileIterator', this._all(false, true));
  }
  getTrashedFolders(): unknown {
    return makeIteratorOf(this._emulator, 'FolderIterator', this._all(true, true));
  }
}

const POLICY = (method: string) => (method.startsWith('create') ? WRITE : READ);

export function createDriveApp(emulator: Emulator): GoogleAppsScript.Drive.DriveApp {
  return view(emulator, SERVICE, new DriveAppImpl(emulator), POLICY) as unknown as GoogleAppsScript.Drive.DriveApp;
}

// ---- host helpers ---------------------------------------------------------------------------

export interface DriveListing {
  id: string;
  name: string;
  mimeType: string;
  /** Folder path from the owner's root, e.g. "My Drive/Школа/Иванов И. И.". */
  path: string;
  owner: string;
  trashed: boolean;
  url: string;
  access: string;
  permission: string;
  viewers: string[];
  editors: string[];
}

/** Host: every Drive file (not folders) with its folder path, in creation order. */
export function listDriveFiles(emulator: Emulator, options: { includeFolders?: boolean; includeTrashed?: boolean } = {}): DriveListing[] {
  const items = driveState(emulator).items;
  const pathOf = (item: DriveItem): string => {
    const names: string[] = [];
    let parent = item.parents[0] === undefined ? undefined : items[item.parents[0]];
    for (let depth = 0; parent && depth < 100; depth++) {
      names.unshift(parent.name);
      parent = parent.parents[0] === undefined ? undefined : items[parent.parents[0]];
    }
    return names.join('/');
  };
  return Object.values(items)
    .filter((i) => i.parents.length > 0 && (options.includeFolders || i.mimeType !== FOLDER_MIME) && (options.includeTrashed || !inTrash(emulator, i)))
    .map((i) => ({
      id: i.id,
      name: i.name,
      mimeType: i.mimeType,
      path: pathOf(i),
      owner: i.owner,
      trashed: inTrash(emulator, i),
      url: itemUrl(i),
      access: i.access,
      permission: i.access === Access.PRIVATE ? Permission.NONE : i.permission,
      viewers: [...i.viewers],
      editors: [...i.editors],
    }));
}

/** Host: the domain admin forbids (or allows) sharing outside the domain. */
export function setExternalSharingRestricted(emulator: Emulator, restricted: boolean): void {
  driveState(emulator).policy.restrictExternalSharing = restricted;
}

/** Host: a folder (in `parentId`, default the user's root) created without a service call. */
export function hostCreateFolder(emulator: Emulator, name: string, parentId?: string, owner = emulator.user): string {
  return addItem(emulator, name, FOLDER_MIME, parentId ?? rootId(emulator, owner), owner).id;
}

/** Host: the user's My Drive folder id. */
export function driveRootId(emulator: Emulator, user = emulator.user): string {
  return rootId(emulator, user);
}
