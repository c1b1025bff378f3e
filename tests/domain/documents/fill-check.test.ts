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
