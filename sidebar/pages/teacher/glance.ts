/** The teacher at a glance: short lists, newest first, every value set as text. */
import { formatRu, type LocalDate } from '../../../src/domain/local-date';
import * as RU from '../../../src/text/ru';
import type { ResponseOf } from '../../lib/server';
import { el } from '../../lib/dom';
import { unreadableNote } from '../../lib/unreadable';

type Glance = NonNullable<ResponseOf<'getTeacherPage'>['glance']>;
type List<T> = { items: readonly T[]; total: number };

const day = (d: string): string => formatRu(d as LocalDate);

function item(main: Node | string, detail: string, extra: Node | null = null): HTMLLIElement {
  return el('li', {}, el('div', {}, main), detail ? el('div', { className: 'help' }, detail) : null, extra);
}

/** A row the add-on cannot read: the problem and the cell, under the item. */
const problemOf = (x: { problem?: { note: string; tab: string; cell: string } }): HTMLElement | null => (x.problem ? unreadableNote(x.problem) : null);

const dayOrBlank = (d: string): string => (d ? day(d) : '…');

function list<T>(key: string, title: string, data: List<T>, render: (item: T) => HTMLLIElement, shown = RU.teacherPage.shown): HTMLDetailsElement {
  return el(
    'details',
    { className: 'glance', open: true, 'data-list': key },
    el('summary', {}, `${title} (${data.total})`),
    data.items.length === 0 ? el('p', { className: 'muted' }, RU.teacherPage.empty) : el('ul', { className: 'glance' }, ...data.items.map(render)),
    data.total > data.items.length ? el('p', { className: 'help' }, shown(data.items.length, data.total)) : null,
  );
}

export function glanceLists(glance: Glance): HTMLElement[] {
  const t = RU.teacherPage;
  return [
    list('programmes', t.programmes, glance.programmes, (p) =>
      item(`${p.status}: ${dayOrBlank(p.start)} – ${dayOrBlank(p.end)}`, p.lead ? t.leads(p.lead) : '', problemOf(p)),
    ),
    list(
      'sessions',
      t.sessions,
      glance.sessions,
      (s) => item(`${dayOrBlank(s.date)} ${s.kind}: ${s.topic}`, `${s.status}; ${s.asLeader ? t.asLeader : t.asParticipant}`, problemOf(s)),
      t.shownNearest,
    ),
    list('achievements', t.achievements, glance.achievements, (a) =>
      item(`${dayOrBlank(a.date)} ${a.kind}: ${a.title}`, [a.level, a.result].filter(Boolean).join(', '), problemOf(a)),
    ),
    list('documents', t.documents, glance.documents, (d) =>
      item(d.url && !d.problem ? el('a', { href: d.url, target: '_blank', rel: 'noopener' }, d.title) : d.title, `${d.kind}, ${dayOrBlank(d.created)}`, problemOf(d)),
    ),
  ];
}
