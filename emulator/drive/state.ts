/**
 * Drive's plain-JSON state (`emulator.state.extra.drive`): every folder and file by id, one root
 * ("My Drive") per user, and the domain admin's sharing policy. A Google Doc is a file of MIME
 * type application/vnd.google-apps.document whose content lives in `extra.docs` under the same id.
 */
import type { Emulator } from '../core/emulator';
import { ServiceError } from '../core/errors';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const DOC_MIME = 'application/vnd.google-apps.document';
export const SHEET_MIME = 'application/vnd.google-apps.spreadsheet';
export const FORM_MIME = 'application/vnd.google-apps.form';
export const SHORTCUT_MIME = 'application/vnd.google-apps.shortcut';

/** reference/drive/access */
export const Access = {
  ANYONE: 'ANYONE',
  ANYONE_WITH_LINK: 'ANYONE_WITH_LINK',
  DOMAIN: 'DOMAIN',
  DOMAIN_WITH_LINK: 'DOMAIN_WITH_LINK',
  PRIVATE: 'PRIVATE',
} as const;

/** reference/drive/permission */
export const Permission = {
  VIEW: 'VIEW',
  EDIT: 'EDIT',
  COMMENT: 'COMMENT',
  OWNER: 'OWNER',
  ORGANIZER: 'ORGANIZER',
  FILE_ORGANIZER: 'FILE_ORGANIZER',
  NONE: 'NONE',
} as const;

export interface DriveItem {
  id: string;
  name: string;
  mimeType: string;
  /** Parent folder ids (one, as Drive has enforced since 2020). */
  parents: string[];
  owner: string;
  created: number;
  updated: number;
  trashed: boolean;
  description: string;
  access: string;
  permission: string;
  viewers: string[];
  editors: string[];
  /** Bytes of an uploaded (non-Google) file, base64. */
  content?: string;
  /** A shortcut's target (reference/drive/file#gettargetid). */
  targetId?: string;
}

export interface DrivePolicy {
  /**
   * The domain admin forbids sharing outside the domain (Admin console → Drive → Sharing
   * outside the organisation: OFF). Only meaningful for a Workspace account.
   */
  restrictExternalSharing: boolean;
}

export interface DriveState {
  items: Record<string, DriveItem>;
  /** The root folder ("My Drive") of each user, created when first used. */
  roots: Record<string, string>;
  policy: DrivePolicy;
}

export function driveState(emulator: Emulator): DriveState {
  const extra = emulator.state.extra;
  extra.drive ??= { items: {}, roots: {}, policy: { restrictExternalSharing: false } };
  return extra.drive;
}

/** The user's My Drive folder id, creating it on first use. */
export function rootId(emulator: Emulator, user = emulator.user): string {
  const drive = driveState(emulator);
  const existing = drive.roots[user];
  if (existing) return existing;
  const id = emulator.nextId('root');
  drive.items[id] = newItem(emulator, id, 'My Drive', FOLDER_MIME, [], user);
  drive.roots[user] = id;
  return id;
}

export function newItem(emulator: Emulator, id: string, name: string, mimeType: string, parents: string[], owner = emulator.user): DriveItem {
  const now = emulator.now();
  return {
    id,
    name,
    mimeType,
    parents,
    owner,
    created: now,
    updated: now,
    trashed: false,
    description: '',
    access: Access.PRIVATE,
    permission: Permission.NONE,
    viewers: [],
    editors: [],
  };
}

const DRIVE_ID_LENGTH = 33;

/** Host and services: adds an item to Drive under `parentId` and returns it. */
export function addItem(emulator: Emulator, name: string, mimeType: string, parentId: string, owner = emulator.user): DriveItem {
  // Drive ids are 28-44 characters of [-\w] (a Docs file's 44); add-ons check pasted ids by that shape.
  const id = emulator.nextId(mimeType === FOLDER_MIME ? 'fld' : mimeType === DOC_MIME ? 'doc' : 'fil').padEnd(DRIVE_ID_LENGTH, '_');
  const item = newItem(emulator, id, name, mimeType, [parentId], owner);
  driveState(emulator).items[id] = item;
  return item;
}

export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** Who may see the item: its owner, people it is shared with, or everyone its link class admits. */
export function canRead(emulator: Emulator, item: DriveItem, user = emulator.user): boolean {
  if (item.owner === user || item.editors.includes(user) || item.viewers.includes(user)) return true;
  if (item.access === Access.ANYONE || item.access === Access.ANYONE_WITH_LINK) return true;
  if (item.access === Access.DOMAIN || item.access === Access.DOMAIN_WITH_LINK) return domainOf(user) === domainOf(item.owner);
  // Items inside a folder shared with the user are visible too.
  const drive = driveState(emulator);
  return item.parents.some((p) => drive.items[p] !== undefined && canRead(emulator, drive.items[p]!, user));
}

export function canEdit(emulator: Emulator, item: DriveItem, user = emulator.user): boolean {
  if (item.owner === user || item.editors.includes(user)) return true;
  if ((item.access === Access.ANYONE || item.access === Access.ANYONE_WITH_LINK) && item.permission === Permission.EDIT) return true;
  if ((item.access === Access.DOMAIN || item.access === Access.DOMAIN_WITH_LINK) && item.permission === Permission.EDIT) {
    if (domainOf(user) === domainOf(item.owner)) return true;
  }
  const drive = driveState(emulator);
  return item.parents.some((p) => drive.items[p] !== undefined && canEdit(emulator, drive.items[p]!, user));
}

/**
 * Observed wording for an id that does not exist or that the user may not see
 * (github.com/chriskyfung/AutoFetcher-IG-Stories-to-GDrive/issues/112, 2024; older runtimes said
 * "No item with the given ID could be found, or you do not have permission to access it.").
 */
export const NO_ITEM = 'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

/** What DriveApp says when the user may not change an item or the domain forbids a share. */
export const ACCESS_DENIED = 'Access denied: DriveApp.';

/**
 * Spreadsheets and forms live in their own services' state; Drive sees them as files of their
 * Google MIME type in their owner's My Drive (reference/drive/drive-app#getfilebyidid opens any
 * file; gas-fakes test/testdrive.js opens spreadsheets through DriveApp). Made on first sight;
 * a spreadsheet's name is its Drive name.
 */
export function registerFile(emulator: Emulator, id: string): DriveItem | undefined {
  const drive = driveState(emulator);
  const existing = drive.items[id];
  const ss = emulator.state.spreadsheets[id];
  if (existing) {
    if (ss) existing.name = ss.name;
    return existing;
  }
  const forms = emulator.state.extra.forms?.forms;
  const form = forms?.[id];
  if (!ss && !form) return undefined;
  const owner = ss ? ss.owner : form!.owner;
  const item = newItem(emulator, id, ss ? ss.name : (form!.fileName ?? form!.title), ss ? SHEET_MIME : FORM_MIME, [rootId(emulator, owner)], owner);
  if (form) item.created = form.createdAt;
  drive.items[id] = item;
  return item;
}

/** The item as the current user may see it, or Apps Script's "No item ..." error. */
export function readableItem(emulator: Emulator, id: string): DriveItem {
  const item = registerFile(emulator, id);
  if (!item || !canRead(emulator, item)) throw new ServiceError(NO_ITEM);
  return item;
}

export function editableItem(emulator: Emulator, id: string): DriveItem {
  const item = readableItem(emulator, id);
  if (!canEdit(emulator, item)) throw new ServiceError(ACCESS_DENIED);
  return item;
}

/** Children of a folder that are not in the trash, in creation order. */
export function childrenOf(emulator: Emulator, folderId: string): DriveItem[] {
  return Object.values(driveState(emulator).items).filter((i) => i.parents.includes(folderId) && !i.trashed && canRead(emulator, i));
}

export function itemUrl(item: DriveItem): string {
  if (item.mimeType === FOLDER_MIME) return `https://drive.google.com/drive/folders/${item.id}`;
  if (item.mimeType === DOC_MIME) return `https://docs.google.com/document/d/${item.id}/edit?usp=drivesdk`;
  if (item.mimeType === SHEET_MIME) return `https://docs.google.com/spreadsheets/d/${item.id}/edit?usp=drivesdk`;
  if (item.mimeType === FORM_MIME) return `https://docs.google.com/forms/d/${item.id}/edit?usp=drivesdk`;
  return `https://drive.google.com/file/d/${item.id}/view?usp=drivesdk`;
}

/** Daily quota of documents created (guides/services/quotas: consumer 250, Workspace 1,500). */
export const DOCS_CREATED_QUOTA = 'documents created';

export function useDocumentQuota(emulator: Emulator): void {
  emulator.useQuota(DOCS_CREATED_QUOTA, emulator.state.accountType === 'consumer' ? 250 : 1500);
}
