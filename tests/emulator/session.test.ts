/**
 * Session: reference/base/session (getActiveUser, getEffectiveUser, getScriptTimeZone,
 * getActiveUserLocale, getTemporaryActiveUserKey).
 */
import { Emulator } from '../../emulator/core/emulator';
import { setScriptProject } from '../../emulator/script';
import { createSession, USERINFO_EMAIL_SCOPE } from '../../emulator/services/session';

function setup(options: { accountType?: 'consumer' | 'workspace'; scopes?: string[] | null } = {}) {
  const emulator = new Emulator({ user: 'deputy@school.example', accountType: options.accountType ?? 'workspace', scopes: options.scopes ?? null });
  return { emulator, Session: createSession(emulator) };
}

describe('Session', () => {
  test('the active and effective user of a FULL execution is the user running it', () => {
    const { emulator, Session } = setup();
    emulator.run({ authMode: 'FULL', user: 'teacher@other.example' }, () => {
      expect(Session.getActiveUser().getEmail()).toBe('teacher@other.example');
      expect(Session.getEffectiveUser().getEmail()).toBe('teacher@other.example');
    });
  });

  // session#getactiveuser: blank in contexts that run without the user's authorization (simple
  // triggers), unless the user is the developer or in the same Workspace domain.
  test('in a simple trigger the email is blank for a user outside the owner’s domain', () => {
    const { emulator, Session } = setup();
    const run = (user: string) => emulator.run({ authMode: 'LIMITED', kind: 'simple', user }, () => Session.getActiveUser().getEmail());
    expect(run('student@gmail.com')).toBe('');
    expect(run('teacher@school.example')).toBe('teacher@school.example');
    expect(run('deputy@school.example')).toBe('deputy@school.example');
  });

  test('consumer accounts share no domain: only the owner is visible in a simple trigger', () => {
    const { emulator, Session } = setup({ accountType: 'consumer' });
    expect(emulator.run({ authMode: 'LIMITED', kind: 'simple', user: 'teacher@school.example' }, () => Session.getActiveUser().getEmail())).toBe('');
  });

  test('getScriptTimeZone and getActiveUserLocale: nobody\'s by default, the project\'s when set', () => {
    const neutral = setup();
    neutral.emulator.run({ authMode: 'FULL' }, () => {
      expect(neutral.Session.getScriptTimeZone()).toBe('Etc/UTC');
      expect(neutral.Session.getActiveUserLocale()).toBe('en');
    });
    const emulator = new Emulator({ user: 'deputy@school.example', scriptTimeZone: 'Europe/Moscow' });
    const Session = createSession(emulator);
    setScriptProject(emulator.state, { defaultLocale: 'ru', userLocales: { 'teacher@school.example': 'en' } });
    emulator.run({ authMode: 'FULL' }, () => {
      expect(Session.getScriptTimeZone()).toBe('Europe/Moscow');
      expect(Session.getActiveUserLocale()).toBe('ru');
    });
    expect(emulator.run({ authMode: 'FULL', user: 'teacher@school.example' }, () => Session.getActiveUserLocale())).toBe('en');
  });

  // session#gettemporaryactiveuserkey: unique per user, stable.
  test('getTemporaryActiveUserKey is stable per user and differs between users', () => {
    const { emulator, Session } = setup();
    const key = (user: string) => emulator.run({ authMode: 'FULL', user }, () => Session.getTemporaryActiveUserKey());
    expect(key('a@school.example')).toBe(key('a@school.example'));
    expect(key('a@school.example')).not.toBe(key('b@school.example'));
  });

  // session#getactiveuser, Authorization: the userinfo.email scope.
  test('the user methods need the userinfo.email scope; Session is not for AuthMode.NONE', () => {
    const { emulator, Session } = setup({ scopes: ['https://www.googleapis.com/auth/spreadsheets'] });
    expect(() => emulator.run({ authMode: 'FULL' }, () => Session.getActiveUser())).toThrow(USERINFO_EMAIL_SCOPE);
    expect(emulator.run({ authMode: 'FULL' }, () => Session.getScriptTimeZone())).toBe('Etc/UTC');
    expect(() => emulator.run({ authMode: 'NONE' }, () => Session.getScriptTimeZone())).toThrow('Authorization is required');
  });
});
