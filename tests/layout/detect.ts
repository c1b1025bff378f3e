/**
 * What the layout check looks for in a PDF that LibreOffice printed, from the words' boxes
 * `pdftotext -bbox` gives:
 * - a word or a date broken inside a table cell (or anywhere): every word of the document must be
 *   printed whole as often as the document holds it (more is fine: a pinned head row repeats on
 *   every page). A word missing from the print but found as pieces on consecutive lines is broken
 *   («27.02.20» + «26»); a break right after a hyphen is the one break Russian typesetting allows
 *   («коучинг-» + «консалтинг»).
 * - a page running past its margin: a word whose box reaches beyond the page's text area.
 */

export interface PdfWord {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

export interface PdfPage {
  width: number;
  height: number;
  words: PdfWord[];
}

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos);/g, (_m, e: string) => ENTITIES[e]!);

/** The pages and words of `pdftotext -bbox` output. */
export function parseBbox(xhtml: string): PdfPage[] {
  const pages: PdfPage[] = [];
  const tag = /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const m of xhtml.matchAll(tag)) {
    if (m[1] !== undefined) pages.push({ width: Number(m[1]), height: Number(m[2]), words: [] });
    else pages[pages.length - 1]?.words.push({ xMin: Number(m[3]), yMin: Number(m[4]), xMax: Number(m[5]), yMax: Number(m[6]), text: decode(m[7]!) });
  }
  return pages;
}

const tokens = (text: string): string[] => text.split(/\s+/).filter((t) => t !== '');

function counts(list: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of list) out.set(t, (out.get(t) ?? 0) + 1);
  return out;
}

/** The pieces a missing word was printed as: consecutive words of the print that join into it. */
function piecesOf(word: string, printed: readonly string[]): string[] | null {
  for (let i = 0; i < printed.length; i++) {
    if (!word.startsWith(printed[i]!) || printed[i] === word) continue;
    const pieces = [printed[i]!];
    let joined = printed[i]!;
    for (let j = i + 1; j < printed.length && joined.length < word.length; j++) {
      joined += printed[j]!;
      pieces.push(printed[j]!);
      if (!word.startsWith(joined)) break;
      if (joined === word) return pieces;
    }
  }
  return null;
}

/** Breaks after a hyphen only: «психолого-» + «педагогические». */
const hyphenBreak = (pieces: readonly string[]): boolean => pieces.slice(0, -1).every((p) => p.endsWith('-') || p.endsWith('–'));

export interface Broken {
  word: string;
  /** How it was printed; null when not found at all. */
  pieces: string[] | null;
}

/** Words of `documentText` not printed whole (hyphen breaks allowed). */
export function brokenWords(documentText: string, pages: readonly PdfPage[]): Broken[] {
  // A no-break space may join two words into one box: split them as the document's text is split.
  const printed = pages.flatMap((p) => p.words.flatMap((w) => tokens(w.text)));
  const have = counts(printed);
  const out: Broken[] = [];
  for (const [word, needed] of counts(tokens(documentText))) {
    if ((have.get(word) ?? 0) >= needed) continue;
    const pieces = piecesOf(word, printed);
    if (pieces && hyphenBreak(pieces)) continue;
    out.push({ word, pieces });
  }
  return out;
}

export interface Overflow {
  page: number;
  word: string;
  side: 'left' | 'right' | 'top' | 'bottom';
  by: number;
}

/** Words printed outside the text area (1.5 pt of rounding allowed). */
export function pastMargins(pages: readonly PdfPage[], margins: Margins, tolerance = 1.5): Overflow[] {
  const out: Overflow[] = [];
  pages.forEach((page, i) => {
    for (const w of page.words) {
      const sides: Array<[Overflow['side'], number]> = [
        ['left', margins.left - w.xMin],
        ['right', w.xMax - (page.width - margins.right)],
        ['top', margins.top - w.yMin],
        ['bottom', w.yMax - (page.height - margins.bottom)],
      ];
      for (const [side, by] of sides) if (by > tolerance) out.push({ page: i + 1, word: w.text, side, by: Math.round(by * 10) / 10 });
    }
  });
  return out;
}

/**
 * Pages that open with a signature line (its `_______________`): signatures printed apart from
 * the text they sign, which a school would not sign as one document.
 */
export function signaturesAlone(pages: readonly PdfPage[]): number[] {
  const out: number[] = [];
  pages.forEach((page, i) => {
    if (i === 0 || page.words.length === 0) return;
    const top = Math.min(...page.words.map((w) => w.yMin));
    const firstLine = page.words.filter((w) => w.yMin - top < 3);
    if (firstLine.some((w) => /^_{5,}$/.test(w.text))) out.push(i + 1);
  });
  return out;
}
