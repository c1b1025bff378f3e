import '../../lib/addon.css';
import { call, type ResponseOf } from '../../lib/server';
import { busy, byId, el, replace, show } from '../../lib/dom';
import { PartRun, status } from '../../lib/parts';
import * as RU from '../../../src/text/ru';
import { CheckTally, type CheckReport, type StepReport } from '../../../src/domain/check-merge';

type Plan = ResponseOf<'planDataCheck'>;

/**
 * The check runs part by part (lib/parts.ts) and the results show together at the end.
 */
let run: { plan: Plan; tally: CheckTally; parts: PartRun<Plan['steps'][number], StepReport> } | null = null;

async function start(): Promise<void> {
  run = null;
  replace('problems');
  show('resume', false);
  status(RU.dataCheck.planning, '');
  const planned = await call('planDataCheck', {});
  if (planned.status === 'error') return status(planned.message, 'error');
  const plan = planned.response;
  const tally = new CheckTally().add({ problems: plan.problems, unique: [], rows: {} });
  const parts = new PartRun(plan.steps, (step) => call('runDataCheckStep', { step }), (report) => void tally.add(report), RU.dataCheck);
  run = { plan, tally, parts };
  await resume();
}

async function resume(): Promise<void> {
  if (!run) return start();
  if (await run.parts.resume()) render(run.tally.report(run.plan.tabs));
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
