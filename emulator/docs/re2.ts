/**
 * replaceText / findText patterns: reference/document/body#replacetextsearchpattern,-replacement
 * says the pattern is a string (not a JavaScript RegExp) handled by Google's RE2 library, "which
 * limits the supported syntax". RE2 has no lookaround, no backreferences and no possessive or
 * atomic groups: such patterns are refused here. RE2-only syntax is translated for JavaScript:
 * (?P<name>), leading (?i)/(?s)/(?m) flags, \A, \z, \Q...\E, POSIX classes [[:alpha:]].
 * The replacement is literal text; `$` and `\` in it are refused (see literalReplacement).
 *
 * How Apps Script words a refused pattern is not documented; the message here names the RE2
 * reason and is marked unverified.
 */
import { ServiceError } from '../core/errors';

const POSIX: Record<string, string> = {
  alpha: 'A-Za-z', digit: '0-9', alnum: 'A-Za-z0-9', upper: 'A-Z', lower: 'a-z', space: '\\t\\n\\v\\f\\r ',
  punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9A-Fa-f', word: '\\w', blank: ' \\t', cntrl: '\\x00-\\x1f\\x7f',
};

function refuse(pattern: string, reason: string): never {
  throw new ServiceError(`Invalid regular expression pattern ${pattern}: ${reason}`);
}

const cache = new Map<string, RegExp>();

/** A global JavaScript RegExp equivalent to the RE2 pattern, or a refusal. */
export function compileRe2(pattern: string): RegExp {
  const cached = cache.get(pattern);
  if (cached) {
    cached.lastIndex = 0;
    return cached;
  }
  let flags = 'g';
  let src = pattern;
  const lead = /^\(\?([ims]+)\)/.exec(src);
  if (lead) {
    flags += lead[1]!;
    src = src.slice(lead[0].length);
  }
  let out = '';
  let inClass = false;
  let unicode = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      const n = src[i + 1];
      if (n === undefined) refuse(pattern, 'trailing \\');
      if (n === 'Q') {
        const end = src.indexOf('\\E', i + 2);
        const literal = src.slice(i + 2, end < 0 ? undefined : end);
        out += literal.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
        i = end < 0 ? src.length : end + 1;
        continue;
      }
      if (!inClass && /[1-9]/.test(n)) refuse(pattern, `invalid escape sequence: \\${n}`);
      if (n === 'k') refuse(pattern, 'invalid escape sequence: \\k');
      if (n === 'A' && !inClass) out += '^';
      else if (n === 'z' && !inClass) out += '$';
      else if (n === 'Z') refuse(pattern, 'invalid escape sequence: \\Z');
      else {
        if (n === 'p' || n === 'P') unicode = true;
        out += c + n;
      }
      i++;
      continue;
    }
    if (inClass) {
      if (c === '[' && src[i + 1] === ':') {
        const m = /^\[:(\^?)([a-z]+):\]/.exec(src.slice(i));
        if (m && POSIX[m[2]!] !== undefined) {
          if (m[1]) refuse(pattern, 'negated POSIX classes are not emulated');
          out += POSIX[m[2]!];
          i += m[0].length - 1;
          continue;
        }
      }
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      if (src[i + 1] === '^') out += src[++i];
      if (src[i + 1] === ']') out += '\\' + src[++i];
      continue;
    }
    if (c === '(' && src[i + 1] === '?') {
      const rest = src.slice(i + 2);
      if (/^(=|!|<=|<!)/.test(rest)) refuse(pattern, `invalid perl operator: (?${rest.slice(0, rest[0] === '<' ? 2 : 1)}`);
      if (rest.startsWith('>')) refuse(pattern, 'invalid perl operator: (?>');
      if (rest.startsWith('P<')) {
        out += '(?<';
        i += 3;
        continue;
      }
      if (!rest.startsWith(':') && !rest.startsWith('<')) refuse(pattern, 'inline flags are only emulated at the start of the pattern');
    }
    if ((c === '*' || c === '+' || c === '?' || c === '}') && src[i + 1] === '+') refuse(pattern, `bad repetition operator: ${c}+`);
    out += c;
  }
  if (unicode) flags += 'u';
  let re: RegExp;
  try {
    re = new RegExp(out, flags);
  } catch (error) {
    refuse(pattern, (error as Error).message);
  }
  cache.set(pattern, re);
  return re;
}

/**
 * The replacement of replaceText. reference/document/body#replacetextsearchpattern,-replacement
 * says that "a subset of the JavaScript regular expression features are not fully supported, such
 * as capture groups and mode modifiers", and never says how `$` or `\` in the replacement are read
 * (Java's Matcher, JavaScript's String.replace and a literal reading all differ). The strictest
 * reading: a replacement holding `$` (a group reference in both regex dialects) or `\` (an escape in
 * Java's) is refused as not emulated, so nothing can rely on either, whether or not the pattern
 * matches; any other replacement is inserted as it is.
 */
export function literalReplacement(replacement: string): string {
  const at = replacement.search(/[$\\]/);
  if (at >= 0) {
    const what = replacement[at] === '$' ? 'a group reference ($)' : 'an escape (\\)';
    throw new ServiceError(
      `replaceText with ${what} in the replacement is not emulated: Google documents capture groups in replaceText as not fully supported (reference/document/body#replacetextsearchpattern,-replacement)`,
    );
  }
  return replacement;
}
