import '../../lib/addon.css';
import { call, type ResponseOf } from '../../lib/server';
import type { InputOf } from '../../../src/wire';
import { busy, byId, el, replace } from '../../lib/dom';
import { outcome, readForm, showFieldErrors, status } from '../../lib/form';

type Page = ResponseOf<'getDocumentsPage'>;
type Started = ResponseOf<'startDocuments'>;
type JobView = NonNullable<Page['job']>;

function renderKinds(page: Page): void {
  replace(
    'f-kind',
    ...page.kinds.map((k) => el('option', { value: k.key, selected: k.key === page.suggested }, `${k.label} (нужно: ${k.needed})`)),
  );
  byId('selected-hint').textContent = `Выделено строк: ${page.selectedRows} (лист «${page.activeTab}»).`;
}

function renderJob(job: JobView | null): void {
  byId('job-box').hidden = !job;
  byId<HTMLButtonElement>('continue').hidden = !job || (job.pending === 0 && job.failures.length === 0);
  if (!job) return;
  byId('progress').textContent = `${job.kindLabel}: ${job.message}`;
  const bar = byId<HTMLProgressElement>('progress-bar');
  bar.max = Math.max(job.total, 1);
  bar.value = job.done;
  byId('results-title').hidden = job.results.length === 0;
  replace('results', ...job.results.map((r) => el('li', {}, el('a', { href: r.url, target: '_blank', rel: 'noopener' }, r.title))));
  byId('failures-title').hidden = job.failures.length === 0;
  replace('failures', ...job.failures.map((f) => el('li', {}, `${f.name}: ${f.reason}`)));
  replace('notes', ...job.notes.map((n) => el('li', {}, n)));
}

function renderProblems(problems: Started['problems']): void {
  byId('problems-box').hidden = problems.length === 0;
  replace('problems', ...problems.map((p) => el('li', {}, el('code', {}, p.placeholder), ` — ${p.message}`)));
}

async function load(): Promise<void> {
  const result = await call('getDocumentsPage', {});
  if (result.status === 'error') return status('status', result.message, 'error');
  const page = result.response;
  renderKinds(page);
  renderJob(page.job);
  byId('form').hidden = false;
  status('status', page.folderMissing ?? '', page.folderMissing ? 'error' : 'info');
}

/** The answer beside the pressed button: the deputy is at the buttons, not at the page's top. */
function show(result: Awaited<ReturnType<typeof call<'startDocuments'>>>, button: HTMLButtonElement): void {
  const form = byId<HTMLFormElement>('form');
  // «Продолжить» hides itself when nothing is left; its answer then goes under «Создать».
  const say = (text: string, kind: 'error' | 'ok') => outcome(button.hidden ? byId<HTMLButtonElement>('start') : button, text, kind, { markSaved: false });
  if (result.status === 'error') {
    showFieldErrors(form, result.fields);
    return say(result.message, 'error');
  }
  showFieldErrors(form, {});
  renderProblems(result.response.problems);
  renderJob(result.response.job);
  if (result.response.problems.length > 0) return say('Документы не созданы: исправьте шаблон.', 'error');
  if (!result.response.job) return say('Все записи уже с документами: создавать нечего.', 'ok');
  say(result.response.job.message, result.response.job.failures.length ? 'error' : 'ok');
}

async function start(button: HTMLButtonElement): Promise<void> {
  outcome(button, 'Создаю документы…', 'info');
  const values = readForm(byId<HTMLFormElement>('form'));
  // The radio buttons offer the schema's keys; the server parses them again.
  show(await call('startDocuments', { kind: values.kind, scope: values.scope } as InputOf<'startDocuments'>), button);
}

async function resume(button: HTMLButtonElement): Promise<void> {
  outcome(button, 'Создаю документы…', 'info');
  show(await call('continueDocuments', {}), button);
}

byId<HTMLFormElement>('form').addEventListener('submit', (event) => {
  event.preventDefault();
  const button = byId<HTMLButtonElement>('start');
  void busy(button, () => start(button));
});
byId('continue').addEventListener('click', () => {
  const button = byId<HTMLButtonElement>('continue');
  void busy(button, () => resume(button));
});
void load();
