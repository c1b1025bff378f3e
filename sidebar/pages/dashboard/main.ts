import '../../lib/addon.css';
import { call, type ResponseOf } from '../../lib/server';
import { busy, byId, show } from '../../lib/dom';
import { PartRun, status } from '../../lib/parts';
import { RU } from '../../../src/text/ru';
import { EMPTY_TALLY, mergeTallies, type SessionTally } from '../../../src/domain/session-tally';

type Plan = ResponseOf<'planDashboardRebuild'>;
/** A block of sessions, or the last part: the other tabs read and «Сводка» written. */
type Part = Plan['steps'][number] | 'write';
type Done = ResponseOf<'runDashboardRebuildStep'> | ResponseOf<'finishDashboardRebuild'>;

/**
 * «Сводка» of a large book, part by part (lib/parts.ts): each block of sessions is tallied in a
 * call of its own, the tallies merge here, and the last call writes the tab.
 */
let run: PartRun<Part, Done> | null = null;
/** What the last part answers: the day the figures are for. */
let written = '';

async function start(): Promise<void> {
  run = null;
  show('resume', false);
  status(RU.overview.planning, '');
  const planned = await call('planDashboardRebuild', {});
  if (planned.status === 'error') return status(planned.message, 'error');
  const { today, steps } = planned.response;
  let sessions: SessionTally = EMPTY_TALLY;
  written = '';
  const parts: Part[] = [...steps, 'write'];
  run = new PartRun<Part, Done>(
    parts,
    (part) => (part === 'write' ? call('finishDashboardRebuild', { today, sessions }) : call('runDashboardRebuildStep', { today, step: part })),
    (done) => {
      if ('message' in done) written = done.message;
      else sessions = mergeTallies(sessions, done);
    },
    RU.overview,
  );
  await resume();
}

async function resume(): Promise<void> {
  if (!run) return start();
  if (await run.resume()) status(written, '');
}

byId<HTMLButtonElement>('again').addEventListener('click', (event) => void busy(event.currentTarget as HTMLButtonElement, start));
byId<HTMLButtonElement>('resume').addEventListener('click', (event) => void busy(event.currentTarget as HTMLButtonElement, resume));
void start();
