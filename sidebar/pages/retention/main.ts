import '../../lib/addon.css';
import { call, type ResponseOf } from '../../lib/server';
import type { InputOf, Without } from '../../../src/wire';
import { busy, el, replace } from '../../lib/dom';
import { outcome, outcomeInList, status } from '../../lib/form';
import { formatRu, type LocalDate } from '../../../src/domain/local-date';
import * as RU from '../../../src/text/ru';

const R = RU.retention;

type Page = ResponseOf<'getRetentionPage'>;
type Doc = Page['documents'][number];

const ru = (day: string) => formatRu(day as LocalDate);

function card(d: Doc, maxYears: number, readOnly: boolean): HTMLElement {
  const yearsId = `years-${d.id}`;
  const error = el('div', { className: 'field-error', id: `${yearsId}-error`, role: 'alert', 'data-error-for': 'years' });
  const years = el('input', { id: yearsId, type: 'number', min: 1, max: maxYears, value: '1', 'aria-describedby': `${yearsId}-error` });
  const keep = el('button', { type: 'button', className: 'action' }, R.keep);
  const destroy = el('button', { type: 'button' }, R.markDestroyable);
  const decide = async (input: Without<InputOf<'decideRetention'>, 'documentId'>, button: HTMLButtonElement) =>
    busy(button, async () => {
      outcome(button, RU.form.saving, 'info');
      error.textContent = '';
      const result = await call('decideRetention', { documentId: d.id, ...input });
      if (result.status === 'error') {
        error.textContent = result.fields?.years ?? '';
        return outcome(button, result.message, 'error');
      }
      const list = document.getElementById('list')!;
      const index = Array.from(list.children).findIndex((child) => child.contains(button));
      await load();
      outcomeInList(list, `[data-document="${CSS.escape(d.id)}"]`, index, result.response.message, 'ok');
    });
  keep.addEventListener('click', () => void decide({ decision: 'keep', years: years.value }, keep));
  // Only administrators decide (the server refuses anyone else too).
  for (const control of [years, keep, destroy]) control.disabled = readOnly;
  destroy.addEventListener('click', () => void decide({ decision: 'destroyable' }, destroy));
  return el(
    'section',
    { className: 'card', 'data-document': d.id },
    el('h2', {}, el('a', { href: d.url, target: '_blank', rel: 'noopener' }, d.title)),
    el('p', { className: 'help' }, R.line(d.kind, ru(d.created), ru(d.keepUntil))),
    d.destroyable
      ? el('p', { className: 'error' }, R.marked(ru(d.decidedOn)))
      : el('div', {}, el('div', { className: 'field' }, el('label', { htmlFor: yearsId }, R.moreYears), years, error), el('div', { className: 'buttons' }, keep, destroy)),
  );
}

async function load(): Promise<void> {
  const result = await call('getRetentionPage', {});
  if (result.status === 'error') return status('status', result.message, 'error');
  const { documents, maxYears, readOnly } = result.response;
  replace('list', ...(documents.length ? documents.map((d) => card(d, maxYears, readOnly !== null)) : [el('p', {}, R.none)]));
  status('status', readOnly ?? '');
}

void load();
