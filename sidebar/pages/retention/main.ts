import '../../lib/addon.css';
import { call, type ResponseOf } from '../../lib/server';
import { busy, el, replace } from '../../lib/dom';
import { status } from '../../lib/form';

type Page = ResponseOf<'getRetentionPage'>;
type Doc = Page['documents'][number];

const ru = (day: string) => day.split('-').reverse().join('.');

function card(d: Doc, maxYears: number): HTMLElement {
  const yearsId = `years-${d.id}`;
  const error = el('div', { className: 'field-error', id: `${yearsId}-error`, role: 'alert', 'data-error-for': 'years' });
  const years = el('input', { id: yearsId, type: 'number', min: 1, max: maxYears, value: '1', 'aria-describedby': `${yearsId}-error` });
  const keep = el('button', { type: 'button', className: 'action' }, 'Продлить хранение');
  const destroy = el('button', { type: 'button' }, 'Можно уничтожить');
  const decide = async (input: Record<string, unknown>, button: HTMLButtonElement) =>
    busy(button, async () => {
      status('status', 'Сохраняю…');
      error.textContent = '';
      const result = await call('decideRetention', { documentId: d.id, ...input });
      if (result.status === 'error') {
        error.textContent = result.fields?.years ?? '';
        return status('status', result.message, 'error');
      }
      await load(result.response.message);
    });
  keep.addEventListener('click', () => void decide({ decision: 'keep', years: years.value }, keep));
  destroy.addEventListener('click', () => void decide({ decision: 'destroyable' }, destroy));
  return el(
    'section',
    { className: 'card', 'data-document': d.id },
    el('h2', {}, el('a', { href: d.url, target: '_blank', rel: 'noopener' }, d.title)),
    el('p', { className: 'help' }, `${d.kind}; создан ${ru(d.created)}; хранить до ${ru(d.keepUntil)}`),
    d.destroyable
      ? el('p', { className: 'error' }, `Отмечен «можно уничтожить» (${ru(d.decidedOn)}). Удалите документ и строку реестра сами, когда он будет уничтожен.`)
      : el('div', {}, el('div', { className: 'field' }, el('label', { htmlFor: yearsId }, 'Хранить ещё, лет'), years, error), el('div', { className: 'buttons' }, keep, destroy)),
  );
}

async function load(message = ''): Promise<void> {
  const result = await call('getRetentionPage', {});
  if (result.status === 'error') return status('status', result.message, 'error');
  const { documents, maxYears } = result.response;
  replace('list', ...(documents.length ? documents.map((d) => card(d, maxYears)) : [el('p', {}, 'Документов с истёкшим сроком хранения нет.')]));
  status('status', message, message ? 'ok' : 'info');
}

void load();
