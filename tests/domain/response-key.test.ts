/**
 * Response keys made of what a response carries, and the deputy's review answers: pure.
 */
import { answersHash, keyMaker, legacyMatcher, stampOf } from '../../src/forms/response-key';
import { parseDecision, type ReviewItem } from '../../src/forms/review';

const HEADERS = ['Отметка времени', 'Адрес электронной почты', 'ФИО учителя', 'Оценка'];
const at = new Date('2026-10-12T09:15:42.512Z');

test('the timestamp to the second: an .xlsx round trip dropping milliseconds keeps the key', () => {
  expect(stampOf(at)).toBe('2026-10-12T09:15:43.000Z');
  expect(stampOf(new Date('2026-10-12T09:15:43Z'))).toBe(stampOf(at));
});

test('the answers\' hash ignores the timestamp, column order, blank columns and outer spaces; any answer changes it', () => {
  const hash = answersHash(HEADERS, [at, 'a@school.example', 'Иванова', 4], 0);
  expect(answersHash([...HEADERS, 'Новый вопрос'], [new Date(0), 'a@school.example', ' Иванова ', 4, ''], 0)).toBe(hash);
  expect(answersHash(['Оценка', 'ФИО учителя', 'Адрес электронной почты', 'Отметка времени'], [4, 'Иванова', 'a@school.example', at], 3)).toBe(hash);
  expect(answersHash(HEADERS, [at, 'a@school.example', 'Иванова', 5], 0)).not.toBe(hash);
  expect(hash).toMatch(/^h[0-9a-z]+$/);
});

test('identical responses in the same second get #2, #3', () => {
  const key = keyMaker('students');
  expect([key('s', 'h1'), key('s', 'h1'), key('s', 'h2'), key('s', 'h1')]).toEqual(['students|s|h1', 'students|s|h1#2', 'students|s|h2', 'students|s|h1#3']);
});

test('an older key by row matches its response at that row, or anywhere when its timestamp is the only one', () => {
  const s1 = stampOf(new Date('2026-10-12T09:00:00Z'));
  const s2 = stampOf(new Date('2026-10-12T10:00:00Z'));
  const keys = [`Ответы: запросы|2026-10-12T09:00:00.000Z|2`, `Ответы: запросы|2026-10-12T10:00:00.000Z|3`, `Ответы: запросы|2026-10-12T10:00:00.000Z|4`, `Другой лист|2026-10-12T09:00:00.000Z|5`];
  const matches = legacyMatcher('Ответы: запросы', keys, new Map([[s1, 1], [s2, 2]]));
  expect(matches(s1, 7)).toBe(true); // sorted: the only response of 09:00
  expect(matches(s2, 3)).toBe(true);
  expect(matches(s2, 5)).toBe(false); // two responses of 10:00: only by their rows
  expect(matches(stampOf(new Date('2026-10-12T11:00:00Z')), 2)).toBe(false);
});

test('the deputy\'s answer to the review list', () => {
  const shown: ReviewItem[] = [
    { key: 'k1', kind: 'feedback', date: '12.10.2026', email: '', fullName: 'Петров', hint: { id: 'T00002', fullName: 'Петров Пётр Петрович' } },
    { key: 'k2', kind: 'request', date: '12.10.2026', email: 'x@gmail.example', fullName: 'Аня', hint: null },
  ];
  expect(parseDecision('1 да', shown)).toEqual({ key: 'k1', teacherId: 'T00002' });
  expect(parseDecision(' 2. t00003 ', shown)).toEqual({ key: 'k2', teacherId: 'T00003' });
  expect(parseDecision('2 НЕТ', shown)).toEqual({ key: 'k2', teacherId: null });
  expect(parseDecision('2 да', shown)).toEqual({ error: expect.stringContaining('педагог не предложен') });
  expect(parseDecision('3 да', shown)).toEqual({ error: expect.stringContaining('Ответа № 3 в списке нет') });
  expect(parseDecision('да', shown)).toEqual({ error: expect.stringContaining('Не понят ответ') });
});
