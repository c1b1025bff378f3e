/**
 * The school's own non-working days («Настройки»: каникулы и праздники), typed as dates and
 * periods: «04.11.2026, 26.10.2026–03.11.2026». Weekends need no listing.
 */
import { addDays, makeLocalDate, type LocalDate } from './local-date';

const DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
/** A period is at most a school year long: a typo in a year must not list ten years of days. */
const LONGEST = 366;

function day(text: string): LocalDate | null {
  const m = DAY.exec(text.trim());
  return m ? makeLocalDate(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

/** Each day listed, and each entry that is no date or period (to name it to the deputy). */
export function parseHolidays(text: string): { days: LocalDate[]; bad: string[] } {
  const days = new Set<LocalDate>();
  const bad: string[] = [];
  for (const entry of text.split(/[,;\n]+/).map((e) => e.trim()).filter(Boolean)) {
    const [from, to, ...rest] = entry.split(/\s*[-–—]\s*/);
    const start = from ? day(from) : null;
    const end = to === undefined ? start : day(to);
    if (!start || !end || rest.length > 0 || end < start) {
      bad.push(entry);
      continue;
    }
    let current = start;
    let count = 0;
    while (current <= end && count < LONGEST) {
      days.add(current);
      current = addDays(current, 1);
      count += 1;
    }
    if (current <= end) bad.push(entry);
  }
  return { days: [...days].sort(), bad };
}
