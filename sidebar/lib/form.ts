/**
 * Forms in the sidebars: values read by field name, errors shown next to their field (by the key
 * the server's validation returns), nothing the user typed ever cleared by a failed call.
 */
import { byId } from './dom';

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
