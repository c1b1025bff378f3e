/**
 * MailApp contract (emulator/mail): reference/mail/mail-app (the four sendEmail forms,
 * getRemainingDailyQuota, the script.send_mail scope), guides/services/quotas (recipients per
 * day 100 / 1,500 counting To, Cc and Bcc; 50 recipients a message), and the error texts seen
 * in Apps Script logs ("Invalid email: <address>", "Failed to send email: no recipient",
 * "Service invoked too many times for one day: email.").
 */
import { Emulator } from '../../emulator/core/emulator';
import type { AccountType } from '../../emulator/core/state';
import { createMailApp, outbox, SEND_MAIL_SCOPE } from '../../emulator/mail';

const DEPUTY = 'deputy@school.example';

function setup(options: { accountType?: AccountType; scopes?: string[] | null; clock?: string } = {}) {
  const emulator = new Emulator({
    clock: options.clock ?? '2026-09-01T06:00:00Z',
    accountType: options.accountType ?? 'workspace',
    scopes: options.scopes ?? null,
    user: DEPUTY,
  });
  const MailApp = createMailApp(emulator);
  const full = <T>(fn: () => T, user?: string): T => emulator.run({ authMode: 'FULL', user }, fn);
  return { emulator, MailApp, full };
}

function message(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
}

describe('sendEmail', () => {
  // reference/mail/mail-app#sendemailmessage and the three positional forms.
  test('every form of sendEmail is recorded with sender, recipients, bodies and time', () => {
    const { emulator, MailApp, full } = setup();
    full(() => {
      MailApp.sendEmail('a@school.example', 'Тема 1', 'Текст 1');
      MailApp.sendEmail('b@school.example', 'Тема 2', 'Текст 2', {
        cc: 'c@school.example, d@school.example',
        bcc: 'e@school.example',
        htmlBody: '<b>Текст 2</b>',
        name: 'Школа № 1',
        replyTo: 'deputy@school.example',
        noReply: true,
        attachments: [{ getName: () => 'plan.pdf', getContentType: () => 'application/pdf', getBytes: () => [1, 2] }],
      } as unknown as GoogleAppsScript.Mail.MailAdvancedParameters);
      MailApp.sendEmail('f@school.example', 'reply@school.example', 'Тема 3', 'Текст 3');
      MailApp.sendEmail({ to: 'Иван Петров <g@school.example>', subject: 'Тема 4', htmlBody: '<p>4</p>' });
    });
    const sent = outbox(emulator);
    expect(sent).toHaveLength(4);
    expect(sent[0]).toMatchObject({ from: DEPUTY, to: ['a@school.example'], subject: 'Тема 1', body: 'Текст 1', htmlBody: null, at: Date.parse('2026-09-01T06:00:00Z') });
    expect(sent[1]).toMatchObject({
      to: ['b@school.example'],
      cc: ['c@school.example', 'd@school.example'],
      bcc: ['e@school.example'],
      name: 'Школа № 1',
      replyTo: 'deputy@school.example',
      noReply: true,
      htmlBody: '<b>Текст 2</b>',
      attachments: [{ name: 'plan.pdf', contentType: 'application/pdf' }],
    });
    expect(sent[2]).toMatchObject({ to: ['f@school.example'], replyTo: 'reply@school.example', subject: 'Тема 3' });
    expect(sent[3]).toMatchObject({ to: ['g@school.example'], body: '', htmlBody: '<p>4</p>' });
    expect(outbox(emulator, 'd@school.example').map((m) => m.subject)).toEqual(['Тема 2']);
    expect(JSON.parse(JSON.stringify(emulator.state.extra['mail']))).toEqual(emulator.state.extra['mail']);
  });

  // Seen in Apps Script logs: "Exception: Invalid email: <address>"; "Failed to send email: no recipient".
  test('a bad address and a missing recipient are refused, and nothing is sent', () => {
    const { emulator, MailApp, full } = setup();
    expect(message(() => full(() => MailApp.sendEmail('not-an-address', 's', 'b')))).toBe('Invalid email: not-an-address');
    expect(message(() => full(() => MailApp.sendEmail({ to: 'a@school.example', cc: 'x@y', subject: 's', body: 'b' })))).toBe('Invalid email: x@y');
    expect(message(() => full(() => MailApp.sendEmail('', 's', 'b')))).toBe('Failed to send email: no recipient');
    expect(message(() => full(() => (MailApp.sendEmail as (...a: unknown[]) => void)('a@school.example', 's')))).toBe(
      "The parameters (String,String) don't match the method signature for MailApp.sendEmail.",
    );
    expect(outbox(emulator)).toHaveLength(0);
    expect(full(() => MailApp.getRemainingDailyQuota())).toBe(1500);
  });

  // guides/services/quotas: "Email recipients per message" 50.
  test('more than 50 recipients in one message are refused', () => {
    const { MailApp, full } = setup();
    const many = Array.from({ length: 51 }, (_v, i) => `t${i}@school.example`).join(',');
    expect(message(() => full(() => MailApp.sendEmail(many, 's', 'b')))).toBe('Limit Exceeded: Email Recipients Per Message.');
  });

  // reference/mail/mail-app, Authorization: script.send_mail; not in LIMITED (simple triggers).
  test('needs FULL and the script.send_mail scope', () => {
    const { emulator, MailApp } = setup({ scopes: ['https://www.googleapis.com/auth/spreadsheets'] });
    expect(message(() => emulator.run({ authMode: 'FULL' }, () => MailApp.getRemainingDailyQuota()))).toBe(
      `You do not have permission to call MailApp.getRemainingDailyQuota. Required permissions: ${SEND_MAIL_SCOPE}`,
    );
    const ok = setup({ scopes: [SEND_MAIL_SCOPE] });
    expect(message(() => ok.emulator.run({ authMode: 'LIMITED', kind: 'simple' }, () => ok.MailApp.sendEmail('a@school.example', 's', 'b')))).toBe(
      'Authorization is required to perform that action.',
    );
  });

  test('noReply is only honoured for Workspace accounts', () => {
    const { emulator, MailApp, full } = setup({ accountType: 'consumer' });
    full(() => MailApp.sendEmail({ to: 'a@example.com', subject: 's', body: 'b', noReply: true }));
    expect(outbox(emulator)[0]!.noReply).toBe(false);
  });
});

describe('daily recipient quota', () => {
  // docs/platform.md / guides/services/quotas: 100 recipients a day (consumer), 1,500 (Workspace);
  // every To, Cc and Bcc address counts; the window closes 24 hours after the first send, not at
  // midnight ("Daily quotas are refreshed at the end of a 24-hour window").
  test('recipients in cc and bcc count, the quota runs out, and 24 hours after the first send it is back', () => {
    const { emulator, MailApp, full } = setup({ accountType: 'consumer', clock: '2026-09-01T20:00:00Z' });
    expect(full(() => MailApp.getRemainingDailyQuota())).toBe(100);
    full(() => MailApp.sendEmail('a@example.com', 's', 'b', { cc: 'b@example.com,c@example.com', bcc: 'd@example.com' }));
    expect(full(() => MailApp.getRemainingDailyQuota())).toBe(96);
    full(() => {
      for (let i = 0; i < 48; i++) MailApp.sendEmail(`p${i}@example.com`, 's', 'b', { cc: `q${i}@example.com` });
    });
    expect(full(() => MailApp.getRemainingDailyQuota())).toBe(0);
    expect(message(() => full(() => MailApp.sendEmail('late@example.com', 's', 'b')))).toBe('Service invoked too many times for one day: email.');
    expect(outbox(emulator, 'late@example.com')).toHaveLength(0);
    // Another user has a quota of their own.
    expect(full(() => MailApp.getRemainingDailyQuota(), 'other@example.com')).toBe(100);
    // Past midnight the window is still open: the first send was at 20:00.
    emulator.setClock('2026-09-02T00:00:01Z');
    expect(full(() => MailApp.getRemainingDailyQuota())).toBe(0);
    emulator.setClock('2026-09-02T19:59:59Z');
    expect(full(() => MailApp.getRemainingDailyQuota())).toBe(0);
    emulator.setClock('2026-09-02T20:00:00Z');
    expect(full(() => MailApp.getRemainingDailyQuota())).toBe(100);
    full(() => MailApp.sendEmail('late@example.com', 's', 'b'));
    expect(outbox(emulator, 'late@example.com')).toHaveLength(1);
  });

  test('a message that would pass the remaining quota is refused whole', () => {
    const { MailApp, full } = setup({ accountType: 'consumer' });
    full(() => {
      for (let i = 0; i < 49; i++) MailApp.sendEmail(`p${i}@example.com`, 's', 'b', { cc: `q${i}@example.com` });
    });
    expect(full(() => MailApp.getRemainingDailyQuota())).toBe(2);
    expect(message(() => full(() => MailApp.sendEmail('x@example.com,y@example.com,z@example.com', 's', 'b')))).toBe(
      'Service invoked too many times for one day: email.',
    );
    expect(full(() => MailApp.getRemainingDailyQuota())).toBe(2);
  });
});
