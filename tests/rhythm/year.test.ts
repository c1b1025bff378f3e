/**
 * A school year of the monthly rhythm through the built bundle: the clock moves day by day from
 * 1 September to 31 May and the daily trigger fires each morning. Every month's reminders go to
 * exactly the expected people, once; the plan is written for the coming month; the community
 * that skipped November is flagged before and after; notices reach every member three days
 * ahead; and every run stays within a fixed number of spreadsheet calls.
 */
import { outbox, type SentMessage, listDriveFiles } from '@pds/emulator';
import type { Addon } from '../helpers/addon';
import { CLUB, COACHES, DEPUTY, MONTHS, POS, SUPPORTED, markHeldBefore, rhythmSchool, teacherEmail, teacherName } from '../helpers/rhythm-school';

const MSK = '+03:00';
const DAY = 24 * 3600 * 1000;
const monthNames = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
const label = (month: string) => `${monthNames[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
const ymd = (ms: number) => new Date(ms + 3 * 3600 * 1000).toISOString().slice(0, 10);

interface Year {
  addon: Addon;
  mail: SentMessage[];
  callsPerRun: number[];
  failedRuns: string[];
}

let year: Year;

beforeAll(() => {
  const addon = rhythmSchool();
  addon.click('Включить');
  const callsPerRun: number[] = [];
  const failedRuns: string[] = [];
  for (let t = Date.parse(`2026-09-01T00:00:00${MSK}`); t <= Date.parse(`2027-05-31T00:00:00${MSK}`); t += DAY) {
    const day = ymd(t);
    // On the 1st the deputy marks last month's sessions held, except teacher 30's (programme 20).
    if (day.endsWith('-01') && day !== '2026-09-01') markHeldBefore(addon, day, 'P00020');
    addon.emulator.calls.reset();
    const fired = addon.host.advanceClock(t + 23 * 3600 * 1000);
    for (const f of fired) if (!f.outcome.ok) failedRuns.push(`${day}: ${f.outcome.error.message}`);
    if (fired.length) callsPerRun.push(addon.emulator.calls.total('SpreadsheetApp') / fired.length);
  }
  year = { addon, mail: outbox(addon.emulator), callsPerRun, failedRuns };
}, 300_000);

const monthly = (month: string) => year.mail.filter((m) => m.subject === `План на ${label(month)}: ваши встречи и сроки`);

test('the trigger fired every day of the year and no run failed', () => {
  expect(year.failedRuns).toEqual([]);
  // Switched on at 09:00 on 1 September, after that day's 8 o'clock: 2 September to 31 May.
  expect(year.callsPerRun).toHaveLength(272);
});

test.each(MONTHS.slice(1).map((m) => [m]))('reminders for %s: coaches and supported teachers, once each, sent on the 25th before', (month) => {
  const expected = [...COACHES, ...SUPPORTED].map(teacherEmail).sort();
  const sent = monthly(month);
  expect(sent.map((m) => m.to[0]).sort()).toEqual(expected);
  const previous = new Date(Date.parse(`${month}-01T12:00:00${MSK}`) - 10 * DAY);
  for (const m of sent) expect(ymd(m.at)).toBe(`${ymd(previous.getTime()).slice(0, 7)}-25`);
  expect(year.mail.filter((m) => m.subject === `Сводка сопровождения педагогов на ${label(month)}`).map((m) => m.to)).toEqual([[DEPUTY]]);
});

test('June is a school-year month: each leader hears nothing is planned, nobody else gets mail; the digest says which months count', () => {
  // The regulations exempt no month: only the months in «Настройки» (September–June by default) are checked.
  const june = monthly('2027-06');
  expect(june.map((m) => m.to[0]).sort()).toEqual([teacherEmail(POS.leader), teacherEmail(CLUB.leader)].sort());
  for (const m of june) expect(m.body).toContain('На июнь 2027 не запланировано ни одного заседания');
  const digest = year.mail.filter((m) => m.subject === 'Сводка сопровождения педагогов на июнь 2027');
  expect(digest).toHaveLength(1);
  expect(digest[0]!.body).toContain(`${POS.name}: на июнь 2027 запланировано 0 из 1`);
  expect(digest[0]!.body).toContain('Минимум заседаний сообществ проверяется в месяцы: сентябрь–июнь (лист «Настройки»).');
});

test('a coach who also leads a community gets one e-mail a month with both', () => {
  const november = monthly('2026-11').filter((m) => m.to[0] === teacherEmail(CLUB.leader));
  expect(november).toHaveLength(1);
  expect(november[0]!.body).toContain('Вы ведёте');
  expect(november[0]!.body).toContain(`Сообщество «${CLUB.name}»: внимание`);
});

test('the SkillsClub without a November meeting is flagged when November is planned and the month after', () => {
  const leader = (month: string) => monthly(month).find((m) => m.to[0] === teacherEmail(CLUB.leader))!.body;
  expect(leader('2026-11')).toContain('На ноябрь 2026 не запланировано ни одного заседания');
  // November is judged once it is over: on 25 December, in January's reminder and digest.
  expect(leader('2026-12')).not.toContain('внимание');
  expect(leader('2027-01')).toContain('За прошлый месяц (ноябрь 2026) проведено заседаний: 0 из 1');
  expect(leader('2027-02')).not.toContain('внимание');
  const digest = (month: string) => year.mail.find((m) => m.subject === `Сводка сопровождения педагогов на ${label(month)}`)!.body;
  expect(digest('2026-11')).toContain(`${CLUB.name}: на ноябрь 2026 запланировано 0 из 1`);
  expect(digest('2027-01')).toContain(`${CLUB.name}: за ноябрь 2026 проведено 0 из 1`);
  expect(digest('2027-01')).not.toContain(`${POS.name}:`);
});

test('the digest names the programme ending in December and the teacher not seen for two months', () => {
  const digest = year.mail.find((m) => m.subject === 'Сводка сопровождения педагогов на декабрь 2026')!.body;
  expect(digest).toContain(`${teacherName(11)} — окончание 31.12.2026`);
  expect(digest).toContain(`${teacherName(30)} — проведённых встреч нет`);
  expect(digest).not.toContain(`${teacherName(29)} — проведённых`);
  expect(digest).toContain(`Нет адреса эл. почты: ${teacherName(100)}`);
});

test('every ПОС meeting is announced to all 17 members three days ahead, once', () => {
  for (const month of MONTHS) {
    const notices = year.mail.filter((m) => m.subject === `Заседание «${POS.name}» 20.${month.slice(5, 7)}.${month.slice(0, 4)}`);
    // Teacher 100, a member without an address, is recorded as not reached instead.
    expect(notices.map((m) => m.to[0]).sort()).toEqual([POS.leader, ...POS.members].map(teacherEmail).filter(Boolean).sort());
    for (const m of notices) expect(ymd(m.at)).toBe(`${month}-17`);
  }
});

test('nobody gets the same e-mail twice, and no e-mail carries another teacher\'s address', () => {
  const keys = year.mail.map((m) => `${m.to.join()}|${m.subject}`);
  expect(new Set(keys).size).toBe(keys.length);
  for (const m of year.mail) {
    const others = [...m.body.matchAll(/t\d{3}@school\.example/g)].map((x) => x[0]).filter((a) => a !== m.to[0]);
    expect(others).toEqual([]);
    expect(m.name).toBe('МБОУ «СОШ №7»');
    expect(m.htmlBody).toMatch(/^<div/);
  }
  for (const m of monthly('2026-10')) expect(m.htmlBody).toContain('<ul><li>');
});

test('a supported teacher sees only their own name and their coach\'s, never their difficulties', () => {
  const mail = monthly('2026-10').find((m) => m.to[0] === teacherEmail(12))!;
  const names = [...mail.body.matchAll(/Педагог №\d{3} Тестовая/g)].map((x) => x[0]);
  expect(new Set(names)).toEqual(new Set([teacherName(12), teacherName(3)]));
  expect(mail.body).not.toContain('Трудность');
  expect(mail.body).toContain('до 15.10.2026 — Открытый урок 2');
});

test('the plan of each month: the tab shows the coming month and a document per month is in Drive', () => {
  const plan = year.addon.sheet('План на месяц', (s) => s.getDataRange().getDisplayValues());
  expect(plan[0]![0]).toMatch(/^План работы на июнь 2027/);
  const docs = listDriveFiles(year.addon.emulator).filter((f) => f.mimeType === 'application/vnd.google-apps.document' && f.name.startsWith('План работы на месяц'));
  expect(docs.map((d) => d.name.split(' — ')[1]).sort()).toEqual(MONTHS.slice(1).map(label).concat('июнь 2027').sort());
  // The dashboard was rebuilt by the last monthly run.
  const dashboard = year.addon.sheet('Сводка', (s) => s.getDataRange().getDisplayValues());
  expect(dashboard.flat().join('|')).toContain('25.05.2027');
});

test('each daily run stays within a fixed number of spreadsheet calls', () => {
  // About 90 on a quiet day (one batch read per tab, the workbook opened twice, the forms sweep);
  // about 240 on the 25th: plus the plan tab, the plan document, the dashboard (its own batch
  // read of 10 tabs, one block write, three charts) and the record written every 10 e-mails.
  // Plus the workbook's own memory: a trigger has no document properties, so the rhythm's state,
  // the documents job, the templates' ids and the id counters are read from developer metadata
  // (three calls a search; platform/store.ts): about 35 on a quiet day, about 90 on the 25th (an
  // id counter with every block of 10 e-mails recorded), whatever the size of the school. Plus,
  // before anything, the settings as an administrator approved them (rhythm/settings-guard.ts:
  // «Настройки», the owner, one search of the store): about 7; and «План на месяц» found by the
  // id kept when it was made (workbook/view-tabs.ts: one search of the store): about 4. And on the
  // day a plan is made, its documents' queue of parts (rhythm/plan-document.ts: one search of the
  // store; a quiet day reads none, the rhythm's state keeps a mark of the parts made): about 1.
  const quiet = [...year.callsPerRun].sort((a, b) => a - b)[Math.floor(year.callsPerRun.length / 2)]!;
  expect(quiet).toBeLessThanOrEqual(135);
  expect(Math.max(...year.callsPerRun)).toBeLessThanOrEqual(385);
});

test('the sent-mail record has one row per e-mail', () => {
  const rows = year.addon.sheet('Рассылка', (s) => s.getDataRange().getValues()).slice(1);
  const sentRows = rows.filter((r) => r.includes('отправлено'));
  expect(sentRows).toHaveLength(year.mail.length);
});
