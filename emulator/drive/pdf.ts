/**
 * A minimal valid PDF standing in for Google's export: one or more A4 pages showing the text lines
 * in Helvetica (characters outside Latin-1 appear as "?"), and the exact text (any script) in the
 * document information's Subject as a UTF-16 string, which `pdfText` reads back for tests.
 */

const LINES_PER_PAGE = 60;

function latin1(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const c = code < 32 || code > 255 ? '?' : ch;
    out += c === '(' || c === ')' || c === '\\' ? `\\${c}` : c;
  }
  return out;
}

function utf16Hex(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

export function minimalPdf(title: string, text: string): Uint8Array {
  const lines = text.split(/\r?\n|\r/);
  const pages: string[][] = [];
  for (let i = 0; i < Math.max(1, lines.length); i += LINES_PER_PAGE) pages.push(lines.slice(i, i + LINES_PER_PAGE));
  // Objects: 1 catalog, 2 pages, 3 font, 4 info, then a page and its content per page.
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 5 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[4] = `<< /Title ${utf16Hex(title)} /Subject ${utf16Hex(text)} /Producer (Apps Script emulator) >>`;
  pages.forEach((pageLines, i) => {
    const stream = ['BT', '/F1 11 Tf', '14 TL', '56 790 Td', ...pageLines.map((l) => `(${latin1(l)}) '`), 'ET'].join('\n');
    objects[5 + i * 2] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${6 + i * 2} 0 R >>`;
    objects[6 + i * 2] = `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`;
  });
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(out, 'latin1');
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** Host: the text a `minimalPdf` carries (null if the bytes are not one). */
export function pdfText(bytes: ArrayLike<number>): string | null {
  const s = Buffer.from(Uint8Array.from(Array.from(bytes, (b) => b & 0xff))).toString('latin1');
  if (!s.startsWith('%PDF-')) return null;
  const m = /\/Subject <FEFF([0-9A-F]*)>/.exec(s);
  if (!m) return null;
  let text = '';
  for (let i = 0; i < m[1]!.length; i += 4) text += String.fromCharCode(parseInt(m[1]!.slice(i, i + 4), 16));
  return text;
}
