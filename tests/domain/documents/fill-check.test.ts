/** The fill's check from the Docs API replies (src/documents/fill-check.ts): requests applied in order, literally. */
import { repliesAgree, simulateReplacements } from '../../../src/documents/fill-check';

test('counts each request on the texts as the requests before it left them', () => {
  const { counts, texts } = simulateReplacements(['{{A}} и {{B}}', '{{A}}{{A}}'], [
    { text: '{{A}}', value: 'x{{B}}' },
    { text: '{{B}}', value: 'y' },
  ]);
  expect(counts).toEqual([3, 4]);
  expect(texts).toEqual(['xy и y', 'xyxy']);
});

test('case-sensitive and literal: regular-expression characters are text', () => {
  const { counts } = simulateReplacements(['{{a}} {{A}} $1 .*'], [
    { text: '{{A}}', value: '' },
    { text: '.*', value: '' },
  ]);
  expect(counts).toEqual([1, 1]);
});

test('the replies agree only when every request reports the expected count (an empty reply is none)', () => {
  expect(repliesAgree([2, 0], [{ replaceAllText: { occurrencesChanged: 2 } }, {}])).toBe(true);
  expect(repliesAgree([2, 1], [{ replaceAllText: { occurrencesChanged: 2 } }, {}])).toBe(false);
  expect(repliesAgree([2], [{ replaceAllText: { occurrencesChanged: 2 } }, {}])).toBe(false);
});

test('placeholders with brace-free values are counted in one pass, exactly as in order', () => {
  const requests = [
    { text: '{{A}}', value: 'x' },
    { text: '{{Б.1}}', value: '' },
    { text: '{{A}}', value: 'second' },
    { text: '\uE000', value: '{{' },
  ];
  const texts = ['{{A}} и {{Б.1}}{{A}}', '{{{A}}}} {{ {{Б.1}} \uE000x}}', '{{C}} {{A', ''];
  const slow = simulateReplacements(texts, [...requests.slice(0, 3), { text: '\uE000', value: '{{' }, { text: '{{X}}', value: '{' }]);
  const fast = simulateReplacements(texts, requests);
  expect(fast.counts).toEqual([3, 2, 0, 1]);
  expect(fast.texts).toEqual(['x и x', '{x}} {{  {{x}}', '{{C}} {{A', '']);
  // The same requests through the in-order path (a value with a brace forces it) agree on what they share.
  expect(slow.counts.slice(0, 4)).toEqual(fast.counts);
  expect(slow.texts).toEqual(fast.texts);
});

test('random placeholder texts: one pass and in order agree', () => {
  const names = ['{{A}}', '{{B}}', '{{Мероприятия#1.Дата}}', '{{Мероприятия#11.Дата}}', '{{?Ф=да}}'];
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  for (let round = 0; round < 200; round++) {
    const text = Array.from({ length: 12 }, () => [...names, '{', '}', 'a', ' ', '{{', '}}'][rand(11)]).join('');
    const requests = Array.from({ length: 4 }, () => ({ text: names[rand(names.length)]!, value: ['', 'v', 'Ёж', '#1'][rand(4)]! }));
    // A value holding a brace sends both to the in-order path: the same answer by construction.
    const fast = simulateReplacements([text], requests);
    const slow = simulateReplacements([text], [...requests, { text: '{{never}}', value: '{' }]);
    expect(slow.counts.slice(0, 4)).toEqual(fast.counts);
    expect(slow.texts).toEqual(fast.texts);
  }
});
