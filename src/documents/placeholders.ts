/**
 * The placeholder language of document templates, parsed from plain strings:
 * - `{{Имя}}`             scalar field;
 * - `{{Список.Поле}}`     field of an item of a collection (only in a table's template row);
 * - `{{?Поле=Подпись}}`   ☑ or ☐ for one option of an option field;
 * - anything else between `{{` and `}}`, an unclosed `{{` or a stray `}}` is malformed.
 *
 * Decisions, so a deputy typing by hand is not punished for invisible slips:
 * - Spaces (and the no-break spaces Docs inserts) just inside the braces are forgiven:
 *   `{{ ФИО }}` is the scalar `ФИО`, and around `.` and `=` too. Spaces inside a name are not.
 * - A placeholder ends at the first `}}`; braces inside one make it malformed, so `{{a{{b}}` is one
 *   malformed placeholder and `{{{ФИО}}}` reports `{{{ФИО}}` as malformed.
 * - Names are `[A-Za-zА-Яа-яЁё][A-Za-zА-Яа-яЁё0-9_]*`, compared exactly (Ё ≠ Е in names).
 * The raw text is always kept: replacement in the document matches it, spaces included.
 */

export const NAME_PATTERN = '[A-Za-zА-Яа-яЁё][A-Za-zА-Яа-яЁё0-9_]*';

const NAME = new RegExp(`^${NAME_PATTERN}$`);
const PLACEHOLDER = /\{\{([\s\S]*?)\}\}/g;
/** Ordinary spaces plus the no-break and thin spaces a document editor may insert. */
const SPACE = /^[\s\u00a0\u2007\u202f]+|[\s\u00a0\u2007\u202f]+$/g;

interface Span {
  /** The placeholder exactly as written, braces included. */
  raw: string;
  /** Offsets in the parsed string: raw === text.slice(start, end). */
  start: number;
  end: number;
}

export type Placeholder =
  | (Span & { kind: 'scalar'; name: string })
  | (Span & { kind: 'item'; collection: string; field: string })
  | (Span & { kind: 'option'; field: string; label: string })
  | (Span & { kind: 'malformed'; reason: MalformedReason });

/** syntax: bad text between the braces; unclosed: `{{` with no `}}`; stray: `}}` with no `{{`. */
export type MalformedReason = 'syntax' | 'unclosed' | 'stray';

function trim(text: string): string {
  return text.replace(SPACE, '');
}

/** How a fragment between `{{` and `}}` reads, or null when it breaks the language. */
function classify(inner: string): { kind: 'scalar'; name: string } | { kind: 'item'; collection: string; field: string } | { kind: 'option'; field: string; label: string } | null {
  const body = trim(inner);
  if (body.includes('{') || body.includes('}')) return null;
  if (body.startsWith('?')) {
    const eq = body.indexOf('=');
    if (eq < 0) return null;
    const field = trim(body.slice(1, eq));
    const label = trim(body.slice(eq + 1));
    return NAME.test(field) && label !== '' ? { kind: 'option', field, label } : null;
  }
  const parts = body.split('.');
  if (parts.length === 1) return NAME.test(body) ? { kind: 'scalar', name: body } : null;
  if (parts.length === 2) {
    const collection = trim(parts[0] ?? '');
    const field = trim(parts[1] ?? '');
    return NAME.test(collection) && NAME.test(field) ? { kind: 'item', collection, field } : null;
  }
  return null;
}

/** Stray `}}` and an unclosed `{{` in the text between two well-closed placeholders. */
function scanGap(text: string, from: number, to: number, out: Placeholder[]): void {
  const gap = text.slice(from, to);
  const open = gap.indexOf('{{');
  const closeLimit = open < 0 ? gap.length : open;
  for (let at = gap.indexOf('}}'); at >= 0 && at < closeLimit; at = gap.indexOf('}}', at + 2)) {
    out.push({ kind: 'malformed', reason: 'stray', raw: '}}', start: from + at, end: from + at + 2 });
  }
  if (open >= 0) {
    // An unclosed `{{` can only run to the end of the text: a later `}}` would have closed it.
    const start = from + open;
    out.push({ kind: 'malformed', reason: 'unclosed', raw: text.slice(start, to), start, end: to });
  }
}

/** Every placeholder of a string, in order of appearance. */
export function parsePlaceholders(text: string): Placeholder[] {
  const out: Placeholder[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const start = match.index;
    const raw = match[0];
    scanGap(text, last, start, out);
    const shape = classify(match[1] ?? '');
    const span = { raw, start, end: start + raw.length };
    out.push(shape ? { ...span, ...shape } : { ...span, kind: 'malformed', reason: 'syntax' });
    last = start + raw.length;
  }
  scanGap(text, last, text.length, out);
  return out;
}
