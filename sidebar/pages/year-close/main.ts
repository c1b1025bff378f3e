import '../../lib/addon.css';
import { call, type ResponseOf } from '../../lib/server';
import type { InputOf, Without } from '../../../src/wire';
import { busy, el, replace, setText } from '../../lib/dom';
import { outcome, outcomeInList, status } from '../../lib/form';
import { formatRu, type LocalDate } from '../../../src/domain/local-date';
import * as RU from '../../../src/text/ru';

const Y = RU.yearClose;

type Page = ResponseOf<'getYearClosePage'>;
type Programme = Page['programmes'][number];

const ru = (day: string) => formatRu(day as LocalDate);

function card(p: Programme, defaultEnd: string, readOnly: boolean): HTMLElement {
  const dateId = `end-${p.id}`;
  const error = el('div', { className: 'field-error', id: `${dateId}-error`, role: 'alert', 'data-error-for': 'newEnd' });
  const date = el('input', { id: dateId, type: 'date', value: defaultEnd, 'aria-describedby': `${dateId}-error` });
  const extend = el('button', { type: 'button', className: 'action' }, Y.extend);
  const conclude = el('button', { type: 'button' }, Y.conclude);
  const decide = async (input: Without<InputOf<'decideProgramme'>, 'programmeId'>, button: HTMLButtonElement) =>
    busy(button, async () => {
      outcome(button, RU.form.saving, 'info');
      error.textContent = '';
      const result = await call('decideProgramme', { programmeId: p.id, ...input });
      if (result.status === 'error') {
        error.textContent = result.fields?.newEnd ?? '';
        return outcome(button, result.message, 'error');
      }
      const list = document.getElementById('list')!;
      const index = Array.from(list.children).findIndex((child) => child.contains(button));
      await load();
      outcomeInList(list, `[data-programme="${CSS.escape(p.id)}"]`, index, result.response.message, 'ok');
    });
  extend.addEventListener('click', () => void decide({ decision: 'extend', newEnd: date.value }, extend));
  conclude.addEventListener('click', () => void decide({ decision: 'conclude' }, conclude));
  // Only administrators decide (the server refuses anyone else too).
  for (const control of [date, extend, conclude]) control.disabled = readOnly;
  return el(
    'section',
    { className: 'card', 'data-programme': p.id },
    el('h2', {}, p.teacherName || p.id),
    el('p', { className: 'help' }, `${Y.period(ru(p.start), ru(p.end))}, ${p.statusLabel}. ${Y.items(p.itemsDone, p.itemsTotal)}`),
    el('div', { className: 'field' }, el('label', { htmlFor: dateId }, Y.extendTo), date, error),
    el('div', { className: 'buttons' }, extend, conclude),
  );
}

async function load(): Promise<void> {
  const result = await call('getYearClosePage', {});
  if (result.status === 'error') return status('status', result.message, 'error');
  const page = result.response;
  if (!page.year) {
    replace('list');
    return status('status', Y.notClosed);
  }
  setText('intro', Y.intro(page.year));
  replace('list', ...(page.programmes.length ? page.programmes.map((p) => card(p, page.defaultEnd ?? '', page.readOnly !== null)) : [el('p', {}, Y.none)]));
  status('status', page.readOnly ?? '');
}

void load();
