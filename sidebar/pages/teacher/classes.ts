/**
 * The card's classes table (001 §6.2: class, programme, planning, textbook set), one group of
 * fields per row so each stays readable at 300 px. Field names carry the row's index
 * (`classes.1.className`) so the server's errors land by their field; indexes follow the rows.
 */
import * as RU from '../../../src/text/ru';
import { CLASS_COLUMNS } from '../../../src/text/teacher-columns';
import { el } from '../../lib/dom';

export type ClassValues = { id: string | null; schoolYear: string; className: string; programme: string; planning: string; textbooks: string };

type Key = 'schoolYear' | 'className' | 'programme' | 'planning' | 'textbooks';

const header = (key: Key) => CLASS_COLUMNS[key].header;
let uid = 0;

function field(rowUid: number, key: Key, value: string): HTMLElement {
  const id = `c${rowUid}-${key}`;
  const required = key === 'schoolYear' || key === 'className';
  return el(
    'div',
    { className: `field field-${key}` },
    el('label', { htmlFor: id }, header(key), required ? el('span', { className: 'required', 'aria-hidden': 'true' }, ' *') : null),
    el('input', {
      id,
      type: 'text',
      value,
      'data-key': key,
      'aria-required': required ? 'true' : undefined,
      placeholder: key === 'schoolYear' ? RU.teacherPage.schoolYearHint : undefined,
      'aria-describedby': `${id}-error`,
    }),
    el('div', { id: `${id}-error`, className: 'field-error', role: 'alert', 'data-error-key': key }),
  );
}

/** One row of the table; `onRemove` runs after the row has left the page, with its saved id if any. */
export function classRow(values: ClassValues, onRemove: (next: HTMLElement | null, removedId: string | null) => void): HTMLFieldSetElement {
  const rowUid = ++uid;
  const remove = el('button', { type: 'button', className: 'link remove-class' }, RU.teacherPage.removeClassShort);
  const row = el(
    'fieldset',
    { className: 'class-row' },
    el('legend', {}, ''),
    el('input', { type: 'hidden', value: values.id ?? '', 'data-key': 'id' }),
    el('div', { className: 'pair' }, field(rowUid, 'schoolYear', values.schoolYear), field(rowUid, 'className', values.className)),
    field(rowUid, 'programme', values.programme),
    field(rowUid, 'planning', values.planning),
    field(rowUid, 'textbooks', values.textbooks),
    remove,
  );
  remove.addEventListener('click', () => {
    const next = (row.nextElementSibling ?? row.previousElementSibling) as HTMLElement | null;
    const id = row.querySelector<HTMLInputElement>('input[data-key="id"]')!.value || null;
    row.remove();
    onRemove(next, id);
  });
  return row;
}

/** Gives every row its index: names, error holders, legend and the remove button's name. */
export function renumber(container: HTMLElement): void {
  rows(container).forEach((row, i) => {
    row.querySelector('legend')!.textContent = RU.teacherPage.classRow(i + 1);
    row.querySelector('.remove-class')!.setAttribute('aria-label', RU.teacherPage.removeClass(i + 1));
    for (const input of Array.from(row.querySelectorAll<HTMLInputElement>('input[data-key]'))) input.name = `classes.${i}.${input.dataset.key}`;
    for (const holder of Array.from(row.querySelectorAll<HTMLElement>('[data-error-key]'))) holder.setAttribute('data-error-for', `classes.${i}.${holder.dataset.errorKey}`);
  });
}

export function rows(container: HTMLElement): HTMLFieldSetElement[] {
  return Array.from(container.querySelectorAll<HTMLFieldSetElement>('fieldset.class-row'));
}

export function readClasses(container: HTMLElement): ClassValues[] {
  return rows(container).map((row) => {
    const value = (key: string) => row.querySelector<HTMLInputElement>(`input[data-key="${key}"]`)!.value;
    return { id: value('id') || null, schoolYear: value('schoolYear'), className: value('className'), programme: value('programme'), planning: value('planning'), textbooks: value('textbooks') };
  });
}

/** After a save: each row gets the id the server gave it; a blank row it skipped leaves. */
export function applyIds(container: HTMLElement, ids: ReadonlyArray<string | null>): void {
  rows(container).forEach((row, i) => {
    const id = ids[i];
    if (id) row.querySelector<HTMLInputElement>('input[data-key="id"]')!.value = id;
    else row.remove();
  });
  renumber(container);
}
