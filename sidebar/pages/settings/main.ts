import '../../lib/addon.css';
import { call, type ResponseOf } from '../../lib/server';
import { busy, byId, el, replace } from '../../lib/dom';
import { outcome, readForm, showFieldErrors, status } from '../../lib/form';
import { dropReload, offerReload } from '../../lib/stale';
import { stale as S } from '../../../src/text/ru';
import { mergeFields } from '../../../src/domain/merge';

type Page = ResponseOf<'getSettingsPage'>;
type Field = Page['fields'][number];

/** Every setting as the form last read them: the server refuses a save if one changed since. */
let version: Page['version'] = {};
/** The form as opened: a reload keeps only what the deputy changed from it. */
let opened: Record<string, string> = {};
const form = () => byId<HTMLFormElement>('form');
const typed = () => readForm(form()) as Record<string, string>;

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

/** True after the server asked to confirm a folder not an administrator's: the next save confirms. */
let confirming = false;

function take(page: Page): void {
  render(page.fields);
  // Not an administrator: the settings are shown, nothing can be changed (the server refuses too).
  byId('read-only').hidden = page.readOnly === null;
  byId('read-only').textContent = page.readOnly ?? '';
  // Recipients or a folder typed on the tab by hand: not in force until an administrator saves.
  byId('hand-edited').hidden = page.handEdited === null;
  byId('hand-edited').textContent = page.handEdited ?? '';
  for (const control of Array.from(form().querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input, select, button'))) control.disabled = page.readOnly !== null;
  replace('rhythm', ...page.rhythm.map((line) => el('p', { className: 'help' }, line)));
  form().hidden = false;
  version = page.version;
  opened = typed();
}

async function load(): Promise<void> {
  const result = await call('getSettingsPage', {});
  if (result.status === 'error') return status('status', result.message, 'error');
  take(result.response);
  status('status', '');
}

/**
 * After a refused save: the settings read again, then what the deputy changed since the form
 * opened put back over them (setting by setting); a colleague's change to another one comes in.
 */
async function reload(button: HTMLButtonElement): Promise<void> {
  const mine = typed();
  const base = opened;
  const result = await call('getSettingsPage', {});
  if (result.status === 'error') return outcome(button, result.message, 'error');
  take(result.response);
  const theirs = opened;
  for (const [key, value] of Object.entries(mergeFields(base, mine, theirs))) {
    const control = form().elements.namedItem(key) as HTMLInputElement | HTMLSelectElement | null;
    if (control) control.value = value;
  }
  dropReload(button);
  outcome(button, S.reloaded, 'info');
}

async function save(): Promise<void> {
  const button = byId<HTMLButtonElement>('save');
  outcome(button, 'Сохраняю…', 'info');
  const values = typed();
  const result = await call('saveSettings', { values, version, confirm: confirming });
  if (result.status === 'error' && result.type === 'confirm') {
    showFieldErrors(form(), result.fields);
    confirming = true;
    button.textContent = 'Подтвердить и сохранить';
    return outcome(button, result.message, 'error');
  }
  if (result.status === 'error' && result.type === 'stale') return offerReload(button, result.message, () => reload(button));
  if (result.status === 'error') {
    showFieldErrors(form(), result.fields);
    return outcome(button, result.message, 'error');
  }
  showFieldErrors(form(), {});
  dropReload(button);
  confirming = false;
  button.textContent = 'Сохранить';
  // Saved: what the form shows now is what the book holds, and the next save compares with it.
  version = result.response.version;
  opened = values;
  if (result.response.warning) outcome(button, result.response.warning, 'error');
  else outcome(button, 'Сохранено.', 'ok');
}

// A confirmation is for the folder the deputy saw named: changing the field asks again.
byId<HTMLFormElement>('form').addEventListener('input', (event) => {
  if ((event.target as HTMLInputElement).name !== 'driveFolder' || !confirming) return;
  confirming = false;
  byId<HTMLButtonElement>('save').textContent = 'Сохранить';
});

byId<HTMLFormElement>('form').addEventListener('submit', (event) => {
  event.preventDefault();
  void busy(byId<HTMLButtonElement>('save'), save);
});
void load();
