/**
 * The printf-style formatting of Utilities.formatString and Logger.log(format, values...)
 * (reference/utilities/utilities#formatstringtemplate,-args: "sprintf-like formatting using
 * '%'-style format strings"), and console's argument joining.
 */
import { ServiceError } from '../core/errors';
import { isDate } from '../core/realm';

const SPEC = /%([-+ 0#,]*)(\d+)?(?:\.(\d+))?([sdifxXoeEgGcbB%n])/g;

function padTo(text: string, width: number | undefined, flags: string): string {
  if (width === undefined || text.length >= width) return text;
  if (flags.includes('-')) return text + ' '.repeat(width - text.length);
  if (flags.includes('0') && /^[+-]?\d/.test(text)) {
    const sign = /^[+-]/.test(text) ? text.charAt(0) : '';
    const digits = sign ? text.slice(1) : text;
    return sign + '0'.repeat(width - text.length) + digits;
  }
  return ' '.repeat(width - text.length) + text;
}

/** How a value reads when printed as text by Apps Script's logging. */
export function stringify(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (isDate(value)) return value.toString();
  if (value instanceof Error || Object.prototype.toString.call(value) === '[object Error]') {
    const e = value as Error;
    return `${e.name}: ${e.message}`;
  }
  if (typeof value === 'object') {
    try {
      return JSON.stringify(value) ?? String(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

/**
 * Java's %.nf rounds HALF_UP on the shortest decimal form of the double (37.55 → "37.6"), where
 * Number#toFixed rounds the binary value (37.55 → "37.5").
 */
export function toFixedHalfUp(n: number, digits: number): string {
  const text = String(Math.abs(n));
  if (!Number.isFinite(n) || text.includes('e')) return n.toFixed(digits);
  const [whole = '0', frac = ''] = text.split('.');
  if (frac.length <= digits) return (n < 0 ? '-' : '') + whole + (digits > 0 ? '.' + frac.padEnd(digits, '0') : '');
  const kept = BigInt(whole + frac.slice(0, digits)) + (Number(frac.charAt(digits)) >= 5 ? 1n : 0n);
  const str = kept.toString().padStart(digits + 1, '0');
  const body = digits > 0 ? `${str.slice(0, -digits)}.${str.slice(-digits)}` : str;
  return (n < 0 && /[1-9]/.test(body) ? '-' : '') + body;
}

function toNumber(value: unknown, conversion: string): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (typeof value === 'boolean' || Number.isNaN(n)) {
    // java.util.IllegalFormatConversionException, e.g. "d != java.lang.String"
    throw new ServiceError(`${conversion} != ${typeof value === 'string' ? 'java.lang.String' : 'java.lang.Object'}`);
  }
  return n;
}

export function formatPrintf(template: string, args: readonly unknown[]): string {
  let next = 0;
  return template.replace(SPEC, (_m, flags: string, width: string | undefined, precision: string | undefined, conv: string) => {
    if (conv === '%') return '%';
    if (conv === 'n') return '\n';
    if (next >= args.length) throw new ServiceError(`Format specifier '%${conv}'`); // MissingFormatArgumentException
    const value = args[next++];
    const w = width === undefined ? undefined : Number(width);
    const p = precision === undefined ? undefined : Number(precision);
    let text: string;
    switch (conv) {
      case 's':
        text = stringify(value);
        if (p !== undefined) text = text.slice(0, p);
        break;
      case 'b':
      case 'B':
        text = String(value !== null && value !== undefined && value !== false);
        break;
      case 'c':
        text = typeof value === 'number' ? String.fromCharCode(value) : String(value).charAt(0);
        break;
      case 'd':
      case 'i': {
        const n = toNumber(value, conv);
        text = String(Math.trunc(n));
        if (flags.includes(',')) text = Math.trunc(n).toLocaleString('en-US');
        if (flags.includes('+') && n >= 0) text = '+' + text;
        break;
      }
      case 'f': {
        const n = toNumber(value, conv);
        text = toFixedHalfUp(n, p ?? 6);
        if (flags.includes('+') && n >= 0) text = '+' + text;
        break;
      }
      case 'e':
      case 'E': {
        const n = toNumber(value, conv);
        text = n.toExponential(p ?? 6).replace(/e([+-])(\d)$/, 'e$10$2');
        if (conv === 'E') text = text.toUpperCase();
        break;
      }
      case 'g':
      case 'G':
        text = String(Number(toNumber(value, conv).toPrecision(p ?? 6)));
        break;
      case 'x':
      case 'X':
        text = Math.trunc(toNumber(value, conv)).toString(16);
        if (conv === 'X') text = text.toUpperCase();
        break;
      case 'o':
        text = Math.trunc(toNumber(value, conv)).toString(8);
        break;
      default:
        text = String(value);
    }
    return padTo(text, w, flags);
  });
}

/** console.log(a, b, ...): a leading format string takes substitutions, the rest join with spaces. */
export function formatConsole(args: readonly unknown[]): string {
  if (args.length === 0) return '';
  const [first, ...rest] = args;
  let head = stringify(first);
  if (typeof first === 'string' && /%[sdifoOj%]/.test(first)) {
    head = first.replace(/%([sdifoOj%])/g, (m, c: string) => {
      if (c === '%') return '%';
      if (rest.length === 0) return m;
      const v = rest.shift();
      if (c === 'd' || c === 'i') return String(Math.trunc(Number(v)));
      if (c === 'f') return String(Number(v));
      return stringify(v);
    });
  }
  return [head, ...rest.map(stringify)].join(' ');
}
