/**
 * Blob (reference/base/blob): bytes, a content type and a name. Blobs are transient values, never
 * stored in state; Drive stores their bytes as base64 when a file is created from one.
 */
import type { Emulates } from '../core/emulates';
import type { Emulator } from '../core/emulator';
import { ServiceError } from '../core/errors';
import { checkArgs, view, type Viewable } from './args';

const KEY = 'Blob';

/** Any blob-like object (ours or another service's), read through its public methods. */
export interface BlobLike {
  getBytes(): ArrayLike<number>;
  getContentType(): string | null;
  getName(): string | null;
}

export function isBlobLike(value: unknown): value is BlobLike {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.getBytes === 'function' && typeof v.getContentType === 'function' && typeof v.getName === 'function';
}

/** Bytes of a blob-like value as an unsigned host array (Apps Script bytes are signed). */
export function blobBytes(blob: BlobLike): Uint8Array {
  return Uint8Array.from(Array.from(blob.getBytes(), (b) => b & 0xff));
}

/**
 * reference/drive/file#getascontenttype: the converted blob's name gets the new extension,
 * replacing whatever follows the last period ("ShoppingList.12.25.2014" → "ShoppingList.12.25.pdf").
 */
export function renameForType(name: string, extension: string): string {
  const dot = name.lastIndexOf('.');
  return `${dot > 0 ? name.slice(0, dot) : name}.${extension}`;
}

export class BlobImpl implements Viewable, Emulates<GoogleAppsScript.Base.Blob, 'copyBlob' | 'getAs' | 'getBlob' | 'getBytes' | 'getContentType' | 'getDataAsString' | 'getName' | 'isGoogleType' | 'setBytes' | 'setContentType' | 'setDataFromString' | 'setName'> {
  _self: unknown = null;
  readonly _kind = 'Blob';
  constructor(
    private readonly _emulator: Emulator,
    private _bytes: Uint8Array,
    private _type: string | null,
    private _name: string | null,
  ) {}

  getName(): string | null {
    return this._name;
  }
  setName(name: unknown): unknown {
    checkArgs(`${KEY}.setName`, [name], ['string']);
    this._name = name as string;
    return this._self;
  }
  getContentType(): string | null {
    return this._type;
  }
  setContentType(type: unknown): unknown {
    checkArgs(`${KEY}.setContentType`, [type], ['string']);
    this._type = type as string;
    return this._self;
  }
  /** Java bytes are signed: 0xC3 reads as -61 (reference/base/blob#getbytes returns Byte[]). */
  getBytes(): number[] {
    return this._emulator.realm.Array.from(this._bytes, (b) => (b > 127 ? b - 256 : b));
  }
  setBytes(bytes: unknown): unknown {
    checkArgs(`${KEY}.setBytes`, [bytes], ['array']);
    this._bytes = Uint8Array.from(bytes as number[], (b) => b & 0xff);
    return this._self;
  }
  /** UTF-8 unless told otherwise (reference/base/blob#getdataasstring). */
  getDataAsString(charset?: unknown): string {
    checkArgs(`${KEY}.getDataAsString`, [charset], [], ['string']);
    const label = (charset as string | undefined) ?? 'utf-8';
    return new TextDecoder(label).decode(this._bytes);
  }
  setDataFromString(text: unknown): unknown {
    checkArgs(`${KEY}.setDataFromString`, [text], ['string']);
    this._bytes = new TextEncoder().encode(text as string);
    return this._self;
  }
  copyBlob(): unknown {
    return makeBlob(this._emulator, this._bytes.slice(), this._type, this._name);
  }
  isGoogleType(): boolean {
    return false;
  }
  /** Only the identity conversion is emulated for plain blobs. */
  getAs(contentType: unknown): unknown {
    checkArgs(`${KEY}.getAs`, [contentType], ['string']);
    if (contentType === this._type) return this.copyBlob();
    throw new ServiceError(`Converting from ${this._type ?? 'unknown'} to ${String(contentType)} is not supported.`);
  }
  getBlob(): unknown {
    return this._self;
  }
  /** Host: the raw bytes. */
  _raw(): Uint8Array {
    return this._bytes;
  }
}

export function makeBlob(emulator: Emulator, bytes: Uint8Array, type: string | null, name: string | null): unknown {
  return view(emulator, 'Base', new BlobImpl(emulator, bytes, type, name), () => ({ access: 'limited' }));
}
