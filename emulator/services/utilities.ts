/**
 * Utilities (reference/utilities/utilities). No authorization and no scope: access 'none'.
 * zip / gzip / computeHmac* / computeRsa* are not emulated (they throw).
 */
import { createHash } from 'node:crypto';
import type { Emulator } from '../core/emulator';
import { expose, uniform } from '../core/expose';
import { badSignature, describeArgs, ServiceError } from '../core/errors';
import { isDate } from '../core/realm';
import type { Emulates } from '../core/emulates';
import { makeBlob } from '../drive/blob';
import { formatDate } from './format-date';
import { formatPrintf } from './format-string';

/** reference/utilities/utilities#sleepmilliseconds: "The maximum allowed value is 300000 (or 5 minutes)." */
export const MAX_SLEEP_MS = 300000;

const DigestAlgorithm = Object.freeze({ MD2: 'MD2', MD5: 'MD5', SHA_1: 'SHA_1', SHA_256: 'SHA_256', SHA_384: 'SHA_384', SHA_512: 'SHA_512' });
const NODE_DIGEST: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };
/**
 * A blob's largest size: 50 MB (docs/platform.md «Uploads from the sidebar»: public reports; the
 * reference states none, so the emulator refuses past it). The message is the emulator's.
 */
export const MAX_BLOB_BYTES = 50 * 1024 * 1024;

const Charset = Object.freeze({ US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' });

/** Apps Script's Byte[] are Java bytes: -128..127. */
function signedBytes(emulator: Emulator, buffer: Buffer): number[] {
  return emulator.realm.Array.from(buffer, (b) => (b > 127 ? b - 256 : b));
}

/**
 * Text in US-ASCII as Java encodes it: each character (a whole surrogate pair counts as one) that
 * ASCII lacks becomes "?" (gas-fakes test/testutilities.js: "€🙂" digests as "??" in US_ASCII).
 */
function asciiBytes(text: string): Buffer {
  return Buffer.from([...text].map((ch) => (ch.length === 1 && ch.charCodeAt(0) < 128 ? ch.charCodeAt(0) : 0x3f)));
}

function toBuffer(value: unknown, charset: unknown, key: string, fallback: 'UTF_8' | 'US_ASCII' = 'UTF_8'): Buffer {
  if (typeof value === 'string') return (charset ?? fallback) === 'UTF_8' ? Buffer.from(value, 'utf8') : asciiBytes(value);
  if (Array.isArray(value) && value.every((b) => typeof b === 'number')) return Buffer.from((value as number[]).map((b) => b & 0xff));
  return badSignature(describeArgs([value]), key);
}

/** RFC 4180-style parsing, as Utilities.parseCsv does (quoted fields, "" escapes, CRLF or LF). */
export function parseCsv(csv: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < csv.length) {
    const c = csv.charAt(i);
    if (quoted) {
      if (c === '"' && csv.charAt(i + 1) === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i += 1;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (c === '\r' && csv.charAt(i + 1) === '\n') i += 1;
    } else field += c;
    i += 1;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function createUtilities(emulator: Emulator): GoogleAppsScript.Utilities.Utilities {
  const service = {
    DigestAlgorithm,
    Charset,

    // utilities#formatdatedate,-timezone,-format (SimpleDateFormat patterns)
    formatDate(date: unknown, timeZone: unknown, format: unknown) {
      if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
        badSignature(describeArgs([date, timeZone, format]), 'Utilities.formatDate');
      }
      if (Number.isNaN(date.getTime())) throw new ServiceError('Invalid argument: date');
      return formatDate(date.getTime(), timeZone, format);
    },

    // utilities#formatstringtemplate,-args: sprintf-like
    formatString(template: unknown, ...args: unknown[]) {
      if (typeof template !== 'string') badSignature(describeArgs([template, ...args]), 'Utilities.formatString');
      return formatPrintf(template, args);
    },

    // utilities#getuuid: a v4-shaped UUID; derived from state.seq so runs repeat.
    getUuid() {
      const seed = emulator.nextId('uuid-');
      const hex = createHash('sha256').update(seed).digest('hex');
      const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    },

    // utilities#sleepmilliseconds: advances the simulated clock; the time limit still applies.
    sleep(milliseconds: unknown) {
      if (typeof milliseconds !== 'number' || Number.isNaN(milliseconds)) badSignature(describeArgs([milliseconds]), 'Utilities.sleep');
      // The message past the maximum is not documented; the emulator's wording.
      if (milliseconds > MAX_SLEEP_MS) throw new ServiceError(`Argument too large: milliseconds (the maximum is ${MAX_SLEEP_MS})`);
      emulator.advance(Math.max(0, Math.floor(milliseconds)));
      emulator.checkBudget();
    },

    base64Encode(data: unknown, charset?: unknown) {
      return toBuffer(data, charset, 'Utilities.base64Encode').toString('base64');
    },
    base64EncodeWebSafe(data: unknown, charset?: unknown) {
      return toBuffer(data, charset, 'Utilities.base64EncodeWebSafe').toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
    },
    // utilities#base64decodeencoded: returns Byte[] (signed), not a string.
    base64Decode(encoded: unknown) {
      if (typeof encoded !== 'string') badSignature(describeArgs([encoded]), 'Utilities.base64Decode');
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded.replace(/\s/g, ''))) throw new ServiceError('Could not decode string.');
      return signedBytes(emulator, Buffer.from(encoded, 'base64'));
    },
    base64DecodeWebSafe(encoded: unknown) {
      if (typeof encoded !== 'string') badSignature(describeArgs([encoded]), 'Utilities.base64DecodeWebSafe');
      if (!/^[A-Za-z0-9_-]*={0,2}$/.test(encoded.replace(/\s/g, ''))) throw new ServiceError('Could not decode string.');
      return signedBytes(emulator, Buffer.from(encoded, 'base64url'));
    },

    // utilities#computedigestalgorithm,-value: Byte[] of the digest (strings hashed as UTF-8).
    // utilities#computedigestalgorithm,-value[,-charset]: a string without a charset is read as
    // US-ASCII; bytes take no charset (gas-fakes test/testutilities.js, «utilities digest»).
    computeDigest(algorithm: unknown, value: unknown, charset?: unknown, ...extra: unknown[]) {
      const name = NODE_DIGEST[String(algorithm)];
      const charsetOk = charset === undefined || (typeof value === 'string' && (charset === 'UTF_8' || charset === 'US_ASCII'));
      if (!name || typeof algorithm !== 'string' || !charsetOk || extra.length > 0 || value === undefined) {
        badSignature(describeArgs([algorithm, value, charset, ...extra].filter((a) => a !== undefined)), 'Utilities.computeDigest');
      }
      return signedBytes(emulator, createHash(name!).update(toBuffer(value, charset, 'Utilities.computeDigest', 'US_ASCII')).digest());
    },

    // utilities#newblobdata[,-contenttype[,-name]]: data is Byte[] (Java bytes, -128..127 — the
    // strictest reading: anything else is refused) or a String (UTF-8); type and name as given.
    newBlob(data: unknown, contentType?: unknown, name?: unknown, ...extra: unknown[]) {
      const bytesOk = Array.isArray(data) && data.every((b) => typeof b === 'number' && Number.isInteger(b) && b >= -128 && b <= 127);
      const optional = (v: unknown) => v === undefined || typeof v === 'string';
      if ((!bytesOk && typeof data !== 'string') || !optional(contentType) || !optional(name) || (name !== undefined && contentType === undefined) || extra.length > 0) {
        badSignature(describeArgs([data, contentType, name, ...extra].filter((a) => a !== undefined)), 'Utilities.newBlob');
      }
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from((data as number[]).map((b) => b & 0xff));
      if (bytes.length > MAX_BLOB_BYTES) throw new ServiceError(`Blob is too large: ${bytes.length} bytes (the maximum is ${MAX_BLOB_BYTES})`);
      return makeBlob(emulator, new Uint8Array(bytes), (contentType as string | undefined) ?? null, (name as string | undefined) ?? null);
    },

    // utilities#parsecsvcsv: String[][]
    parseCsv(csv: unknown, delimiter?: unknown) {
      if (typeof csv !== 'string' || (delimiter !== undefined && typeof delimiter !== 'string')) {
        badSignature(describeArgs([csv, delimiter].filter((a) => a !== undefined)), 'Utilities.parseCsv');
      }
      const rows = parseCsv(csv, delimiter === undefined ? ',' : delimiter.charAt(0));
      return emulator.realm.grid(rows);
    },
  };
  return expose(emulator, 'Utilities', 'Utilities', service satisfies Emulates<GoogleAppsScript.Utilities.Utilities, 'base64Decode' | 'base64DecodeWebSafe' | 'base64Encode' | 'base64EncodeWebSafe' | 'computeDigest' | 'formatDate' | 'formatString' | 'getUuid' | 'newBlob' | 'parseCsv' | 'sleep'>, uniform({ access: 'none' })) as unknown as GoogleAppsScript.Utilities.Utilities;
}
