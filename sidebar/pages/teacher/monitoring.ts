/** 001 §3.4: the teacher's timeline and questionnaire scores, every value set as text. */
import { formatRu, type LocalDate } from '../../../src/domain/local-date';
import * as RU from '../../../src/text/ru';
import type { ResponseOf } from '../../lib/server';
import { el } from '../../lib/dom';

type Monitoring = NonNullable<ResponseOf<'getTeacherPage'>['monitoring']>;

const M = RU.monitoring;
const day = (d: string): string => formatRu(d as LocalDate);
const number = (n: number): string => String(n).replace('.', ',');

export function monitoringSection(m: Monitoring): HTMLElement[] {
  const t = m.totals;
  return [
    el('p', { className: 'help', 'data-monitoring': 'totals' }, M.totals(t.programmes, t.checkpoints, t.sessions, t.achievements)),
    el(
      'details',
      { className: 'glance', open: true, 'data-list': 'timeline' },
      el('summary', {}, `${M.timeline} (${m.timelineTotal})`),
      m.timeline.length === 0
        ? el('p', { className: 'muted' }, M.noEvents)
        : el('ul', { className: 'glance' }, ...m.timeline.map((e) => el('li', { 'data-kind': e.kind }, el('div', {}, `${day(e.date)} — ${e.title}`), e.detail ? el('div', { className: 'help' }, e.detail) : null))),
      m.timelineTotal > m.timeline.length ? el('p', { className: 'help' }, M.shown(m.timeline.length, m.timelineTotal)) : null,
    ),
    el(
      'details',
      { className: 'glance', open: m.scores.length > 0, 'data-list': 'scores' },
      el('summary', {}, `${M.scores} (${m.scores.length})`),
      m.scores.length === 0
        ? el('p', { className: 'muted' }, M.noScores)
        : el(
            'table',
            { className: 'scores' },
            el('thead', {}, el('tr', {}, ...M.scoreColumns.map((c) => el('th', { scope: 'col' }, c)))),
            el('tbody', {}, ...m.scores.map((s) => el('tr', { 'data-source': s.source }, el('td', {}, day(s.date)), el('td', {}, s.label), el('td', {}, number(s.value))))),
          ),
    ),
  ];
}
