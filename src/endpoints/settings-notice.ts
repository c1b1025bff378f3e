/**
 * A change of who receives mail or of where documents go is mailed to every administrator at
 * once, so a change nobody expected is seen the same day (the «Журнал» row says the same).
 */
import { NOTIFIED_SETTINGS, type SettingChange } from '../domain/roles';
import { currentSpreadsheet } from '../platform/workbook-ref';
import { RU } from '../text/ru';
import { ROLES } from '../text/roles';

/** Null when sent or nothing to send; else the warning for the page (the save stands). */
export function mailAdministrators(changes: readonly SettingChange[], who: string, recipients: readonly string[]): string | null {
  const notified = changes.filter((c) => NOTIFIED_SETTINGS.includes(c.key));
  if (notified.length === 0 || recipients.length === 0) return null;
  try {
    // One message to all of them: MailApp counts each address against the daily quota.
    if (MailApp.getRemainingDailyQuota() < recipients.length) return ROLES.mailNotSent(ROLES.mailQuota);
    const spreadsheet = currentSpreadsheet();
    const book = spreadsheet.getName();
    MailApp.sendEmail({
      to: recipients.join(','),
      subject: ROLES.mailSubject(book),
      body: ROLES.mailBody(who, book, spreadsheet.getUrl(), notified.map((c) => ROLES.logLine(c.label, c.before, c.after))),
      name: RU.addonName,
    });
    return null;
  } catch (e) {
    return ROLES.mailNotSent(e instanceof Error ? e.message : String(e));
  }
}
