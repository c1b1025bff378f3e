/**
 * What the preview answers a deputy's mistakes with, in Russian and without a server error: a
 * file that is not .xlsx, a document that is not there, a questionnaire sent with a required
 * question blank.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPreview, type Preview } from '../../tools/preview/app-server';
import { DIST } from '../helpers/addon';
import { demoStateFile } from '../helpers/demo';

let preview: Preview;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refusals-'));
  fs.copyFileSync(demoStateFile(), path.join(dir, 'state.json'));
  preview = await startPreview({ stateFile: path.join(dir, 'state.json'), port: 0, distDir: DIST, demo: false });
});
afterAll(async () => {
  await preview.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

type View = { files: Array<{ id: string; name: string; isDoc: boolean; mimeType: string }>; forms: Array<{ id: string; title: string; accepting: boolean; responses: number }> };
const view = async () => (await (await fetch(`${preview.url}/api/view`)).json()) as View;

test('a file that is not .xlsx is refused in Russian, and the book stays as it was', async () => {
  const before = await view();
  for (const body of ['ФИО;Почта\nИванов;ivanov@school.example', Buffer.from('PK\u0003\u0004 not really a zip')]) {
    const answer = await fetch(`${preview.url}/import`, { method: 'POST', body });
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toContain('charset=utf-8');
    expect(await answer.text()).toMatch(/^Это не книга \.xlsx\. Скачайте таблицу из Google Таблиц/);
  }
  expect((await view()).files).toEqual(before.files);
});

test('a document that is not on the Drive answers «Документ не найден», as a page and as a download', async () => {
  const folder = (await view()).files.find((f) => f.mimeType.endsWith('folder'))!;
  for (const address of ['/doc/no-such-document', '/doc/no-such-document.docx', '/doc/no-such-document.pdf', `/doc/${folder.id}`]) {
    const answer = await fetch(`${preview.url}${address}`);
    expect(answer.status).toBe(404);
    expect(await answer.text()).toContain('<h1>Документ не найден</h1>');
  }
});

test('a questionnaire sent with required questions blank names them in Russian and records nothing', async () => {
  const form = (await view()).forms.find((f) => f.accepting)!;
  const questions = (await (await fetch(`${preview.url}/api/form?id=${encodeURIComponent(form.id)}`)).json()) as { items: Array<{ title: string; required: boolean }>; people: Array<{ email: string }> };
  const required = questions.items.filter((i) => i.required).map((i) => i.title);
  expect(required.length).toBeGreaterThan(0);
  const sent = await fetch(`${preview.url}/api/form`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ formId: form.id, respondent: questions.people[0]!.email, answers: {} }) });
  const result = (await sent.json()) as { error: string | null };
  expect(result.error).toMatch(/^Это обязательн(ый вопрос|ые вопросы): «/);
  for (const title of required) expect(result.error).toContain(`«${title}»`);
  expect(result.error).not.toMatch(/[A-Za-z]{4,}/);
  expect((await view()).forms.find((f) => f.id === form.id)!.responses).toBe(form.responses);
});
