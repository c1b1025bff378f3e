/**
 * Session (reference/base/session): the execution's user, the script's time zone and locale.
 *
 * getActiveUser: "If security policies do not allow access to the user's identity,
 * User.getEmail() returns a blank string ... the email address is not available in any context
 * that allows a script to run without that user's authorization, like a simple onOpen(e) or
 * onEdit(e) trigger ... However, these restrictions generally do not apply if the developer runs
 * the script themselves or belongs to the same Google Workspace domain as the user."
 * Both user methods need the userinfo.email scope (reference/base/session, Authorization).
 * Access 'limited' for the whole class: not for AuthMode.NONE (only the menu there).
 */
import { createHash } from 'node:crypto';
import type { Emulator } from '../core/emulator';
import { expose, type PolicyOf } from '../core/expose';
import { scriptProject } from '../script/project';
import type { Emulates } from '../core/emulates';

export const USERINFO_EMAIL_SCOPE = 'https://www.googleapis.com/auth/userinfo.email';

const policy: PolicyOf = (method) =>
  method === 'getActiveUser' || method === 'getEffectiveUser' ? { access: 'limited', scopes: [USERINFO_EMAIL_SCOPE] } : { access: 'limited' };

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** Whether the active user's email is visible to this execution (see the rule quoted above). */
export function activeUserEmailVisible(emulator: Emulator): boolean {
  const execution = emulator.execution;
  const user = emulator.user;
  // "If security policies do not allow access to the user's identity, User.getEmail() returns a
  // blank string" (reference/base/session#getactiveuser): set per user by the host.
  if (emulator.state.extra.session?.withheld.includes(user)) return false;
  const runsWithoutAuthorization = execution !== undefined && (execution.kind === 'simple' || execution.authMode !== 'FULL');
  if (!runsWithoutAuthorization) return true;
  const owner = emulator.state.owner;
  if (user === owner) return true;
  return emulator.state.accountType === 'workspace' && domainOf(user) === domainOf(owner);
}

/** Host: a security policy withholds `user`'s address from scripts from now on. */
export function withholdIdentity(emulator: Emulator, user: string): void {
  const session = (emulator.state.extra.session ??= { withheld: [] });
  if (!session.withheld.includes(user)) session.withheld.push(user);
}

function userView(emulator: Emulator, email: string): GoogleAppsScript.Base.User {
  const impl = {
    getEmail: () => email,
    toString: () => email,
  };
  return expose(emulator, 'Session', 'User', impl satisfies Emulates<GoogleAppsScript.Base.User, 'getEmail'>, () => ({ access: 'limited' })) as unknown as GoogleAppsScript.Base.User;
}

export function createSession(emulator: Emulator): GoogleAppsScript.Base.Session {
  const service = {
    getActiveUser: () => userView(emulator, activeUserEmailVisible(emulator) ? emulator.user : ''),
    // The user whose authority the script runs under: the trigger's creator in an installable
    // trigger (the host runs those as the creator), else the user at the keyboard.
    getEffectiveUser: () => userView(emulator, emulator.user),
    getScriptTimeZone: () => emulator.state.scriptTimeZone,
    getActiveUserLocale: () => {
      const project = scriptProject(emulator.state);
      return project.userLocales[emulator.user] ?? project.defaultLocale;
    },
    // reference/base/session#gettemporaryactiveuserkey: a key unique to the user, stable for
    // 30 days (rotation is not emulated); derived from the user so runs are repeatable.
    getTemporaryActiveUserKey: () => createHash('sha256').update(`temporary-key:${emulator.user}`).digest('base64').slice(0, 43),
  };
  return expose(emulator, 'Session', 'Session', service satisfies Emulates<GoogleAppsScript.Base.Session, 'getActiveUser' | 'getActiveUserLocale' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getTemporaryActiveUserKey'>, policy) as unknown as GoogleAppsScript.Base.Session;
}
