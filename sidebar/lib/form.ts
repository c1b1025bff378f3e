/**
 * Forms in the sidebars: values read by field name, errors shown next to their field (by the key
 * the server's validation returns), nothing the user typed ever cleared by a failed call.
 */
import { byId } from './dom';
import * as RU from '../../src/text/ru';

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Values by name: checkbox groups and multiple selects give arrays, everything else a string. */
export function readForm(form: HTMLFormElement): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const element of Array.from(form.elements) as Field[]) {
    if (!element.name || element.disabled) continue;
    if (element instanceof HTMLInputElement && element.type === 'checkbox') {
      const list = (out[element.name] as string[] | undefined) ?? [];
      if (element.checked) list.push(element.value);
      out[element.name] = list;
    } else if (element instanceof HTMLInputElement && element.type === 'radio') {
      if (element.checked) out[element.name] = element.value;
      else out[element.name] ??= '';
    } else if (element instanceof HTMLSelectElement && element.multiple) {
      out[element.name] = Array.from(element.selectedOptions).map((o) => o.value);
    } else {
      out[element.name] = element.value;
    }
  }
  return out;
}

/**
 * Shows each field's error in its `[data-error-for="name"]` element and marks the field invalid;
 * clears the others. Focuses the first field in error. Returns whether there were errors.
 */
export function showFieldErrors(form: HTMLElement, fields: Record<string, string> | undefined): boolean {
  for (const element of Array.from(form.querySelectorAll<HTMLElement>('[data-error-for]'))) element.textContent = '';
  for (const element of Array.from(form.querySelectorAll<HTMLElement>('[aria-invalid="true"]'))) element.removeAttribute('aria-invalid');
  let first: HTMLElement | null = null;
  for (const [name, message] of Object.entries(fields ?? {})) {
    const holder = form.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(name)}"]`);
    const input = form.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);
    if (holder) holder.textContent = message;
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      first ??= input;
    }
  }
  first?.focus();
  return first !== null;
}

/** A status line: progress, success or an error the server gave, read out by screen readers. */
export function status(id: string, text: string, kind: 'info' | 'error' | 'ok' = 'info'): void {
  const element = byId(id);
  element.textContent = text;
  element.className = `status ${kind}`;
}

/**
 * The answer to a pressed button, shown beside it: the deputy is scrolled down at the button, not
 * at the top of the page. A save that succeeded leaves the button disabled and relabelled
 * «Сохранено» until something in its form changes, so a second press cannot repeat it unseen.
 * The page's top status line is cleared, so each message is shown once.
 */
export function outcome(button: HTMLButtonElement, text: string, kind: 'info' | 'error' | 'ok', options: { markSaved?: boolean } = {}): void {
  // The form went away with its last record (nothing left to fill): the page's status line says it.
  if (button.closest('[hidden]') && document.getElementById('status')) return status('status', text, kind);
  const id = `${button.id}-outcome`;
  let holder = document.getElementById(id);
  if (!holder) {
    holder = document.createElement('p');
    holder.id = id;
    holder.setAttribute('role', 'status');
    button.insertAdjacentElement('afterend', holder);
  }
  holder.textContent = text;
  holder.className = `status outcome ${kind}`;
  const top = document.getElementById('status');
  if (top && top !== holder) {
    top.textContent = '';
    top.className = 'status';
  }
  if (kind === 'ok' && options.markSaved !== false) markSaved(button, holder);
  holder.scrollIntoView?.({ block: 'nearest' });
}

/**
 * The answer to a decision taken on one card of a list that is then redrawn: shown in the card
 * when it is still listed, else where the card was, so it stays where the deputy is looking.
 */
export function outcomeInList(list: HTMLElement, card: string, index: number, text: string, kind: 'error' | 'ok'): void {
  const holder = document.createElement('p');
  holder.setAttribute('role', 'status');
  holder.className = `status outcome ${kind}`;
  holder.textContent = text;
  const still = list.querySelector<HTMLElement>(card);
  if (still) still.append(holder);
  else list.insertBefore(holder, list.children[index] ?? null);
  const top = document.getElementById('status');
  if (top) {
    top.textContent = '';
    top.className = 'status';
  }
  holder.scrollIntoView?.({ block: 'nearest' });
}

/** Back to a save button (another record opened, or a new one started). */
export function resetSaved(button: HTMLButtonElement): void {
  if (button.dataset.saved !== 'true') return;
  button.textContent = button.dataset.label ?? '';
  delete button.dataset.saved;
  button.disabled = false;
  const holder = document.getElementById(`${button.id}-outcome`);
  if (holder) holder.textContent = '';
}

function markSaved(button: HTMLButtonElement, holder: HTMLElement): void {
  if (button.dataset.saved === 'true') return;
  button.dataset.label = button.textContent ?? '';
  button.dataset.saved = 'true';
  button.textContent = RU.form.savedButton;
  button.disabled = true;
  const scope: HTMLElement = button.form ?? document.body;
  // Typing, picking, or a button that adds or removes a row: the form differs from what was saved.
  const reopen = (event: Event): void => {
    if (event.target instanceof Node && holder.contains(event.target)) return;
    if (event.type === 'click' && !(event.target instanceof Element && event.target.closest('button[type="button"]'))) return;
    for (const type of ['input', 'change', 'click']) scope.removeEventListener(type, reopen, true);
    resetSaved(button);
  };
  for (const type of ['input', 'change', 'click']) scope.addEventListener(type, reopen, true);
}
