import '../../lib/addon.css';
import { call, type ResponseOf } from '../../lib/server';
import { busy, byId, el, replace, setText } from '../../lib/dom';
import { outcome } from '../../lib/form';

type Preview = ResponseOf<'previewTeacherImport'>;
type Source = { source: 'text'; text: string } | { source: 'selection' };

let lastSource: Source | null = null;

function table(headers: string[], rows: string[][]): HTMLTableElement {
  return el('table', {}, el('thead', {}, el('tr', {}, ...headers.map((h) => el('th', {}, h)))), el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((c) => el('td', {}, c))))));
}

function show(preview: Preview): void {
  replace(
    'preview',
    preview.add.length ? el('h2', {}, `Будут добавлены (${preview.add.length})`) : el('p', {}, 'Новых педагогов в списке нет.'),
    preview.add.length ? table(['№', 'ФИО', 'Почта', 'Предмет'], preview.add.map((a) => [String(a.line), a.fullName, a.email, a.subject])) : null,
    preview.duplicates.length ? el('h2', {}, `Уже есть (${preview.duplicates.length})`) : null,
    preview.duplicates.length ? table(['№', 'ФИО', 'Почему'], preview.duplicates.map((d) => [String(d.line), d.fullName, `${d.reason}: ${d.existing}`])) : null,
    preview.rejected.length ? el('h2', {}, `Не прочитаны (${preview.rejected.length})`) : null,
    preview.rejected.length ? table(['№', 'Строка', 'Почему'], preview.rejected.map((r) => [String(r.line), r.text, r.reason])) : null,
  );
  const apply = byId<HTMLButtonElement>('apply');
  apply.hidden = preview.add.length === 0;
  apply.textContent = `Добавить ${preview.add.length}`;
}

async function preview(source: Source): Promise<void> {
  setText('text-error', '');
  setText('status', 'Проверяю…');
  const result = await call('previewTeacherImport', source);
  setText('status', '');
  if (result.status === 'error') {
    // The typed list stays in the box: nothing the deputy pasted is lost.
    setText(source.source === 'text' ? 'text-error' : 'status', result.message);
    byId<HTMLButtonElement>('apply').hidden = true;
    return;
  }
  lastSource = source;
  show(result.response);
}

async function apply(): Promise<void> {
  if (!lastSource) return;
  const button = byId<HTMLButtonElement>('apply');
  outcome(button, 'Добавляю…', 'info', { markSaved: false });
  const result = await call('applyTeacherImport', lastSource);
  // A refusal stands under «Добавить», below the list the deputy has just read through.
  if (result.status === 'error') return outcome(button, result.message, 'error', { markSaved: false });
  outcome(button, '', 'info', { markSaved: false });
  setText('status', `Добавлено педагогов: ${result.response.add.length}.`);
  byId<HTMLButtonElement>('apply').hidden = true;
  replace('preview');
}

byId('preview-text').addEventListener('click', (e) => void busy(e.currentTarget as HTMLButtonElement, () => preview({ source: 'text', text: byId<HTMLTextAreaElement>('text').value })));
byId('preview-selection').addEventListener('click', (e) => void busy(e.currentTarget as HTMLButtonElement, () => preview({ source: 'selection' })));
byId('apply').addEventListener('click', (e) => void busy(e.currentTarget as HTMLButtonElement, apply));
