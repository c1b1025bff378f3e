import '../../lib/addon.css';
import { newRequestKey } from '../../lib/request-key';
import * as RU from '../../../src/text/ru';
import { isLocalDate } from '../../../src/domain/local-date';
import { nextProtocolNumber } from '../../../src/domain/meetings';
import { call, type ResponseOf } from '../../lib/server';
import type { InputOf } from '../../../src/wire';
import { busy, byId, el, replace } from '../../lib/dom';
import { outcome, showFieldErrors, status } from '../../lib/form';
import { unreadableNote } from '../../lib/unreadable';
import { dropReload, offerReload } from '../../lib/stale';
import { mergeFields } from '../../../src/domain/merge';
import { checkedValues, choices, field, select, setChecked, type Choice } from '../sessions/fields';

const T = RU.protocolPage;
type Page = ResponseOf<'getProtocolPage'>;
type Meeting = Page['meetings'][number];

let page: Page;
/** One key per meeting's protocol, kept across retries of its save (a retry never writes it twice). */
const requestKeys = new Map<string, string>();

function requestKeyFor(sessionId: string): string {
  if (!requestKeys.has(sessionId)) requestKeys.set(sessionId, newRequestKey());
  return requestKeys.get(sessionId)!;
}
let current: Meeting | null = null;
/** The meeting's fields as the form opened them: a reload keeps only what the deputy changed from them. */
type Typed = { date: string; chairId: string; secretaryId: string; presentIds: string[] };
let opened: Typed | null = null;

const teacherChoices = (): Choice[] => page.teachers.map((t) => ({ value: t.id, label: t.name }));
const value = (root: ParentNode, selector: string): string => root.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector)?.value ?? '';

// ---- the meeting and its attendance --------------------------------------------------------

/** Held meetings whose row has a cell the add-on cannot read: named with the cell to fix. */
function renderUnreadable(): void {
  if (page.unreadable.length === 0) return replace('unreadable-box');
  replace(
    'unreadable-box',
    el(
      'section',
      { id: 'unreadable' },
      el('h2', {}, RU.dataCheck.unreadableTitle),
      el('ul', { className: 'glance' }, ...page.unreadable.map((u) => el('li', {}, el('div', {}, u.label), unreadableNote(u)))),
    ),
  );
}

function renderMeetings(): void {
  byId('empty').textContent = T.noMeetings;
  byId('empty').hidden = page.meetings.length > 0;
  if (page.meetings.length === 0) {
    byId('form').hidden = true;
    return;
  }
  const meetingSelect = select('sessionId', page.meetings.map((m) => ({ value: m.sessionId, label: m.label })));
  meetingSelect.value = page.selectedId && page.meetings.some((m) => m.sessionId === page.selectedId) ? page.selectedId : page.meetings[0]!.sessionId;
  meetingSelect.addEventListener('change', () => void pickMeeting());
  replace('meeting-box', field(meetingSelect, T.meeting));
  byId('form').hidden = false;
  renderMeeting();
}

/** A meeting picked from the list: who is expected at it comes from the server the first time. */
async function pickMeeting(): Promise<void> {
  const picked = page.meetings.find((m) => m.sessionId === byId<HTMLSelectElement>('f-sessionId').value);
  if (picked && picked.attendees === null) {
    status('status', T.loadingMeeting, 'info');
    const result = await call('getProtocolMeeting', { sessionId: picked.sessionId });
    if (result.status === 'error') return status('status', result.message, 'error');
    Object.assign(picked, result.response);
    status('status', '');
  }
  renderMeeting();
}

/** The meeting's fields; the agenda questions start afresh unless `keepQuestions` (a reload). */
function renderMeeting(keepQuestions = false): void {
  current = page.meetings.find((m) => m.sessionId === byId<HTMLSelectElement>('f-sessionId').value) ?? null;
  if (!current || current.attendees === null) return;
  const chair = select('chairId', teacherChoices(), '—');
  const secretary = select('secretaryId', teacherChoices(), '—');
  chair.value = current.chairId ?? '';
  secretary.value = current.secretaryId ?? '';
  const date = el('input', { id: 'f-date', name: 'date', type: 'date', value: current.date });
  date.addEventListener('change', updateNumber);
  const attendees = current.attendees.map((a) => ({ value: a.id, label: a.name }));
  replace(
    'fields',
    el('p', { id: 'number', className: 'number' }),
    el('p', { className: 'help' }, T.numberHelp),
    current.hasProtocol ? el('p', { className: 'error' }, T.hasProtocol) : null,
    el('dl', {}, el('dt', {}, T.community), el('dd', {}, current.communityName)),
    field(date, T.date),
    field(chair, T.chair),
    field(secretary, T.secretary),
    choices('presentIds', T.present, attendees, 'checkbox'),
    attendees.length === 0 ? el('p', { className: 'muted' }, T.noMembers) : null,
    field(el('textarea', { id: 'f-invited', name: 'invited', className: 'short' }), T.invited),
  );
  setChecked(byId('fields'), 'presentIds', attendees.map((a) => a.value));
  // The chair and the secretary sign the protocol: whoever is picked is ticked as present.
  for (const signer of [chair, secretary]) signer.addEventListener('change', () => tickPresent(signer.value));
  if (!keepQuestions) {
    replace('questions');
    addQuestion();
  }
  byId('agenda').hidden = false;
  updateNumber();
  opened = typedMeeting();
}

function typedMeeting(): Typed {
  const form = byId<HTMLFormElement>('form');
  return { date: value(form, '#f-date'), chairId: value(form, '#f-chairId'), secretaryId: value(form, '#f-secretaryId'), presentIds: checkedValues(form, 'presentIds') };
}

/**
 * After a refused save: the meeting and its community read again and drawn, then what the deputy
 * changed since the form opened put back over them; the invited and the agenda stay as typed.
 */
async function reload(button: HTMLButtonElement): Promise<void> {
  if (!current) return;
  const form = byId<HTMLFormElement>('form');
  const mine = typedMeeting();
  const base = opened ?? mine;
  const invited = value(form, '#f-invited');
  const result = await call('getProtocolMeeting', { sessionId: current.sessionId });
  if (result.status === 'error') return outcome(button, result.message, 'error');
  Object.assign(current, result.response);
  const option = byId<HTMLSelectElement>('f-sessionId').selectedOptions[0];
  if (option) option.textContent = current.label;
  renderMeeting(true);
  const theirs = typedMeeting();
  const merged = mergeFields(base, mine, theirs);
  byId<HTMLInputElement>('f-date').value = merged.date;
  byId<HTMLSelectElement>('f-chairId').value = merged.chairId;
  byId<HTMLSelectElement>('f-secretaryId').value = merged.secretaryId;
  setChecked(byId('fields'), 'presentIds', merged.presentIds);
  byId<HTMLTextAreaElement>('f-invited').value = invited;
  updateNumber();
  opened = theirs;
  dropReload(button);
  outcome(button, RU.stale.reloaded, 'info');
}

function tickPresent(id: string): void {
  const box = byId('fields').querySelector<HTMLInputElement>(`input[name="presentIds"][value="${CSS.escape(id)}"]`);
  if (box) box.checked = true;
}

/** The number this protocol will get, shown before saving (the server assigns it under the lock). */
function updateNumber(): void {
  if (!current) return;
  const date = byId<HTMLInputElement>('f-date').value;
  const day = isLocalDate(date) ? date : current.date;
  if (!isLocalDate(day)) return;
  const { number, schoolYear } = nextProtocolNumber(page.existing, current.communityId, day);
  byId('number').textContent = T.number(number, schoolYear);
}

// ---- agenda questions, added and removed in place ------------------------------------------

function part(key: string, label: string, control: HTMLElement): HTMLElement {
  control.dataset.field = key;
  return el('div', { className: 'field' }, el('label', { 'data-label-for': key }, label), control, el('div', { className: 'field-error', 'data-error-field': key, role: 'alert' }));
}

function addQuestion(): void {
  if (!current) return;
  const first = new Set((current.attendees ?? []).map((a) => a.id));
  const people = [...page.teachers.filter((t) => first.has(t.id)), ...page.teachers.filter((t) => !first.has(t.id))];
  const remove = el('button', { type: 'button', className: 'small' }, T.remove);
  const block = el(
    'fieldset',
    { className: 'row question' },
    el('legend', {}),
    part('question', T.question, el('textarea', { className: 'short' })),
    part('heard', T.heard, el('textarea', { className: 'short' })),
    part('decision', T.decision, el('textarea', { className: 'short' })),
    el(
      'fieldset',
      { className: 'responsible' },
      el('legend', {}, T.responsible),
      el('div', { className: 'scroll-list' }, ...people.map((t) => el('div', { className: 'choice' }, el('input', { type: 'checkbox', value: t.id }), el('label', {}, t.name)))),
      el('div', { className: 'field-error', 'data-error-field': 'responsibleIds', role: 'alert' }),
    ),
    part('deadline', T.deadline, el('input', { type: 'date' })),
    el('div', { className: 'buttons' }, remove),
  );
  remove.addEventListener('click', () => {
    block.remove();
    renumber();
  });
  byId('questions').append(block);
  renumber();
}

/** Names follow the order on screen ("questions.2.decision"), so errors land by their field. */
function renumber(): void {
  Array.from(byId('questions').children).forEach((block, i) => {
    const prefix = `questions.${i}`;
    block.querySelector(':scope > legend')!.textContent = T.questionLegend(i + 1);
    for (const control of Array.from(block.querySelectorAll<HTMLElement>('[data-field]'))) {
      const key = control.dataset.field!;
      control.id = `q${i}-${key}`;
      control.setAttribute('name', `${prefix}.${key}`);
      control.setAttribute('aria-describedby', `q${i}-${key}-error`);
      block.querySelector<HTMLLabelElement>(`[data-label-for="${key}"]`)!.htmlFor = control.id;
    }
    for (const holder of Array.from(block.querySelectorAll<HTMLElement>('[data-error-field]'))) {
      holder.id = `q${i}-${holder.dataset.errorField!}-error`;
      holder.dataset.errorFor = `${prefix}.${holder.dataset.errorField!}`;
    }
    for (const box of Array.from(block.querySelectorAll<HTMLInputElement>('.responsible input'))) {
      box.name = `${prefix}.responsibleIds`;
      box.id = `q${i}-r-${box.value}`;
      (box.nextElementSibling as HTMLLabelElement).htmlFor = box.id;
    }
    block.querySelector('.buttons button')!.setAttribute('aria-label', T.removeQuestion(i + 1));
  });
}

// ---- saving ------------------------------------------------------------------------------

function collect(form: HTMLFormElement): InputOf<'saveProtocol'> {
  const sessionId = value(form, '#f-sessionId');
  return {
    sessionId,
    requestKey: sessionId ? requestKeyFor(sessionId) : null,
    version: current?.sessionId === sessionId ? (current.version ?? {}) : {},
    date: value(form, '#f-date'),
    chairId: value(form, '#f-chairId'),
    secretaryId: value(form, '#f-secretaryId'),
    presentIds: checkedValues(form, 'presentIds'),
    invited: value(form, '#f-invited'),
    questions: Array.from(byId('questions').children).map((block, i) => ({
      question: value(block, '[data-field="question"]'),
      heard: value(block, '[data-field="heard"]'),
      decision: value(block, '[data-field="decision"]'),
      responsibleIds: checkedValues(block, `questions.${i}.responsibleIds`),
      deadline: value(block, '[data-field="deadline"]'),
    })),
  };
}

async function save(): Promise<void> {
  const form = byId<HTMLFormElement>('form');
  const button = byId<HTMLButtonElement>('save');
  outcome(button, T.saving, 'info');
  const result = await call('saveProtocol', collect(form));
  if (result.status === 'error' && result.type === 'stale') return offerReload(button, result.message, () => reload(button));
  if (result.status === 'error') {
    // Errors shown by their fields are summed up as "fix the marked fields"; others as they came.
    const shown = showFieldErrors(form, result.fields);
    return outcome(button, shown ? T.fix : result.message, 'error');
  }
  showFieldErrors(form, {});
  dropReload(button);
  const saved = result.response;
  // Saved: the number is taken, and the meeting has its protocol; go on to the next one.
  page.existing = [...page.existing, { communityId: current?.communityId ?? null, schoolYear: saved.schoolYear, number: saved.number }];
  page.meetings = page.meetings.filter((m) => m.sessionId !== current?.sessionId);
  page.selectedId = null;
  renderMeetings();
  const message = T.saved(saved.number, saved.schoolYear, saved.decisions);
  outcome(button, message, 'ok');
  // The last meeting recorded: the form folds away, so the answer goes above the «nothing left» line.
  if (page.meetings.length === 0) status('status', message, 'ok');
}

async function load(): Promise<void> {
  const result = await call('getProtocolPage', {});
  if (result.status === 'error') return status('status', result.message, 'error');
  page = result.response;
  byId('agenda-title').textContent = T.agenda;
  byId('add-question').textContent = T.addQuestion;
  byId('save').textContent = T.save;
  renderUnreadable();
  renderMeetings();
  status('status', '');
}

byId('add-question').addEventListener('click', addQuestion);
byId<HTMLFormElement>('form').addEventListener('submit', (event) => {
  event.preventDefault();
  void busy(byId<HTMLButtonElement>('save'), save);
});
void load();
