/**
 * The months in which a community owes its monthly minimum of meetings (003 §5.2, 004 §4.2: «не
 * реже одного раза в месяц»). The regulations exempt no month, so nothing is exempted silently:
 * by default the minimum applies in every month of the school year, September to June, and the
 * deputy names other months in «Настройки» («сентябрь–май, август»); the digest says which months
 * are checked.
 */

/** September to June: the school year's months, in its order. */
export const SCHOOL_YEAR_MONTHS: readonly number[] = [9, 10, 11, 12, 1, 2, 3, 4, 5, 6];

/** The school year's order of the twelve months, for ranges and for listing. */
const YEAR_ORDER = [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8];

/** The first three letters of each month's name in any case form («сентябрь», «сентября», «сент.»). */
const STEMS = ['янв', 'фев', 'мар', 'апр', 'ма', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];

function month(token: string): number | null {
  const t = token.trim().toLowerCase().replace(/\.$/, '');
  if (/^\d{1,2}$/.test(t)) {
    const n = Number(t);
    return n >= 1 && n <= 12 ? n : null;
  }
  if (!/^[а-яё]+$/.test(t)) return null;
  // «май» and «мая» share «ма»; «март» and «марта» start «мар»: test the longer stem first.
  if (t.startsWith('мар')) return 3;
  const index = STEMS.findIndex((stem) => t.startsWith(stem) && (stem !== 'ма' || t === 'май' || t === 'мая'));
  return index < 0 ? null : index + 1;
}

/** «сентябрь» to «июнь» through the turn of the year: the school year's order. */
function range(from: number, to: number): number[] {
  const start = YEAR_ORDER.indexOf(from);
  const end = YEAR_ORDER.indexOf(to);
  return end >= start ? YEAR_ORDER.slice(start, end + 1) : [...YEAR_ORDER.slice(start), ...YEAR_ORDER.slice(0, end + 1)];
}

/**
 * The months as typed: names or numbers and periods, separated by commas. Blank means the
 * school year. Each entry that names no month is returned in `bad`, to be named to the deputy;
 * when no entry is readable the school year applies, never "no month at all".
 */
export function parseMinimumMonths(text: string | null | undefined): { months: number[]; bad: string[] } {
  const bad: string[] = [];
  const found = new Set<number>();
  for (const entry of (text ?? '').split(/[,;\n]+/).map((e) => e.trim()).filter(Boolean)) {
    const [from, to, ...rest] = entry.split(/\s*[-–—]\s*/);
    const start = from ? month(from) : null;
    const end = to === undefined ? start : month(to);
    if (start === null || end === null || rest.length > 0) bad.push(entry);
    else for (const m of range(start, end)) found.add(m);
  }
  const months = found.size ? YEAR_ORDER.filter((m) => found.has(m)) : [...SCHOOL_YEAR_MONTHS];
  return { months, bad };
}

/** The months as runs in the school year's order ([9, 6] for September to June), for listing. */
export function monthRuns(months: readonly number[]): Array<[number, number]> {
  const set = new Set(months);
  const runs: Array<[number, number]> = [];
  for (const m of YEAR_ORDER) {
    if (!set.has(m)) continue;
    const last = runs.at(-1);
    if (last && YEAR_ORDER.indexOf(last[1]) === YEAR_ORDER.indexOf(m) - 1) last[1] = m;
    else runs.push([m, m]);
  }
  return runs;
}

/** Whether the minimum applies in a month («2027-07»). */
export function minimumApplies(month: string, months: readonly number[]): boolean {
  return months.includes(Number(month.slice(5, 7)));
}
