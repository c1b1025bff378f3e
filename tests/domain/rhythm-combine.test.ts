/** The day's messages as e-mails: one per person, the deputy first, deadlines first, every part kept. */
import { combineDaily } from '../../src/rhythm/combine';
import type { Outgoing } from '../../src/rhythm/email';
import { RU } from '../../src/text/ru';

const T = RU.rhythm;

function message(over: Partial<Outgoing> & Pick<Outgoing, 'key' | 'kind'>): Outgoing {
  return { month: null, recipientName: 'Педагог', email: 'p@school.example', subject: over.key, content: { greeting: 'Здравствуйте!', intro: `intro ${over.key}`, sections: [], links: [] }, ...over };
}

const monthly = (who: string, email: string | null) =>
  message({
    key: `monthly|2026-10|${who}`,
    kind: 'monthly',
    month: '2026-10',
    due: '2026-10-01',
    recipientName: who,
    email,
    subject: T.monthlySubject('октябрь 2026'),
    content: { greeting: `Здравствуйте, ${who}!`, intro: 'month', sections: [{ title: T.youAttend, lines: ['a'] }, { title: T.yourDeadlines, lines: ['до 15.10.2026'] }], links: [{ label: 'x', url: 'https://x' }] },
  });
const notice = (who: string, email: string | null, date: string) => message({ key: `notice|S|${who}|${date}`, kind: 'notice', due: date, recipientName: who, email, subject: `Заседание ${date}` });

test('one e-mail per person a day: the notices join the reminder, deadlines first, each part kept', () => {
  const mails = combineDaily([notice('A', 'a@x', '2026-09-28'), monthly('A', 'A@X'), notice('A', 'a@x', '2026-09-27'), monthly('B', 'b@x')]);
  expect(mails).toHaveLength(2);
  const a = mails.find((m) => m.recipientName === 'A')!;
  expect(a.parts.map((p) => p.key)).toEqual(['monthly|2026-10|A', 'notice|S|A|2026-09-27', 'notice|S|A|2026-09-28']);
  expect(a.content.sections.map((s) => s.title)).toEqual([T.yourDeadlines, T.noticesTitle, T.youAttend]);
  expect(a.content.sections[1]!.lines).toEqual(['intro notice|S|A|2026-09-27', 'intro notice|S|A|2026-09-28']);
  expect(a.subject).toBe(T.withNotices(T.monthlySubject('октябрь 2026')));
  // Sooner first: A's meeting on the 27th comes before B's month.
  expect(mails.map((m) => m.recipientName)).toEqual(['A', 'B']);
  expect(mails[1]!.subject).toBe(T.monthlySubject('октябрь 2026'));
});

test("the deputy's digest goes first, before anyone's mail, and is never merged away", () => {
  const digest = message({ key: 'digest|2026-10', kind: 'digest', recipientName: T.deputy, email: 'd@x' });
  const overdue = message({ key: 'overdue|2026-09-25', kind: 'overdue', recipientName: T.deputy, email: 'd@x' });
  const mails = combineDaily([notice('A', 'a@x', '2026-09-26'), overdue, monthly('D', 'd@x'), digest]);
  expect(mails.map((m) => m.parts[0]!.key)).toEqual(['digest|2026-10', 'overdue|2026-09-25', 'notice|S|A|2026-09-26', 'monthly|2026-10|D']);
});

test('notices alone, and people without an address, still one e-mail each with every part', () => {
  const mails = combineDaily([notice('A', 'a@x', '2026-09-27'), notice('A', 'a@x', '2026-09-28'), notice('N', null, '2026-09-27'), monthly('N', null)]);
  expect(mails).toHaveLength(2);
  expect(mails.find((m) => m.email === 'a@x')!.subject).toBe(T.noticesSubject(2));
  expect(mails.find((m) => m.email === null)!.parts).toHaveLength(2);
});

test('a person with more messages than one e-mail may carry gets several, the reminder in the first', () => {
  const notices = Array.from({ length: 12 }, (_, i) => notice('A', 'a@x', `2026-09-${String(10 + i)}`));
  const mails = combineDaily([...notices, monthly('A', 'a@x')], 10);
  expect(mails.map((m) => m.parts.length)).toEqual([10, 3]);
  expect(mails.find((m) => m.parts.some((p) => p.kind === 'monthly'))!.parts[0]!.kind).toBe('monthly');
  expect(new Set(mails.flatMap((m) => m.parts.map((p) => p.key))).size).toBe(13);
});

test('weighed parts split only when the next would pass the limit', () => {
  const notices = Array.from({ length: 12 }, (_, i) => notice('A', 'a@x', `2026-09-${String(10 + i)}`));
  const mails = combineDaily([...notices, monthly('A', 'a@x')], 8 * 1024, (p) => (p.kind === 'monthly' ? 2000 : 500));
  expect(mails.map((m) => m.parts.length)).toEqual([13]);
  const split = combineDaily([...notices, monthly('A', 'a@x')], 4000, (p) => (p.kind === 'monthly' ? 2000 : 500));
  expect(split.map((m) => m.parts.length)).toEqual([5, 8]);
});
