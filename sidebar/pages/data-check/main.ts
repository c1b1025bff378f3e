import '../../lib/addon.css';
import { call, type ResponseOf } from '../../lib/server';
import { busy, byId, el, replace, setText, show } from '../../lib/dom';
import * as RU from '../../../src/text/ru';
import { CheckTally, type CheckReport } from '../../../src/domain/check-merge';

type Plan = ResponseOf<'planDataCheck'>;

/**
 * The check runs part by part (one call each, so none outlives the server's limits) and the
 * results show together at the end. A part that fails stops the run with its message; «Продолжить»
 * repeats that part and keeps what the earlier ones found.
 */
let run: { plan: Plan; tally: CheckTally; next: number } | null = null;

async function start(): Promise<void> {
  run = null;
  replace('problems');
  show('resume', false);
  status(RU.dataCheck.planning, '');
  const planned = await call('planDataCheck', {});
  if (planned.status === 'error') return failed(planned.message);
  const plan = planned.response;
  run = { plan, tally: new CheckTally().add({ problems: plan.problems, unique: [], rows: {} }), next: 0 };
  await resume();
}

async function resume(): Promise<void> {
  if (!run) return start();
  show('resume', false);
  const { plan, tally } = run;
  const bar = byId<HTMLProgressElement>('progress');
  bar.max = plan.steps.length;
  show('progress', true);
  while (run.next < plan.steps.length) {
    bar.value = run.next;
    status(RU.dataCheck.progress(run.next, plan.steps.length), '');
    const result = await call('runDataCheckStep', { step: plan.steps[run.next]! });
    if (result.status === 'error') {
      show('resume', true);
      return failed(`${result.message} ${RU.dataCheck.resumeHint(run.next, plan.steps.length)}`);
    }
    tally.add(result.response);
    run.next += 1;
  }
  bar.value = plan.steps.length;
  show('progress', false);
  render(tally.report(plan.tabs));
}

function status(text: string, className: string): void {
  setText('status', text);
  byId('status').className = className;
}

function failed(message: string): void {
  status(message, 'error');
}

function render(report: CheckReport): void {
  status(report.problems.length === 0 ? RU.dataCheck.clean : RU.dataCheck.summary(report.errors, report.warnings), report.errors > 0 ? 'error' : '');
  const byTab = new Map<string, CheckReport['problems'][number][]>();
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

byId<HTMLButtonElement>('again').addEventListener('click', (event) => void busy(event.currentTarget as HTMLButtonElement, start));
byId<HTMLButtonElement>('resume').addEventListener('click', (event) => void busy(event.currentTarget as HTMLButtonElement, resume));
void start();
