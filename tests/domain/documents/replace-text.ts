/** A stand-in for Apps Script's replaceText on one text element, strict where Java is strict. */

/** Java's Matcher replacement rules, as Apps Script's replaceText applies them. */
function javaReplacement(replacement: string, groups: readonly string[]): string {
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i];
    if (c === '\\') {
      i++;
      if (i >= replacement.length) throw new Error('character to be escaped is missing');
      out += replacement[i];
    } else if (c === '$') {
      const digit = replacement[++i] ?? '';
      if (!/[0-9]/.test(digit)) throw new Error('Illegal group reference');
      const group = groups[Number(digit)];
      if (group === undefined) throw new Error(`No group ${digit}`);
      out += group;
    } else out += c;
  }
  return out;
}

/** replaceText on one text element: an escaped literal reads the same in RE2 and in JS. */
export function replaceText(text: string, pattern: string, replacement: string): string {
  return text.replace(new RegExp(pattern, 'g'), (...m: unknown[]) => javaReplacement(replacement, m.slice(0, -2) as string[]));
}
