/** Session, ScriptApp and MailApp read-only facts: gas-fakes test/testsession.js, testscriptapp.js and reference. */
import { group, ref } from '../kit';

export default group('Session, ScriptApp, MailApp', (c) => {
  c('the effective user has an e-mail', ref('base/session#geteffectiveuser'), ['Session.getEffectiveUser', 'User.getEmail'], (s, _x, t) => {
    t.true(/@/.test(s.Session.getEffectiveUser().getEmail()), 'an address');
  });
  c('the script time zone is a zone name', ref('base/session#getscripttimezone'), 'Session.getScriptTimeZone', (s, _x, t) => {
    t.true(/^[A-Za-z_]+\/[A-Za-z_]+$|^UTC$|^GMT$/.test(s.Session.getScriptTimeZone()), 'a zone');
  });
  c('AuthMode has FULL', ref('script/auth-mode'), 'ScriptApp.AuthMode', (s, _x, t) => {
    t.is(String(s.ScriptApp.AuthMode.FULL), 'FULL');
  });
  c('authorization of a running script is not required', ref('script/authorization-info#getauthorizationstatus'), ['ScriptApp.getAuthorizationInfo', 'AuthorizationInfo.getAuthorizationStatus'], (s, _x, t) => {
    t.is(String(s.ScriptApp.getAuthorizationInfo(s.ScriptApp.AuthMode.FULL).getAuthorizationStatus()), 'NOT_REQUIRED');
  });
  c('getProjectTriggers is a list', ref('script/script-app#getprojecttriggers'), 'ScriptApp.getProjectTriggers', (s, _x, t) => {
    t.is(Array.isArray(s.ScriptApp.getProjectTriggers()), true);
  });
  c('the remaining mail quota is a number from 0 to 1,500', ref('mail/mail-app#getremainingdailyquota'), 'MailApp.getRemainingDailyQuota', (s, _x, t) => {
    const left = s.MailApp.getRemainingDailyQuota();
    t.true(Number.isInteger(left) && left >= 0 && left <= 1500, 'in range');
  });
  c('a clock trigger builder refuses everyMinutes(7)', ref('script/clock-trigger-builder#everyminutesn'), 'ClockTriggerBuilder.everyMinutes', (s, _x, t) => {
    t.throws(() => s.ScriptApp.newTrigger('noSuchFunction').timeBased().everyMinutes(7));
  });
});
