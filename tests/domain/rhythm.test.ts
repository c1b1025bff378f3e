/** The rhythm's pure rules: when the monthly jobs are due, the monthly minimum, notices, e-mail text. */
import type { LocalDate } from '../../src/domain/local-date';
import { monthlyMinimum, monthlyTarget, newlyOverdue, noticeDue } from '../../src/rhythm/calendar';
import { html, plainText, type EmailContent } from '../../src/rhythm/email';

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

test('the monthly minimum follows the frequency, in the school year only, not before the community', () => {
  expect(monthlyMinimum('monthly', '2026-10')).toBe(1);
  expect(monthlyMinimum('twiceMonthly', '2026-10')).toBe(2);
  expect(monthlyMinimum('weekly', '2027-03')).toBe(4);
  expect(monthlyMinimum('monthly', '2027-07')).toBe(0);
  expect(monthlyMinimum('monthly', '2026-10', d('2026-11-02'))).toBe(0);
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
