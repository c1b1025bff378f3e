/**
 * What the documents say, through the built bundle, for each fault a deputy found reading them
 * against the seed forms: approval only where a seed asks for it, the protocol as its day's record,
 * the post-release of what happened, file names with the document's own date, the annual report
 * of ended months, and the layout each kind carries into Docs.
 */
import { documentText, documentTree, type TableNode, listDriveFiles } from '@pds/emulator';
import type { Addon } from '../helpers/addon';
import { docId, docOf, editTemplate, ok, school as baseSchool, selectRows, start } from '../helpers/documents';
import { T } from '../helpers/school';
import { asOk } from '../helpers/wire';

const ADDRESS = '662544 Красноярский край, город Лесосибирск, ул. Победы, 48';

function school(): Addon {
  const addon = baseSchool();
  addon.setting('Адрес', ADDRESS);
  addon.setting('Сокращённое наименование', 'МБОУ «СОШ №2»');
  addon.setting('Директор (Фамилия И.О.)', 'Власова Л.Ю.');
  // The regulation's own approval (002): it must never appear on a document.
  addon.setting('УТВЕРЖДАЮ: дата', '27.09.2024');
  addon.setting('РАССМОТРЕНО: протокол методического совета от', '26.09.2024');
  return addon;
}

/** The table of a generated document whose first row starts with `head`. */
function tableStarting(addon: Addon, id: string, head: string): TableNode {
  const found = documentTree(addon.emulator, id).body.children.find(
    (b): b is TableNode => b.type === 'TABLE' && documentText(addon.emulator, id).includes(head) && JSON.stringify(b.children[0]).includes(`"text":"${head}"`),
  );
  if (!found) throw new Error(`no table starting with ${head}`);
  return found;
}

describe('approval belongs to the regulation, not to every document', () => {
  test('a passport carries no approval and none of the regulation’s dates', () => {
    const addon = school();
    const text = docOf(addon, ok(start(addon, 'passport')));
    expect(text).not.toMatch(/УТВЕРЖДАЮ|РАССМОТРЕНО|УТВЕРЖДЕНО/);
    expect(text).not.toContain('27.09.2024');
    expect(text).not.toContain('26.09.2024');
  });

  test('the monthly plan is approved by the director on its own date', () => {
    const addon = school();
    addon.emulator.setClock('2026-09-25T09:00:00+03:00');
    selectRows(addon, 'Сессии и встречи', 'A2');
    const text = docOf(addon, ok(start(addon, 'monthlyPlan', 'selected')));
    expect(text).toContain('УТВЕРЖДАЮ');
    expect(text).toContain('Директор МБОУ «СОШ №2»');
    expect(text).toContain('Власова Л.Ю.');
    expect(text).toContain('25.09.2026');
    expect(text).not.toContain('27.09.2024');
  });

  test('a school that makes its plan by weeks gets it by weeks from the documents page too', () => {
    const addon = school();
    addon.setting('План работы на месяц — отдельный документ на каждую неделю', 'да');
    addon.emulator.setClock('2026-09-25T09:00:00+03:00');
    selectRows(addon, 'Сессии и встречи', 'A2');
    const job = ok(start(addon, 'monthlyPlan', 'selected'));
    const names = listDriveFiles(addon.emulator).filter((f) => f.name.startsWith('План работы на месяц — ')).map((f) => `${f.path.split('/').slice(-2).join('/')}/${f.name}`);
    expect(names.length).toBeGreaterThanOrEqual(2);
    expect(names.every((n) => /^Планы работы\/сентябрь 2026\/План работы на месяц — сентябрь 2026, \d\d\.09\.2026–\d\d\.09\.2026$/.test(n))).toBe(true);
    expect(job.total).toBe(names.length);
  });

  test('removing the approval block from a template does not make generation fail', () => {
    const addon = school();
    ok(start(addon, 'card'));
    editTemplate(addon, 'monthlyPlan', (body) => {
      // The deputy deletes the approval table from the plan's template.
      const approval = body.getTables()[0]!;
      expect(approval.getText()).toContain('УТВЕРЖДАЮ');
      approval.removeFromParent();
    });
    const job = ok(start(addon, 'monthlyPlan'));
    expect(job).toMatchObject({ status: 'done', done: 1, failures: [] });
    expect(docOf(addon, job)).not.toContain('УТВЕРЖДАЮ');
  });
});

describe('protocol', () => {
  test('the chair is never printed among the absent; the place of compilation is there', () => {
    const addon = school();
    // A hand-edited row lists the chair (Петров) among the absent.
    addon.typeCell('Протоколы', 2, 'Отсутствовали', T.petrov);
    addon.typeCell('Протоколы', 2, 'Отсутствовали (ID)', 'T00002');
    const text = docOf(addon, ok(start(addon, 'protocol')));
    const absent = text.split('\n').find((l) => l.startsWith('Отсутствовали:'))!;
    expect(absent).toBe('Отсутствовали: нет');
    expect(text).toContain(`Присутствовали (3\u00a0чел.): ${T.petrov}; ${T.ivanova}; ${T.sidorova}`);
    expect(text.split('\n')).toContain('г. Лесосибирск');
  });

  test('made weeks later, after its decisions were carried out: the same protocol, named by its own date', () => {
    const addon = school();
    addon.emulator.setClock('2026-09-21T10:00:00+03:00');
    const first = ok(start(addon, 'protocol'));
    const before = docOf(addon, first);
    addon.typeCell('Решения протоколов', 2, 'Исполнение', 'исполнено');
    addon.emulator.setClock('2026-10-15T10:00:00+03:00');
    selectRows(addon, 'Протоколы', 'A2');
    const later = ok(start(addon, 'protocol', 'selected'));
    expect(docOf(addon, later)).toBe(before);
    expect(later.results[0]!.title).toBe('Протокол заседания — № 1, Научи меня Чуду! — 01.09.2026');
  });
});

describe('post-release', () => {
  function meetingWithProtocol(addon: Addon): void {
    // The protocol R00001 records the held meeting S00009: Петров chaired, Иванова and Сидорова came.
    addon.typeCell('Протоколы', 2, 'Заседание (ID)', 'S00009');
    addon.typeCell('Протоколы', 2, 'Присутствовали', T.sidorova);
    addon.typeCell('Протоколы', 2, 'Присутствовали (ID)', 'T00003');
    // The session planned Иванова too, and not the chair.
    expect(addon.typeCell('Сессии и встречи', findRow(addon, 'S00009'), 'Участники', `${T.ivanova}; ${T.sidorova}`)).toBeTruthy();
  }

  function findRow(addon: Addon, id: string): number {
    return addon.sheet('Сессии и встречи', (s) => s.getRange('A:A').getValues().findIndex((r) => r[0] === id) + 1);
  }

  test('no internal id; those present, not those planned; the results line filled', () => {
    const addon = school();
    meetingWithProtocol(addon);
    // A monthly series: the sessions page writes a hidden series id.
    addon.typeCell('Сессии и встречи', findRow(addon, 'S00009'), 'Серия', 'a891842e-5b1c-4d2e-9f3a-7c2b1e0d4f65');
    const text = docOf(addon, ok(start(addon, 'postRelease')));
    expect(text).not.toMatch(/a891842e|[0-9a-f]{8}-[0-9a-f]{4}-/);
    const who = text.split('\n').find((l) => l.startsWith('Кто участвовал'))!;
    expect(who).toBe(`Кто участвовал (3\u00a0чел.): ${T.petrov}; ${T.ivanova}; ${T.sidorova}`);
    const results = text.split('\n').find((l) => l.startsWith('Результаты:'))!;
    expect(results).toBe('Результаты: приняты решения: Утвердить план');
  });

  test('two post-releases of the same topic never share a file name; each is named by its event’s date', () => {
    const addon = school();
    addon.emulator.setClock('2026-10-20T10:00:00+03:00');
    addon.typeRow('Сессии и встречи', {
      ID: 'S00010',
      Дата: '10.10.2026',
      Вид: 'мероприятие SkillsClub',
      'Индивидуальная / групповая': 'групповая',
      'Форма работы': 'мастер-класс',
      Тема: 'Игровые приёмы на уроке',
      'Коуч-консультант / ведущий': T.petrov,
      'Коуч-консультант / ведущий (ID)': 'T00002',
      Статус: 'проведена',
    });
    const job = ok(start(addon, 'postRelease'));
    expect(job.done).toBe(2);
    const titles = job.results.map((r) => r.title);
    expect(new Set(titles).size).toBe(2);
    for (const title of titles) expect(title).toMatch(/^Пост-релиз — Игровые приёмы на уроке \(\d\) — 10\.10\.2026$/);
    const names = listDriveFiles(addon.emulator).filter((f) => f.name.startsWith('Пост-релиз')).map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('annual report', () => {
  test('on 15.10 with a meeting set for 24.10: interim, and October is not a month without meetings', () => {
    const addon = school();
    addon.typeRow('Сессии и встречи', {
      ID: 'S00011',
      Дата: '24.10.2026',
      Вид: 'заседание ПОС',
      'Индивидуальная / групповая': 'групповая',
      Тема: 'Позитивная психология на уроке',
      Сообщество: 'Научи меня Чуду!',
      'Сообщество (ID)': 'C00001',
      Статус: 'запланирована',
    });
    addon.emulator.setClock('2026-10-15T10:00:00+03:00');
    // Nothing is «needed» while the year runs: the page says the report would be interim.
    const page = asOk(addon.call('getDocumentsPage', {}));
    expect(page.response.kinds.find((k) => k.key === 'annualReport')).toMatchObject({ needed: 0, label: expect.stringContaining('промежуточный') });
    selectRows(addon, 'Сообщества', 'A2');
    const job = ok(start(addon, 'annualReport', 'selected'));
    const text = docOf(addon, job);
    expect(text).toContain('ПРОМЕЖУТОЧНЫЙ ОТЧЁТ');
    expect(text).toContain('Месяцы без заседаний: нет');
    expect(job.results[0]!.title).toBe('Отчёт сообщества за учебный год — Научи меня Чуду!, 2026/2027, промежуточный');
  });

  test('after the year: the final report, due for every community', () => {
    const addon = school();
    addon.emulator.setClock('2027-06-15T10:00:00+03:00');
    const job = ok(start(addon, 'annualReport'));
    const text = docOf(addon, job);
    expect(text.split('\n')).toContain('ОТЧЁТ');
    expect(text).not.toContain('ПРОМЕЖУТОЧНЫЙ');
    // September had the protocol, October the held event; the other school months had none.
    expect(text).toContain('Месяцы без заседаний: ноябрь, декабрь, январь, февраль, март, апрель, май');
    expect(job.results[0]!.title).toBe('Отчёт сообщества за учебный год — Научи меня Чуду!, 2026/2027');
  });
});

describe('layout carried into the document', () => {
  test('the outcome analysis: two-level head merged and repeated on every page, widths set, A4', () => {
    const addon = school();
    selectRows(addon, 'Программы', 'A2');
    const job = ok(start(addon, 'conclusion', 'selected'));
    const id = docId(job);
    const table = tableStarting(addon, id, 'Проблема');
    expect(table.pinnedHeaderRows).toBe(2);
    expect(table.children[0]!.children[1]).toMatchObject({ columnSpan: 2 });
    expect(table.children[0]!.children[0]).toMatchObject({ rowSpan: 2 });
    expect(table.columnWidths?.every((w) => typeof w === 'number' && w > 0)).toBe(true);
    const tree = documentTree(addon.emulator, id);
    expect(tree.body.page).toMatchObject({ width: 595.28, height: 841.89 });
    // «ОБЩЕЕ ЗАКЛЮЧЕНИЕ» is a title: bold, centred.
    const title = tree.body.children.find((b) => b.type === 'PARAGRAPH' && b.children.some((c) => c.type === 'TEXT' && c.runs.some((r) => r.text === 'ОБЩЕЕ ЗАКЛЮЧЕНИЕ')));
    expect(title).toMatchObject({ alignment: 'CENTER' });
  });

  test('figures with units; an empty value as a line to fill by hand', () => {
    const addon = school();
    const text = docOf(addon, ok(start(addon, 'card')));
    expect(text).toContain('Общий педагогический стаж: ________');
    const petrov = addon.typeCell('Педагоги', 4, 'Общий педагогический стаж, лет', 12);
    expect(petrov).toBeTruthy();
    selectRows(addon, 'Программы', 'A2');
    const again = docOf(addon, ok(start(addon, 'card', 'selected')));
    expect(again).toContain('Общий педагогический стаж: 12\u00a0лет');
    expect(again).toContain('Должность: ________');
  });
});
