/**
 * A save refused because the records changed since the page opened: the message stays beside the
 * button, and a «Обновить данные» button under it reloads the records while keeping what the
 * deputy typed (the page's own `reload` merges them).
 */
import { busy, el } from './dom';
import { outcome } from './form';
import { stale as S } from '../../src/text/ru';

export function offerReload(button: HTMLButtonElement, message: string, reload: () => Promise<void>): void {
  outcome(button, message, 'error');
  const holder = document.getElementById(`${button.id}-outcome`);
  if (!holder) return;
  const id = `${button.id}-reload`;
  document.getElementById(id)?.remove();
  const run = async (): Promise<void> => {
    outcome(button, S.reloading, 'info');
    await reload();
  };
  const again: HTMLButtonElement = el('button', { type: 'button', id, className: 'small', onclick: () => void busy(again, run) }, S.reload);
  holder.insertAdjacentElement('afterend', again);
}

/** The reload button goes once the page is saved or reloaded. */
export function dropReload(button: HTMLButtonElement): void {
  document.getElementById(`${button.id}-reload`)?.remove();
}
