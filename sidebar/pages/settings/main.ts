import '../../lib/addon.css';
import { call, type ResponseOf } from '../../lib/server';
import { busy, byId, el, replace } from '../../lib/dom';
import { outcome, readForm, showFieldErrors, status } from '../../lib/form';

type Field = ResponseOf<'getSettingsPage'>['fields'][number];

function input(field: Field): HTMLElement {
  const id = `f-${field.key}`;
  const common = { id, name: field.key, 'aria-describedby': `${id}-help ${id}-error` };
  if (field.type === 'select') {
    return el('select', common, el('option', { value: '' }, '—'), ...field.options.map((o) => el('option', { value: o, selected: o === field.value }, o)));
  }
  return el('input', { ...common, type: field.type, value: field.value, min: field.min ?? undefined, max: field.max ?? undefined });
}

function render(fields: Field[]): void {
  replace(
    'fields',
    ...fields.map((field) =>
      el(
        'div',
        { className: 'field' },
        el('label', { htmlFor: `f-${field.key}` }, field.label),
        input(field),
        el('p', { id: `f-${field.key}-help`, className: 'help' }, field.help),
        el('div', { id: `f-${field.key}-error`, className: 'field-error', 'data-error-for': field.key, role: 'alert' }),
      ),
    ),
  );
}

async function load(): Promise<void> {
  const result = await call('getSettingsPage', {});
  if (result.status === 'error') return status('status', result.message, 'error');
  render(result.response.fields);
  replace('rhythm', ...result.response.rhythm.map((line) => el('p', { className: 'help' }, line)));
  byId('form').hidden = false;
  status('status', '');
}

async function save(): Promise<void> {
  const form = byId<HTMLFormElement>('form');
  const button = byId<HTMLButtonElement>('save');
  outcome(button, 'Сохраняю…', 'info');
  const values = readForm(form) as Record<string, string>;
  const result = await call('saveSettings', { values });
  if (result.status === 'error') {
    showFieldErrors(form, result.fields);
    return outcome(button, result.message, 'error');
  }
  showFieldErrors(form, {});
  if (result.response.warning) outcome(button, result.response.warning, 'error');
  else outcome(button, 'Сохранено.', 'ok');
}

byId<HTMLFormElement>('form').addEventListener('submit', (event) => {
  event.preventDefault();
  void busy(byId<HTMLButtonElement>('save'), save);
});
void load();
