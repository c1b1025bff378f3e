/**
 * A record whose row has a cell the add-on cannot read: shown read-only with the problem named
 * and a link that selects the cell in the sheet, never left out of a list.
 */
import { el } from './dom';
import { call } from './server';
import * as RU from '../../src/text/ru';

export function cellLink(tab: string, cell: string): HTMLButtonElement | null {
  if (!tab || !cell) return null;
  return el('button', { type: 'button', className: 'link', title: RU.dataCheck.goTo, 'data-cell': `${tab}!${cell}`, onclick: () => void call('goToCell', { tab, cell }) }, `${tab}!${cell}`);
}

export function unreadableNote(problem: { note: string; tab: string; cell: string }): HTMLElement {
  return el('p', { className: 'unreadable error' }, el('span', { className: 'badge' }, RU.dataCheck.readOnly), ' ', problem.note, ' ', cellLink(problem.tab, problem.cell));
}
