/**
 * «Настройки»: the school's requisites, the approval block, the Drive folder and the rhythm, as a
 * form over the settings tab. Each value is checked by its setting's kind; errors come back per
 * field, and nothing is written unless every field is right.
 */
import { z } from 'zod';
import { defineEndpoint } from '../shared/endpoint';
import { failure, success, type Result } from '../shared/result';
import { showSidebar } from '../platform/ui';
import { withDocumentLock } from '../platform/lock';
import { RU } from '../text/ru';
import { isLocalDate, type LocalDate } from '../domain/local-date';
import { parsePlainNumber } from '../domain/sane-values';
import { parseHolidays } from '../domain/holidays';
import { SETTINGS, settingLabel, type SettingSpec } from '../workbook/settings';
import { openWorkbook, type Workbook } from '../workbook/sheets';
import { insertRecords, loadTab, updateRecords, type LoadedTab } from '../workbook/repo';
import { decodeCell, type RawCell } from '../workbook/cells';
import { rescheduleReminders, rhythmStatus } from './rhythm';
import { SETTINGS_PAGE } from '../domain/page-versions';
import { versionKey, versionOf, type Version } from '../domain/version';
import { describeChange, refuseStale, VersionInput } from './stale';
import { adminEndpoint } from './access';
import { mailAdministrators } from './settings-notice';
import { accessOf } from '../workbook/admins';
import { administratorAddresses, handEdits, parseAddressList, PROTECTED_SETTINGS, settingChanges, type ApprovedSettings, type ProtectedKey, type SettingChange } from '../domain/roles';
import { approvedSettings, approveSettings } from '../workbook/approved-settings';
import { folderOwner } from '../platform/identity';
import { ROLES } from '../text/roles';

export type SettingField = {
  key: string;
  label: string;
  help: string;
  type: 'text' | 'email' | 'date' | 'number' | 'select';
  options: string[];
  min: number | null;
  max: number | null;
  /** As the form shows it: dates as yyyy-MM-dd, numbers as digits. */
  value: string;
};

export function showSettings(): void {
  showSidebar('settings', RU.settingsPage.title);
}

export const getSettingsPage = defineEndpoint(z.object({}).strict(), () => {
  const workbook = openWorkbook();
  const tab = loadTab(workbook, 'settings');
  const rows = rowsByKey(tab);
  const fields = shownFields(tab, rows, workbook);
  // Anyone may read the settings; the page is read-only for whoever may not change them.
  const readOnly = accessOf(workbook, tab).refusal === null ? null : ROLES.readOnly;
  const edits = handEdits(typedProtected(fields), approvedSettings(workbook));
  const handEdited = edits.length ? ROLES.handEditedPage(edits.map((e) => ROLES.logLine(label(e.key), e.approved, e.typed))) : null;
  return success({ fields, version: settingsVersion(fields), rhythm: rhythmStatus(workbook.timeZone), readOnly, handEdited });
});

const label = settingLabel;
const isProtected = (key: string): key is ProtectedKey => (PROTECTED_SETTINGS as readonly string[]).includes(key);

/** The protected values as the page shows them (what is typed on the tab). */
function typedProtected(fields: readonly SettingField[]): Partial<Record<ProtectedKey, string>> {
  return Object.fromEntries(fields.filter((f) => isProtected(f.key)).map((f) => [f.key, f.value]));
}

/** The fields with each hand-edited protected value shown as the one in force. */
function obeyed(fields: readonly SettingField[], approved: ApprovedSettings | null): SettingField[] {
  const edited = new Map(handEdits(typedProtected(fields), approved).map((e) => [e.key as string, e.approved]));
  return fields.map((f) => (edited.has(f.key) ? { ...f, value: edited.get(f.key)! } : f));
}

/** Every setting as the form shows it; one absent from the tab is blank. */
function shownFields(tab: LoadedTab<'settings'>, rows: ReturnType<typeof rowsByKey>, workbook: Workbook): SettingField[] {
  return SETTINGS.map((spec) => field(spec, rows.get(spec.key)?.value ?? '', workbook, tab.read.serialDates));
}

/**
 * Every setting, not only those typed: the form sends all its values back, so one changed by
 * someone else meanwhile would be set back silently; and one added to the tab meanwhile is a
 * change from the blank the form showed.
 */
function settingsVersion(fields: readonly SettingField[]): Version {
  return versionOf(SETTINGS_PAGE, fields.map((f) => ({ kind: 'setting', id: f.key, value: { value: f.value } })));
}

const SaveInput = z
  .object({
    values: z.record(z.string(), z.string().max(5000)),
    /** Every setting as the form showed it: the save is refused if one changed since. */
    version: VersionInput,
    /** The deputy saw the «needs confirmation» answer (a folder not an administrator's) and agreed. */
    confirm: z.boolean().optional(),
  })
  .strict();

export const saveSettings = adminEndpoint(SaveInput, ({ values, version, confirm }, access) => {
  const errors: Record<string, string> = {};
  const parsed = new Map<string, RawCell | LocalDate>();
  for (const [key, text] of Object.entries(values)) {
    const spec = SETTINGS.find((s) => s.key === key);
    if (!spec) {
      errors[key] = RU.settingsPage.unknown;
      continue;
    }
    const result = parseValue(spec, text.trim());
    if ('error' in result) errors[key] = result.error;
    else parsed.set(key, result.value);
  }
  if (Object.keys(errors).length > 0) return failure('validation', RU.settingsPage.fix, errors);
  const saved = withDocumentLock((): Result<{ saved: number; version: Version; changes: SettingChange[]; administrators: string[] }> => {
    const workbook = openWorkbook();
    const tab = loadTab(workbook, 'settings');
    const rows = rowsByKey(tab);
    const before = shownFields(tab, rows, workbook);
    const shown = settingsVersion(before);
    // A value the form sent without showing it (no version entry) cannot be checked against a colleague's save.
    if ([...parsed.keys()].some((key) => !version[versionKey('setting', key)])) return failure('stale', RU.stale.noVersion);
    const stale = refuseStale(SETTINGS_PAGE, version, shown, (c) => describeChange(c, 'settings', RU.stale.setting(label(c.id))));
    if (stale) return stale;
    const updates: Array<{ row: number; values: { value: unknown } }> = [];
    const inserts: Array<{ key: string; label: string; value: unknown; help: string }> = [];
    // What the form shows once saved: the loaded records do not follow a write, so the answer's
    // version is built from the values written, else the same page's next save would be refused.
    const written = new Map(rows);
    for (const [key, value] of parsed) {
      const cell = typeof value === 'string' && isLocalDate(value) ? workbook.zone.midnight(value) : value;
      const existing = rows.get(key);
      written.set(key, { row: existing?.row ?? 0, value: cell });
      const spec = SETTINGS.find((s) => s.key === key)!;
      if (existing) updates.push({ row: existing.row, values: { value: cell } });
      else inserts.push({ key, label: spec.label, value: cell, help: spec.help });
    }
    const after = shownFields(tab, written, workbook);
    // A protected value typed on the tab by hand was never in force: saving it is its change.
    const changes = settingChanges(obeyed(before, approvedSettings(workbook)), after);
    const value = (key: string) => after.find((f) => f.key === key)?.value || null;
    const afterAdmins = administratorAddresses({ owner: access.of.owner, listed: value('administrators'), deputyEmail: value('deputyEmail') });
    if (afterAdmins.length === 0) return failure('validation', RU.settingsPage.fix, { administrators: ROLES.noAdministrator });
    const folder = changes.find((c) => c.key === 'driveFolder' && c.after !== '');
    let folderNote: string | null = null;
    if (folder) {
      const found = folderOwner(folder.after);
      if (!found) return failure('validation', RU.settingsPage.fix, { driveFolder: ROLES.folderUnreachable });
      if (found.owner === null || !afterAdmins.includes(found.owner)) {
        const message = ROLES.foreignFolder(found.name, found.owner);
        if (!confirm) return failure('confirm', message, { driveFolder: message });
        folderNote = ROLES.logFolderConfirmed(found.owner);
      }
    }
    // Every change on «Журнал» in the same unit of work as the save: a save never goes unrecorded.
    const log = changes.length ? loadTab(workbook, 'log') : null;
    updateRecords(workbook, tab, updates);
    insertRecords(workbook, tab, inserts);
    approveSettings(workbook, Object.fromEntries(PROTECTED_SETTINGS.map((key) => [key, value(key)])));
    if (log) {
      const at = new Date().toISOString();
      insertRecords(
        workbook,
        log,
        changes.map((c) => ({
          at,
          user: access.identity,
          level: 'info' as const,
          action: 'settings' as const,
          target: c.label,
          message: [ROLES.logLine(c.label, c.before, c.after), ...(c.key === 'driveFolder' && folderNote ? [folderNote] : [])].join('\n'),
        })),
      );
    }
    return success({ saved: parsed.size, version: settingsVersion(after), changes, administrators: afterAdmins });
  });
  if (saved.status === 'error') return saved;
  const { changes, administrators, ...answer } = saved.response;
  const warnings: string[] = [];
  // Those who were administrators before the save hear of it too: one removed learns of it.
  const mailWarning = mailAdministrators(changes, access.identity, [...new Set([...access.administrators, ...administrators])]);
  if (mailWarning) warnings.push(mailWarning);
  // The daily trigger follows a new hour or zone; the settings stay saved if it cannot.
  try {
    rescheduleReminders();
  } catch (e) {
    warnings.push(RU.settingsPage.rescheduleFailed(e instanceof Error ? e.message : String(e)));
  }
  return success({ ...answer, warning: warnings.length ? warnings.join('\n') : null });
});

function rowsByKey(tab: LoadedTab<'settings'>): Map<string, { row: number; value: unknown }> {
  return new Map(tab.records.map((r) => [r.value.key, { row: r.row, value: r.value.value }]));
}

function field(spec: SettingSpec, raw: unknown, workbook: Workbook, serial: boolean): SettingField {
  const kind = spec.kind;
  const type: SettingField['type'] =
    kind.type === 'email' ? 'email' : kind.type === 'date' ? 'date' : kind.type === 'number' ? 'number' : kind.type === 'option' ? 'select' : 'text';
  return {
    key: spec.key,
    label: spec.label,
    help: spec.help,
    type,
    options: kind.type === 'option' ? [...kind.options.labels] : [],
    min: kind.type === 'number' ? (kind.min ?? null) : null,
    max: kind.type === 'number' ? (kind.max ?? null) : null,
    value: displayed(raw, type, workbook, serial),
  };
}

function displayed(raw: unknown, type: SettingField['type'], workbook: Workbook, serial: boolean): string {
  if (raw === null || raw === undefined) return '';
  if (Object.prototype.toString.call(raw) === '[object Date]') return workbook.zone.dayOf(raw as Date);
  // Read through the Sheets API a date cell is a serial number of days.
  if (type === 'date' && serial && typeof raw === 'number') {
    const day = decodeCell({ type: 'date' }, raw, workbook.zone, true);
    if (day.ok) return String(day.value);
  }
  if (type === 'date' && typeof raw === 'string') return raw;
  return String(raw);
}

const DRIVE_ID = /^[-\w]{10,}$/;
const ZONE = /^(UTC|GMT([+-]\d{1,2}(:?\d{2})?)?|[A-Za-z]+(\/[A-Za-z0-9_+-]+){1,2})$/;

/** One typed value, or the Russian message for its field. Blank clears the setting. */
function parseValue(spec: SettingSpec, text: string): { value: RawCell | LocalDate } | { error: string } {
  if (text === '') return { value: '' };
  const kind = spec.kind;
  switch (kind.type) {
    case 'email':
      return z.email().safeParse(text).success ? { value: text.toLowerCase() } : { error: RU.form.email };
    case 'date':
      return isLocalDate(text) ? { value: text as LocalDate } : { error: RU.form.date };
    case 'number': {
      const n = parsePlainNumber(text);
      if (n === null || !Number.isInteger(n)) return { error: RU.form.invalid };
      if (kind.min !== undefined && n < kind.min) return { error: RU.form.tooSmall(kind.min) };
      if (kind.max !== undefined && n > kind.max) return { error: RU.form.tooBig(kind.max) };
      return { value: n };
    }
    case 'option':
      return kind.options.fromLabel(text) ? { value: text } : { error: RU.form.pickFromList };
    default:
      if (spec.key === 'driveFolder' || spec.key === 'regionalFolder') {
        const id = /\/folders\/([-\w]+)/.exec(text)?.[1] ?? text;
        return DRIVE_ID.test(id) ? { value: id } : { error: RU.settingsPage.badFolder };
      }
      if (spec.key === 'administrators') {
        const { addresses, bad } = parseAddressList(text);
        return bad.length === 0 ? { value: addresses.join(', ') } : { error: ROLES.badAddresses(bad) };
      }
      if (spec.key === 'timeZone') return ZONE.test(text) ? { value: text } : { error: RU.settingsPage.badZone };
      if (spec.key === 'holidays') {
        const { bad } = parseHolidays(text);
        return bad.length === 0 ? { value: text } : { error: RU.settingsPage.badHolidays(bad) };
      }
      return { value: text };
  }
}
