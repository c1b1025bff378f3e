/**
 * «другое» in a list the regulations leave open (src/domain/other-option.ts): the choice reveals a
 * text field, and what is sent is «другое: <текст>» — bare when the field is empty, so the server
 * names the field that lacks it. A «другое: …» already stored stays a choice of its own.
 */
import { el } from './dom';
import { OTHER, otherText } from '../../src/domain/other-option';
import * as RU from '../../src/text/ru';

export type Choice = { value: string; label: string };

/** The list's choices: its labels, the «другое: …» values already stored (each kept), «другое» last. */
export function withOther(choices: readonly Choice[], stored: readonly string[] = []): Choice[] {
  const kept = stored.filter((v) => otherText(v) !== null && !choices.some((c) => c.value === v)).map((v) => ({ value: v, label: v }));
  return [...choices, ...kept, { value: OTHER, label: RU.other.choice }];
}

/** A select's value for a stored one: «другое: x» shows as «другое» with x in its text field. */
export function splitOther(stored: string): { choice: string; text: string } {
  const text = otherText(stored);
  return text === null ? { choice: stored, text: '' } : { choice: OTHER, text };
}

/** What to send for a chosen value and the text field's content. */
export const joinOther = (choice: string, text: string): string => (choice === OTHER ? `${OTHER}: ${text.trim()}` : choice);

/** What to send for ticked values of a list and the text field's content. */
export const joinOthers = (values: readonly string[], text: string): string[] => values.map((v) => joinOther(v, text));

/**
 * Puts the text field after the «другое» choice of `control` (a select, or a fieldset of boxes) and
 * shows it only while «другое» is chosen. The field has an id, no name: pages read it by id.
 */
export function attachOther(control: HTMLSelectElement | HTMLFieldSetElement, id: string, text: string, field: string): HTMLInputElement {
  const input = el('input', { type: 'text', id, value: text, maxLength: 500 });
  const box = el('div', { className: 'field other-text' }, el('label', { htmlFor: id }, RU.other.text(field)), input);
  const chosen = (): boolean =>
    control instanceof HTMLSelectElement ? control.value === OTHER : !!control.querySelector<HTMLInputElement>(`input[value="${OTHER}"]`)?.checked;
  const anchor = control instanceof HTMLSelectElement ? control : control.querySelector<HTMLInputElement>(`input[value="${OTHER}"]`)?.closest('.choice');
  anchor?.after(box);
  const sync = () => {
    box.hidden = !chosen();
  };
  control.addEventListener('change', sync);
  sync();
  return input;
}

/** The text field's content by id ('' when the page lacks it). */
export const otherTextOf = (id: string): string => (document.getElementById(id) as HTMLInputElement | null)?.value ?? '';
