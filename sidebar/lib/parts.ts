/**
 * A job done in parts from a sidebar (the data check, «Сводка»): one call a part, so none outlives
 * the server's limits, with a progress bar and a status line. A part that fails stops the run with
 * its message and shows «Продолжить», which repeats that part and keeps what the earlier ones gave.
 * The page holds #status, #progress and #resume.
 */
import type { Result } from '../../src/shared/result';
import { byId, setText, show } from './dom';

export interface PartTexts {
  progress(done: number, total: number): string;
  resumeHint(done: number, total: number): string;
}

export class PartRun<S, R> {
  private next = 0;

  constructor(
    private readonly steps: readonly S[],
    private readonly run: (step: S) => Promise<Result<R>>,
    private readonly add: (response: R) => void,
    private readonly texts: PartTexts,
  ) {}

  /** Runs the parts left; true when all are done, false when one failed (its message shown). */
  async resume(): Promise<boolean> {
    show('resume', false);
    const total = this.steps.length;
    const bar = byId<HTMLProgressElement>('progress');
    bar.max = total;
    show('progress', true);
    while (this.next < total) {
      bar.value = this.next;
      status(this.texts.progress(this.next, total), '');
      const result = await this.run(this.steps[this.next]!);
      if (result.status === 'error') {
        show('resume', true);
        status(`${result.message} ${this.texts.resumeHint(this.next, total)}`, 'error');
        return false;
      }
      this.add(result.response);
      this.next += 1;
    }
    bar.value = total;
    show('progress', false);
    return true;
  }
}

export function status(text: string, className: string): void {
  setText('status', text);
  byId('status').className = className;
}
