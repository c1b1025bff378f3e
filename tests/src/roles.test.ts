/**
 * Roles: the spreadsheet's owner, the deputy (her address in «Настройки») and the addresses in
 * «Администраторы» change what is sent, to whom and where documents go; any other editor reads
 * and is refused, never silently obeyed. Through the built bundle, switching the person at the
 * keyboard with the emulator's active user.
 */
import { hostCreateFolder, outbox, withholdIdentity } from '@pds/emulator';
import type { Addon } from '../helpers/addon';
import { validSchool } from '../helpers/school';
import { settings } from '../helpers/payloads';
import { DEPUTY_EMAIL } from '../../tools/school';

const TEACHER = 'ivanova@school.example';
const SECOND = 'zam2@school.example';

function as(addon: Addon, user: string): void {
  addon.emulator.state.activeUser = user;
}

function setting(addon: Addon, key: string): unknown {
  return addon.sheet('Настройки', (s) => s.getDataRange().getValues()).find((r) => r[0] === key)?.[2];
}

function logRows(addon: Addon): string[][] {
  return addon.sheet('Журнал', (s) => s.getDataRange().getDisplayValues()).slice(1).filter((r) => r[4] === 'Изменение настроек');
}

/** A save as the deputy (the owner) makes it, expected to succeed. */
function saveAsAdmin(addon: Addon, values: Record<string, string>, confirm?: boolean): void {
  const result = addon.call('saveSettings', { ...settings(addon, values), ...(confirm === undefined ? {} : { confirm }) });
  expect(result).toMatchObject({ status: 'success' });
}

/** Everything an editor who is not an administrator must not be able to change. */
function protectedState(addon: Addon): Record<string, unknown> {
  const state = addon.emulator.state;
  const drive = Object.values(state.extra.drive?.items ?? {}).map((i) => [i.id, i.name, i.owner, i.parents, i.editors, i.viewers, i.access, i.trashed]);
  // «Сводка» is a view rebuilt from the data by anyone («Обновить сводку»): not protected.
  const tabs = (JSON.parse(addon.snapshot()) as [string, unknown[][], unknown][]).filter(([name]) => name !== 'Сводка');
  const book = Object.fromEntries(tabs.map(([name, values]) => [name, values.map((r) => JSON.stringify(r))]));
  return structuredClone({
    book,
    properties: state.properties,
    triggers: state.triggers.map((t) => [t.id, t.handler, t.user, t.eventType]),
    mail: outbox(addon.emulator).length,
    forms: Object.keys(state.extra.forms?.forms ?? {}),
    drive,
  });
}

test('a teacher with edit access sets her own address as the deputy\'s: refused, nothing saved, nobody mailed', () => {
  const addon = validSchool();
  saveAsAdmin(addon, { deputyEmail: 'orlova@school.example' });
  const mailBefore = outbox(addon.emulator).length;
  as(addon, TEACHER);
  const page = addon.call('getSettingsPage', {});
  expect(page).toMatchObject({ status: 'success' });
  if (page.status === 'success') expect(page.response.readOnly).toContain('только администраторы');
  const result = addon.call('saveSettings', settings(addon, { deputyEmail: TEACHER }));
  expect(result).toMatchObject({ status: 'error', type: 'forbidden' });
  if (result.status === 'error') {
    expect(result.message).toContain(`Вы вошли как ${TEACHER}`);
    expect(result.message).toContain(DEPUTY_EMAIL);
  }
  expect(setting(addon, 'deputyEmail')).toBe('orlova@school.example');
  expect(outbox(addon.emulator)).toHaveLength(mailBefore);
  // The pages of the administrators' decisions open read-only for her, with the same note.
  for (const name of ['getYearClosePage', 'getRetentionPage'] as const) expect(addon.call(name, {})).toMatchObject({ status: 'success', response: { readOnly: expect.stringContaining('только просматривать') } });
  // The deputy named in the settings is an administrator herself, and sees an editable page.
  as(addon, 'orlova@school.example');
  const hers = addon.call('getSettingsPage', {});
  if (hers.status === 'success') expect(hers.response.readOnly).toBeNull();
  else throw new Error(hers.message);
  for (const name of ['getYearClosePage', 'getRetentionPage'] as const) expect(addon.call(name, {})).toMatchObject({ status: 'success', response: { readOnly: null } });
});

test('a teacher may not redirect a colleague\'s mail through the teacher card', () => {
  const addon = validSchool();
  as(addon, TEACHER);
  const page = addon.call('getTeacherPage', { teacherId: 'T00002' });
  if (page.status !== 'success') throw new Error(page.message);
  const card = page.response.teacher!;
  const result = addon.callUnchecked('saveTeacher', {
    teacher: { id: 'T00002', fullName: card.fullName, email: TEACHER, role: card.role, subject: card.subject ?? '' },
    classes: [],
    removedClassIds: [],
    version: page.response.version,
  }) as { status: string; fields?: Record<string, string> };
  expect(result.fields?.['teacher.email']).toContain('только администраторы');
  expect(addon.sheet('Педагоги', (s) => s.getRange(3, 1, 1, s.getLastColumn()).getValues()[0]!).includes(TEACHER)).toBe(false);
  // The deputy may correct it.
  as(addon, DEPUTY_EMAIL);
  const again = addon.call('getTeacherPage', { teacherId: 'T00002' });
  if (again.status !== 'success') throw new Error(again.message);
  const fixed = addon.callUnchecked('saveTeacher', {
    teacher: { id: 'T00002', fullName: card.fullName, email: 'petrov2@school.example', role: card.role, subject: card.subject ?? '' },
    classes: [],
    removedClassIds: [],
    version: again.response.version,
  });
  expect(fixed).toMatchObject({ status: 'success' });
  // Who redirected it, from what to what, is on «Журнал».
  const logged = addon.sheet('Журнал', (s) => s.getDataRange().getDisplayValues()).slice(1).filter((r) => r.join(' ').includes('petrov@school.example → petrov2@school.example'));
  expect(logged).toHaveLength(1);
  expect(logged[0]!.join(' ')).toContain(DEPUTY_EMAIL);
});

test('an administrator\'s change of a recipient is logged on «Журнал» and mailed to every administrator, old and new', () => {
  const addon = validSchool();
  saveAsAdmin(addon, { administrators: `${SECOND}; Zam3@School.example\n` });
  expect(setting(addon, 'administrators')).toBe(`${SECOND}, zam3@school.example`);
  as(addon, SECOND);
  const before = outbox(addon.emulator).length;
  saveAsAdmin(addon, { deputyEmail: 'orlova@school.example', schoolName: 'МБОУ «СОШ №2»' });
  const log = logRows(addon);
  expect(log.map((r) => [r[2], r[5], r[6]])).toEqual([
    [DEPUTY_EMAIL, 'Администраторы', `«Администраторы»: (пусто) → ${SECOND}, zam3@school.example`],
    [SECOND, 'Полное наименование образовательной организации', '«Полное наименование образовательной организации»: (пусто) → МБОУ «СОШ №2»'],
    [SECOND, 'Эл. почта заместителя директора', '«Эл. почта заместителя директора»: (пусто) → orlova@school.example'],
  ]);
  const mail = outbox(addon.emulator).slice(before);
  expect(mail).toHaveLength(1);
  expect(mail[0]!.to.sort()).toEqual([DEPUTY_EMAIL, 'orlova@school.example', SECOND, 'zam3@school.example'].sort());
  expect(mail[0]!.body).toContain('«Эл. почта заместителя директора»: (пусто) → orlova@school.example');
  expect(mail[0]!.body).not.toContain('Полное наименование');
  // A change of nothing a recipient depends on is logged, not mailed.
  saveAsAdmin(addon, { schoolName: 'МБОУ «СОШ №3»' });
  expect(outbox(addon.emulator).slice(before)).toHaveLength(1);
  expect(logRows(addon)).toHaveLength(4);
});

test('a documents folder a teacher owns needs the deputy\'s explicit confirmation, naming its owner', () => {
  const addon = validSchool();
  const folder = hostCreateFolder(addon.emulator, 'Мои документы', undefined, TEACHER);
  addon.emulator.state.extra.drive!.items[folder]!.editors.push(DEPUTY_EMAIL);
  const first = addon.call('saveSettings', settings(addon, { driveFolder: folder }));
  expect(first).toMatchObject({ status: 'error', type: 'confirm' });
  if (first.status === 'error') {
    expect(first.message).toContain(`принадлежит ${TEACHER}`);
    expect(first.fields?.driveFolder).toBe(first.message);
  }
  expect(setting(addon, 'driveFolder')).toBe('');
  expect(logRows(addon)).toHaveLength(0);
  saveAsAdmin(addon, { driveFolder: folder }, true);
  expect(setting(addon, 'driveFolder')).toBe(folder);
  expect(logRows(addon).at(-1)![6]).toContain(`Папка не администратора подтверждена (владелец: ${TEACHER})`);
  // The deputy's own folder is saved at once.
  const own = hostCreateFolder(addon.emulator, 'Сопровождение', undefined, DEPUTY_EMAIL);
  saveAsAdmin(addon, { driveFolder: own });
  // A folder nobody can open is named by its field.
  const missing = addon.call('saveSettings', settings(addon, { driveFolder: '1AbCdEfGhIjKlMnOp' }));
  expect(missing).toMatchObject({ status: 'error', type: 'validation', fields: { driveFolder: expect.stringContaining('нет к ней доступа') } });
});

test('an administrator whose address Google withholds is refused, told why and what to do', () => {
  const addon = validSchool();
  saveAsAdmin(addon, { administrators: SECOND });
  withholdIdentity(addon.emulator, SECOND);
  as(addon, SECOND);
  const result = addon.call('saveSettings', settings(addon, { deputyEmail: SECOND }));
  expect(result).toMatchObject({ status: 'error', type: 'forbidden', message: expect.stringContaining('Google не сообщил дополнению') });
  expect(setting(addon, 'deputyEmail')).toBe('');
  addon.click('Напоминания → Включить');
  expect(addon.lastAlert()).toContain('Google не сообщил дополнению');
  expect(addon.emulator.state.triggers).toHaveLength(0);
});

/** Every function the bundle exposes, by who may run it: a new one must be placed here. */
const ADMIN = ['saveSettings', 'applyTeacherImport', 'decideProgramme', 'decideRetention', 'createForms', 'reviewFormResponses', 'enableReminders', 'disableReminders', 'runTickNow', 'closeSchoolYear', 'shareRegionalSummary', 'gatherRegionalSummaries'];
const ANYONE = [
  'onOpen', 'onInstall', 'runSetup', 'showDataCheck', 'showTeacherImport', 'showTeacher', 'showNewProgramme', 'showSessions', 'showProtocol', 'showCompletion', 'showSettings', 'showHelp',
  'getHelpInfo', 'runDataCheck', 'planDataCheck', 'runDataCheckStep', 'goToCell', 'previewTeacherImport', 'getSettingsPage', 'getTeacherPage', 'saveTeacher', 'getProgrammePage', 'saveProgramme',
  'getCompletionPage', 'saveCompletion', 'getSessionsPage', 'getEarlierSessions', 'scheduleSessions', 'recordSessionResult', 'getProtocolPage', 'getProtocolMeeting', 'saveProtocol',
  'showDocuments', 'continueDocumentsFromMenu', 'getDocumentsPage', 'startDocuments', 'continueDocuments', 'showFormLinks', 'processFormResponses', 'rebuildDashboardFromMenu', 'rebuildDashboard',
  'planDashboardRebuild', 'runDashboardRebuildStep', 'finishDashboardRebuild', 'showYearClose', 'getYearClosePage', 'showRetention', 'getRetentionPage',
  'fillCommunityPlans',
  'getAttachments', 'addAttachment', 'removeAttachment', 'getCoachingSchedule', 'agreeCoachingSchedule',
];
/** Run by Google as whoever made the trigger; a page may still call them, so they are called too. */
const TRIGGERS = ['onFormSubmitEvent', 'dailyTick', 'resumeDocumentJob'];

test('every function is classed, and an editor who is not an administrator calling each of them and clicking every menu item changes nothing protected', () => {
  const addon = validSchool();
  const folder = hostCreateFolder(addon.emulator, 'Сопровождение', undefined, DEPUTY_EMAIL);
  saveAsAdmin(addon, { driveFolder: folder, deputyEmail: 'orlova@school.example', shareWithTeacher: 'да' });
  addon.click('Напоминания → Включить');
  expect(addon.emulator.state.triggers).toHaveLength(1);
  const functions = Object.keys(addon.host.bundle.functions);
  expect([...functions].sort()).toEqual([...ADMIN, ...ANYONE, ...TRIGGERS].sort());

  as(addon, TEACHER);
  addon.host.open(TEACHER);
  const before = protectedState(addon);
  const refused: string[] = [];
  for (const name of functions) {
    const payload = name === 'saveSettings' ? settings(addon, { deputyEmail: TEACHER, driveFolder: folder }) : {};
    let answer: unknown;
    try {
      answer = addon.callUnchecked(name, payload);
    } catch {
      continue; // a throw is a refusal too; what matters is the state below
    }
    if ((answer as { type?: string } | null)?.type === 'forbidden') refused.push(name);
  }
  const items = (list: { label: string; functionName?: string; items?: unknown[] }[], path: string[] = []): { path: string; fn: string }[] =>
    list.flatMap((i) => (i.items ? items(i.items as never, [...path, i.label]) : i.functionName ? [{ path: [...path, i.label].join(' → '), fn: i.functionName }] : []));
  const menu = addon.host.menu(TEACHER).flatMap((m) => items(m.items as never));
  expect(menu.length).toBeGreaterThan(20);
  for (const item of menu) {
    const alertsBefore = addon.emulator.state.ui.length;
    addon.host.click(item.path, TEACHER);
    if (ADMIN.includes(item.fn)) {
      const alert = addon.emulator.state.ui.slice(alertsBefore).find((e) => e.kind === 'alert');
      expect([item.fn, String(alert?.data.prompt ?? '')]).toEqual([item.fn, expect.stringContaining('только администраторы')]);
    }
  }
  expect(protectedState(addon)).toEqual(before);
  // Every sidebar endpoint among the administrators' answered 'forbidden'.
  expect(refused.sort()).toEqual(['saveSettings', 'applyTeacherImport', 'decideProgramme', 'decideRetention'].sort());
});
