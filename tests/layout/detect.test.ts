/**
 * The layout check's eyes (tests/layout/detect.ts) on `pdftotext -bbox` output written by hand:
 * a date broken across lines is found, a break after a hyphen is not, a repeated head row is
 * fine, and a word past the right margin is reported. (`npm run check:documents` also proves them
 * on LibreOffice's own output, with canaries, each time it runs.)
 */
import { brokenWords, parseBbox, pastMargins, signaturesAlone } from './detect';

const word = (x: number, y: number, text: string, w = 40) => `<word xMin="${x}" yMin="${y}" xMax="${x + w}" yMax="${y + 12}">${text}</word>`;
const page = (...words: string[]) => `<page width="595.3" height="841.9">${words.join('')}</page>`;
const MARGINS = { top: 56.7, bottom: 56.7, left: 56.7, right: 28.4 };

test('a date broken inside a cell is found with its pieces; whole words are not', () => {
  const pages = parseBbox(`<doc>${page(word(60, 100, 'Дата'), word(60, 120, '27.02.20'), word(60, 134, '26', 12), word(120, 120, 'Тема'))}</doc>`);
  expect(brokenWords('Дата Тема 27.02.2026', pages)).toEqual([{ word: '27.02.2026', pieces: ['27.02.20', '26'] }]);
  expect(brokenWords('Дата Тема', pages)).toEqual([]);
});

test('a break right after a hyphen is the one allowed; a word missing altogether is reported', () => {
  const pages = parseBbox(page(word(60, 100, 'коучинг-'), word(60, 114, 'консалтинг'), word(120, 100, 'Белоконь-Ковалевск'), word(120, 114, 'ая')));
  expect(brokenWords('коучинг-консалтинг', pages)).toEqual([]);
  expect(brokenWords('Белоконь-Ковалевская', pages)).toEqual([{ word: 'Белоконь-Ковалевская', pieces: ['Белоконь-Ковалевск', 'ая'] }]);
  expect(brokenWords('Протокол', pages)).toEqual([{ word: 'Протокол', pieces: null }]);
});

test('a head row printed on two pages counts; a word twice in the document must be printed twice', () => {
  const pages = parseBbox(page(word(60, 100, 'Педагог'), word(60, 120, 'Педагог')) + page(word(60, 100, 'Педагог')));
  expect(brokenWords('Педагог Педагог', pages)).toEqual([]);
  expect(brokenWords('Педагог Педагог Педагог Педагог', pages)).toEqual([{ word: 'Педагог', pieces: null }]);
});

test('entities decoded, and a no-break space inside a box read as two words', () => {
  const pages = parseBbox(page(word(60, 100, '«СОШ&#160;№2»'.replace('&#160;', '\u00a0')), word(120, 100, 'A&amp;B')));
  expect(brokenWords('«СОШ\u00a0№2» A&B', pages)).toEqual([]);
});

test('a word past the right margin is reported with the page and by how much', () => {
  const pages = parseBbox(page(word(60, 100, 'внутри'), word(550, 100, 'снаружи', 40)));
  expect(pastMargins(pages, MARGINS)).toEqual([{ page: 1, word: 'снаружи', side: 'right', by: 23.1 }]);
});

test('a page that opens with the signature lines is reported; signatures after a line of text are not', () => {
  const body = page(word(60, 100, 'Текст'), word(60, 700, 'Дата'));
  const alone = page(word(60, 60, 'Учитель'), word(250, 60, '_______________', 90), word(450, 60, 'А.И.'));
  const together = page(word(60, 60, 'Дата'), word(60, 80, 'Учитель'), word(250, 80, '_______________', 90));
  expect(signaturesAlone(parseBbox(body + alone))).toEqual([2]);
  expect(signaturesAlone(parseBbox(body + together))).toEqual([]);
});
