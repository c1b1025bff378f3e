/** The panels under the grid: Drive, questionnaires, outbox, triggers, executions console. */
import { api, clear, h } from './dom';
import type { ActionResult, FormItem, FormView, View } from './types';

export function drivePanel(view: View): HTMLElement {
  if (view.files.length === 0) return h('p', { class: 'muted' }, 'На Диске пока ничего нет.');
  // Newest first: what the add-on just made is on top.
  const rows = [...view.files].reverse().map((f) =>
    h(
      'tr',
      { 'data-testid': 'drive-file' },
      h('td', {}, f.path),
      h('td', {}, f.mimeType.endsWith('folder') ? `${f.name}/` : f.name),
      h(
        'td',
        {},
        f.isDoc ? h('a', { href: `/doc/${encodeURIComponent(f.id)}`, target: '_blank', 'data-testid': 'open-doc' }, 'открыть') : null,
        f.isDoc ? ' · ' : null,
        f.isDoc ? h('a', { href: `/doc/${encodeURIComponent(f.id)}.docx` }, '.docx') : null,
        f.isDoc ? ' · ' : null,
        f.isDoc ? h('a', { href: `/doc/${encodeURIComponent(f.id)}.pdf` }, 'PDF') : null,
      ),
    ),
  );
  return h('table', { class: 'list' }, h('thead', {}, h('tr', {}, h('th', {}, 'Папка'), h('th', {}, 'Имя'), h('th', {}, ''))), h('tbody', {}, ...rows));
}

export function outboxPanel(view: View): HTMLElement {
  if (view.outbox.length === 0) return h('p', { class: 'muted' }, 'Писем ещё не было.');
  return h(
    'div',
    { class: 'mails' },
    ...[...view.outbox].reverse().map((m) => {
      const html = m.html === null ? null : h('iframe', { class: 'mail-html', sandbox: '', title: 'HTML' });
      if (html && m.html !== null) (html as HTMLIFrameElement).srcdoc = m.html;
      return h(
        'details',
        { class: 'mail', 'data-testid': 'mail' },
        h('summary', {}, h('b', {}, m.subject), ` — ${m.to} · ${m.at}`),
        h('pre', {}, m.body),
        html,
      );
    }),
  );
}

export function triggersPanel(view: View): HTMLElement {
  if (view.triggers.length === 0) return h('p', { class: 'muted' }, 'Триггеров нет.');
  const rows = view.triggers.map((t) => h('tr', { 'data-testid': 'trigger' }, h('td', {}, t.handler), h('td', {}, t.eventType), h('td', {}, t.user), h('td', {}, t.nextRun)));
  return h('table', { class: 'list' }, h('thead', {}, h('tr', {}, h('th', {}, 'Функция'), h('th', {}, 'Событие'), h('th', {}, 'Пользователь'), h('th', {}, 'Следующий запуск'))), h('tbody', {}, ...rows));
}

export function consolePanel(view: View): HTMLElement {
  const rows = [...view.executions].reverse().map((e) =>
    h('tr', { class: e.ok ? null : 'failed', 'data-testid': 'execution' }, h('td', {}, e.at), h('td', {}, e.fn), h('td', {}, e.kind), h('td', {}, e.user), h('td', {}, e.ok ? 'выполнено' : e.message)),
  );
  const executions = h('table', { class: 'list' }, h('thead', {}, h('tr', {}, h('th', {}, 'Время'), h('th', {}, 'Функция'), h('th', {}, 'Вид'), h('th', {}, 'Пользователь'), h('th', {}, 'Итог'))), h('tbody', {}, ...rows));
  const log = [...view.log].reverse().map((e) => h('tr', { class: e.level === 'error' ? 'failed' : null, 'data-testid': 'log' }, h('td', {}, e.at), h('td', {}, e.level), h('td', {}, h('pre', { class: 'log' }, e.message))));
  return h(
    'div',
    { class: 'console' },
    h('div', {}, h('h4', {}, 'Выполнения (с запуска)'), rows.length ? executions : h('p', { class: 'muted' }, 'Ещё ничего не выполнялось.')),
    h('div', {}, h('h4', {}, 'Журнал (Logger, console, ошибки)'), log.length ? h('table', { class: 'list' }, h('tbody', {}, ...log)) : h('p', { class: 'muted' }, 'Журнал пуст.')),
  );
}

/** Kept across redraws, so a half-filled form survives a refresh. */
const area = h('div', { class: 'form-fill' });

export function formsPanel(view: View, done: (result: ActionResult) => void): HTMLElement {
  if (view.forms.length === 0) return h('p', { class: 'muted' }, 'Анкет нет: «Анкеты → Создать анкеты» в меню дополнения.');
  const rows = view.forms.map((f) =>
    h(
      'tr',
      { 'data-testid': 'form' },
      h('td', {}, f.title),
      h('td', {}, f.accepting ? 'принимает ответы' : f.published ? 'закрыта' : 'не опубликована'),
      h('td', {}, String(f.responses)),
      h('td', {}, f.accepting ? h('button', { onclick: () => void openForm(f.id, area, done) }, 'Заполнить') : null),
    ),
  );
  return h('div', {}, h('table', { class: 'list' }, h('thead', {}, h('tr', {}, h('th', {}, 'Анкета'), h('th', {}, 'Состояние'), h('th', {}, 'Ответов'), h('th', {}, ''))), h('tbody', {}, ...rows)), area);
}

async function openForm(id: string, area: HTMLElement, done: (result: ActionResult) => void): Promise<void> {
  const form = await api<FormView>(`/api/form?id=${encodeURIComponent(id)}`);
  clear(area);
  if (form.error) return void area.append(h('p', { class: 'error' }, form.error));
  const who = h('select', { name: 'respondent', 'data-testid': 'respondent' }, ...form.people.map((p) => h('option', { value: p.email }, `${p.name} <${p.email}>`)));
  const fields = form.items.map((item) => ({ item, read: field(item, form.people) }));
  const status = h('p', { class: 'muted' });
  const submit = h('button', { class: 'primary', type: 'submit' }, 'Отправить');
  const element = h(
    'form',
    { class: 'gform', 'data-testid': 'form-fill' },
    h('h3', {}, form.title),
    form.description ? h('p', {}, form.description) : null,
    h('label', {}, 'Отвечает: ', who),
    ...fields.map((f) => f.read.node),
    submit,
    status,
  );
  element.addEventListener('submit', (event) => {
    event.preventDefault();
    const answers: Record<string, unknown> = {};
    let blank = 0;
    for (const f of fields) {
      const value = f.read.value();
      if (value !== null) answers[String(f.item.id)] = value;
      // As Google Forms does: the question left blank says so, and nothing is sent.
      const missing = f.item.required && isBlank(value);
      f.read.node.querySelector('.q-error')?.remove();
      if (missing) f.read.node.append(h('p', { class: 'error q-error', 'data-testid': 'required-error' }, 'Это обязательный вопрос.'));
      if (missing) blank++;
    }
    if (blank > 0) return;
    void api<ActionResult>('/api/form', { formId: form.id, respondent: who.value, answers }).then((result) => {
      if (!result.error) clear(area);
      done(result);
    });
  });
  area.append(element);
}

function isBlank(value: unknown): boolean {
  if (value === null || value === '') return true;
  return Array.isArray(value) && value.every((v) => v === '' || v === null);
}

function field(item: FormItem, people: FormView['people']): { node: HTMLElement; value: () => unknown } {
  const title = h('div', { class: 'q-title' }, item.title, item.required ? ' *' : '');
  const help = item.help ? h('div', { class: 'muted' }, item.help) : null;
  const box = (control: HTMLElement) => h('div', { class: 'question', 'data-question': item.title }, title, help, control);
  if (item.type === 'CHECKBOX') {
    const inputs = item.choices.map((c) => h('input', { type: 'checkbox', value: c }));
    return { node: box(h('div', {}, ...inputs.map((input, i) => h('label', { class: 'choice' }, input, item.choices[i]!)))), value: () => inputs.filter((i) => i.checked).map((i) => i.value) };
  }
  if (item.type === 'GRID') {
    const selects = item.rows.map(() => h('select', {}, h('option', { value: '' }, ''), ...item.columns.map((c) => h('option', { value: c }, c))));
    return { node: box(h('div', {}, ...selects.map((s, i) => h('label', { class: 'choice' }, `${item.rows[i]!}: `, s)))), value: () => selects.map((s) => s.value) };
  }
  let options: string[] | null = null;
  if (item.type === 'MULTIPLE_CHOICE' || item.type === 'LIST') options = item.choices;
  if (item.type === 'SCALE') options = Array.from({ length: item.upper - item.lower + 1 }, (_, i) => String(item.lower + i));
  // A question about the teacher's name offers the school's teachers, as the deputy would type them.
  const names = /ФИО|педагог/i.test(item.title) && item.type === 'TEXT' ? people.map((p) => p.name) : null;
  if (options) {
    const select = h('select', {}, h('option', { value: '' }, ''), ...options.map((o) => h('option', { value: o }, o)));
    return { node: box(select), value: () => (select.value === '' ? null : item.type === 'SCALE' ? Number(select.value) : select.value) };
  }
  const input = item.type === 'PARAGRAPH_TEXT' ? h('textarea', { rows: 3 }) : h('input', { type: item.type === 'DATE' ? 'date' : 'text', list: names ? `names-${item.id}` : null });
  const datalist = names ? h('datalist', { id: `names-${item.id}` }, ...names.map((n) => h('option', { value: n }))) : null;
  return { node: box(h('div', {}, input, datalist)), value: () => (input.value === '' ? null : input.value) };
}
