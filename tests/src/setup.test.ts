/**
 * «Настроить книгу» through the built bundle: creates what is missing, is idempotent, loses and
 * moves nothing, and reports a renamed column instead of recreating it elsewhere.
 */
import { Addon } from '../helpers/addon';
import { T, validSchool } from '../helpers/school';
import { TAB_ORDER, TABS } from '../../src/workbook/tabs';
import { hostCreateFolder, listDriveFiles } from '@pds/emulator';
import { asOk } from '../helpers/wire';
import { DOCUMENT_KINDS } from '../../src/domain/options';

const ALL_TABS = TAB_ORDER.map((key) => TABS[key].name);
/** One template per document kind of the register. */
const TEMPLATES = DOCUMENT_KINDS.keys.length;

describe('on an empty workbook', () => {
  const addon = Addon.fresh();
  addon.click('Настроить книгу');

  test('creates every tab with its headers, the four main ones first', () => {
    const names = addon.asPerson((app) => app.getActiveSpreadsheet().getSheets().map((s) => s.getName()));
    expect(names).toEqual(['Лист1', ...ALL_TABS]);
    for (const key of TAB_ORDER) expect(addon.headers(TABS[key].name)).toEqual(TABS[key].columns.map((c) => c.header));
    expect(addon.lastAlert()).toContain('Созданы листы: Программы, Педагоги, Сессии и встречи, Протоколы');
  });

  test('freezes and protects the header row (a warning only), hides the id columns', () => {
    addon.sheet('Педагоги', (sheet) => {
      expect(sheet.getFrozenRows()).toBe(1);
      const protections = sheet.getProtections(addon.host.global<GoogleAppsScript.Spreadsheet.SpreadsheetApp>('SpreadsheetApp').ProtectionType.RANGE);
      expect(protections).toHaveLength(1);
      expect(protections[0]!.isWarningOnly()).toBe(true);
      expect(protections[0]!.getRange().getA1Notation()).toMatch(/^A1:/);
      expect(sheet.isColumnHiddenByUser(1)).toBe(true);
      expect(sheet.isColumnHiddenByUser(2)).toBe(false);
    });
  });

  test('drop-downs for option lists, date validation and format for dates', () => {
    const headers = addon.headers('Педагоги');
    addon.sheet('Педагоги', (sheet) => {
      const role = sheet.getRange(2, headers.indexOf('Роль') + 1).getDataValidation()!;
      expect(String(role.getCriteriaType())).toBe('VALUE_IN_LIST');
      expect(role.getCriteriaValues()[0]).toEqual(['педагог', 'молодой специалист', 'специалист в процессе адаптации на новом месте работы', 'наставник', 'коуч-консультант', 'студент']);
      expect(role.getAllowInvalid()).toBe(true);
      const date = sheet.getRange(500, headers.indexOf('Дата аттестации') + 1);
      expect(String(date.getDataValidation()!.getCriteriaType())).toBe('DATE_IS_VALID_DATE');
      expect(date.getNumberFormat()).toBe('dd.MM.yyyy');
      // The mentor is picked from the teachers' names.
      const mentor = sheet.getRange(2, headers.indexOf('Наставник') + 1).getDataValidation()!;
      expect(String(mentor.getCriteriaType())).toBe('VALUE_IN_RANGE');
    });
  });

  test('highlights overdue plan items, decisions, programmes and unrecorded sessions', () => {
    for (const tab of ['План программ', 'Решения протоколов', 'Программы', 'Сессии и встречи']) {
      const rules = addon.sheet(tab, (s) => s.getConditionalFormatRules());
      expect(rules).toHaveLength(1);
      expect(String(rules[0]!.getBooleanCondition()!.getCriteriaValues()[0])).toContain('<TODAY()');
    }
  });

  test('fills the settings tab with every parameter and sensible defaults', () => {
    const rows = addon.sheet('Настройки', (s) => s.getDataRange().getValues());
    const labels = rows.map((r) => r[1]);
    expect(labels).toEqual(expect.arrayContaining(['Полное наименование образовательной организации', 'УТВЕРЖДАЮ: дата', 'Час рассылки']));
    expect(rows.find((r) => r[0] === 'timeZone')![2]).toBe('Europe/Moscow');
    expect(rows.find((r) => r[0] === 'reminderDay')![2]).toBe(25);
  });

  test('a second run changes nothing', () => {
    const before = addon.snapshot();
    const rulesBefore = addon.sheet('План программ', (s) => s.getConditionalFormatRules().length);
    addon.click('Настроить книгу');
    expect(addon.lastAlert().split('\n')[0]).toBe('Книга уже настроена: ничего не изменено.');
    expect(addon.snapshot()).toBe(before);
    expect(addon.sheet('План программ', (s) => s.getConditionalFormatRules().length)).toBe(rulesBefore);
    expect(addon.sheet('Педагоги', (s) => s.getProtections(addon.host.global<GoogleAppsScript.Spreadsheet.SpreadsheetApp>('SpreadsheetApp').ProtectionType.RANGE).length)).toBe(1);
  });
});

describe('on a workbook with data', () => {
  test('nothing is lost or moved', () => {
    const addon = validSchool();
    const before = addon.snapshot();
    addon.click('Настроить книгу');
    expect(addon.snapshot()).toBe(before);
  });

  test('columns the deputy reordered are found by name; their own columns are kept', () => {
    const addon = validSchool();
    // The deputy swaps «ФИО» and «Эл. почта» (with their data) and adds a column of their own.
    addon.sheet('Педагоги', (sheet) => {
      const range = sheet.getRange(1, 2, sheet.getLastRow(), 2);
      const values = range.getValues().map(([a, b]) => [b, a]);
      range.setValues(values);
      sheet.getRange(1, sheet.getLastColumn() + 1, 2, 1).setValues([['Мой комментарий'], ['звонить после 15']]);
    });
    const before = addon.snapshot();
    addon.click('Настроить книгу');
    expect(addon.lastAlert().split('\n')[0]).toBe('Книга уже настроена: ничего не изменено.');
    expect(addon.snapshot()).toBe(before);
    const check = asOk(addon.call('runDataCheck'));
    expect(check.response.problems).toEqual([]);
  });

  test('a deleted tab is created again, the rest untouched', () => {
    const addon = validSchool();
    addon.asPerson((app) => app.getActiveSpreadsheet().deleteSheet(app.getActiveSpreadsheet().getSheetByName('Достижения')!));
    const teachersBefore = addon.sheet('Педагоги', (s) => JSON.stringify(s.getDataRange().getValues()));
    addon.click('Настроить книгу');
    expect(addon.lastAlert()).toContain('Созданы листы: Достижения.');
    expect(addon.headers('Достижения')).toEqual(TABS.achievements.columns.map((c) => c.header));
    expect(addon.sheet('Педагоги', (s) => JSON.stringify(s.getDataRange().getValues()))).toBe(teachersBefore);
  });

  test('a renamed column is reported, not recreated elsewhere', () => {
    const addon = validSchool();
    const headers = addon.headers('Педагоги');
    addon.sheet('Педагоги', (s) => s.getRange(1, headers.indexOf('ФИО') + 1).setValue('Фамилия, имя, отчество'));
    addon.click('Настроить книгу');
    expect(addon.lastAlert()).toContain('Педагоги: нет столбца «ФИО»: верните его или переименуйте обратно');
    const after = addon.headers('Педагоги');
    expect(after).toHaveLength(headers.length);
    expect(after).not.toContain('ФИО');
    expect(addon.sheet('Педагоги', (s) => s.getRange(2, headers.indexOf('ФИО') + 1).getValue())).toBe(T.ivanova);
  });

  test('a book whose set-up memory is a key per tab (older versions) is read from them once, then kept in one key', () => {
    const addon = validSchool();
    const state = addon.emulator.state;
    const metadata = state.spreadsheets[state.activeSpreadsheetId!]!.metadata!;
    const ours = (prefix: string) => metadata.filter((m) => m.key.startsWith(`pedagog.${prefix}`)).map((m) => m.key);
    // Rewritten as an older version kept it: layout.<tab>, highlights.<tab> and setup.dressed.
    const one = metadata.find((m) => m.key === 'pedagog.setup.memory')!;
    const memory = JSON.parse(one.value!) as { layout: Record<string, string[]>; highlights: Record<string, string[]>; dressed: Record<string, string> };
    metadata.splice(metadata.indexOf(one), 1);
    const put = (key: string, value: unknown) => metadata.push({ id: 900000 + metadata.length, key: `pedagog.${key}`, value: JSON.stringify(value), visibility: 'PROJECT', sheetId: null });
    for (const [tab, keys] of Object.entries(memory.layout)) put(`layout.${tab}`, keys);
    for (const [tab, formulas] of Object.entries(memory.highlights)) put(`highlights.${tab}`, formulas);
    put('setup.dressed', memory.dressed);
    expect(ours('layout.').length).toBeGreaterThan(10);
    // A renamed column is found missing only through the remembered layout.
    const headers = addon.headers('Педагоги');
    addon.sheet('Педагоги', (s) => s.getRange(1, headers.indexOf('ФИО') + 1).setValue('Фамилия, имя, отчество'));
    addon.click('Настроить книгу');
    expect(addon.lastAlert()).toContain('Педагоги: нет столбца «ФИО»: верните его или переименуйте обратно');
    expect(addon.headers('Педагоги')).toHaveLength(headers.length);
    expect([...ours('layout.'), ...ours('highlights.'), ...ours('setup.dressed')]).toEqual([]);
    const kept = JSON.parse(metadata.find((m) => m.key === 'pedagog.setup.memory')!.value!) as typeof memory;
    expect(kept.layout).toEqual(memory.layout);
    expect(kept.highlights).toEqual(memory.highlights);
  });

  test('a repeat set-up puts back a drop-down, a hidden id column and the frozen header undone by hand', () => {
    const addon = validSchool();
    const headers = addon.headers('Педагоги');
    const role = headers.indexOf('Роль') + 1;
    addon.sheet('Педагоги', (s) => {
      s.getRange(2, role, s.getMaxRows() - 1, 1).clearDataValidations();
      s.showColumns(1);
    });
    addon.sheet('Программы', (s) => s.setFrozenRows(0));
    addon.click('Настроить книгу');
    addon.sheet('Педагоги', (s) => {
      expect(String(s.getRange(2, role).getDataValidation()!.getCriteriaType())).toBe('VALUE_IN_LIST');
      expect(s.isColumnHiddenByUser(1)).toBe(true);
    });
    expect(addon.sheet('Программы', (s) => s.getFrozenRows())).toBe(1);
  });

  test('rows added to a tab get its formats and drop-downs at the next set-up', () => {
    const addon = validSchool();
    const headers = addon.headers('Педагоги');
    const rows = addon.sheet('Педагоги', (s) => {
      s.insertRowsAfter(s.getMaxRows(), 50);
      s.getRange(s.getMaxRows() - 9, 1, 10, s.getMaxColumns()).clearFormat().clearDataValidations();
      return s.getMaxRows();
    });
    addon.click('Настроить книгу');
    addon.sheet('Педагоги', (s) => {
      expect(s.getRange(rows, headers.indexOf('Дата аттестации') + 1).getNumberFormat()).toBe('dd.MM.yyyy');
      expect(String(s.getRange(rows, headers.indexOf('Роль') + 1).getDataValidation()!.getCriteriaType())).toBe('VALUE_IN_LIST');
    });
  });

  test('rows typed by hand get ids; existing ids never change', () => {
    const addon = validSchool();
    const row = addon.typeRow('Педагоги', { ФИО: 'Новикова Ольга', Роль: 'педагог' });
    addon.click('Настроить книгу');
    expect(addon.lastAlert()).toContain('Присвоены ID строкам, добавленным вручную: 1.');
    const ids = addon.sheet('Педагоги', (s) => s.getRange(2, 1, row - 1, 1).getValues().map((r) => r[0]));
    expect(ids).toEqual(['T00001', 'T00002', 'T00003', 'T00004']);
  });

  test('rows left without an id between others or in the first row get ids too', () => {
    const addon = validSchool();
    const ids = () => addon.sheet('Педагоги', (s) => s.getRange(2, 1, 3, 1).getValues().map((r) => r[0]));
    // The middle teacher's id cleared: the rows around it keep theirs, so the ends alone do not tell.
    addon.sheet('Педагоги', (s) => s.getRange(3, 1).clearContent());
    addon.click('Настроить книгу');
    expect(addon.lastAlert()).toContain('Присвоены ID строкам, добавленным вручную: 1.');
    expect(ids()).toEqual(['T00001', 'T00004', 'T00003']);
    addon.sheet('Педагоги', (s) => s.getRange(2, 1).clearContent());
    addon.click('Настроить книгу');
    expect(addon.lastAlert()).toContain('Присвоены ID строкам, добавленным вручную: 1.');
    expect(ids()).toEqual(['T00005', 'T00004', 'T00003']);
  });
});

describe('document templates', () => {
  test('without a Drive folder, set-up says where to set it', () => {
    const addon = Addon.fresh();
    addon.click('Настроить книгу');
    expect(addon.lastAlert()).toContain('Шаблоны документов появятся, когда в «Настройках» будет указана папка');
  });

  test('with a folder that does not open, set-up makes no template and says where to set it', () => {
    const addon = validSchool();
    const rows = addon.sheet('Настройки', (s) => s.getDataRange().getValues());
    addon.typeCell('Настройки', rows.findIndex((r) => r[0] === 'driveFolder') + 1, 'Значение', 'нет-такой-папки');
    addon.click('Настроить книгу');
    expect(addon.lastAlert()).toContain('Шаблоны документов появятся, когда в «Настройках» будет указана папка');
    expect(listDriveFiles(addon.emulator).filter((f) => f.path.includes('Шаблоны'))).toHaveLength(0);
  });

  test('with the folder set, set-up makes one template per document kind once and never rewrites them', () => {
    const addon = validSchool();
    const rows = addon.sheet('Настройки', (s) => s.getDataRange().getValues());
    const row = rows.findIndex((r) => r[0] === 'driveFolder') + 1;
    addon.typeCell('Настройки', row, 'Значение', hostCreateFolder(addon.emulator, 'Школа №2'));
    addon.click('Настроить книгу');
    expect(addon.lastAlert()).toContain('Созданы шаблоны документов (папка «Шаблоны»): паспорт программы, карта сопровождения');
    const templates = () => listDriveFiles(addon.emulator).filter((f) => f.path.includes('Шаблоны'));
    expect(templates()).toHaveLength(TEMPLATES);
    addon.click('Настроить книгу');
    expect(addon.lastAlert()).not.toContain('Созданы шаблоны');
    expect(templates()).toHaveLength(TEMPLATES);
  });
});

describe('document templates, set up again', () => {
  function withTemplates(): { addon: Addon; stored: () => Record<string, string | null> } {
    const addon = validSchool();
    const rows = addon.sheet('Настройки', (s) => s.getDataRange().getValues());
    const row = rows.findIndex((r) => r[0] === 'driveFolder') + 1;
    addon.typeCell('Настройки', row, 'Значение', hostCreateFolder(addon.emulator, 'Школа №2'));
    addon.click('Настроить книгу');
    const stored = () => Object.fromEntries(['template.passport', 'template.card', 'templates.folder'].map((k) => [k, addon.stored(k)]));
    return { addon, stored };
  }
  const drive = (addon: Addon) => addon.host.global<GoogleAppsScript.Drive.DriveApp>('DriveApp');
  const folderOf = (addon: Addon) => (JSON.parse(addon.stored('templates.folder')!) as { folder: string }).folder;

  test('finds the templates and their folder by the ids it keeps: nothing made, nothing looked up by name', () => {
    const { addon, stored } = withTemplates();
    const before = stored();
    const files = listDriveFiles(addon.emulator, { includeFolders: true }).map((f) => f.id).sort();
    // The deputy renames the folder and a template: they are still the add-on's.
    drive(addon).getFolderById(folderOf(addon)).setName('Мои шаблоны');
    drive(addon).getFileById(before['template.passport']!).setName('Паспорт (правка завуча)');
    addon.emulator.calls.reset();
    addon.click('Настроить книгу');
    expect(addon.lastAlert()).not.toContain('Созданы шаблоны');
    expect(listDriveFiles(addon.emulator, { includeFolders: true }).map((f) => f.id).sort()).toEqual(files);
    expect(stored()).toEqual(before);
    expect(addon.emulator.calls.get('Folder.getFoldersByName')).toBe(0);
    expect(addon.emulator.calls.get('Folder.createFolder')).toBe(0);
    expect(addon.emulator.calls.get('DocumentApp.create')).toBe(0);
  });

  test('a template deleted by hand is made again in the kept folder, even renamed', () => {
    const { addon, stored } = withTemplates();
    const before = stored();
    drive(addon).getFolderById(folderOf(addon)).setName('Мои шаблоны');
    drive(addon).getFileById(before['template.card']!).setTrashed(true);
    addon.click('Настроить книгу');
    expect(addon.lastAlert()).toContain('Созданы шаблоны документов (папка «Шаблоны»): карта сопровождения');
    const after = stored();
    expect(after['template.passport']).toBe(before['template.passport']);
    expect(after['template.card']).not.toBe(before['template.card']);
    expect(after['templates.folder']).toBe(before['templates.folder']);
    const card = listDriveFiles(addon.emulator).find((f) => f.id === after['template.card']);
    expect(card?.path).toBe('My Drive/Школа №2/Мои шаблоны');
    expect(listDriveFiles(addon.emulator, { includeFolders: true }).filter((f) => f.name === 'Шаблоны')).toHaveLength(0);
  });

  test('a book set up before the folder id was kept adopts its «Шаблоны» folder once', () => {
    const { addon, stored } = withTemplates();
    const before = stored();
    addon.store('templates.folder', '');
    drive(addon).getFileById(before['template.card']!).setTrashed(true);
    addon.click('Настроить книгу');
    expect(stored()['templates.folder']).toBe(before['templates.folder']);
    expect(listDriveFiles(addon.emulator, { includeFolders: true }).filter((f) => f.name === 'Шаблоны')).toHaveLength(1);
    expect(listDriveFiles(addon.emulator).filter((f) => f.path.endsWith('/Шаблоны'))).toHaveLength(TEMPLATES);
  });
});
