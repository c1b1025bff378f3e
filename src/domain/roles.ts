/**
 * Who may administer the workbook: change what is sent, to whom, and where documents go. The
 * spreadsheet's owner, the addresses in «Настройки» → «Администраторы», and the deputy whose
 * address receives the digest («Эл. почта заместителя директора»: in a book from before the
 * «Администраторы» row the deputy is the add-on's user, and only an administrator may change that
 * address). Everyone else works with the data but changes none of that.
 */

/** Why someone may not administer: Google did not say who is calling, or they are not listed. */
export type Refusal = 'unknown-identity' | 'not-administrator';

export interface Administrators {
  /** The spreadsheet's owner; null where Google gives none (a file in a shared drive). */
  owner: string | null;
  /** «Администраторы», as typed. */
  listed: string | null;
  /** «Эл. почта заместителя директора». */
  deputyEmail: string | null;
}

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/** Addresses separated by commas, semicolons, spaces or line breaks; the ones that are not addresses apart. */
export function parseAddressList(text: string | null): { addresses: string[]; bad: string[] } {
  const addresses: string[] = [];
  const bad: string[] = [];
  for (const part of (text ?? '').split(/[,;\s]+/)) {
    const entry = part.trim().toLowerCase();
    if (!entry) continue;
    if (!EMAIL.test(entry)) bad.push(part.trim());
    else if (!addresses.includes(entry)) addresses.push(entry);
  }
  return { addresses, bad };
}

/** Every administrator's address, lower case, each once: the owner first. */
export function administratorAddresses(admins: Administrators): string[] {
  const all = [admins.owner ?? '', ...parseAddressList(admins.listed).addresses, admins.deputyEmail ?? ''].map((a) => a.trim().toLowerCase()).filter((a) => a !== '');
  return [...new Set(all)];
}

/** Null when `identity` may administer; else why not. An unknown identity ('') never may. */
export function refusalFor(identity: string, admins: Administrators): Refusal | null {
  const who = identity.trim().toLowerCase();
  if (!who) return 'unknown-identity';
  return administratorAddresses(admins).includes(who) ? null : 'not-administrator';
}

/**
 * Settings whose change is mailed to every administrator: who receives mail and where documents
 * and summaries go.
 */
export const NOTIFIED_SETTINGS: readonly string[] = ['deputyEmail', 'administrators', 'regionalCentreEmail', 'driveFolder', 'regionalFolder'];

export interface SettingChange {
  key: string;
  label: string;
  before: string;
  after: string;
}

/** The settings whose shown value differs, in the order of `after`. */
export function settingChanges(before: readonly { key: string; label: string; value: string }[], after: readonly { key: string; label: string; value: string }[]): SettingChange[] {
  const was = new Map(before.map((f) => [f.key, f.value]));
  return after.filter((f) => (was.get(f.key) ?? '') !== f.value).map((f) => ({ key: f.key, label: f.label, before: was.get(f.key) ?? '', after: f.value }));
}
