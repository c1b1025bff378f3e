import '../../lib/addon.css';
import { call, type ResponseOf } from '../../lib/server';
import { busy, el, replace, setText } from '../../lib/dom';
import { status } from '../../lib/form';

type Page = ResponseOf<'getYearClosePage'>;
type Programme = Page['programmes'][number];

const ru = (day: string) => day.split('-').reverse().join('.');

function card(p: Programme, defaultEnd: string): HTMLElement {
  const dateId = `end-${p.id}`;
  const error = el('div', { className: 'field-error', id: `${dateId}-error`, role: 'alert', 'data-error-for': 'newEnd' });
  const date = el('input', { id: dateId, type: 'date', value: defaultEnd, 'aria-describedby': `${dateId}-error` });
  const extend = el('button', { type: 'button', className: 'action' }, 'Продлить');
  const conclude = el('button', { type: 'button' }, 'Завершить');
  const decide = async (input: Record<string, string>, button: HTMLButtonElement) =>
    busy(button, async () => {
      status('status', 'Сохраняю…');
      error.textContent = '';
      const result = await call('decideProgramme', { programmeId: p.id, ...input });
      if (result.status === 'error') {
        error.textContent = result.fields?.newEnd ?? '';
        return status('status', result.message, 'error');
      }
      await load(result.response.message);
    });
  extend.addEventListener('click', () => void decide({ decision: 'extend', newEnd: date.value }, extend));
  conclude.addEventListener('click', () => void decide({ decision: 'conclude' }, conclude));
  return el(
    'section',
    { className: 'card', 'data-programme': p.id },
    el('h2', {}, p.teacherName || p.id),
    el('p', { className: 'help' }, `${ru(p.start)} – ${ru(p.end)}, ${p.statusLabel}. Пунктов плана выполнено: ${p.itemsDone} из ${p.itemsTotal}`),
    el('div', { className: 'field' }, el('label', { htmlFor: dateId }, 'Продлить до'), date, error),
    el('div', { className: 'buttons' }, extend, conclude),
  );
}

async function load(message = ''): Promise<void> {
  const result = await call('getYearClosePage', {});
  if (result.status === 'error') return status('status', result.message, 'error');
  const page = result.response;
  if (!page.year) {
    replace('list');
    return status('status', 'Учебный год ещё не закрывался: выберите «Сводка и отчёты → Закрыть учебный год».');
  }
  setText('intro', `Программы ${page.year} учебного года, которые не завершены: продлите программу или завершите её (заключение оформляется в панели «Завершение программы»).`);
  replace('list', ...(page.programmes.length ? page.programmes.map((p) => card(p, page.defaultEnd ?? '')) : [el('p', {}, 'Незавершённых программ нет.')]));
  status('status', message, message ? 'ok' : 'info');
}

void load();
