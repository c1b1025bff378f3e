import '../../lib/addon.css';
import { call, type ResponseOf } from '../../lib/server';
import type { InputOf } from '../../../src/wire';
import { busy, byId, el, replace } from '../../lib/dom';
import { readForm, showFieldErrors, status } from '../../lib/form';

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

function show(result: Awaited<ReturnType<typeof call<'startDocuments'>>>): void {
  const form = byId<HTMLFormElement>('form');
  if (result.status === 'error') {
    showFieldErrors(form, result.fields);
    return status('status', result.message, 'error');
  }
  showFieldErrors(form, {});
  renderProblems(result.response.problems);
  renderJob(result.response.job);
  if (result.response.problems.length > 0) return status('status', 'Документы не созданы: исправьте шаблон.', 'error');
  if (!result.response.job) return status('status', 'Все записи уже с документами: создавать нечего.', 'ok');
  status('status', result.response.job.message, result.response.job.failures.length ? 'error' : 'ok');
}

async function start(): Promise<void> {
  status('status', 'Создаю документы…');
  const values = readForm(byId<HTMLFormElement>('form'));
  // The radio buttons offer the schema's keys; the server parses them again.
  show(await call('startDocuments', { kind: values.kind, scope: values.scope } as InputOf<'startDocuments'>));
}

async function resume(): Promise<void> {
  status('status', 'Создаю документы…');
  show(await call('continueDocuments', {}));
}

byId<HTMLFormElement>('form').addEventListener('submit', (event) => {
  event.preventDefault();
  void busy(byId<HTMLButtonElement>('start'), start);
});
byId('continue').addEventListener('click', () => void busy(byId<HTMLButtonElement>('continue'), resume));
void load();
