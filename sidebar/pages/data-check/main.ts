import '../../lib/addon.css';
import { call, type ResponseOf } from '../../lib/server';
import { busy, byId, el, replace, setText } from '../../lib/dom';
import * as RU from '../../../src/text/ru';

type Report = ResponseOf<'runDataCheck'>;

async function check(): Promise<void> {
  setText('status', 'Проверяю…');
  const result = await call('runDataCheck', {});
  if (result.status === 'error') {
    setText('status', result.message);
    byId('status').className = 'error';
    return;
  }
  render(result.response);
}

function render(report: Report): void {
  byId('status').className = report.errors > 0 ? 'error' : '';
  setText('status', report.problems.length === 0 ? RU.dataCheck.clean : RU.dataCheck.summary(report.errors, report.warnings));
  const byTab = new Map<string, Report['problems'][number][]>();
  for (const problem of report.problems) byTab.set(problem.tab, [...(byTab.get(problem.tab) ?? []), problem]);
  replace(
    'problems',
    ...[...byTab].map(([tab, problems]) =>
      el(
        'section',
        {},
        el('h2', {}, `${tab} (${problems.length})`),
        el(
          'ul',
          { className: 'problems' },
          ...problems.map((p) =>
            el(
              'li',
              { className: p.severity },
              p.cell ? el('button', { type: 'button', className: 'link', title: 'Перейти к ячейке', onclick: () => void call('goToCell', { tab: p.tab, cell: p.cell }) }, p.cell) : null,
              ' ',
              p.message,
            ),
          ),
        ),
      ),
    ),
  );
}

byId<HTMLButtonElement>('again').addEventListener('click', (event) => void busy(event.currentTarget as HTMLButtonElement, check));
void check();
