/**
 * The preview's files of every document kind, over HTTP as a deputy downloads them: the PDF is a
 * real print of the document (its text read back by a PDF text extractor, unpdf, finds every word
 * of the document, Cyrillic included, no replacement marks), and the .docx says its language is
 * Russian and carries the Drive file's owner and times on the emulator's clock.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { documentText, driveState } from '@pds/emulator';
import { startPreview, type Preview } from '../../tools/preview/app-server';
import { DIST, type Addon } from '../helpers/addon';
import { docId, ok, school, selectRows, start, type Job } from '../helpers/documents';

// Chromium prints each document (about two seconds each on a quiet machine).
jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'test-output', 'documents');

/** Text of a PDF, page by page, as unpdf (pdf.js) extracts it; run in a child so its ES module loads as such. */
function pdfText(file: string): string {
  const script = `import fs from 'node:fs'; import { extractText, getDocumentProxy } from 'unpdf';
const pdf = await getDocumentProxy(new Uint8Array(fs.readFileSync(process.env.PDF_FILE)));
const { text } = await extractText(pdf, { mergePages: true });
process.stdout.write(text);`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, env: { ...process.env, PDF_FILE: file }, encoding: 'utf8' });
}

const KINDS: Array<[string, (addon: Addon) => Job]> = [
  ['passport', (a) => ok(start(a, 'passport'))],
  ['card', (a) => ok(start(a, 'card'))],
  ['conclusion', (a) => (selectRows(a, 'Программы', 'A2'), ok(start(a, 'conclusion', 'selected')))],
  ['protocol', (a) => ok(start(a, 'protocol'))],
  ['postRelease', (a) => ok(start(a, 'postRelease'))],
  ['annualReport', (a) => (selectRows(a, 'Сообщества', 'A2'), ok(start(a, 'annualReport', 'selected')))],
  ['monthlyPlan', (a) => (selectRows(a, 'Сессии и встречи', 'A2'), ok(start(a, 'monthlyPlan', 'selected')))],
];

let preview: Preview;
let dir: string;
const made: Array<{ kind: string; id: string }> = [];

beforeAll(async () => {
  const addon = school();
  for (const [kind, run] of KINDS) made.push({ kind, id: docId(run(addon)) });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'documents-files-'));
  addon.host.save(path.join(dir, 'state.json'));
  preview = await startPreview({ stateFile: path.join(dir, 'state.json'), port: 0, distDir: DIST, demo: false });
  fs.mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await preview?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const get = async (p: string) => Buffer.from(await (await fetch(`${preview.url}${p}`)).arrayBuffer());
const words = (text: string) => text.split(/\s+/).filter((w) => w !== '');

test.each(KINDS.map(([kind]) => [kind]))('%s: the PDF download is the document, Cyrillic text and all', async (kind) => {
  const { id } = made.find((m) => m.kind === kind)!;
  const bytes = await get(`/doc/${id}.pdf`);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const file = path.join(OUT, `preview-${kind}.pdf`);
  fs.writeFileSync(file, bytes);
  fs.writeFileSync(path.join(OUT, `preview-${kind}.html`), await get(`/doc/${id}`));
  const text = pdfText(file);
  expect(text).not.toContain('\uFFFD');
  expect((text.match(/[А-Яа-яЁё]/g) ?? []).length).toBeGreaterThan(200);
  // Every word of the document is in the print (the extractor may join neighbouring cells' words,
  // so the print is read with its spaces taken out).
  const squashed = text.replace(/\s+/g, '');
  const missing = [...new Set(words(documentText(preview.session.host.emulator, id)))].filter((w) => !squashed.includes(w));
  expect(missing).toEqual([]);
  // Only the document's text: nothing of it copied into the file's metadata.
  expect(bytes.toString('latin1')).not.toMatch(/\/Subject/);
});

test('the .docx: Russian as the language, the Drive file’s owner and times', async () => {
  const { id } = made.find((m) => m.kind === 'protocol')!;
  const zip = await JSZip.loadAsync(await get(`/doc/${id}.docx`));
  const styles = await zip.file('word/styles.xml')!.async('string');
  expect(styles).toMatch(/<w:lang w:val="ru-RU"/);
  const core = await zip.file('docProps/core.xml')!.async('string');
  const item = driveState(preview.session.host.emulator).items[id]!;
  expect(core).toContain(`<dc:creator>${item.owner}</dc:creator>`);
  expect(core).toContain('<dc:language>ru-RU</dc:language>');
  const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${iso(item.created)}</dcterms:created>`);
  expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${iso(item.updated)}</dcterms:modified>`);
  expect(core).not.toContain('Apps Script emulator');
  // The emulator's clock, not the machine's: the school's fixture runs in 2026.
  expect(item.created).toBeLessThan(Date.parse('2027-01-01'));
});
