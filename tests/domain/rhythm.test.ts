/** The rhythm's pure rules: when the monthly jobs are due, the monthly minimum, notices, e-mail text. */
import type { LocalDate } from '../../src/domain/local-date';
import { minimumApplies, monthRuns, parseMinimumMonths, SCHOOL_YEAR_MONTHS } from '../../src/domain/minimum-months';
import { monthlyMinimum, monthlyTarget, newlyOverdue, noticeDue } from '../../src/rhythm/calendar';
import { RU } from '../../src/text/ru';
import { html, plainText, type EmailContent } from '../../src/rhythm/email';
import { lostNotices } from '../../src/rhythm/daily';
import { communitiesBehind, deputyDigest } from '../../src/rhythm/digest';
import type { RhythmData } from '../../src/rhythm/data';
import type { Community } from '../../src/domain/records';

const d = (s: string) => s as LocalDate;

describe('monthlyTarget', () => {
  test('from the configured day to the month end, the next month', () => {
    expect(monthlyTarget(d('2026-09-24'), 25, null)).toBeNull();
    expect(monthlyTarget(d('2026-09-25'), 25, null)).toBe('2026-10');
    expect(monthlyTarget(d('2026-09-30'), 25, '2026-10')).toBe('2026-10');
    expect(monthlyTarget(d('2026-12-28'), 25, '2026-12')).toBe('2027-01');
  });
  test('a month never finished is caught up late, not skipped; a fresh start waits for the day', () => {
    expect(monthlyTarget(d('2026-10-03'), 25, '2026-09')).toBe('2026-10');
    expect(monthlyTarget(d('2026-10-03'), 25, '2026-10')).toBeNull();
    expect(monthlyTarget(d('2026-10-03'), 25, null)).toBeNull();
  });
});

test('the monthly minimum follows the frequency, in the months the school checks, not before the community', () => {
  const year = SCHOOL_YEAR_MONTHS;
  expect(monthlyMinimum('monthly', '2026-10', year)).toBe(1);
  expect(monthlyMinimum('twiceMonthly', '2026-10', year)).toBe(2);
  expect(monthlyMinimum('weekly', '2027-03', year)).toBe(4);
  // June is a school-year month: the regulations exempt none («не реже одного раза в месяц»).
  expect(monthlyMinimum('monthly', '2027-06', year)).toBe(1);
  expect(monthlyMinimum('monthly', '2027-07', year)).toBe(0);
  expect(monthlyMinimum('monthly', '2027-07', [7, 8])).toBe(1);
  expect(monthlyMinimum('monthly', '2026-10', year, d('2026-11-02'))).toBe(0);
});

describe('the months the minimum applies in, as the deputy types them', () => {
  test('blank is the school year, September to June', () => {
    expect(parseMinimumMonths('')).toEqual({ months: [9, 10, 11, 12, 1, 2, 3, 4, 5, 6], bad: [] });
    expect(parseMinimumMonths(null).months).toEqual([...SCHOOL_YEAR_MONTHS]);
  });

  test('names in any case form, numbers and periods across the new year', () => {
    expect(parseMinimumMonths('сентябрь–июнь').months).toEqual([9, 10, 11, 12, 1, 2, 3, 4, 5, 6]);
    expect(parseMinimumMonths('Сентября - мая, август').months).toEqual([9, 10, 11, 12, 1, 2, 3, 4, 5, 8]);
    expect(parseMinimumMonths('март, май, 7').months).toEqual([3, 5, 7]);
    expect(parseMinimumMonths('янв.—март').months).toEqual([1, 2, 3]);
    expect(parseMinimumMonths('сентябрь-август').months).toHaveLength(12);
  });

  test('an entry that names no month is named, the others kept; none readable means the school year', () => {
    expect(parseMinimumMonths('сентябрь–май, летом, 13')).toEqual({ months: [9, 10, 11, 12, 1, 2, 3, 4, 5], bad: ['летом', '13'] });
    expect(parseMinimumMonths('всегда')).toEqual({ months: [...SCHOOL_YEAR_MONTHS], bad: ['всегда'] });
    expect(parseMinimumMonths('маи').bad).toEqual(['маи']);
  });

  test('listed back as runs in the school year', () => {
    expect(monthRuns(SCHOOL_YEAR_MONTHS)).toEqual([[9, 6]]);
    expect(monthRuns([9, 10, 11, 12, 2, 8])).toEqual([[9, 12], [2, 2], [8, 8]]);
    expect(RU.rhythm.monthsText(monthRuns([9, 10, 11, 12, 2, 8]))).toBe('сентябрь–декабрь, февраль, август');
    expect(minimumApplies('2027-06', SCHOOL_YEAR_MONTHS)).toBe(true);
    expect(minimumApplies('2027-08', SCHOOL_YEAR_MONTHS)).toBe(false);
  });
});

test('notices and overdue windows', () => {
  expect(noticeDue(d('2026-09-20'), d('2026-09-17'), 3)).toBe(true);
  expect(noticeDue(d('2026-09-20'), d('2026-09-16'), 3)).toBe(false);
  expect(noticeDue(d('2026-09-20'), d('2026-09-21'), 3)).toBe(false);
  expect(newlyOverdue(d('2026-10-15'), null, d('2026-10-16'))).toBe(true);
  expect(newlyOverdue(d('2026-10-14'), null, d('2026-10-16'))).toBe(false);
  // Three days without a run: everything that fell due meanwhile.
  expect(newlyOverdue(d('2026-10-13'), d('2026-10-13'), d('2026-10-16'))).toBe(true);
  expect(newlyOverdue(d('2026-10-16'), d('2026-10-13'), d('2026-10-16'))).toBe(false);
});

test('e-mail: every value escaped in HTML, only https links clickable, the plain text readable', () => {
  const content: EmailContent = {
    greeting: 'Здравствуйте, <b>Иванова</b>!',
    sections: [{ title: 'Вы ведёте', lines: ['<img src=x onerror=alert(1)> & «тема»'] }],
    links: [
      { label: 'Таблица', url: 'https://docs.google.com/spreadsheets/d/abc/edit' },
      { label: 'Плохая', url: 'javascript:alert(1)' },
    ],
  };
  const h = html(content, 'Школа "№2"');
  expect(h).not.toContain('<img');
  expect(h).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; «тема»');
  expect(h).toContain('href="https://docs.google.com/spreadsheets/d/abc/edit"');
  expect(h).not.toContain('javascript:');
  expect(h).toContain('Школа &quot;№2&quot;');
  const text = plainText(content, 'Школа №2');
  expect(text).toContain('Вы ведёте:\n• <img src=x onerror=alert(1)> & «тема»');
  expect(text).not.toContain('javascript:');
});

describe('the digest says which months the communities minimum is checked in', () => {
  const club = { id: 'C00002', name: 'SkillsClub «Цифра»', kind: 'skillsClub', frequency: 'monthly', leaderId: 'T00003', createdOn: d('2026-09-01') } as Community;
  const data = (months: readonly number[]): RhythmData => ({ today: d('2027-06-26'), teachers: [], programmes: [], items: [], sessions: [], communities: [club], members: [], protocols: [], decisions: [], minimumMonths: months });
  const failures = { logErrors: 0, mailFailed: 0, documentsFailed: 0, deferred: 0, noAddress: [] };
  const links = { workbook: null, planDocument: null };

  test('July, not checked by default: no community is behind, and the digest says July goes unchecked', () => {
    const intro = deputyDigest(data(SCHOOL_YEAR_MONTHS), '2027-07', 'zam@school.example', failures, links).content.intro;
    // May had no meeting either (checked): the club is behind for May, and July is named as unchecked.
    expect(intro).toContain('Минимум заседаний сообществ проверяется в месяцы: сентябрь–июнь (лист «Настройки»). Без проверки: июль 2027.');
    expect(communitiesBehind(data(SCHOOL_YEAR_MONTHS), '2027-07')).toEqual(['SkillsClub «Цифра»: за май 2027 проведено 0 из 1']);
  });

  test('a school that checks July too is told the club has nothing planned', () => {
    const all = [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8];
    expect(communitiesBehind(data(all), '2027-07')).toEqual(['SkillsClub «Цифра»: за май 2027 проведено 0 из 1; на июль 2027 запланировано 0 из 1']);
    expect(deputyDigest(data(all), '2027-07', 'zam@school.example', failures, links).content.intro).not.toContain('Без проверки');
  });
});

describe('notices the quota held past their meeting', () => {
  const pos = { id: 'C00001', name: 'ПОС «Исследователи»', kind: 'pos', frequency: 'monthly', leaderId: 'T00002', createdOn: d('2026-09-01') } as Community;
  const teacher = (id: string) => ({ id, fullName: `Педагог ${id}`, email: `${id.toLowerCase()}@school.example` }) as RhythmData['teachers'][number];
  const meeting = (id: string, date: string) => ({ id, date: d(date), status: 'planned', kind: 'communityMeeting', communityId: 'C00001', communityName: pos.name, participantsIds: [], topic: 'Тема', startTime: '15:00', endTime: '16:00', place: 'каб. 12' }) as unknown as RhythmData['sessions'][number];
  const data = (today: string): RhythmData => ({
    today: d(today),
    teachers: [teacher('T00001'), teacher('T00002')],
    programmes: [],
    items: [],
    sessions: [meeting('S1', '2026-09-20'), meeting('S2', '2026-09-24')],
    communities: [pos],
    members: [{ communityId: 'C00001', teacherId: 'T00001', since: null, until: null } as RhythmData['members'][number], { communityId: 'C00001', teacherId: 'T00002', since: null, until: null } as RhythmData['members'][number]],
    protocols: [],
    decisions: [],
    minimumMonths: SCHOOL_YEAR_MONTHS,
  });

  test("the first run after a meeting's day names its notices no run sent, once; a meeting still ahead is not lost", () => {
    const sent = new Set(['notice|S1|T00002|2026-09-20']);
    const lost = lostNotices(data('2026-09-21'), d('2026-09-19'), 3, (n) => sent.has(n.key));
    expect(lost.map((n) => n.key)).toEqual(['notice|S1|T00001|2026-09-20']);
    // The run of the same day, or a run whose last day was after the meeting, reports nothing.
    expect(lostNotices(data('2026-09-21'), d('2026-09-21'), 3, () => false)).toEqual([]);
    expect(lostNotices(data('2026-09-22'), d('2026-09-21'), 3, () => false)).toEqual([]);
    // Never run before: nothing to say.
    expect(lostNotices(data('2026-09-21'), null, 3, () => false)).toEqual([]);
  });
});
