/** Small builders for labelled fields: every control gets a <label for>, a help line and an error holder. */
import { el } from '../../lib/dom';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
export type Choice = { value: string; label: string };

export function field(control: Control, label: string, help?: string): HTMLDivElement {
  const id = control.id;
  control.setAttribute('aria-describedby', `${id}-error${help ? ` ${id}-help` : ''}`);
  return el(
    'div',
    { className: 'field' },
    el('label', { htmlFor: id }, label),
    control,
    help ? el('p', { id: `${id}-help`, className: 'help' }, help) : null,
    el('div', { id: `${id}-error`, className: 'field-error', 'data-error-for': control.name, role: 'alert' }),
  );
}

export function select(name: string, choices: Choice[], empty?: string): HTMLSelectElement {
  return el('select', { id: `f-${name}`, name }, empty !== undefined ? el('option', { value: '' }, empty) : null, ...choices.map((c) => el('option', { value: c.value }, c.label)));
}

/** A group of checkboxes or radios: fieldset + legend, one error holder for the group. */
export function choices(name: string, legend: string, items: Choice[], type: 'checkbox' | 'radio', scroll = true): HTMLFieldSetElement {
  const prefix = name;
  return el(
    'fieldset',
    { id: `f-${prefix}` },
    el('legend', {}, legend),
    el(
      'div',
      { className: scroll ? 'scroll-list' : '' },
      ...items.map((item) => {
        const id = `${prefix}-${item.value}`;
        return el('div', { className: 'choice' }, el('input', { type, id, name, value: item.value }), el('label', { htmlFor: id }, item.label));
      }),
    ),
    el('div', { className: 'field-error', 'data-error-for': name, role: 'alert' }),
  );
}

export function checkedValues(root: ParentNode, name: string): string[] {
  return Array.from(root.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(name)}"]:checked`)).map((i) => i.value);
}

export function setChecked(root: ParentNode, name: string, values: readonly string[]): void {
  for (const input of Array.from(root.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(name)}"]`))) input.checked = values.includes(input.value);
}
