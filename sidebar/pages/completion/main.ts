import '../../lib/addon.css';
import { call, type ResponseOf } from '../../lib/server';
import type { InputOf } from '../../../src/wire';
import { busy, byId, el, replace } from '../../lib/dom';
import { outcome, readForm, showFieldErrors, status } from '../../lib/form';
import * as RU from '../../../src/text/ru';
import { unreadableNote } from '../../lib/unreadable';
import { choiceGroup, errorHolder, field, inPageOrder, textarea, textInput, valueOf } from '../programme/fields';
import { dropReload, offerReload } from '../../lib/stale';
import { mergeFields, mergeRows } from '../../../src/domain/merge';

type Page = ResponseOf<'getCompletionPage'>;
type Row = Page['rows'][number];
/** The save's payload: the choices come from the page's own option keys; the server parses them again. */
type Save = InputOf<'saveCompletion'>;

const C = RU.completionPage;
const E = RU.evidence;
const form = byId<HTMLFormElement>('form');
const ROW_TEXTS = ['problem', 'before', 'after', 'method', 'conclusions'] as const;
let programmeId: string | null = null;
let rows: Row[] = [];
/** The conclusion and rows as the page last read or saved them: a save is refused if they changed since. */
let version: Page['version'] = {};
/** The form as opened or last saved: a reload keeps only what the deputy changed from it. */
let opened: Typed | null = null;

type Conclusion = Pick<NonNullable<Page['programme']>, 'outcome' | 'problemsResult' | 'unresolvedProblems' | 'reasons' | 'needs' | 'anotherRouteReason' | 'furtherWays' | 'conclusionDate'>;
type Typed = { fields: Conclusion; rows: Row[] };

/** The programme to complete: the selected row's, or one picked here (a second call). */
function picker(page: Page): HTMLElement {
  const groups = new Map<string, Page['programmes']>();
  for (const p of page.programmes) groups.set(p.group, [...(groups.get(p.group) ?? []), p]);
  const control = el(
    'select',
    { id: 'f-programme', name: 'pick', onchange: () => pick(byId<HTMLSelectElement>('f-programme').value) },
    el('option', { value: '' }, C.choose),
    ...[...groups].map(([label, list]) =>
      el('optgroup', { label }, ...list.map((p) => el('option', { value: p.value, selected: p.value === page.programme?.id }, p.label))),
    ),
  );
  const box = field('f-programme', 'programmeId', C.programme, control);
  if (page.unreadable.length === 0) return box;
  // Rows the add-on cannot read are listed too, read-only, each with the cell to fix.
  return el(
    'div',
    {},
    box,
    el(
      'section',
      { id: 'unreadable' },
      el('h2', {}, RU.dataCheck.unreadableTitle),
      el('ul', { className: 'glance' }, ...page.unreadable.map((u) => el('li', {}, el('div', {}, u.label), unreadableNote(u)))),
    ),
  );
}

function summary(page: Page): HTMLElement {
  const p = page.programme!;
  const pair = (term: string, value: string, id?: string) => [el('dt', {}, term), el('dd', { id }, value)];
  return el(
    'dl',
    {},
    ...pair(C.teacher, p.teacherName),
    ...pair(C.lead, p.leadName),
    ...pair(C.period, C.periodText(p.start, p.end)),
    ...pair(C.status, p.statusLabel, 'programme-status'),
  );
}

function plan(page: Page): HTMLElement[] {
  const title = el('h2', {}, C.planTitle);
  if (page.items.length === 0) return [title, el('p', { className: 'muted' }, C.planEmpty)];
  const [no, item, state] = C.planColumns;
  return [
    title,
    el(
      'table',
      { id: 'plan' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, no), el('th', { scope: 'col' }, item), el('th', { scope: 'col', className: 'nowrap' }, state))),
      el(
        'tbody',
        {},
        ...page.items.map((i) =>
          el(
            'tr',
            {},
            el('td', {}, String(i.order)),
            el('td', {}, i.content, el('div', { className: 'help' }, [C.until(i.deadline), i.checkpoint].filter(Boolean).join('; '))),
            el('td', { className: 'nowrap' }, i.statusLabel, i.doneDate ? el('div', { className: 'help' }, C.doneOn(i.doneDate)) : null),
          ),
        ),
      ),
    ),
  ];
}

/** The pupils' answers before and after: read-only evidence for the analysis below. */
function surveys(page: Page): HTMLElement[] {
  const s = page.surveys;
  const title = el('h2', {}, E.surveysTitle);
  if (!s || s.beforeCount + s.afterCount === 0) return [title, el('p', { id: 'surveys', className: 'muted' }, E.noSurveys)];
  const [statement, before, after, change] = E.surveyColumns;
  const th = (text: string) => el('th', { scope: 'col', className: 'nowrap' }, text);
  return [
    title,
    el(
      'table',
      { id: 'surveys' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, statement), th(before), th(after), th(change))),
      el(
        'tbody',
        {},
        ...s.statements.map((r) =>
          el('tr', {}, el('td', {}, r.statement), el('td', {}, E.number(r.before)), el('td', {}, E.number(r.after)), el('td', {}, E.change(r.change))),
        ),
      ),
    ),
    el('p', { className: 'help' }, E.surveyCounts(s.beforeCount, s.afterCount)),
  ];
}

function readRows(): Row[] {
  rows = rows.map((row, i) => {
    const next = { ...row };
    for (const key of ROW_TEXTS) next[key] = valueOf(form, `rows.${i}.${key}`);
    return next;
  });
  return rows;
}

function renderRows(focus?: number): void {
  const labels = { problem: C.problem, before: C.before, after: C.after, method: C.method, conclusions: C.conclusions };
  replace(
    'rows',
    ...rows.map((row, i) =>
      el(
        'fieldset',
        { className: 'row' },
        el('legend', {}, C.row(i + 1)),
        ...ROW_TEXTS.map((key) => field(`r${i}-${key}`, `rows.${i}.${key}`, labels[key], textarea(`r${i}-${key}`, `rows.${i}.${key}`, row[key], true))),
        el('div', { className: 'buttons' }, el('button', { type: 'button', className: 'small', 'aria-label': C.removeRowLabel(i + 1), onclick: () => removeRow(i) }, C.removeRow)),
      ),
    ),
  );
  if (focus !== undefined) byId(`r${focus}-problem`).focus();
}

function removeRow(index: number): void {
  readRows().splice(index, 1);
  renderRows(rows.length > 0 ? Math.min(index, rows.length - 1) : undefined);
  if (rows.length === 0) byId('add-row').focus();
}

/** Fields the answer does not ask for stay out of the way (kept, not cleared). */
function toggle(): void {
  const v = readForm(form);
  byId('unresolved-field').hidden = !['notResolved', 'partlyResolved'].includes(String(v.problemsResult));
  byId('another-field').hidden = !(v.needs as string[]).includes('anotherRoute');
}

function render(page: Page): void {
  replace('picker', picker(page));
  const p = page.programme;
  programmeId = p?.id ?? null;
  form.hidden = !p;
  if (!p) return status('status', page.programmes.length > 0 ? C.pickHint : C.noProgrammes);
  const o = page.options;
  rows = page.rows.map((r) => ({ ...r }));
  const unresolved = field('f-unresolved', 'unresolvedProblems', C.unresolved, textarea('f-unresolved', 'unresolvedProblems', p.unresolvedProblems, true));
  unresolved.id = 'unresolved-field';
  const another = field('f-another', 'anotherRouteReason', C.anotherRouteReason, textarea('f-another', 'anotherRouteReason', p.anotherRouteReason, true));
  another.id = 'another-field';
  replace(
    'content',
    summary(page),
    ...plan(page),
    ...surveys(page),
    el('h2', {}, C.analysisTitle),
    page.prefilled ? el('p', { className: 'help' }, C.prefilled) : null,
    el('div', { id: 'rows' }),
    errorHolder('rows', 'rows'),
    el('div', { className: 'buttons' }, el('button', { type: 'button', id: 'add-row', onclick: addRow }, C.addRow)),
    el('h2', {}, C.conclusionTitle),
    choiceGroup('radio', 'outcome', C.outcome, o.outcomes, [p.outcome]),
    choiceGroup('radio', 'problemsResult', page.wording.problemsResult, o.problems, [p.problemsResult], { onchange: toggle }),
    unresolved,
    field('f-reasons', 'reasons', C.reasons, textarea('f-reasons', 'reasons', p.reasons, true)),
    choiceGroup('checkbox', 'needs', page.wording.needs, o.needs, p.needs, { onchange: toggle }),
    another,
    field('f-ways', 'furtherWays', page.wording.furtherWays, textarea('f-ways', 'furtherWays', p.furtherWays, true)),
    field('f-date', 'conclusionDate', C.conclusionDate, textInput('f-date', 'conclusionDate', 'date', p.conclusionDate)),
  );
  renderRows();
  toggle();
  status('status', '');
  version = page.version;
  opened = typed();
}

/** The conclusion's fields as typed now. */
function conclusion(): Conclusion {
  const v = readForm(form);
  const text = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');
  return {
    outcome: text('outcome'),
    problemsResult: text('problemsResult'),
    unresolvedProblems: text('unresolvedProblems'),
    reasons: text('reasons'),
    needs: Array.isArray(v.needs) ? v.needs : [],
    anotherRouteReason: text('anotherRouteReason'),
    furtherWays: text('furtherWays'),
    conclusionDate: text('conclusionDate'),
  };
}

function typed(): Typed {
  return { fields: conclusion(), rows: readRows().map((r) => ({ ...r })) };
}

/**
 * After a refused save: the programme read again, and the form drawn from it with what the deputy
 * changed kept over it. Rows the page had suggested from the problems (not typed by her) give way
 * to the rows someone saved meanwhile.
 */
async function reload(button: HTMLButtonElement): Promise<void> {
  if (!programmeId) return;
  const result = await call('getCompletionPage', { programmeId });
  if (result.status === 'error') return outcome(button, result.message, 'error');
  const fresh = result.response;
  if (!fresh.programme) return outcome(button, RU.stale.noVersion, 'error');
  const mine = typed();
  const base = opened ?? mine;
  const suggested = (r: Row) => !r.id && base.rows.some((b) => !b.id && JSON.stringify(b) === JSON.stringify(r));
  const mineRows = fresh.prefilled ? mine.rows : mine.rows.filter((r) => !suggested(r));
  const baseRows = base.rows.filter((r) => r.id);
  const p = fresh.programme;
  const theirs: Conclusion = { outcome: p.outcome, problemsResult: p.problemsResult, unresolvedProblems: p.unresolvedProblems, reasons: p.reasons, needs: p.needs, anotherRouteReason: p.anotherRouteReason, furtherWays: p.furtherWays, conclusionDate: p.conclusionDate };
  const merged = mergeFields(base.fields, mine.fields, theirs);
  render({ ...fresh, programme: { ...p, ...merged }, rows: mergeRows(baseRows, mineRows, fresh.rows) });
  opened = { fields: theirs, rows: fresh.rows.map((r) => ({ ...r })) };
  dropReload(button);
  outcome(button, RU.stale.reloaded, 'info');
}

function addRow(): void {
  readRows().push({ id: null, problem: '', before: '', after: '', method: '', conclusions: '' });
  renderRows(rows.length - 1);
}

/** Another programme picked: its page replaces this one; the blank choice only hides the form. */
function pick(id: string): void {
  if (id) return void load(id);
  programmeId = null;
  form.hidden = true;
  status('status', C.pickHint);
}

async function load(id: string | null = null): Promise<void> {
  status('status', C.loading);
  const result = await call('getCompletionPage', id ? { programmeId: id } : {});
  if (result.status === 'error') return status('status', result.message, 'error');
  render(result.response);
}

async function save(): Promise<void> {
  const button = byId<HTMLButtonElement>('save');
  outcome(button, C.saving, 'info');
  // None picked: the server answers «Заполните это поле» under the programme, as for null.
  const result = await call('saveCompletion', { programmeId: programmeId ?? '', version, rows: readRows(), ...conclusion() } as Save);
  if (result.status === 'error' && result.type === 'stale') return offerReload(button, result.message, () => reload(button));
  if (result.status === 'error') {
    showFieldErrors(form, inPageOrder(form, result.fields ?? {}));
    return outcome(button, result.message, 'error');
  }
  showFieldErrors(form, {});
  rows = readRows().map((row, i) => ({ ...row, id: result.response.rowIds[i] ?? row.id }));
  byId('programme-status').textContent = result.response.statusLabel;
  dropReload(button);
  version = result.response.version;
  opened = typed();
  outcome(button, C.saved, 'ok');
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void busy(byId<HTMLButtonElement>('save'), save);
});
byId('save').textContent = C.save;
void load();
