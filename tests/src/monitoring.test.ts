/**
 * The monitoring of a teacher's individual achievements (001 §3.4) in «Педагог», through the built
 * bundle on the busy school: the timeline and the questionnaire scores of Сидорова, counted by hand.
 */
import { busySchool } from '../helpers/busy-school';
import { asOk } from '../helpers/wire';

test('a teacher’s timeline: programme, checkpoint passed, sessions, results, questionnaires', () => {
  const addon = busySchool();
  const { monitoring } = asOk(addon.call('getTeacherPage', { teacherId: 'T00003' })).response;
  expect(monitoring!.totals).toEqual({ programmes: 1, checkpoints: 1, sessions: 3, achievements: 2 });
  expect(monitoring!.timelineTotal).toBe(11);
  expect(monitoring!.timeline.map((e) => [e.date, e.kind, e.title])).toEqual([
    ['2026-11-16', 'questionnaire', 'Самодиагностика: среднее затруднение (1–5, меньше — лучше)'],
    ['2026-11-15', 'achievement', 'аттестация: Первая категория'],
    ['2026-10-25', 'checkpoint', 'Контрольный срез: проведение открытого урока'],
    ['2026-10-21', 'questionnaire', 'Обратная связь: полезность занятия (1–5)'],
    ['2026-10-20', 'session', 'коучинг-сессия: Обратная связь на уроке'],
    ['2026-10-18', 'session', 'заседание ПОС: Формирующее оценивание'],
    ['2026-10-01', 'achievement', 'открытый урок: Урок истории в 5А'],
    ['2026-09-15', 'session', 'коучинг-сессия: Приёмы удержания внимания'],
    ['2026-09-05', 'questionnaire', 'Анкета учеников, до начала сопровождения: среднее (1–5)'],
    ['2026-09-02', 'questionnaire', 'Самодиагностика: среднее затруднение (1–5, меньше — лучше)'],
    ['2026-09-01', 'programme', 'Начало программы сопровождения'],
  ]);
  expect(monitoring!.timeline.find((e) => e.date === '2026-10-18')!.detail).toBe('Результат: обобщение передового педагогического опыта');
  // Self-diagnosis means over the answered categories: (2,5 + 3) / 2 and (4 + 4,5) / 2.
  expect(monitoring!.scores.map((s) => [s.date, s.source, s.value])).toEqual([
    ['2026-09-02', 'selfDiagnosis', 2.75],
    ['2026-09-05', 'studentSurvey', 4],
    ['2026-10-21', 'feedback', 5],
    ['2026-11-16', 'selfDiagnosis', 4.25],
  ]);
});

test('a finished programme shows its end with the conclusion’s grade; a new-teacher form has no monitoring', () => {
  const addon = busySchool();
  const ivanova = asOk(addon.call('getTeacherPage', { teacherId: 'T00001' })).response.monitoring!;
  expect(ivanova.timeline.find((e) => e.kind === 'programme' && e.date === '2026-10-31')).toEqual({
    date: '2026-10-31',
    kind: 'programme',
    title: 'Окончание программы',
    detail: 'Индивидуальное сопровождение можно считать успешным, эффективным',
  });
  expect(ivanova.totals.achievements).toBe(2);
  expect(asOk(addon.call('getTeacherPage', {})).response.monitoring).toBeNull();
});
