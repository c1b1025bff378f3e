import '../../lib/addon.css';
import { newRequestKey } from '../../lib/request-key';
import { call, type ResponseOf } from '../../lib/server';
import type { InputOf } from '../../../src/wire';
import { busy, byId, el, replace, setText } from '../../lib/dom';
import { outcome, readForm, showFieldErrors, status } from '../../lib/form';
import * as RU from '../../../src/text/ru';
import { choiceGroup, field, inPageOrder, select, textarea, textInput } from './fields';
import { ItemList } from './items';
import { AttachmentsSection } from './attachments';
import { attachOther, joinOthers, otherTextOf, withOther } from '../../lib/other';
import { offerReload, dropReload } from '../../lib/stale';
import { mergeFields, mergeRows } from '../../../src/domain/merge';

type Page = ResponseOf<'getProgrammePage'>;
/** The form's values as the deputy sees them (what a reload merges). */
type Typed = Omit<Page['form'], 'id' | 'status' | 'statusLabel' | 'version'>;

const T = RU.programmePage;
const E = RU.evidence;
const form = byId<HTMLFormElement>('form');
let programmeId: string | null = null;
/** Names the new programme being typed, so a retried save finishes it instead of adding another. */
let requestKey = newRequestKey();
let items: ItemList;
/** The records as the page last read or saved them: the server refuses a save if they changed since. */
let version: Page['form']['version'] = {};
/** The form as opened or last saved: a reload keeps only what the deputy changed from it. */
let opened: Typed | null = null;
/** Teachers whose categories the deputy ticked by hand: the self-diagnosis no longer overrides them. */
const handTicked = new Set<string>();
let autoTicked: string[] = [];
const attachments = new AttachmentsSection(byId('attachments'));

function step(n: 1 | 2 | 3, ...children: HTMLElement[]): HTMLElement {
  return el(
    'fieldset',
    { className: 'step', id: `step-${n}`, hidden: n !== 1, 'data-step': String(n) },
    el('legend', {}, T.step(n, T.stepNames[n - 1]!)),
    ...children,
    el(
      'div',
      { className: 'buttons' },
      n > 1 ? el('button', { type: 'button', id: `back-${n}`, onclick: () => showStep(n - 1) }, T.back) : null,
      n < 3 ? el('button', { type: 'button', id: `next-${n}`, onclick: () => showStep(n + 1) }, T.next) : null,
    ),
  );
}

/** One step at a time; focus goes to its first control, so the keyboard follows the step. */
function showStep(n: number, focus = true): void {
  for (const s of Array.from(form.querySelectorAll<HTMLElement>('.step'))) s.hidden = s.dataset.step !== String(n);
  if (focus) byId(`step-${n}`).querySelector<HTMLElement>('input, select, textarea, button')?.focus();
}

function render(page: Page): void {
  const f = page.form;
  const o = page.options;
  const date = (id: string, name: string, label: string, value: string) => field(id, name, label, textInput(id, name, 'date', value));
  const itemsHost = el('div', { id: 'items' });
  // 002 §4.2 ends «и т. д.»: «другое» reveals a field for the deputy's own source.
  const sources = choiceGroup('checkbox', 'sources', T.sources, withOther(o.sources, f.sources), f.sources);
  attachOther(sources, 'f-sources-other', '', T.sources);
  replace(
    'steps',
    step(
      1,
      field('f-teacher', 'teacherId', T.teacher, select('f-teacher', 'teacherId', page.teachers, f.teacherId, T.choose)),
      choiceGroup('checkbox', 'categories', T.categories, o.categories, f.categories, { onchange: () => handTicked.add(valueOfTeacher()) }),
      el('p', { id: 'diagnosis-note', className: 'help', role: 'status' }),
      sources,
      field('f-problems', 'problems', T.problems, textarea('f-problems', 'problems', f.problems), T.problemsHelp),
    ),
    step(
      2,
      field('f-lead', 'leadId', T.lead, select('f-lead', 'leadId', page.teachers, f.leadId, T.choose)),
      choiceGroup('checkbox', 'participantsIds', T.participants, page.teachers, f.participantsIds, { scroll: true }),
      date('f-decision', 'decisionDate', T.decisionDate, f.decisionDate),
      choiceGroup('checkbox', 'helpForms', T.helpForms, o.helpForms, f.helpForms),
      choiceGroup('radio', 'emphasis', T.emphasis, o.emphases, [f.emphasis]),
      choiceGroup('radio', 'place', T.place, o.places, [f.place]),
      date('f-start', 'start', T.start, f.start),
      date('f-end', 'end', T.end, f.end),
    ),
    step(
      3,
      itemsHost,
      el('p', { id: 'items-status', className: 'help', role: 'status' }),
      el('div', { className: 'buttons' }, el('button', { type: 'button', id: 'add-item', onclick: () => items.add() }, T.addItem)),
    ),
  );
  items = new ItemList(itemsHost, o.checkpoints, (text) => setText('items-status', text), 'add-item');
  items.set(f.items);
  setProgramme(f.id, f.status, f.statusLabel);
  // Only a new programme is pre-filled; editing an existing one changes nothing.
  if (!f.id) {
    byId<HTMLSelectElement>('f-teacher').addEventListener('change', () => prefill(page));
    prefill(page);
  }
  version = f.version;
  opened = typed();
}

/** What the form holds now, shaped as the page's form. */
function typed(): Typed {
  const { programmeId: _id, requestKey: _key, removedItemIds: _removed, draft: _draft, version: _version, items: _items, ...fields } = payload(false);
  return { ...fields, items: items.read() };
}

/**
 * After a refused save: the records read again, and the form drawn from them with what the deputy
 * changed kept over them (field by field, item by item), on the step she was on.
 */
async function reload(button: HTMLButtonElement): Promise<void> {
  const result = await call('getProgrammePage', { programmeId });
  if (result.status === 'error') return outcome(button, result.message, 'error');
  const fresh = result.response;
  const mine = typed();
  const base = opened ?? mine;
  const { items: baseItems, ...baseFields } = base;
  const { items: mineItems, ...mineFields } = mine;
  const { id: _id, status: _status, statusLabel: _label, version: _version, items: freshItems, ...freshFields } = fresh.form;
  const removed = items.removed().filter((id) => freshItems.some((i) => i.id === id));
  const step = form.querySelector<HTMLElement>('.step:not([hidden])')?.dataset.step ?? '1';
  const merged = { ...fresh.form, ...mergeFields(baseFields, mineFields, freshFields), items: mergeRows(baseItems, mineItems, freshItems, removed) };
  render({ ...fresh, form: merged });
  items.keepRemoved(removed);
  version = fresh.form.version;
  opened = { ...freshFields, items: freshItems };
  showStep(Number(step), false);
  dropReload(button);
  outcome(button, RU.stale.reloaded, 'info');
}

const valueOfTeacher = (): string => byId<HTMLSelectElement>('f-teacher').value;

/** The teacher's latest self-diagnosis ticks the categories that are difficulties (mean ≥ 3.5). */
function prefill(page: Page): void {
  const teacherId = valueOfTeacher();
  const found = teacherId ? page.diagnoses[teacherId] : undefined;
  setText('diagnosis-note', found ? E.diagnosisNote(found.date, found.means.map((m) => E.categoryMean(m.label, m.mean))) : '');
  if (programmeId || !teacherId || handTicked.has(teacherId)) return;
  const wanted = found ? found.means.filter((m) => m.mean >= page.threshold).map((m) => m.category) : [];
  for (const box of Array.from(form.querySelectorAll<HTMLInputElement>('input[name="categories"]'))) {
    if (wanted.includes(box.value)) box.checked = true;
    else if (autoTicked.includes(box.value)) box.checked = false;
  }
  autoTicked = wanted;
}

/** The page names what it edits; a draft button only while the programme is new or a draft. */
function setProgramme(id: string | null, state: string, label: string): void {
  if (id !== programmeId) requestKey = newRequestKey();
  programmeId = id;
  setText('title', id ? T.editTitle : T.title);
  setText('programme-status', id ? T.status(label) : T.intro);
  byId('save-draft').hidden = !!id && state !== 'draft';
  void attachments.open(id);
}

async function load(): Promise<void> {
  const result = await call('getProgrammePage', {});
  if (result.status === 'error') return status('status', result.message, 'error');
  render(result.response);
  form.hidden = false;
  status('status', result.response.teachers.length === 0 ? T.noTeachers : '', result.response.teachers.length === 0 ? 'error' : 'info');
}

function payload(draft: boolean) {
  const v = readForm(form);
  const text = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');
  const list = (k: string) => (Array.isArray(v[k]) ? (v[k] as string[]) : []);
  return {
    programmeId,
    requestKey: programmeId ? null : requestKey,
    version,
    removedItemIds: items.removed(),
    draft,
    teacherId: text('teacherId'),
    categories: list('categories'),
    sources: joinOthers(list('sources'), otherTextOf('f-sources-other')),
    problems: text('problems'),
    leadId: text('leadId'),
    participantsIds: list('participantsIds'),
    decisionDate: text('decisionDate'),
    helpForms: list('helpForms'),
    emphasis: text('emphasis'),
    place: text('place'),
    start: text('start'),
    end: text('end'),
    items: items.read().map(({ statusLabel: _shown, ...item }) => item),
  };
}

async function save(draft: boolean): Promise<void> {
  const button = byId<HTMLButtonElement>(draft ? 'save-draft' : 'save');
  outcome(button, T.saving, 'info');
  const result = await call('saveProgramme', payload(draft) as InputOf<'saveProgramme'>);
  if (result.status === 'error' && result.type === 'stale') return offerReload(button, result.message, () => reload(button));
  if (result.status === 'error') {
    // Nothing the deputy typed is touched: errors go next to their fields, on the step they are in.
    const fields = inPageOrder(form, result.fields ?? {});
    const first = Object.keys(fields)[0];
    const at = first ? form.querySelector(`[name="${CSS.escape(first)}"]`)?.closest<HTMLElement>('.step') : null;
    if (at) showStep(Number(at.dataset.step), false);
    showFieldErrors(form, fields);
    return outcome(button, result.message, 'error');
  }
  showFieldErrors(form, {});
  dropReload(button);
  const r = result.response;
  items.setIds(r.itemIds);
  setProgramme(r.programmeId, r.status, r.statusLabel);
  version = r.version;
  opened = typed();
  outcome(button, T.saved(r.statusLabel, r.itemIds.length), 'ok');
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const draft = (event.submitter as HTMLElement | null)?.id === 'save-draft';
  const button = byId<HTMLButtonElement>(draft ? 'save-draft' : 'save');
  const other = byId<HTMLButtonElement>(draft ? 'save' : 'save-draft');
  other.disabled = true;
  void busy(button, () => save(draft)).finally(() => {
    other.disabled = false;
  });
});
setText('save', T.save);
setText('save-draft', T.saveDraft);
void load();
