/**
 * The regional roll-up through the built bundle: three schools write their summaries (figures
 * only, opened to the centre's address, never to "anyone"), and the centre's own workbook gathers
 * a folder of them into «Свод по школам», newest summary per school, with a total per year.
 */
import { hostCreateFolder, hostCreateShortcut, listDriveFiles, addItem, rootId } from '@pds/emulator';
import { Addon } from '../helpers/addon';
import { busySchool } from '../helpers/busy-school';
import { T } from '../helpers/school';
import { validSchool } from '../helpers/school';

const CENTRE = 'cnppm@region.example';


/** A school shares its summary; returns the file's listing and content. */
function share(addon: Addon, name: string): { content: string; viewers: string[]; access: string; path: string } {
  addon.setting('Папка на Google Диске', hostCreateFolder(addon.emulator, name));
  addon.setting('Сокращённое наименование', name);
  addon.setting('Эл. почта ЦНППМ для сводки по школе', CENTRE);
  addon.click('Отправить сводку в ЦНППМ');
  const file = listDriveFiles(addon.emulator).find((f) => f.name === `Сводка для ЦНППМ — ${name}.json`)!;
  const item = (addon.emulator.state.extra.drive as { items: Record<string, { content?: string }> }).items[file.id]!;
  return { content: Buffer.from(item.content ?? '', 'base64').toString('utf8'), viewers: file.viewers, access: file.access, path: file.path };
}

describe('a school summary', () => {
  test('holds figures only and is opened to the centre alone', () => {
    const addon = busySchool();
    const shared = share(addon, 'СОШ №2');
    expect(addon.lastAlert()).toContain(`открыта на просмотр адресу ${CENTRE}`);
    expect(shared.viewers).toEqual([CENTRE]);
    expect(shared.access).toBe('PRIVATE');
    const summary = JSON.parse(shared.content) as Record<string, unknown>;
    expect(summary).toMatchObject({ format: 'teacher-support-summary/1', school: 'СОШ №2', schoolYear: '2026/2027', asOf: '2026-11-20', teachersSupported: 2, coachingHours: 2.5, silentTeachers: 1, contestWins: 2 });
    expect(summary.communities).toEqual([{ name: 'Научи меня Чуду!', kind: 'pos', members: 2, meetings: 2, minimum: 1, monthsBelow: 0 }]);
    // No teacher's name or address travels to the centre.
    for (const name of ['Иванова', 'Петров', 'Сидорова', 'Кузнецова', '@school.example']) expect(shared.content).not.toContain(name);
    // Sharing again rewrites the same file.
    addon.emulator.setClock('2026-11-27T07:00:00Z');
    addon.click('Отправить сводку в ЦНППМ');
    const files = listDriveFiles(addon.emulator).filter((f) => f.name === 'Сводка для ЦНППМ — СОШ №2.json');
    expect(files).toHaveLength(1);
  });

  test('without the centre address, the deputy is told where to set it', () => {
    const addon = validSchool();
    addon.setting('Сокращённое наименование', 'Лицей');
    addon.click('Отправить сводку в ЦНППМ');
    expect(addon.lastAlert()).toBe('Укажите «Эл. почта ЦНППМ для сводки по школе» на листе «Настройки».');
    expect(listDriveFiles(addon.emulator).filter((f) => f.name.endsWith('.json'))).toEqual([]);
  });
});

/** A SkillsClub with a year-plan row and a held event whose post-release is a Doc in the school's Drive. */
function withSkillsClub(addon: Addon): string {
  addon.typeRow('Сообщества', { ID: 'C00002', Название: 'Цифра', Вид: 'SkillsClub', Руководитель: T.petrov, 'Руководитель (ID)': 'T00002', 'Периодичность заседаний': 'ежемесячно' });
  addon.typeRow('План работы сообществ', { ID: 'Y00001', Сообщество: 'Цифра', 'Сообщество (ID)': 'C00002', 'Учебный год': '2026/2027', Месяц: 'ноябрь', Тема: 'Цифровые инструменты урока', 'Форма работы': 'мастер-класс', Ответственный: T.petrov });
  // A ПОС's plan row stays at school.
  addon.typeRow('План работы сообществ', { ID: 'Y00002', Сообщество: 'Научи меня Чуду!', 'Сообщество (ID)': 'C00001', 'Учебный год': '2026/2027', Месяц: 'декабрь', Тема: 'Только для школы' });
  const doc = addItem(addon.emulator, 'Пост-релиз — Цифровые инструменты', 'application/vnd.google-apps.document', rootId(addon.emulator, addon.emulator.user));
  const url = `https://docs.google.com/document/d/${doc.id}/edit`;
  addon.typeRow('Сессии и встречи', { ID: 'S00030', Дата: '10.11.2026', Вид: 'мероприятие SkillsClub', 'Индивидуальная / групповая': 'групповая', Тема: 'Цифровые инструменты урока', Сообщество: 'Цифра', 'Сообщество (ID)': 'C00002', Статус: 'проведена', 'Пост-релиз (ссылка)': url });
  return doc.id;
}

describe('the SkillsClub part of a summary (004 §4.4)', () => {
  test('the year plan goes with the figures, without the responsible people; post-releases only when the school allows', () => {
    const addon = busySchool();
    const docId = withSkillsClub(addon);
    const plan = [{ community: 'Цифра', month: 'ноябрь', topic: 'Цифровые инструменты урока', form: 'мастер-класс' }];
    const first = JSON.parse(share(addon, 'СОШ №2').content) as Record<string, unknown>;
    expect(first.skillsClubPlans).toEqual(plan);
    expect(first.postReleases).toEqual([]);
    expect(JSON.stringify(first)).not.toContain('Петров');
    const viewers = () => listDriveFiles(addon.emulator).find((f) => f.id === docId)!.viewers;
    expect(viewers()).toEqual([]);

    // Another school that allows them.
    const allowing = busySchool();
    const allowedId = withSkillsClub(allowing);
    allowing.setting('Передавать ЦНППМ ссылки на пост-релизы SkillsClub', 'да');
    const second = JSON.parse(share(allowing, 'СОШ №2').content) as Record<string, unknown>;
    const url = `https://docs.google.com/document/d/${allowedId}/edit`;
    expect(second.postReleases).toEqual([{ date: '2026-11-10', topic: 'Цифровые инструменты урока', url }]);
    expect(listDriveFiles(allowing.emulator).find((f) => f.id === allowedId)!.viewers).toEqual([CENTRE]);
    expect(allowing.lastAlert()).toContain('открыты ЦНППМ на просмотр: 1');

    // The centre sees them in «SkillsClub по школам»; a summary from before them still reads.
    const centre = Addon.fresh();
    centre.click('Настроить книгу');
    const folder = hostCreateFolder(centre.emulator, 'Сводки школ');
    const put = (name: string, content: string) => {
      addItem(centre.emulator, name, 'application/json', folder).content = Buffer.from(content, 'utf8').toString('base64');
    };
    put('Сводка для ЦНППМ — СОШ №2.json', JSON.stringify(second));
    const { skillsClubPlans: _p, postReleases: _r, ...older } = { ...(second as { skillsClubPlans: unknown; postReleases: unknown }), school: 'Лицей №1' };
    put('Сводка для ЦНППМ — Лицей №1.json', JSON.stringify(older));
    centre.setting('Папка сводок школ (заполняет ЦНППМ)', folder);
    centre.click('Собрать сводки школ (для ЦНППМ)');
    expect(centre.lastAlert()).toContain('Собрано сводок школ: 2.');
    const grid = centre.sheet('SkillsClub по школам', (s) => s.getDataRange().getDisplayValues());
    expect(grid).toContainEqual(['СОШ №2', '2026/2027', 'Цифра', 'ноябрь', 'Цифровые инструменты урока', 'мастер-класс']);
    expect(grid).toContainEqual(['СОШ №2', '2026/2027', '10.11.2026', 'Цифровые инструменты урока', url, '']);
    expect(grid.flat().join('|')).not.toContain('Только для школы');
  });
});

test('the centre gathers three schools into «Свод по школам»', () => {
  const a = share(busySchool(), 'СОШ №2');
  const b = share(validSchool(), 'Лицей №1');
  const c = share(busySchool(), 'Гимназия №5');
  const older = JSON.stringify({ ...(JSON.parse(a.content) as object), asOf: '2026-10-01', teachersSupported: 99 });

  const centre = Addon.fresh();
  centre.click('Настроить книгу');
  const folder = hostCreateFolder(centre.emulator, 'Сводки школ');
  const put = (name: string, content: string) => {
    const item = addItem(centre.emulator, name, 'application/json', folder);
    item.content = Buffer.from(content, 'utf8').toString('base64');
  };
  put('Сводка для ЦНППМ — СОШ №2.json', a.content);
  put('Сводка для ЦНППМ — Лицей №1.json', b.content);
  put('Сводка для ЦНППМ — Гимназия №5.json', c.content);
  put('Сводка для ЦНППМ — СОШ №2 (старая).json', older);
  put('Сводка для ЦНППМ — Повреждена.json', '{"format": "teacher-support-summary/1"');
  centre.setting('Папка сводок школ (заполняет ЦНППМ)', `https://drive.google.com/drive/folders/${folder}`);
  centre.click('Собрать сводки школ (для ЦНППМ)');
  expect(centre.lastAlert()).toContain('Собрано сводок школ: 4.');
  expect(centre.lastAlert()).toContain('• Сводка для ЦНППМ — Повреждена.json: не JSON');

  const grid = centre.sheet('Свод по школам', (s) => s.getDataRange().getDisplayValues());
  const headers = grid[0]!;
  const column = (h: string) => grid.slice(1).map((r) => [r[0], r[headers.indexOf(h)]]);
  expect(headers.slice(0, 4)).toEqual(['Школа', 'Учебный год', 'Данные на', 'Педагогов на сопровождении']);
  expect(grid.slice(1).map((r) => r.slice(0, 3))).toEqual([
    ['Гимназия №5', '2026/2027', '20.11.2026'],
    ['Лицей №1', '2026/2027', '01.09.2026'],
    ['СОШ №2', '2026/2027', '20.11.2026'],
    ['Итого за 2026/2027', '2026/2027', ''],
  ]);
  // The busy schools support 2 teachers each, the valid one 1 (Сидорова); the old file's 99 lost to the newer one.
  expect(column('Педагогов на сопровождении')).toEqual([['Гимназия №5', '2'], ['Лицей №1', '1'], ['СОШ №2', '2'], ['Итого за 2026/2027', '5']]);
  expect(column('Часов коучинга').at(-1)).toEqual(['Итого за 2026/2027', '5']);
  expect(column('Побед и призовых мест в конкурсах').at(-1)).toEqual(['Итого за 2026/2027', '4']);
  expect(column('Сообществ').at(-1)).toEqual(['Итого за 2026/2027', '3']);
});

test('the centre follows shortcuts to the schools\' files and lists the ones it cannot open', () => {
  const a = share(busySchool(), 'СОШ №2');
  const b = share(validSchool(), 'Лицей №1');
  const centre = Addon.fresh();
  centre.click('Настроить книгу');
  const me = centre.emulator.state.activeUser;
  const folder = hostCreateFolder(centre.emulator, 'Сводки школ');
  /** A school's own file in its own Drive, shared with the centre or not, and the centre's shortcut to it. */
  const schoolFile = (school: string, content: string, sharedWithCentre: boolean) => {
    const owner = `deputy@${school}.example`;
    const item = addItem(centre.emulator, `Сводка для ЦНППМ — ${school}.json`, 'application/json', rootId(centre.emulator, owner), owner);
    item.content = Buffer.from(content, 'utf8').toString('base64');
    if (sharedWithCentre) item.viewers = [me];
    hostCreateShortcut(centre.emulator, folder, item.id, item.name, me);
    return item;
  };
  schoolFile('sosh2', a.content, true);
  schoolFile('licey1', b.content, true);
  schoolFile('gimn5', a.content, false);
  const gone = schoolFile('closed', b.content, true);
  gone.trashed = true;
  centre.setting('Папка сводок школ (заполняет ЦНППМ)', folder);
  centre.click('Собрать сводки школ (для ЦНППМ)');
  expect(centre.lastAlert()).toContain('Собрано сводок школ: 2.');
  expect(centre.lastAlert()).toContain('Не удалось открыть');
  expect(centre.lastAlert()).toContain('• Сводка для ЦНППМ — gimn5.json');
  const schools = centre.sheet('Свод по школам', (s) => s.getDataRange().getDisplayValues()).slice(1).map((r) => r[0]);
  expect(schools).toEqual(['Лицей №1', 'СОШ №2', 'Итого за 2026/2027']);
});
