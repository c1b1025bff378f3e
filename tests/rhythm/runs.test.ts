/**
 * The rhythm's runs when things go wrong, through the built bundle: switching on twice or after a
 * reinstall leaves one trigger; the day's mail quota defers and the next day completes without
 * duplicates; a run killed by the time limit mid-sending resumes without sending anything twice;
 * a refused address is logged and not retried until it is corrected; a lost authorization stops
 * the runs and tells the deputy once.
 */
import { type WorkspaceState, dailyRecipientLimit, outbox } from '@pds/emulator';
import { Addon } from '../helpers/addon';
import { POS, paste, pad, rhythmSchool, teacherEmail, teacherId, teacherName } from '../helpers/rhythm-school';
import { settings } from '../helpers/payloads';
import { asOk } from '../helpers/wire';

const MSK = '+03:00';
let base: WorkspaceState;

beforeAll(() => {
  base = rhythmSchool().emulator.state;
}, 60_000);

function school(): Addon {
  return Addon.from(base);
}

const ticks = (addon: Addon) => addon.emulator.state.triggers.filter((t) => t.handler === 'dailyTick');
const monthlyFor = (addon: Addon, month: string) => outbox(addon.emulator).filter((m) => m.subject.startsWith(`План на ${month}`) || m.subject.endsWith(`на ${month}`));
const mailRows = (addon: Addon) => addon.sheet('Рассылка', (s) => s.getDataRange().getDisplayValues()).slice(1);
const statusOf = (addon: Addon) => {
  const headers = addon.headers('Рассылка');
  return (row: string[]) => row[headers.indexOf('Статус')];
};

/** The first run of the 25th September (at 08:xx) and everything before it. */
function toTheMorningOf25(addon: Addon): void {
  addon.host.advanceClock(`2026-09-25T00:00:00${MSK}`);
}

describe('switching on and off', () => {
  test('twice, after a reinstall, and after a new hour: always exactly one trigger', () => {
    const addon = school();
    addon.click('Включить');
    expect(addon.lastAlert()).toContain('Напоминания включены');
    addon.click('Включить');
    expect(addon.lastAlert()).toContain('уже включены');
    expect(ticks(addon)).toHaveLength(1);
    addon.host.install();
    addon.click('Включить');
    expect(ticks(addon)).toHaveLength(1);
    const saved = addon.call('saveSettings', settings(addon, { reminderHour: '18' }));
    expect(saved).toMatchObject({ status: 'success' });
    expect(ticks(addon)).toHaveLength(1);
    expect(ticks(addon)[0]!.schedule!.atHour).toBe(18);
    addon.click('Выключить');
    expect(addon.lastAlert()).toContain('выключены');
    expect(ticks(addon)).toHaveLength(0);
  });

  test('another user cannot switch on a second tick, and sees who owns it', () => {
    const addon = school();
    addon.click('Включить');
    // A second administrator: anyone else is refused before this check (tests/src/roles.test.ts).
    addon.setting('Администраторы', 'colleague@school.example');
    const outcome = addon.host.click('Включить', 'colleague@school.example');
    expect(outcome.ok).toBe(true);
    expect(addon.lastAlert()).toContain(`включены пользователем ${addon.emulator.state.activeUser}`);
    expect(ticks(addon)).toHaveLength(1);
  });

  test('the settings page shows whether it is on, the last run and what it did', () => {
    const addon = school();
    addon.click('Включить');
    toTheMorningOf25(addon);
    addon.host.advanceClock(`2026-09-25T12:00:00${MSK}`);
    const page = asOk(addon.call('getSettingsPage')).response.rhythm;
    expect(page[0]).toMatch(/^Включены \(.+\), каждый день около 8:00, Europe\/Moscow\.$/);
    expect(page[1]).toMatch(/^Последний запуск: 25\.09\.2026 08:\d\d\.$/);
    expect(page.join('\n')).toContain('Писем отправлено: 26');
  });

  test('a run while another holds the lease does nothing and says so', () => {
    const addon = school();
    addon.store('rhythm.state', JSON.stringify({ leaseUntil: addon.emulator.now() + 60_000 }));
    addon.click('Запустить сейчас');
    expect(addon.lastAlert()).toContain('уже идёт');
  });
});

describe('sending', () => {
  test('the quota defers what does not fit; the next day completes, nothing twice', () => {
    const addon = school();
    addon.click('Включить');
    toTheMorningOf25(addon);
    // Someone used the account's mail today: 10 recipients left.
    const user = addon.emulator.state.activeUser;
    addon.emulator.setQuotaUsed(`email:${user}`, dailyRecipientLimit(addon.emulator.state) - 10, Date.parse(`2026-09-25T06:00:00${MSK}`));
    addon.host.advanceClock(`2026-09-25T12:00:00${MSK}`);
    expect(monthlyFor(addon, 'октябрь 2026')).toHaveLength(10);
    addon.host.advanceClock(`2026-09-26T12:00:00${MSK}`);
    const october = monthlyFor(addon, 'октябрь 2026');
    expect(october).toHaveLength(26);
    expect(new Set(october.map((m) => m.to[0])).size).toBe(26);
    addon.host.advanceClock(`2026-09-28T12:00:00${MSK}`);
    expect(monthlyFor(addon, 'октябрь 2026')).toHaveLength(26);
  });

  test('a member with eleven meetings in the notice window gets them all in one e-mail that day', () => {
    const addon = school();
    paste(
      addon,
      'Сессии и встречи',
      Array.from({ length: 11 }, (_, k) => ({
        ID: `S9${pad(k + 1, 4)}`,
        Дата: '28.09.2026',
        Начало: `${pad(8 + k, 2)}:00`,
        Окончание: `${pad(8 + k, 2)}:45`,
        Место: 'каб. 12',
        Вид: 'заседание ПОС',
        'Индивидуальная / групповая': 'групповая',
        Тема: `Секция ${k + 1}`,
        'Коуч-консультант / ведущий': teacherName(POS.leader),
        'Коуч-консультант / ведущий (ID)': teacherId(POS.leader),
        Сообщество: POS.name,
        'Сообщество (ID)': POS.id,
        Статус: 'запланирована',
      })),
    );
    addon.click('Включить');
    toTheMorningOf25(addon);
    addon.host.advanceClock(`2026-09-25T12:00:00${MSK}`);
    // One e-mail a person a day counts the quota in people: the eleven notices do not split.
    const member = outbox(addon.emulator, teacherEmail(31)).filter((m) => m.at >= Date.parse(`2026-09-25T00:00:00${MSK}`));
    expect(member.map((m) => m.subject)).toEqual(['Ближайшие заседания сообществ (11)']);
    const rows = mailRows(addon).filter((r) => r.includes(teacherEmail(31)) && r.join('|').includes('notice|S9'));
    expect(rows).toHaveLength(11);
    expect(rows.every((r) => statusOf(addon)(r) === 'отправлено')).toBe(true);
  });

  test('a run killed by the time limit while sending resumes; nothing is sent twice', () => {
    const addon = school();
    addon.click('Включить');
    toTheMorningOf25(addon);
    addon.emulator.faults.add({ match: 'MailApp.sendEmail', error: 'timeout', skip: 7 });
    const killed = addon.host.advanceClock(`2026-09-25T12:00:00${MSK}`);
    expect(killed.at(-1)!.outcome).toMatchObject({ ok: false, error: { message: expect.stringContaining('Exceeded maximum execution time') } });
    expect(monthlyFor(addon, 'октябрь 2026')).toHaveLength(7);
    addon.host.advanceClock(`2026-09-26T12:00:00${MSK}`);
    const sent = monthlyFor(addon, 'октябрь 2026');
    // The eighth was being sent when the run ended: recorded as unconfirmed, never resent.
    expect(sent).toHaveLength(25);
    expect(new Set(sent.map((m) => m.to[0])).size).toBe(25);
    const rows = mailRows(addon).filter((r) => r.join('|').includes('2026-10'));
    const status = statusOf(addon);
    expect(rows.filter((r) => status(r) === 'отправлено')).toHaveLength(25);
    expect(rows.filter((r) => status(r) === 'не подтверждено')).toHaveLength(1);
    // The plan document was made once.
    const plans = addon.sheet('Реестр документов', (s) => s.getDataRange().getDisplayValues()).filter((r) => r.join('|').includes('план работы на месяц'));
    expect(plans).toHaveLength(1);
  });

  test('a refused address is logged, not retried, and sent once corrected', () => {
    const addon = school();
    addon.click('Включить');
    toTheMorningOf25(addon);
    // The fourth message of the day is refused: the deputy's digest goes first, so teacher 3's reminder.
    addon.emulator.faults.add({ match: 'MailApp.sendEmail', error: 'Invalid email: t004@school.example', skip: 3 });
    addon.host.advanceClock(`2026-09-25T12:00:00${MSK}`);
    const failed = mailRows(addon).filter((r) => statusOf(addon)(r) === 'ошибка' && r.join('|').includes('Invalid'));
    expect(failed).toHaveLength(1);
    expect(failed[0]!.join('|')).toContain('Invalid email');
    const log = addon.sheet('Журнал', (s) => s.getDataRange().getDisplayValues());
    expect(log.some((r) => r.includes('ошибка') && r.join('|').includes('Invalid email'))).toBe(true);
    const victim = failed[0]![addon.headers('Рассылка').indexOf('Эл. почта')]!;
    expect(victim).toBe(teacherEmail(3));
    addon.host.advanceClock(`2026-09-26T12:00:00${MSK}`);
    expect(outbox(addon.emulator, victim).filter((m) => m.subject.startsWith('План на'))).toHaveLength(0);
    // The deputy corrects the address: the next run sends it.
    const row = addon.sheet('Педагоги', (s) => s.getDataRange().getValues()).findIndex((r) => r.includes(victim)) + 1;
    addon.typeCell('Педагоги', row, 'Эл. почта', victim.replace('@', '.new@'));
    addon.click('Запустить сейчас');
    expect(outbox(addon.emulator, victim.replace('@', '.new@')).filter((m) => m.subject.startsWith('План на'))).toHaveLength(1);
  });

  test('a lost authorization stops the runs and tells the deputy once', () => {
    const addon = school();
    addon.click('Включить');
    addon.emulator.state.authorization.requiredScopes = ['https://www.googleapis.com/auth/script.send_mail'];
    addon.host.advanceClock(`2026-09-26T12:00:00${MSK}`);
    const told = outbox(addon.emulator);
    expect(told).toHaveLength(1);
    expect(told[0]!.subject).toBe('Напоминания остановлены: нужна повторная авторизация');
    expect(told[0]!.body).toContain('authorize');
    expect(asOk(addon.call('getSettingsPage')).response.rhythm.join('\n')).toContain('повторная авторизация');
    // The deputy re-authorizes: the runs go on, and the month's work is caught up.
    addon.emulator.state.authorization.requiredScopes = [];
    addon.host.advanceClock(`2026-09-27T12:00:00${MSK}`);
    expect(monthlyFor(addon, 'октябрь 2026')).toHaveLength(26);
    expect(outbox(addon.emulator).filter((m) => m.subject.includes('авторизация'))).toHaveLength(1);
    expect(outbox(addon.emulator, teacherEmail(1)).length).toBeGreaterThan(0);
  });
});

test('a time zone Apps Script does not know: a Russian message naming the setting, nothing installed', () => {
  const addon = school();
  const rows = addon.sheet('Настройки', (s) => s.getDataRange().getValues());
  const row = rows.findIndex((r) => r.includes('Часовой пояс')) + 1;
  addon.typeCell('Настройки', row, 'Значение', 'Europe/Atlantida');
  addon.click('Включить');
  expect(addon.lastAlert()).toContain('часовой пояс «Europe/Atlantida» на листе «Настройки»');
  expect(ticks(addon)).toHaveLength(0);
  expect(asOk(addon.call('getSettingsPage')).response.rhythm[0]).toContain('Выключены');
});

describe('the log and the mail rows are read by option, not by their wording', () => {
  test("a log error typed as older versions or a person wrote it counts in the digest; a teacher without an address is named, not counted as undelivered", () => {
    const addon = school();
    addon.click('Включить');
    // As an older version wrote it (the label), and as a person may retype it (another case).
    addon.typeRow('Журнал', { ID: 'L09001', Время: '10.09.2026 10:00', Уровень: 'ошибка', Действие: 'Ежедневный запуск', Сообщение: 'сбой 1' });
    addon.typeRow('Журнал', { ID: 'L09002', Время: '11.09.2026 10:00', Уровень: 'Ошибка', Действие: 'Обработка анкет', Сообщение: 'сбой 2' });
    addon.typeRow('Журнал', { ID: 'L09003', Время: '12.09.2026 10:00', Уровень: 'предупреждение', Действие: 'Обработка анкет', Сообщение: 'не сбой' });
    const row = addon.sheet('Педагоги', (s) => s.getDataRange().getValues()).findIndex((r) => r.includes(teacherEmail(4))) + 1;
    addon.typeCell('Педагоги', row, 'Эл. почта', '');
    toTheMorningOf25(addon);
    addon.host.advanceClock(`2026-09-25T12:00:00${MSK}`);
    const digest = outbox(addon.emulator).find((m) => m.subject.startsWith('Сводка сопровождения педагогов'));
    expect(digest?.body).toContain('Ошибок в журнале с прошлой сводки: 2 (лист «Журнал»).');
    expect(digest?.body).not.toContain('Писем не доставлено');
    const noAddress = mailRows(addon).filter((r) => statusOf(addon)(r) === 'ошибка');
    expect(noAddress.length).toBeGreaterThan(0);
    // What the add-on writes shows the same labels as before.
    const log = addon.sheet('Журнал', (s) => s.getDataRange().getDisplayValues());
    expect(log.slice(4).every((r) => ['сведения', 'ошибка', 'предупреждение'].includes(r[addon.headers('Журнал').indexOf('Уровень')]!))).toBe(true);
    expect(log.slice(4).some((r) => r.includes('Ежедневный запуск'))).toBe(true);
  });
});
