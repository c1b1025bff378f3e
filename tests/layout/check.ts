/**
 * `npm run check:documents`: every document kind of a school with long real names and five or
 * more rows per table, made by the BUILT add-on on the emulator, downloaded as .docx, printed by
 * LibreOffice (a client nobody here wrote) to PDF and PNG pictures in test-output/documents/, and
 * checked there: no word or date broken inside a cell, nothing past the page's margins, no table
 * wider than the page's text. Before that, a canary: a document made to break a date and to run
 * past the margin must be caught, or the check itself fails (a blind check passes everything).
 * Needs `soffice` (libreoffice-writer-nogui) and `pdftotext`/`pdftoppm` (poppler-utils).
 * Exit code 1 on any problem.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { documentDocx, documentText, documentTree, treeDocx, emptyTree, paragraphNode, tableNode, type DocTree, type TableNode, pageOf } from '@pds/emulator';
import type { Addon } from '../helpers/addon';
import { docId, ok, selectRows, start, type Job } from '../helpers/documents';
import { brokenWords, parseBbox, pastMargins, signaturesAlone, type Margins } from './detect';
import { longSchool } from './school';

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'test-output', 'documents');

interface Printed {
  name: string;
  tree: DocTree;
  text: string;
}

function margins(tree: DocTree): Margins {
  const page = pageOf(tree.body);
  return { top: page.marginTop, bottom: page.marginBottom, left: page.marginLeft, right: page.marginRight };
}

/** Tables wider than the page's text (a table's border past the margin holds no word to see). */
function tooWide(tree: DocTree): string[] {
  const page = pageOf(tree.body);
  const text = page.width - page.marginLeft - page.marginRight;
  return tree.body.children
    .filter((b): b is TableNode => b.type === 'TABLE')
    .map((t) => (t.columnWidths ?? []).reduce<number>((sum, w) => sum + (w ?? 0), 0))
    .filter((total) => total > text + 0.5)
    .map((total) => `таблица шириной ${total.toFixed(1)} pt при ширине текста ${text.toFixed(1)} pt`);
}

function makeDocuments(addon: Addon, rows: ReturnType<typeof longSchool>['rows']): Array<{ kind: string; id: string }> {
  const made: Array<{ kind: string; id: string }> = [];
  // LAYOUT_KINDS=communityPlan,planOrder prints only those kinds (LibreOffice is slow).
  const only = process.env.LAYOUT_KINDS?.split(',').filter(Boolean);
  const one = (kind: string, job: Job) => {
    if (only && !only.includes(kind)) return;
    if (job.failures.length) throw new Error(`${kind}: ${JSON.stringify(job.failures)}`);
    made.push({ kind, id: docId(job) });
  };
  one('passport', ok(start(addon, 'passport')));
  one('card', ok(start(addon, 'card')));
  selectRows(addon, 'Программы', `A${rows.programme}`);
  one('conclusion', ok(start(addon, 'conclusion', 'selected')));
  selectRows(addon, 'Протоколы', `A${rows.protocol}`);
  one('protocol', ok(start(addon, 'protocol', 'selected')));
  selectRows(addon, 'Сессии и встречи', `A${rows.event}`);
  one('postRelease', ok(start(addon, 'postRelease', 'selected')));
  selectRows(addon, 'Сессии и встречи', `A${rows.planSession}`);
  one('monthlyPlan', ok(start(addon, 'monthlyPlan', 'selected')));
  one('communityPlan', ok(start(addon, 'communityPlan')));
  one('leadersOrder', ok(start(addon, 'leadersOrder')));
  one('planOrder', ok(start(addon, 'planOrder')));
  one('coachingSchedule', ok(start(addon, 'coachingSchedule')));
  // The year's final report, after it ended.
  addon.emulator.setClock('2027-06-15T10:00:00+07:00');
  one('annualReport', ok(start(addon, 'annualReport')));
  return made;
}

/** Documents built to fail: a date in a column too narrow for it, a table wider than the page. */
function canaries(): Printed[] {
  const narrow = emptyTree();
  const table = tableNode([['Дата', 'Тема'], ['27.02.2026', 'Игровые приёмы на уроке']]);
  table.columnWidths = [32, 300];
  narrow.body.children = [paragraphNode('Проверка: дата в узкой колонке'), table];
  const wide = emptyTree();
  const broad = tableNode([['Слева', 'Справа далеко за полем']]);
  broad.columnWidths = [300, 400];
  wide.body.children = [paragraphNode('Проверка: таблица шире страницы'), broad];
  return [
    { name: 'canary-narrow', tree: narrow, text: 'Проверка: дата в узкой колонке Дата Тема 27.02.2026 Игровые приёмы на уроке' },
    { name: 'canary-wide', tree: wide, text: 'Проверка: таблица шире страницы Слева Справа далеко за полем' },
  ];
}

function run(tool: string, args: string[]): void {
  execFileSync(tool, args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

async function main(): Promise<void> {
  const started = Date.now();
  fs.mkdirSync(OUT, { recursive: true });
  for (const f of fs.readdirSync(OUT)) if (/^(layout-|canary-).*\.(docx|pdf|png|html)$/.test(f)) fs.rmSync(path.join(OUT, f));

  const { addon, rows } = longSchool();
  const docs: Printed[] = [];
  for (const { kind, id } of makeDocuments(addon, rows)) {
    const name = `layout-${kind}`;
    fs.writeFileSync(path.join(OUT, `${name}.docx`), await documentDocx(addon.emulator, id));
    docs.push({ name, tree: documentTree(addon.emulator, id), text: documentText(addon.emulator, id) });
  }
  const checks = canaries();
  for (const c of checks) fs.writeFileSync(path.join(OUT, `${c.name}.docx`), await treeDocx(c.tree, { title: c.name, creator: 'check', created: new Date(0), modified: new Date(0) }));

  // One LibreOffice run for every file, with a profile of its own (others may run soffice too).
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
  try {
    const files = [...docs, ...checks].map((d) => path.join(OUT, `${d.name}.docx`));
    run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, ...files]);
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }

  const inspect = (d: Printed) => {
    const pdf = path.join(OUT, `${d.name}.pdf`);
    const bbox = path.join(OUT, `${d.name}.html`);
    run('pdftotext', ['-bbox', pdf, bbox]);
    run('pdftoppm', ['-r', '70', '-png', pdf, path.join(OUT, d.name)]);
    const pages = parseBbox(fs.readFileSync(bbox, 'utf8'));
    fs.rmSync(bbox);
    const problems = [
      ...brokenWords(d.text, pages).map((b) => (b.pieces ? `разорвано слово «${b.word}»: ${b.pieces.map((p) => `«${p}»`).join(' + ')}` : `нет слова «${b.word}»`)),
      ...pastMargins(pages, margins(d.tree)).map((o) => `стр. ${o.page}: «${o.word}» за полем (${o.side}) на ${o.by} pt`),
      ...tooWide(d.tree),
      ...signaturesAlone(pages).map((n) => `стр. ${n}: открывается подписями, оторванными от текста`),
    ];
    return { pages: pages.length, problems };
  };

  let failed = false;
  for (const c of checks) {
    const { problems } = inspect(c);
    if (problems.length === 0) {
      failed = true;
      console.log(`✗ ${c.name}: the check did not catch what this document was built to show`);
    }
  }
  for (const d of docs) {
    const { pages, problems } = inspect(d);
    console.log(`${problems.length ? '✗' : '✓'} ${d.name}: ${pages} стр.${problems.length ? '' : ', без разрывов и выходов за поля'}`);
    for (const p of problems) console.log(`    ${p}`);
    if (problems.length) failed = true;
  }
  console.log(`Pictures and PDFs: ${path.relative(ROOT, OUT)}/layout-*.png, layout-*.pdf (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  process.exitCode = failed ? 1 : 0;
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
