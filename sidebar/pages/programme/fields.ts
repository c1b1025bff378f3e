/**
 * Form controls for the programme and completion pages: every control has a `<label for>`, every
 * group of checkboxes or radios a fieldset with a legend, and every field a holder for its error
 * keyed by the field's name (what the server's validation returns). Text goes in as text.
 */
import { el } from '../../lib/dom';

export type Choice = { value: string; label: string };

export function errorHolder(id: string, name: string): HTMLElement {
  return el('div', { id: `${id}-error`, className: 'field-error', 'data-error-for': name, role: 'alert' });
}

/** A labelled control with its help line and its error holder. */
export function field(id: string, name: string, label: string, control: HTMLElement, help?: string): HTMLElement {
  control.setAttribute('aria-describedby', [help ? `${id}-help` : '', `${id}-error`].filter(Boolean).join(' '));
  return el(
    'div',
    { className: 'field' },
    el('label', { htmlFor: id }, label),
    control,
    help ? el('p', { id: `${id}-help`, className: 'help' }, help) : null,
    errorHolder(id, name),
  );
}

export function textInput(id: string, name: string, type: 'text' | 'date', value: string): HTMLInputElement {
  return el('input', { type, id, name, value });
}

export function textarea(id: string, name: string, value: string, short = false): HTMLTextAreaElement {
  return el('textarea', { id, name, value, className: short ? 'short' : '' });
}

/** A select; `placeholder` is the blank first option. */
export function select(id: string, name: string, choices: readonly Choice[], value: string, placeholder: string): HTMLSelectElement {
  return el(
    'select',
    { id, name },
    el('option', { value: '' }, placeholder),
    ...choices.map((c) => el('option', { value: c.value, selected: c.value === value }, c.label)),
  );
}

/** Checkboxes or radios as one field: a fieldset, its legend, its error holder. */
export function choiceGroup(
  type: 'checkbox' | 'radio',
  name: string,
  legend: string,
  choices: readonly Choice[],
  checked: readonly string[],
  options: { scroll?: boolean; onchange?: () => void } = {},
): HTMLFieldSetElement {
  const id = `g-${name}`;
  const boxes = choices.map((c, i) =>
    el(
      'div',
      { className: 'choice' },
      el('input', { type, id: `${id}-${i}`, name, value: c.value, checked: checked.includes(c.value), onchange: options.onchange }),
      el('label', { htmlFor: `${id}-${i}`, className: 'choice-label' }, c.label),
    ),
  );
  return el(
    'fieldset',
    { id, 'aria-describedby': `${id}-error` },
    el('legend', {}, legend),
    options.scroll ? el('div', { className: 'scroll-list' }, ...boxes) : el('div', {}, ...boxes),
    errorHolder(id, name),
  );
}

/**
 * The errors in the order their fields stand on the page, so the first one focused is the first
 * one the deputy meets; fields the page lacks keep their place at the end.
 */
export function inPageOrder(form: HTMLFormElement, fields: Record<string, string>): Record<string, string> {
  const names = (Array.from(form.elements) as HTMLInputElement[]).map((e) => e.name);
  const at = (name: string) => {
    const i = names.indexOf(name);
    return i < 0 ? names.length : i;
  };
  return Object.fromEntries(Object.entries(fields).sort(([a], [b]) => at(a) - at(b)));
}

/** The value of the named control, or '' when the page lacks it. */
export function valueOf(root: ParentNode, name: string): string {
  return root.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`[name="${CSS.escape(name)}"]`)?.value ?? '';
}
