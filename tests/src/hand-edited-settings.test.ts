/**
 * «Настройки» stays editable by every editor in Sheets, so the recipients, the administrators and
 * the folders the add-on obeys are the ones an administrator last saved through the add-on. A
 * value typed on the tab by hand is not obeyed: the settings page shows it as waiting, the daily
 * run tells the administrators once, and an administrator's save is what applies it. Through the
 * built bundle, with the emulator's active user as the person at the keyboard.
 */
import { hostCreateFolder, listDriveFiles, outbox } from '@pds/emulator';
import type { Addon } from '../helpers/addon';
import { validSchool } from '../helpers/school';
import { school } from '../helpers/documents';
import { settings } from '../helpers/payloads';
import { DEPUTY_EMAIL } from '../../tools/school';

const TEACHER = 'ivanova@school.example';
const SECOND = 'zam2@school.example';
const MSK = '+03:00';

function as(addon: Addon, user: string): void {
  addon.emulator.state.activeUser = user;
}

function save(addon: Addon, values: Record<string, string>): void {
  expect(addon.call('saveSettings', settings(addon, values))).toMatchObject({ status: 'success' });
}

function journal(addon: Addon): string[][] {
  return addon.sheet('Журнал', (s) => s.getDataRange().getDisplayValues()).slice(1);
}

const handEditMail = (addon: Addon) => outbox(addon.emulator).filter((m) => m.subject.includes('вручную изменены'));

test('a teacher types herself into the deputy\'s address and «Администраторы» on the tab: not obeyed, the administrators told once', () => {
  const addon = validSchool();
  save(addon, { administrators: SECOND, deputyEmail: DEPUTY_EMAIL });
  addon.host.advanceClock(`2026-09-24T12:00:00${MSK}`);
  addon.click('Включить');
  // By hand, in the sheet: no page, no check.
  as(addon, TEACHER);
  addon.setting('Эл. почта заместителя директора', TEACHER);
  addon.setting('Администраторы', `${SECOND}, ${TEACHER}`);
  // Typing herself in made her no administrator.
  expect(addon.call('saveSettings', settings(addon, { deputyEmail: TEACHER }))).toMatchObject({ status: 'error', type: 'forbidden' });
  const page = addon.call('getSettingsPage', {});
  if (page.status !== 'success') throw new Error(page.message);
  expect(page.response.readOnly).not.toBeNull();

  // The daily runs of the 25th and the 26th: nothing for her; the administrators hear of it once.
  addon.host.advanceClock(`2026-09-26T12:00:00${MSK}`);
  expect(outbox(addon.emulator, TEACHER)).toHaveLength(0);
  const told = handEditMail(addon);
  expect(told).toHaveLength(1);
  expect(told[0]!.to.sort()).toEqual([DEPUTY_EMAIL, SECOND].sort());
  expect(told[0]!.body).toContain(`«Эл. почта заместителя директора»: ${DEPUTY_EMAIL} → ${TEACHER}`);
  expect(told[0]!.body).toContain('не выполняет');
  const warned = journal(addon).filter((r) => r.join(' ').includes('вручную не применено'));
  expect(warned).toHaveLength(1);
  // The deputy's digest of the 25th still went to the deputy.
  expect(outbox(addon.emulator, DEPUTY_EMAIL).some((m) => !m.subject.includes('вручную'))).toBe(true);

  // The deputy sees what waits, and her save is what applies it: logged and mailed as a change.
  as(addon, DEPUTY_EMAIL);
  const hers = addon.call('getSettingsPage', {});
  if (hers.status !== 'success') throw new Error(hers.message);
  expect(hers.response.handEdited).toContain(`«Эл. почта заместителя директора»: ${DEPUTY_EMAIL} → ${TEACHER}`);
  const mailBefore = outbox(addon.emulator).length;
  save(addon, { deputyEmail: TEACHER });
  const applied = journal(addon).filter((r) => r.join(' ').includes(`«Эл. почта заместителя директора»: ${DEPUTY_EMAIL} → ${TEACHER}`) && !r.join(' ').includes('вручную'));
  expect(applied).toHaveLength(1);
  expect(outbox(addon.emulator).length).toBe(mailBefore + 1);
  const after = addon.call('getSettingsPage', {});
  if (after.status !== 'success') throw new Error(after.message);
  expect(after.response.handEdited).toBeNull();
});

test('a documents folder typed on the tab by hand: the batch goes to the folder an administrator saved', () => {
  const addon = school();
  save(addon, { schoolShortName: 'СОШ №2' });
  const own = hostCreateFolder(addon.emulator, 'Чужая папка');
  as(addon, TEACHER);
  addon.setting('Папка на Google Диске', own);
  // Her own run: the folder in force is the deputy's, which she cannot open.
  expect(addon.call('startDocuments', { kind: 'passport', scope: 'needed' })).toMatchObject({ status: 'error', message: expect.stringContaining('не открывается') });
  // The deputy's run, the hand edit still on the tab.
  as(addon, DEPUTY_EMAIL);
  const ran = addon.call('startDocuments', { kind: 'passport', scope: 'needed' });
  if (ran.status !== 'success') throw new Error(ran.message);
  const files = listDriveFiles(addon.emulator, { includeFolders: true });
  const passports = files.filter((f) => f.name.startsWith('Паспорт'));
  expect(passports.length).toBeGreaterThan(0);
  for (const f of passports) expect(f.path).toMatch(/Школа №2/);
  // Nothing anywhere under her folder.
  expect(files.filter((f) => f.path.startsWith('Чужая папка'))).toHaveLength(0);
});

test('reminders switched on by an administrator later removed: the daily run does nothing and says why', () => {
  const addon = validSchool();
  save(addon, { administrators: SECOND });
  addon.host.advanceClock(`2026-09-24T12:00:00${MSK}`);
  as(addon, SECOND);
  addon.click('Включить');
  as(addon, DEPUTY_EMAIL);
  save(addon, { administrators: '' });
  const mailBefore = outbox(addon.emulator).length;
  addon.host.advanceClock(`2026-09-26T12:00:00${MSK}`);
  expect(outbox(addon.emulator)).toHaveLength(mailBefore);
  const refused = journal(addon).filter((r) => r.join(' ').includes(`от имени ${SECOND}`));
  expect(refused.length).toBeGreaterThan(0);
});
