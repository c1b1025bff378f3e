/**
 * The teacher's coaching schedule for the current school year (000 IV.4–IV.5): her coaching
 * sessions, and the mark that she and the coach agreed the schedule, and when. The schedule
 * itself prints through «Документы» («расписание коучинг-сессий»).
 */
import { formatRu, type LocalDate } from '../../../src/domain/local-date';
import { COACHING_SCHEDULE as C } from '../../../src/text/coaching-schedule';
import { call, type ResponseOf } from '../../lib/server';
import { busy, byId, el, replace } from '../../lib/dom';
import { outcome, showFieldErrors } from '../../lib/form';

type Schedule = ResponseOf<'getCoachingSchedule'>;

const day = (d: string): string => formatRu(d as LocalDate);
let shown: string | null = null;

/** Shows the section for a saved teacher; hides it for a new one. */
export async function showCoaching(teacherId: string | null): Promise<void> {
  shown = teacherId;
  byId('coaching').hidden = !teacherId;
  if (!teacherId) return replace('coaching-body');
  const result = await call('getCoachingSchedule', { teacherId });
  if (shown !== teacherId) return;
  if (result.status === 'error') return replace('coaching-body', el('p', { className: 'status error', role: 'alert' }, result.message));
  render(result.response);
}

function render(s: Schedule): void {
  if (s.sessions.length === 0) return replace('coaching-body', el('p', { className: 'muted' }, C.none(s.schoolYear)));
  const agreed = s.agreement ? C.agreed(day(s.agreement.agreedOn), s.agreement.coachName) : C.notAgreed;
  const coach = el('select', { id: 'c-coach', name: 'coachId' }, el('option', { value: '' }, C.choose), ...s.coaches.map((c) => el('option', { value: c.value, selected: c.value === (s.agreement?.coachId ?? (s.coaches.length === 1 ? c.value : '')) }, c.label)));
  const date = el('input', { type: 'date', id: 'c-date', name: 'agreedOn', value: s.agreement?.agreedOn ?? s.today });
  const button = el('button', { type: 'button', id: 'c-agree' }, C.agree);
  const holder = el(
    'div',
    { id: 'coaching-form' },
    el('div', { className: 'field' }, el('label', { htmlFor: 'c-coach' }, C.coach), coach, el('div', { className: 'field-error', 'data-error-for': 'coachId', role: 'alert' })),
    el('div', { className: 'field' }, el('label', { htmlFor: 'c-date' }, C.date), date, el('div', { className: 'field-error', 'data-error-for': 'agreedOn', role: 'alert' })),
    el('div', { className: 'buttons' }, button),
  );
  button.addEventListener('click', () => void busy(button, () => agree(s, holder, button)));
  replace(
    'coaching-body',
    el('p', { className: 'help' }, C.intro(s.schoolYear)),
    el('ul', { className: 'glance', 'data-list': 'coaching' }, ...s.sessions.map((x) => el('li', {}, el('div', {}, `${day(x.date)} — ${x.topic}`), el('div', { className: 'help' }, `${x.coach}; ${x.statusLabel}`)))),
    el('p', { id: 'c-agreed', role: 'status' }, agreed),
    holder,
  );
}

async function agree(s: Schedule, holder: HTMLElement, button: HTMLButtonElement): Promise<void> {
  const result = await call('agreeCoachingSchedule', { teacherId: s.teacherId, coachId: (byId<HTMLSelectElement>('c-coach')).value, agreedOn: byId<HTMLInputElement>('c-date').value });
  if (result.status === 'error') {
    showFieldErrors(holder, result.fields ?? {});
    return outcome(button, result.message, 'error', { markSaved: false });
  }
  showFieldErrors(holder, {});
  const coach = s.coaches.find((c) => c.value === byId<HTMLSelectElement>('c-coach').value)?.label ?? '';
  byId('c-agreed').textContent = C.agreed(day(result.response.agreedOn), coach);
  outcome(button, result.response.message, 'ok', { markSaved: false });
}
