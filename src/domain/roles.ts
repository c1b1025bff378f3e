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
export const PROTECTED_SETTINGS = ['deputyEmail', 'administrators', 'regionalCentreEmail', 'driveFolder', 'regionalFolder'] as const;
export type ProtectedKey = (typeof PROTECTED_SETTINGS)[number];
export const NOTIFIED_SETTINGS: readonly string[] = PROTECTED_SETTINGS;

/**
 * The protected settings as an administrator last saved them through the add-on. The tab itself
 * stays editable by every editor, so a value typed there by hand is not obeyed until an
 * administrator saves it on the settings page. A key missing here was never approved (a book from
 * before this record): its typed value stands.
 */
export type ApprovedSettings = Partial<Record<ProtectedKey, string | null>>;

/** A protected value typed on the tab that no administrator saved. */
export interface HandEdit {
  key: ProtectedKey;
  typed: string;
  approved: string;
}

/** The form in which two values of a key are the same setting: case, spaces, list order and a folder's link aside. */
export function sameSetting(key: ProtectedKey, a: string | null | undefined, b: string | null | undefined): boolean {
  return normalSetting(key, a) === normalSetting(key, b);
}

function normalSetting(key: ProtectedKey, value: string | null | undefined): string {
  const text = (value ?? '').trim();
  if (key === 'administrators') {
    const { addresses, bad } = parseAddressList(text);
    return [...addresses.sort(), ...bad].join(',');
  }
  if (key === 'driveFolder' || key === 'regionalFolder') return /\/folders\/([-\w]+)/.exec(text)?.[1] ?? text;
  return text.toLowerCase();
}

/** Where the tab's values differ from the approved ones, in PROTECTED_SETTINGS order. */
export function handEdits(typed: Partial<Record<ProtectedKey, string | null | undefined>>, approved: ApprovedSettings | null): HandEdit[] {
  if (!approved) return [];
  return PROTECTED_SETTINGS.filter((key) => key in approved && !sameSetting(key, typed[key], approved[key])).map((key) => ({
    key,
    typed: (typed[key] ?? '').trim(),
    approved: (approved[key] ?? '').trim(),
  }));
}

/** The settings with every hand-edited protected value replaced by the approved one. */
export function withApproved<T extends Partial<Record<ProtectedKey, string | null | undefined>>>(settings: T, approved: ApprovedSettings | null): T {
  const edits = handEdits(settings, approved);
  if (edits.length === 0) return settings;
  const out: Record<string, unknown> = { ...settings };
  for (const edit of edits) out[edit.key] = edit.approved === '' ? null : edit.approved;
  return out as T;
}

/** The record to keep after an administrator's save: each protected value as saved. */
export function approvedFrom(values: Partial<Record<ProtectedKey, string | null | undefined>>): ApprovedSettings {
  const out: ApprovedSettings = {};
  for (const key of PROTECTED_SETTINGS) out[key] = (values[key] ?? '').trim() || null;
  return out;
}

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
