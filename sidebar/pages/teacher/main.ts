import '../../lib/addon.css';
import { newRequestKey } from '../../lib/request-key';
import * as RU from '../../../src/text/ru';
import { TEACHER_COLUMNS } from '../../../src/text/teacher-columns';
import { call, type ResponseOf } from '../../lib/server';
import { busy, byId, el, replace, setText } from '../../lib/dom';
import { outcome, resetSaved, showFieldErrors, status } from '../../lib/form';
import { applyIds, classRow, readClasses, renumber, rows, type ClassValues } from './classes';
import { glanceLists } from './glance';
import { monitoringSection } from './monitoring';
import { showCoaching } from './coaching';
import { dropReload, offerReload } from '../../lib/stale';
import { mergeFields, mergeRows } from '../../../src/domain/merge';

type Page = ResponseOf<'getTeacherPage'>;
type Card = NonNullable<Page['teacher']>;
type Kind = 'text' | 'email' | 'number' | 'date' | 'role' | 'coachBasis' | 'category' | 'mentor' | 'note';

/** The card's fields, labelled with the teachers tab's headers. */
const CARD: Array<{ key: keyof Card; kind: Kind; column?: string }> = [
  { key: 'fullName', kind: 'text' },
  { key: 'email', kind: 'email' },
  { key: 'subject', kind: 'text' },
  { key: 'position', kind: 'text' },
  { key: 'role', kind: 'role' },
  { key: 'coachBasis', kind: 'coachBasis' },
  { key: 'totalExperience', kind: 'number' },
  { key: 'schoolExperience', kind: 'number' },
  { key: 'load', kind: 'number' },
  { key: 'totalLoad', kind: 'number' },
  { key: 'category', kind: 'category' },
  { key: 'attestationDate', kind: 'date' },
  { key: 'mentorId', kind: 'mentor', column: 'mentorName' },
  { key: 'note', kind: 'note' },
];
const REQUIRED = new Set<string>(['fullName', 'role']);

const t = RU.teacherPage;
let page: Page | null = null;
let currentId: string | null = null;
/** Names the new teacher being typed, so a retried save finishes it instead of adding another. */
let requestKey = newRequestKey();
/** Saved class rows removed on the page since the last load: the only ones the server deletes. */
let removedClassIds: string[] = [];
/** The card and classes as the page last read them: the server refuses a save if they changed since. */
let version: Page['version'] = {};
/** The form as opened: a reload keeps only what the deputy changed from it. */
let opened: Typed | null = null;
type Typed = { card: Record<string, string>; classes: ClassValues[] };

const column = (key: string) => TEACHER_COLUMNS[key as keyof typeof TEACHER_COLUMNS] as { header: string; max?: number } | undefined;
const form = () => byId<HTMLFormElement>('form');
const classesBox = () => byId('classes');

function choices(list: ReadonlyArray<{ value: string; label: string }>, selected: string, blank: boolean): HTMLOptionElement[] {
  return [...(blank ? [el('option', { value: '' }, t.none)] : []), ...list.map((o) => el('option', { value: o.value, selected: o.value === selected }, o.label))];
}

function control(field: (typeof CARD)[number], card: Card | null, data: Page): HTMLElement {
  const id = `t-${field.key}`;
  const raw = card ? card[field.key] : field.key === 'role' ? 'teacher' : null;
  const value = raw === null || raw === undefined ? '' : String(raw);
  const common = { id, name: `teacher.${field.key}`, 'aria-describedby': `${id}-error`, 'aria-required': REQUIRED.has(field.key) ? 'true' : undefined };
  switch (field.kind) {
    case 'role':
      return el('select', common, ...choices(data.roles, value, false));
    case 'coachBasis':
      // 000 I.3's list; blank: she does not coach (the sessions page offers only the marked).
      return el('select', { ...common, title: t.coachHelp }, ...choices(data.coachBases, value, true));
    case 'category':
      return el('select', common, ...choices(data.categories, value, true));
    case 'mentor': {
      const others = data.teachers.filter((p) => p.id !== card?.id).map((p) => ({ value: p.id, label: p.name }));
      return el('select', common, ...choices(others, value, true));
    }
    case 'note':
      return el('textarea', { ...common, value, rows: 3 });
    case 'number': {
      const max = column(field.key)?.max;
      // Text, not type=number: a typo must reach the server and come back as an error by the field.
      return el('input', { ...common, type: 'text', inputMode: 'decimal', value, title: max !== undefined ? `0–${max}` : undefined });
    }
    default:
      return el('input', { ...common, type: field.kind, value, autocomplete: 'off' });
  }
}

function renderCard(card: Card | null, data: Page): void {
  replace(
    'card',
    ...CARD.map((field) =>
      el(
        'div',
        { className: 'field' },
        el('label', { htmlFor: `t-${field.key}` }, column(field.column ?? field.key)?.header ?? field.key, REQUIRED.has(field.key) ? el('span', { className: 'required', 'aria-hidden': 'true' }, ' *') : null),
        control(field, card, data),
        el('div', { id: `t-${field.key}-error`, className: 'field-error', role: 'alert', 'data-error-for': `teacher.${field.key}` }),
      ),
    ),
  );
}

function addClass(values: ClassValues): HTMLFieldSetElement {
  const row = classRow(values, (next, removedId) => {
    if (removedId) removedClassIds.push(removedId);
    renumber(classesBox());
    setText('no-classes', rows(classesBox()).length ? '' : t.noClasses);
    (next?.querySelector('input:not([type=hidden])') as HTMLElement | null ?? byId('add-class')).focus();
  });
  classesBox().append(row);
  renumber(classesBox());
  setText('no-classes', '');
  return row;
}

function renderPicker(data: Page): void {
  replace('picker', el('option', { value: '' }, t.newOption), ...data.teachers.map((p) => el('option', { value: p.id, selected: p.id === currentId }, p.name)));
  byId<HTMLSelectElement>('picker').value = currentId ?? '';
}

/** The whole page for `card` (null: a blank form for a new teacher). */
function render(data: Page, card: Card | null, classes: ReadonlyArray<ClassValues>, glance: Page['glance']): void {
  page = data;
  if ((card?.id ?? null) !== currentId) requestKey = newRequestKey();
  currentId = card?.id ?? null;
  removedClassIds = [];
  renderPicker(data);
  setText('card-title', card ? t.card : t.cardNew);
  renderCard(card, data);
  replace('classes');
  for (const c of classes) addClass(c);
  setText('no-classes', classes.length ? '' : t.noClasses);
  byId('glance').hidden = !glance;
  replace('glance-lists', ...(glance ? glanceLists(glance) : []));
  // The monitoring belongs to the teacher shown: a blank new-teacher form has none.
  const monitoring = glance ? data.monitoring : null;
  byId('monitoring').hidden = !monitoring;
  replace('monitoring-body', ...(monitoring ? monitoringSection(monitoring) : []));
  void showCoaching(glance ? currentId : null);
  form().hidden = false;
  byId('save').hidden = false;
  version = card ? data.version : {};
  opened = typed();
}

function typed(): Typed {
  const { teacher, classes } = payload();
  const { id: _id, ...card } = teacher;
  return { card, classes };
}

/**
 * After a refused save: the card read again and drawn, then what the deputy changed since the
 * page opened put back over it (field by field, class by class).
 */
async function reload(button: HTMLButtonElement): Promise<void> {
  const mine = typed();
  const base = opened ?? mine;
  const removed = [...removedClassIds];
  const result = await call('getTeacherPage', currentId ? { teacherId: currentId } : {});
  if (result.status === 'error') return outcome(button, result.message, 'error');
  const data = result.response;
  const freshClasses = data.classes.map((c) => ({ id: c.id, schoolYear: c.schoolYear, className: c.className, programme: c.programme ?? '', planning: c.planning ?? '', textbooks: c.textbooks ?? '' }));
  render(data, data.teacher, freshClasses, data.glance);
  const theirs = typed();
  const card = mergeFields(base.card, mine.card, theirs.card);
  for (const [key, value] of Object.entries(card)) {
    const control = form().elements.namedItem(`teacher.${key}`) as HTMLInputElement | HTMLSelectElement | null;
    if (control) control.value = value;
  }
  removedClassIds = removed.filter((id) => theirs.classes.some((c) => c.id === id));
  replace('classes');
  const classes = mergeRows(base.classes, mine.classes, theirs.classes, removedClassIds);
  for (const c of classes) addClass(c);
  setText('no-classes', classes.length ? '' : t.noClasses);
  opened = theirs;
  dropReload(button);
  outcome(button, RU.stale.reloaded, 'info');
}

async function load(teacherId?: string): Promise<boolean> {
  const result = await call('getTeacherPage', teacherId ? { teacherId } : {});
  if (result.status === 'error') {
    status('status', result.message, 'error');
    return false;
  }
  const data = result.response;
  const classes = data.classes.map((c) => ({ id: c.id, schoolYear: c.schoolYear, className: c.className, programme: c.programme ?? '', planning: c.planning ?? '', textbooks: c.textbooks ?? '' }));
  render(data, data.teacher, classes, data.glance);
  status('status', '');
  return true;
}

function newTeacher(): void {
  if (!page) return;
  resetSaved(byId<HTMLButtonElement>('save'));
  render(page, null, [], null);
  status('status', '');
  byId('t-fullName').focus();
}

function payload() {
  const value = (key: string) => (form().elements.namedItem(`teacher.${key}`) as HTMLInputElement | null)?.value ?? '';
  const teacher = Object.fromEntries(CARD.map((f) => [f.key, value(f.key)]));
  return { teacher: { ...teacher, id: currentId }, classes: readClasses(classesBox()), removedClassIds, requestKey: currentId ? null : requestKey, version };
}

async function save(): Promise<void> {
  const button = byId<HTMLButtonElement>('save');
  outcome(button, t.saving, 'info');
  const result = await call('saveTeacher', payload());
  if (result.status === 'error' && result.type === 'stale') return offerReload(button, result.message, () => reload(button));
  if (result.status === 'error') {
    // Everything typed stays; errors go by their fields, any without a field into the status line.
    showFieldErrors(form(), result.fields);
    const loose = Object.entries(result.fields ?? {}).filter(([name]) => !form().querySelector(`[data-error-for="${CSS.escape(name)}"]`));
    return outcome(button, [result.message, ...loose.map(([, message]) => message)].join(' '), 'error');
  }
  showFieldErrors(form(), {});
  dropReload(button);
  version = result.response.version;
  const created = currentId === null;
  // Ids first: should the reload fail, saving again updates these rows instead of adding them twice.
  currentId = result.response.id;
  applyIds(classesBox(), result.response.classIds);
  if (await load(currentId)) outcome(button, created ? t.created : t.saved, 'ok');
}

byId<HTMLSelectElement>('picker').addEventListener('change', (event) => {
  const picker = event.currentTarget as HTMLSelectElement;
  if (picker.value === '') return newTeacher();
  resetSaved(byId<HTMLButtonElement>('save'));
  status('status', t.loading);
  void busy(byId<HTMLButtonElement>('save'), async () => {
    picker.disabled = true;
    try {
      if (!(await load(picker.value))) picker.value = currentId ?? '';
    } finally {
      picker.disabled = false;
    }
  });
});
byId('new').addEventListener('click', newTeacher);
byId('add-class').addEventListener('click', () => {
  const row = addClass({ id: null, schoolYear: page?.schoolYear ?? '', className: '', programme: '', planning: '', textbooks: '' });
  row.querySelector<HTMLInputElement>('input[data-key="className"]')?.focus();
});
form().addEventListener('submit', (event) => {
  event.preventDefault();
  void busy(byId<HTMLButtonElement>('save'), save);
});
void load();
