/**
 * Templated HTML scriptlets (guides/html/templates): `<? code ?>` runs code, `<?= expr ?>` prints
 * the value escaped, `<?!= expr ?>` prints it as is. Template variables are the template object's
 * properties. The code is compiled with the add-on realm's Function, so the bundle's globals
 * (an `include(name)` helper, say) are in scope as they are in Apps Script.
 *
 * Apps Script escapes contextually (inside <script> it prints JavaScript literals); the emulator
 * escapes for HTML everywhere, which is the same or stricter for the add-on's pages.
 */
import { ServiceError } from '../core/errors';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

interface Segment {
  kind: 'text' | 'code' | 'print' | 'raw';
  text: string;
}

export function parseScriptlets(source: string): Segment[] {
  const segments: Segment[] = [];
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf('<?', i);
    if (open < 0) {
      segments.push({ kind: 'text', text: source.slice(i) });
      break;
    }
    if (open > i) segments.push({ kind: 'text', text: source.slice(i, open) });
    const close = source.indexOf('?>', open + 2);
    if (close < 0) throw new ServiceError('Unterminated scriptlet: a "<?" has no matching "?>".');
    let body = source.slice(open + 2, close);
    let kind: Segment['kind'] = 'code';
    if (body.startsWith('!=')) {
      kind = 'raw';
      body = body.slice(2);
    } else if (body.startsWith('=')) {
      kind = 'print';
      body = body.slice(1);
    }
    segments.push({ kind, text: body });
    i = close + 2;
  }
  return segments;
}

/** The JavaScript a template compiles to (what HtmlTemplate.getCode shows). */
export function templateCode(source: string): string {
  return parseScriptlets(source)
    .map((s) => {
      switch (s.kind) {
        case 'text':
          return `output._raw(${JSON.stringify(s.text)});`;
        case 'print':
          return `output._escaped(${s.text.trim()});`;
        case 'raw':
          return `output._raw(${s.text.trim()});`;
        case 'code':
          return s.text;
      }
    })
    .join('\n');
}

export interface TemplateOutput {
  append(text: unknown): TemplateOutput;
  appendUntrusted(text: unknown): TemplateOutput;
  _raw(value: unknown): void;
  _escaped(value: unknown): void;
  _text(): string;
}

export function templateOutput(): TemplateOutput {
  const parts: string[] = [];
  const out: TemplateOutput = {
    append(text) {
      parts.push(String(text));
      return out;
    },
    appendUntrusted(text) {
      parts.push(escapeHtml(String(text)));
      return out;
    },
    _raw(value) {
      parts.push(String(value));
    },
    _escaped(value) {
      parts.push(escapeHtml(String(value)));
    },
    _text: () => parts.join(''),
  };
  return out;
}

/** Runs a template with `vars` in scope; `FunctionCtor` is the add-on realm's Function. */
export function evaluateTemplate(source: string, vars: Record<string, unknown>, FunctionCtor: FunctionConstructor): string {
  const code = templateCode(source);
  // Sloppy-mode function so `with` can put the template's properties in scope.
  const run = new FunctionCtor('__vars', 'output', `with (__vars) {\n${code}\n}`) as (vars: unknown, out: unknown) => void;
  const out = templateOutput();
  run(vars, out);
  return out._text();
}
