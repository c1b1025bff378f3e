import '../../lib/addon.css';
import { newRequestKey } from '../../lib/request-key';
import * as RU from '../../../src/text/ru';
import { call, type ResponseOf } from '../../lib/server';
import type { InputOf } from '../../../src/wire';
import { busy, byId, el, replace } from '../../lib/dom';
import { outcome, readForm, showFieldErrors, status } from '../../lib/form';
import { formatRu, isLocalDate, type LocalDate } from '../../../src/domain/local-date';
import { monthlySeries } from '../../../src/domain/meetings';
import { isWorkingDay, nearestWorkingDay } from '../../../src/domain/session-rules';
import { unreadableNote } from '../../lib/unreadable';
import { dropReload, offerReload } from '../../lib/stale';
import { checkedValues, choices, field, select, setChecked, type Choice } from './fields';
import { attachOther, joinOther, joinOthers, otherTextOf, withOther } from '../../lib/other';
import { OTHER } from '../../../src/domain/other-option';

const T = RU.sessionsPage;
type Page = ResponseOf<'getSessionsPage'>;
type Item = Page['sessions'][number];

let page: Page;

const opts = (list: Array<{ key: string; label: string }>): Choice[] => list.map((o) => ({ value: o.key, label: o.label }));
const input = (name: string, type: string, extra: Record<string, unknown> = {}) => el('input', { id: `f-${name}`, name, type, ...extra });
const textarea = (name: string) => el('textarea', { id: `f-${name}`, name, className: 'short' });

// ---- tabs ---------------------------------------------------------------------------------

function showTab(which: 'schedule' | 'mark'): void {
  for (const name of ['schedule', 'mark'] as const) {
    byId(name).hidden = name !== which;
    byId(`tab-${name}`).setAttribute('aria-selected', String(name === which));
  }
}

// ---- scheduling ---------------------------------------------------------------------------

function renderSchedule(): void {
  const teachers = page.teachers.map((t) => ({ value: t.id, label: t.name }));
  const community = field(select('communityId', page.communities.map((c) => ({ value: c.id, label: c.name })), T.none), T.community, T.communityHelp);
  community.id = 'community-box';
  replace(
    'schedule-fields',
    field(select('kind', opts(page.kinds)), T.kind),
    field(select('format', opts(page.formats)), T.format),
    community,
    field(select('leaderId', teachers, T.none), T.leader, T.coachHelp),
    choices('participantsIds', T.participants, teachers, 'checkbox'),
    field(select('programmeId', page.programmes.map((p) => ({ value: p.id, label: p.label })), T.none), T.programme, T.programmeHelp),
    field(select('workForm', opts(page.workForms), T.none), T.workForm),
    field(textarea('topic'), T.topic),
    field(input('stage', 'text'), T.stage),
    field(input('place', 'text'), T.place),
    field(input('date', 'date', { value: page.today }), T.date),
    el('div', { className: 'pair' }, field(input('startTime', 'time'), T.startTime), field(input('endTime', 'time'), T.endTime)),
    field(input('repeat', 'number', { min: 1, max: 12, value: '1' }), T.repeat, T.repeatHelp),
    el('div', { id: 'workdays', className: 'warning', role: 'status', hidden: true }),
  );
  byId('f-date').addEventListener('input', checkWorkingDays);
  byId('f-repeat').addEventListener('input', checkWorkingDays);
  checkWorkingDays();
  // Each regulation's forms of work end «и др.»: «другое» reveals a field for the deputy's own.
  attachOther(byId<HTMLSelectElement>('f-workForm'), 'f-workForm-other', '', T.workForm);
  byId('f-kind').addEventListener('change', onKind);
  byId('f-communityId').addEventListener('change', onCommunity);
  byId('f-participantsIds').addEventListener('change', linkProgramme);
  onKind();
}

/** The kind chosen last: fields are reset only when it really changes. */
let shownKind = '';
/** The leader put in from the community (not chosen by hand), so it follows the community. */
let leaderFromCommunity: string | null = null;

/**
 * A new kind keeps only what applies to it: the forms of work its own regulation names, the
 * programme and stage only for coaching, the community only for a community's meeting; what was
 * typed for the other kind (topic, participants) starts clean.
 */
function onKind(): void {
  const kind = byId<HTMLSelectElement>('f-kind').value;
  const forCommunity = page.communityKinds.includes(kind);
  const coaching = kind === 'coaching';
  byId('community-box').hidden = !forCommunity;
  byId<HTMLSelectElement>('f-communityId').disabled = !forCommunity;
  for (const name of ['programmeId', 'stage']) {
    const control = byId<HTMLInputElement | HTMLSelectElement>(`f-${name}`);
    control.disabled = !coaching;
    control.closest<HTMLElement>('.field')!.hidden = !coaching;
  }
  byId('f-leaderId-help').hidden = !coaching;
  fillLeaders(coaching);
  const changed = shownKind !== '' && shownKind !== kind;
  const wasCommunity = page.communityKinds.includes(shownKind);
  shownKind = kind;
  fillWorkForms(kind);
  if (changed) {
    byId<HTMLSelectElement>('f-programmeId').value = '';
    byId<HTMLInputElement>('f-stage').value = '';
    if (wasCommunity !== forCommunity) {
      byId<HTMLTextAreaElement>('f-topic').value = '';
      setChecked(byId('schedule'), 'participantsIds', []);
    }
    if (!forCommunity) {
      byId<HTMLSelectElement>('f-communityId').value = '';
      const leader = byId<HTMLSelectElement>('f-leaderId');
      if (leaderFromCommunity && leader.value === leaderFromCommunity) leader.value = '';
      leaderFromCommunity = null;
    }
  }
  if (forCommunity) {
    byId<HTMLSelectElement>('f-format').value = 'group';
    onCommunity();
  }
  linkProgramme();
}

/**
 * 000 I.3: a coaching session's picker offers only the teachers marked as coaches; one chosen
 * before (from a community, or by hand for another kind) stays, named as not marked, and the
 * server refuses it by its field.
 */
function fillLeaders(coaching: boolean): void {
  const select = byId<HTMLSelectElement>('f-leaderId');
  const keep = select.value;
  const coaches = new Set(page.coachIds);
  const offered = page.teachers.filter((t) => !coaching || coaches.has(t.id) || t.id === keep);
  const label = (t: { id: string; name: string }) => (coaching && !coaches.has(t.id) ? T.notCoachOption(t.name) : t.name);
  select.replaceChildren(el('option', { value: '' }, T.none), ...offered.map((t) => el('option', { value: t.id }, label(t))));
  select.value = keep;
}

const WEEKDAYS = ['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'];
const weekday = (d: string): string => WEEKDAYS[new Date(`${d}T12:00:00Z`).getUTCDay()]!;
const shown = (d: string): string => `${formatRu(d as LocalDate)} (${weekday(d)})`;

/**
 * A date (or a month of the series) on a Saturday, a Sunday or a school holidays' day: said before
 * saving, with the nearest working day of that month offered (ticked, it is what is saved).
 */
function checkWorkingDays(): void {
  const box = byId('workdays');
  const date = byId<HTMLInputElement>('f-date').value;
  const repeat = Math.min(12, Math.max(1, Number(byId<HTMLInputElement>('f-repeat').value) || 1));
  const holidays = new Set(page.holidays);
  const off = isLocalDate(date) ? monthlySeries(date, repeat).filter((d) => !isWorkingDay(d, holidays)) : [];
  box.hidden = off.length === 0;
  if (off.length === 0) return box.replaceChildren();
  const pairs = off.map((d) => `${shown(d)} → ${shown(nearestWorkingDay(d, holidays))}`);
  box.replaceChildren(
    el('p', {}, T.nonWorking(off.map(shown))),
    el('div', { className: 'choice' }, el('input', { type: 'checkbox', id: 'f-shiftToWorkingDays', name: 'shiftToWorkingDays', value: 'true' }), el('label', { htmlFor: 'f-shiftToWorkingDays' }, T.shiftOffer(pairs))),
  );
}

/** «Форма работы» offers the forms of the kind's own regulation (000 IV.3, 003 §4, 004 §3.1). */
function fillWorkForms(kind: string): void {
  const select = byId<HTMLSelectElement>('f-workForm');
  const keep = select.value;
  const allowed = page.formsByKind[kind] ?? page.workForms.map((f) => f.key);
  const forms = page.workForms.filter((f) => allowed.includes(f.key));
  const choices = withOther(forms.map((f) => ({ value: f.key, label: f.label })));
  select.replaceChildren(el('option', { value: '' }, T.none), ...choices.map((f) => el('option', { value: f.value }, f.label)));
  select.value = allowed.includes(keep) || keep === OTHER ? keep : '';
  select.dispatchEvent(new Event('change'));
}

/** A community meeting involves the community: its leader leads, its members take part. */
function onCommunity(): void {
  const community = page.communities.find((c) => c.id === byId<HTMLSelectElement>('f-communityId').value);
  if (!community) return;
  const leader = byId<HTMLSelectElement>('f-leaderId');
  if (community.leaderId && (!leader.value || leader.value === leaderFromCommunity)) {
    leader.value = community.leaderId;
    leaderFromCommunity = community.leaderId;
  }
  setChecked(byId('schedule'), 'participantsIds', community.memberIds);
}

/**
 * A session's programme is one of its participants' (the server refuses another teacher's): only
 * those are offered. A coaching session for one supported teacher goes to that teacher's active programme.
 */
function linkProgramme(): void {
  const programme = byId<HTMLSelectElement>('f-programmeId');
  const participants = checkedValues(byId('schedule'), 'participantsIds');
  const teacherOf = new Map(page.programmes.map((p) => [p.id, p.teacherId] as const));
  for (const option of Array.from(programme.options)) {
    if (option.value) option.disabled = !participants.includes(teacherOf.get(option.value) ?? '');
  }
  if (programme.selectedOptions[0]?.disabled) programme.value = '';
  if (byId<HTMLSelectElement>('f-kind').value !== 'coaching' || programme.value || participants.length !== 1) return;
  const theirs = page.programmes.filter((p) => p.teacherId === participants[0]);
  if (theirs.length === 1) programme.value = theirs[0]!.id;
}

/** Names this scheduling: kept while its save is retried, renewed once it succeeded. */
let requestKey = newRequestKey();

async function schedule(): Promise<void> {
  const form = byId<HTMLFormElement>('schedule');
  const button = byId<HTMLButtonElement>('schedule-save');
  outcome(button, T.saving, 'info');
  // The form's names are the schema's fields and its choices the schema's keys; the server parses them again.
  const values = readForm(form);
  const workForm = joinOther(typeof values.workForm === 'string' ? values.workForm : '', otherTextOf('f-workForm-other'));
  const result = await call('scheduleSessions', { ...values, workForm, requestKey } as unknown as InputOf<'scheduleSessions'>);
  if (result.status === 'error') {
    // Errors shown by their fields are summed up as "fix the marked fields"; others as they came.
    const shown = showFieldErrors(form, result.fields);
    return outcome(button, shown ? T.fix : result.message, 'error');
  }
  showFieldErrors(form, {});
  requestKey = newRequestKey();
  const left = result.response.nonWorking;
  const note = result.response.planNote ? ` ${result.response.planNote}` : '';
  outcome(button, T.scheduled(result.response.dates) + (left.length > 0 ? T.stillNonWorking(left) : '') + note, 'ok');
  // A session due this month now waits for its mark: refresh the list (the form stays as typed).
  const fresh = await call('getSessionsPage', {});
  if (fresh.status === 'success') takeList(fresh.response);
}

/** A fresh first part of the list (after scheduling or a reload): what was picked stays picked. */
function takeList(fresh: Page): void {
  page.sessions = fresh.sessions;
  page.earlier = fresh.earlier;
  page.before = fresh.before;
  renderList();
}

// ---- marking held / cancelled -----------------------------------------------------------------

function itemLabel(s: Item): string {
  const when = [s.dateText, s.startTime].filter(Boolean).join(' ');
  const who = [s.leaderName, s.communityName].filter(Boolean).join(', ');
  return `${when} · ${s.kind}: ${s.topic}${who ? ` (${who})` : ''}`;
}

function renderMark(): void {
  const teachers = page.teachers.map((t) => ({ value: t.id, label: t.name }));
  const filterTeacher = select('filterTeacher', teachers, T.all);
  const filterCommunity = select('filterCommunity', page.communities.map((c) => ({ value: c.id, label: c.name })), T.all);
  // Filters narrow the list; they are not part of what is saved.
  filterTeacher.removeAttribute('name');
  filterCommunity.removeAttribute('name');
  replace(
    'mark-fields',
    el('div', { className: 'pair' }, field(filterTeacher, T.filterTeacher), field(filterCommunity, T.filterCommunity)),
    el(
      'fieldset',
      { id: 'f-sessionId' },
      el('legend', {}, T.listLegend),
      el('div', { id: 'session-list', className: 'scroll-list tall' }),
      el('div', { id: 'earlier-box' }),
      el('div', { className: 'field-error', 'data-error-for': 'sessionId', role: 'alert' }),
    ),
    unreadableList(),
    field(select('status', opts(page.marks)), T.markStatus),
    choices('results', T.results, withOther(opts(page.results)), 'checkbox', false),
    field(textarea('resultNote'), T.resultNote),
  );
  // 000 IV.6 ends «и др.»: «другое» reveals a field for the deputy's own result.
  attachOther(byId<HTMLFieldSetElement>('f-results'), 'f-results-other', '', T.results);
  filterTeacher.addEventListener('change', renderList);
  filterCommunity.addEventListener('change', renderList);
  byId('f-status').addEventListener('change', onStatus);
  renderList();
}

/** Sessions whose row has a cell the add-on cannot read: not markable here, but named with the cell. */
function unreadableList(): HTMLElement | null {
  if (page.unreadable.length === 0) return null;
  return el(
    'section',
    { id: 'unreadable' },
    el('h2', {}, RU.dataCheck.unreadableTitle),
    el('ul', { className: 'glance' }, ...page.unreadable.map((u) => el('li', {}, el('div', {}, u.label), unreadableNote(u)))),
  );
}

function renderList(): void {
  const teacher = byId<HTMLSelectElement>('f-filterTeacher').value;
  const community = byId<HTMLSelectElement>('f-filterCommunity').value;
  const checked = checkedValues(byId('mark'), 'sessionId')[0] ?? page.selectedId;
  const shown = page.sessions.filter(
    (s) => (!teacher || s.leaderId === teacher || s.participantsIds.includes(teacher)) && (!community || s.communityId === community),
  );
  renderEarlier();
  replace(
    'session-list',
    shown.length === 0 && page.earlier === 0
      ? el('p', { className: 'muted' }, T.nothingToMark)
      : null,
    ...shown.map((s) =>
      el(
        'div',
        { className: 'choice' },
        el('input', { type: 'radio', id: `s-${s.id}`, name: 'sessionId', value: s.id, checked: s.id === checked }),
        el('label', { htmlFor: `s-${s.id}` }, itemLabel(s), s.overdue ? el('span', { className: 'badge' }, T.overdue) : null),
      ),
    ),
  );
}

/** Sessions of earlier days not sent yet: counted, and brought in with one click. */
function renderEarlier(): void {
  if (page.earlier === 0 || !page.before) return replace('earlier-box');
  const more: HTMLButtonElement = el('button', { type: 'button', id: 'earlier', className: 'small', onclick: () => void busy(more, loadEarlier) }, T.earlier(page.earlier));
  replace('earlier-box', more);
}

async function loadEarlier(): Promise<void> {
  if (!page.before) return;
  const result = await call('getEarlierSessions', { before: page.before });
  if (result.status === 'error') return status('status', result.message, 'error');
  const known = new Set(page.sessions.map((s) => s.id));
  page.sessions = [...result.response.sessions.filter((s) => !known.has(s.id)), ...page.sessions];
  page.earlier = result.response.earlier;
  page.before = result.response.before;
  renderList();
}

/** Results belong to a session that took place (000 IV.6). */
function onStatus(): void {
  const held = byId<HTMLSelectElement>('f-status').value === 'held';
  for (const box of Array.from(byId('f-results').querySelectorAll<HTMLInputElement>('input'))) box.disabled = !held;
}

async function mark(): Promise<void> {
  const form = byId<HTMLFormElement>('mark');
  const button = byId<HTMLButtonElement>('mark-save');
  outcome(button, T.saving, 'info');
  const values = readForm(form);
  const sessionId = typeof values.sessionId === 'string' ? values.sessionId : '';
  const version = page.sessions.find((s) => s.id === sessionId)?.version ?? {};
  const results = joinOthers(Array.isArray(values.results) ? values.results : [], otherTextOf('f-results-other'));
  const result = await call('recordSessionResult', { sessionId, status: values.status, results, resultNote: values.resultNote, version } as InputOf<'recordSessionResult'>);
  if (result.status === 'error' && result.type === 'stale') return offerReload(button, result.message, () => reload(button));
  if (result.status === 'error') {
    // Errors shown by their fields are summed up as "fix the marked fields"; others as they came.
    const shown = showFieldErrors(form, result.fields);
    return outcome(button, shown ? T.fix : result.message, 'error');
  }
  showFieldErrors(form, {});
  dropReload(button);
  // Marked: it leaves the list, and the next one starts clean.
  page.sessions = page.sessions.filter((s) => s.id !== result.response.id);
  if (page.selectedId === result.response.id) page.selectedId = null;
  setChecked(form, 'results', []);
  byId<HTMLInputElement>('f-results-other').value = '';
  byId('f-results').dispatchEvent(new Event('change'));
  byId<HTMLTextAreaElement>('f-resultNote').value = '';
  renderList();
  outcome(button, T.marked(result.response.status) + (result.response.planNote ? ` ${result.response.planNote}` : ''), 'ok');
}

/**
 * After a refused mark: the list as it stands now; the mark, results and note typed stay in the
 * form, and the session picked stays picked if it still awaits its mark.
 */
async function reload(button: HTMLButtonElement): Promise<void> {
  const picked = checkedValues(byId('mark'), 'sessionId')[0];
  let fresh = await call('getSessionsPage', picked ? { sessionId: picked } : {});
  // The session picked is gone from the sheet: the list without it.
  if (fresh.status === 'error' && picked) fresh = await call('getSessionsPage', {});
  if (fresh.status === 'error') return outcome(button, fresh.message, 'error');
  takeList(fresh.response);
  dropReload(button);
  outcome(button, RU.stale.reloaded, 'info');
}

// ---- start --------------------------------------------------------------------------------

async function load(): Promise<void> {
  const result = await call('getSessionsPage', {});
  if (result.status === 'error') return status('status', result.message, 'error');
  page = result.response;
  byId('tab-schedule').textContent = T.tabSchedule;
  byId('tab-mark').textContent = T.tabMark;
  byId('schedule-save').textContent = T.schedule;
  byId('mark-save').textContent = T.saveMark;
  renderSchedule();
  renderMark();
  byId('tabs').hidden = false;
  showTab(page.selectedId ? 'mark' : 'schedule');
  status('status', '');
}

byId('tab-schedule').addEventListener('click', () => showTab('schedule'));
byId('tab-mark').addEventListener('click', () => showTab('mark'));
byId<HTMLFormElement>('schedule').addEventListener('submit', (event) => {
  event.preventDefault();
  void busy(byId<HTMLButtonElement>('schedule-save'), schedule);
});
byId<HTMLFormElement>('mark').addEventListener('submit', (event) => {
  event.preventDefault();
  void busy(byId<HTMLButtonElement>('mark-save'), mark);
});
void load();
