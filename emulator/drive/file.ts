/** File and Folder (reference/drive/file, reference/drive/folder). */
import type { Emulates } from '../core/emulates';
import type { Emulator } from '../core/emulator';
import { notEmulated, ServiceError } from '../core/errors';
import { cloneTree, docsState } from '../docs/model';
import { treePlainText } from '../docs/render';
import { checkArgs, view } from './args';
import { blobBytes, isBlobLike, makeBlob, renameForType } from './blob';
import { itemPolicy, ItemBase, makeIteratorOf, registry, SERVICE } from './item';
import { minimalPdf } from './pdf';
import { addItem, canEdit, childrenOf, DOC_MIME, SHORTCUT_MIME, driveState, editableItem, FOLDER_MIME, NO_ITEM, readableItem, rootId, useDocumentQuota, type DriveItem } from './state';

const PDF = 'application/pdf';
const MARKDOWN = 'text/markdown';

/** The blob Drive exports for a file: Google Docs become PDF (or Markdown), uploads keep their bytes. */
export function exportBlob(emulator: Emulator, item: DriveItem, contentType: string | null): unknown {
  if (item.mimeType === DOC_MIME) {
    const tree = docsState(emulator).documents[item.id];
    const text = tree ? treePlainText(tree) : '';
    const type = contentType ?? PDF;
    // reference/drive/file#getascontenttype: for a Google Doc, 'application/pdf' and 'text/markdown'.
    if (type === PDF) return makeBlob(emulator, minimalPdf(item.name, text), PDF, renameForType(item.name, 'pdf'));
    if (type === MARKDOWN) return makeBlob(emulator, new TextEncoder().encode(text), MARKDOWN, renameForType(item.name, 'md'));
    throw new ServiceError(`Converting from ${item.mimeType} to ${type} is not supported.`);
  }
  const bytes = Uint8Array.from(Buffer.from(item.content ?? '', 'base64'));
  if (contentType === null || contentType === item.mimeType) return makeBlob(emulator, bytes, item.mimeType, item.name);
  if (contentType === PDF && item.mimeType.startsWith('text/')) {
    return makeBlob(emulator, minimalPdf(item.name, new TextDecoder().decode(bytes)), PDF, renameForType(item.name, 'pdf'));
  }
  throw new ServiceError(`Converting from ${item.mimeType} to ${contentType} is not supported.`);
}

export class FileImpl extends ItemBase implements Emulates<GoogleAppsScript.Drive.File, 'getAs' | 'getBlob' | 'getMimeType' | 'getSize' | 'getTargetId' | 'getTargetMimeType' | 'makeCopy' | 'setContent'> {
  readonly _kind = 'File';

  getMimeType(): string {
    return this._item.mimeType;
  }
  /** reference/drive/file#gettargetid: a shortcut's target, null for any other file. */
  getTargetId(): string | null {
    return this._item.targetId ?? null;
  }
  /** reference/drive/file#gettargetmimetype: the target's type, read as the user may see it. */
  getTargetMimeType(): string | null {
    const target = this._item.targetId;
    if (!target) return null;
    return readableItem(this._emulator, target).mimeType;
  }
  getSize(): number {
    const item = this._item;
    return item.mimeType === DOC_MIME ? 0 : Buffer.from(item.content ?? '', 'base64').length;
  }
  getBlob(): unknown {
    // A shortcut has no content of its own; what Drive gives for it is not sourced.
    if (this._item.mimeType === SHORTCUT_MIME) notEmulated('DriveApp.File.getBlob of a shortcut');
    return exportBlob(this._emulator, this._item, null);
  }
  /**
   * reference/drive/file#setcontentcontent: overwrites an uploaded file's content (10 MB at most).
   * A Google Doc has no such content: refused (stricter than the unverified real behaviour).
   */
  setContent(content: unknown): unknown {
    checkArgs(this._key('setContent'), [content], ['string']);
    const item = this._editable();
    if (item.mimeType === DOC_MIME) throw new ServiceError('Cannot set the content of a Google Docs file.');
    const bytes = Buffer.from(content as string, 'utf8');
    if (bytes.length > 10 * 1024 * 1024) throw new ServiceError('File content is too large (more than 10 MB).');
    item.content = bytes.toString('base64');
    item.updated = this._emulator.now();
    return this._self;
  }
  getAs(contentType: unknown): unknown {
    checkArgs(this._key('getAs'), [contentType], ['string']);
    return exportBlob(this._emulator, this._item, contentType as string);
  }
  /**
   * reference/drive/file#makecopy: (), (name), (destination), (name, destination). Without a name
   * the copy keeps the original's name (gas-fakes test/testdrive.js, run in live Apps Script:
   * makeCopy().getName() is the source's name); without a destination it goes beside the original. A copied
   * Google Doc carries the saved document (not unsaved edits of an open Document).
   */
  makeCopy(a?: unknown, b?: unknown): unknown {
    checkArgs(this._key('makeCopy'), [a, b], [], ['string'], ['kind:Folder'], ['string', 'kind:Folder']);
    const source = this._item;
    const name = typeof a === 'string' ? a : source.name;
    const folder = typeof a === 'string' ? b : a;
    let parentId: string;
    if (folder !== undefined) parentId = editableItem(this._emulator, (folder as { _id: string })._id).id;
    else {
      const parent = source.parents[0] === undefined ? undefined : driveState(this._emulator).items[source.parents[0]];
      parentId = parent && canEdit(this._emulator, parent) ? parent.id : rootId(this._emulator);
    }
    if (source.mimeType === DOC_MIME) useDocumentQuota(this._emulator);
    const copy = addItem(this._emulator, name, source.mimeType, parentId);
    copy.description = source.description;
    if (source.content !== undefined) copy.content = source.content;
    if (source.mimeType === DOC_MIME) {
      const docs = docsState(this._emulator).documents;
      const tree = docs[source.id];
      if (tree) docs[copy.id] = cloneTree(tree);
    }
    return makeFile(this._emulator, copy.id);
  }
}

export class FolderImpl extends ItemBase implements Emulates<GoogleAppsScript.Drive.Folder, 'addFile' | 'createFile' | 'createFolder' | 'createShortcut' | 'getFiles' | 'getFilesByName' | 'getFilesByType' | 'getFolders' | 'getFoldersByName' | 'getSize' | 'removeFile'> {
  readonly _kind = 'Folder';

  /** A folder takes no space of its own (gas-fakes test/testdrive.js: a new folder's size is 0). */
  getSize(): number {
    return 0;
  }

  private _children(): DriveItem[] {
    return childrenOf(this._emulator, this._item.id);
  }
  private _files(filter: (i: DriveItem) => boolean = () => true): unknown {
    const ids = this._children().filter((i) => i.mimeType !== FOLDER_MIME && filter(i)).map((i) => i.id);
    return makeIteratorOf(this._emulator, 'FileIterator', ids);
  }
  private _folders(filter: (i: DriveItem) => boolean = () => true): unknown {
    const ids = this._children().filter((i) => i.mimeType === FOLDER_MIME && filter(i)).map((i) => i.id);
    return makeIteratorOf(this._emulator, 'FolderIterator', ids);
  }

  getFiles(): unknown {
    return this._files();
  }
  getFilesByName(name: unknown): unknown {
    checkArgs(this._key('getFilesByName'), [name], ['string']);
    return this._files((i) => i.name === name);
  }
  getFilesByType(mimeType: unknown): unknown {
    checkArgs(this._key('getFilesByType'), [mimeType], ['string']);
    return this._files((i) => i.mimeType === mimeType);
  }
  getFolders(): unknown {
    return this._folders();
  }
  getFoldersByName(name: unknown): unknown {
    checkArgs(this._key('getFoldersByName'), [name], ['string']);
    return this._folders((i) => i.name === name);
  }
  createFolder(name: unknown): unknown {
    checkArgs(this._key('createFolder'), [name], ['string']);
    const parent = this._editable();
    return makeFolder(this._emulator, addItem(this._emulator, name as string, FOLDER_MIME, parent.id).id);
  }
  createFile(a: unknown, b?: unknown, c?: unknown): unknown {
    return createFileIn(this._emulator, this._editable().id, this._key('createFile'), a, b, c);
  }
  createShortcut(targetId: unknown): unknown {
    checkArgs(this._key('createShortcut'), [targetId], ['string']);
    return createShortcutIn(this._emulator, this._editable().id, targetId as string);
  }
  /** Deprecated in Apps Script but still working: files have one parent now, so this moves it. */
  addFile(file: unknown): unknown {
    checkArgs(this._key('addFile'), [file], ['kind:File']);
    const folder = this._editable();
    const item = editableItem(this._emulator, (file as { _id: string })._id);
    item.parents = [folder.id];
    return this._self;
  }
  removeFile(file: unknown): unknown {
    checkArgs(this._key('removeFile'), [file], ['kind:File']);
    const folder = this._editable();
    const item = editableItem(this._emulator, (file as { _id: string })._id);
    if (item.parents.includes(folder.id)) item.parents = [rootId(this._emulator, item.owner)];
    return this._self;
  }
}

/** createFile(blob) | (name, content) | (name, content, mimeType) in a folder. */
export function createFileIn(emulator: Emulator, folderId: string, key: string, a: unknown, b?: unknown, c?: unknown): unknown {
  let name: string;
  let type: string;
  let bytes: Uint8Array;
  if (isBlobLike(a) && b === undefined) {
    name = a.getName() ?? 'Untitled';
    type = a.getContentType() ?? 'application/octet-stream';
    bytes = blobBytes(a);
  } else {
    checkArgs(key, [a, b, c], ['string', 'string'], ['string', 'string', 'string']);
    name = a as string;
    type = (c as string | undefined) ?? 'text/plain';
    bytes = new TextEncoder().encode(b as string);
  }
  // Google types cannot be uploaded as content (the message is from memory, unverified).
  if (type.startsWith('application/vnd.google-apps.')) throw new ServiceError('Invalid argument: file.contentType');
  const item = addItem(emulator, name, type, folderId);
  item.content = Buffer.from(bytes).toString('base64');
  return makeFile(emulator, item.id);
}

/**
 * reference/drive/folder#createshortcuttargetid: a shortcut to a file or folder the user can read,
 * named after it (gas-fakes test/testdrivenew.js: the shortcut's name is the target's, its MIME
 * type application/vnd.google-apps.shortcut, getTargetId the target's id).
 */
export function createShortcutIn(emulator: Emulator, folderId: string, targetId: string): unknown {
  const target = readableItem(emulator, targetId);
  const item = addItem(emulator, target.name, SHORTCUT_MIME, folderId);
  item.targetId = target.id;
  return makeFile(emulator, item.id);
}

/** Host: a shortcut made by `owner` in their folder, to a target they may not be able to read. */
export function hostCreateShortcut(emulator: Emulator, folderId: string, targetId: string, name: string, owner = emulator.user): string {
  const item = addItem(emulator, name, SHORTCUT_MIME, folderId, owner);
  item.targetId = targetId;
  return item.id;
}

export function makeFile(emulator: Emulator, id: string): unknown {
  return view(emulator, SERVICE, new FileImpl(emulator, id), itemPolicy);
}
export function makeFolder(emulator: Emulator, id: string): unknown {
  return view(emulator, SERVICE, new FolderImpl(emulator, id), itemPolicy);
}

registry.file = makeFile;
registry.folder = makeFolder;

/** The item behind DriveApp.getFileById / getFolderById, refusing the other kind. */
export function itemOfKind(emulator: Emulator, id: string, folder: boolean): DriveItem {
  const item = readableItem(emulator, id);
  if ((item.mimeType === FOLDER_MIME) !== folder) throw new ServiceError(NO_ITEM);
  return item;
}
