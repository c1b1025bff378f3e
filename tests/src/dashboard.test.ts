/**
 * «Сводка» through the built bundle on the busy fixture school (tests/helpers/busy-school.ts):
 * figures compared with numbers counted by hand from the fixture, the charts and their ranges,
 * and a rebuild that neither duplicates charts nor moves the one the deputy placed.
 */
import { busySchool, KUZNETSOVA } from '../helpers/busy-school';
import type { Addon } from '../helpers/addon';

type Grid = unknown[][];

function dashboard(addon: Addon): Grid {
  return addon.sheet('Сводка', (s) => s.getDataRange().getValues());
}

/** The row whose first cell is `label`, from its second cell on. */
function row(grid: Grid, label: string, after = 0): unknown[] {
  const found = grid.findIndex((r, i) => i >= after && r[0] === label);
  if (found < 0) throw new Error(`no row ${label}`);
  return grid[found]!.slice(1);
}

function rowIndex(grid: Grid, first: string, second: string): number {
  return grid.findIndex((r) => r[0] === first && r[1] === second) + 1;
}

describe('the dashboard', () => {
  let addon: Addon;
  let grid: Grid;
  beforeAll(() => {
    addon = busySchool();
    addon.click('Обновить сводку');
    grid = dashboard(addon);
  });

  test('is stamped with the day and the school year', () => {
    expect(grid[0]![0]).toBe('Сводка по сопровождению педагогов');
    expect(grid[1]).toEqual(expect.arrayContaining(['Учебный год 2026/2027; текущий месяц: ноябрь 2026', 'по состоянию на 20.11.2026']));
  });

  test('main figures match the hand count', () => {
    // Year: Сидорова (P00001 active) and Иванова (P00002 completed); November: Сидорова only.
    expect(row(grid, 'Педагогов на индивидуальном сопровождении').slice(0, 2)).toEqual([2, 1]);
    // Held: S1 (Sep), S2, S4 (Oct), S3 (Nov); S5 is planned.
    expect(row(grid, 'Проведено сессий и встреч').slice(0, 2)).toEqual([4, 1]);
    // S1 14:00–15:00 + S2 15:00–16:30; S3 has no times.
    expect(row(grid, 'Часов коучинг-сессий (по времени начала и окончания)').slice(0, 2)).toEqual([2.5, 0]);
    expect(row(grid, 'Коучинг-сессий без времени начала или окончания (часы не учтены)')[0]).toBe(1);
    expect(row(grid, 'Пунктов планов программ со сроком в учебном году')[0]).toBe(3);
    expect(row(grid, 'Из них выполнено').slice(0, 2)).toEqual([1, 0]);
    expect(row(grid, 'Из них просрочено (срок прошёл, не выполнено)')[0]).toBe(1);
    expect(row(grid, 'Побед и призовых мест в конкурсах')[0]).toBe(2);
  });

  test('programmes by status and by the conclusion, in the regulation words', () => {
    expect(row(grid, 'черновик')[0]).toBe(1);
    expect(row(grid, 'действует')[0]).toBe(1);
    expect(row(grid, 'завершена')[0]).toBe(1);
    expect(row(grid, 'прекращена')[0]).toBe(0);
    expect(row(grid, 'успешным, эффективным')[0]).toBe(1);
    expect(row(grid, 'не вполне успешным, недостаточно эффективным')[0]).toBe(0);
    expect(row(grid, 'неэффективным')[0]).toBe(0);
    expect(row(grid, 'заключение не оформлено')[0]).toBe(0);
  });

  test('sessions per month by kind, and community meetings against the minimum', () => {
    const header = rowIndex(grid, 'Месяц', 'коучинг-сессия');
    expect(grid[header - 1]).toEqual(['Месяц', 'коучинг-сессия', 'заседание ПОС', 'мероприятие SkillsClub', 'заседание ШМО', 'посещение урока', 'консультация', 'открытый урок', 'собеседование', 'Всего']);
    expect(grid.slice(header, header + 3)).toEqual([
      ['сентябрь 2026', 1, 0, 0, 0, 0, 0, 0, 0, 1],
      ['октябрь 2026', 1, 1, 0, 0, 0, 0, 0, 0, 2],
      ['ноябрь 2026', 1, 0, 0, 0, 0, 0, 0, 0, 1],
    ]);
    const meetings = rowIndex(grid, 'Месяц', 'Научи меня Чуду!');
    // September: protocol R00001 alone; October: the held meeting S00004; November: none yet.
    expect(grid.slice(meetings, meetings + 6).map((r) => r.slice(0, 2))).toEqual([
      ['сентябрь 2026', 1],
      ['октябрь 2026', 1],
      ['ноябрь 2026', 0],
      ['Минимум в месяц', 1],
      ['Месяцев ниже минимума', 0],
      ['Минимум проверяется в месяцы', 'сентябрь–июнь'],
    ]);
  });

  test('silent teachers and achievements by kind and contest level', () => {
    expect(row(grid, KUZNETSOVA)[0]).toBe('не было');
    expect(grid.some((r) => r[0] === 'Сидорова Анна Ивановна')).toBe(false);
    const achievements = grid.findIndex((r) => r[0] === 'Вид' && r[1] === 'Количество');
    expect(row(grid, 'аттестация', achievements)[0]).toBe(1);
    expect(row(grid, 'конкурс', achievements)[0]).toBe(2);
    expect(row(grid, 'публикация', achievements)[0]).toBe(1);
    expect(row(grid, 'открытый урок', achievements)[0]).toBe(1);
    expect(row(grid, 'муниципальный')[0]).toBe(1);
    expect(row(grid, 'региональный')[0]).toBe(1);
    expect(row(grid, 'всероссийский')[0]).toBe(0);
  });

  test('three charts over the right ranges', () => {
    const charts = addon.sheet('Сводка', (s) => s.getCharts().map((c) => ({ title: c.getOptions().get('title'), ranges: c.getRanges().map((r) => r.getA1Notation()) })));
    const sessions = rowIndex(grid, 'Месяц', 'коучинг-сессия');
    const outcomes = rowIndex(grid, 'Заключение', 'Программ');
    const meetings = rowIndex(grid, 'Месяц', 'Научи меня Чуду!');
    expect(charts).toEqual([
      { title: 'Сессии и встречи по месяцам', ranges: [`A${sessions}:I${sessions + 3}`] },
      { title: 'Итоги программ', ranges: [`A${outcomes}:B${outcomes + 4}`] },
      { title: 'Регулярность заседаний сообществ', ranges: [`A${meetings}:B${meetings + 3}`] },
    ]);
  });

  test('a rebuild keeps one chart of each, where the deputy moved it, and the figures as values', () => {
    const again = busySchool();
    again.click('Обновить сводку');
    const moved = again.sheet('Сводка', (s) => {
      const chart = s.getCharts()[1]!;
      s.updateChart(chart.modify().setPosition(40, 3, 0, 0).build());
      return chart.getChartId();
    });
    again.click('Обновить сводку');
    const charts = again.sheet('Сводка', (s) => s.getCharts().map((c) => [c.getChartId(), c.getContainerInfo().getAnchorRow()]));
    expect(charts).toHaveLength(3);
    expect(charts).toContainEqual([moved, 40]);
    expect(again.sheet('Сводка', (s) => s.getDataRange().getFormulas().flat().filter((f) => f !== ''))).toEqual([]);
  });
});

test('a deleted tab is named in an alert, and «Сводка» is left as it was', () => {
  const addon = busySchool();
  addon.asPerson((app) => app.getActiveSpreadsheet().deleteSheet(app.getActiveSpreadsheet().getSheetByName('Достижения')!));
  addon.click('Обновить сводку');
  expect(addon.lastAlert()).toContain('«Достижения»');
  expect(addon.asPerson((app) => app.getActiveSpreadsheet().getSheetByName('Сводка'))).toBeNull();
});

test('one read per tab and one block written, however many sessions there are', () => {
  const small = busySchool();
  const large = busySchool();
  large.sheet('Сессии и встречи', (s) => {
    const row = s.getRange(3, 1, 1, s.getLastColumn()).getValues()[0]!;
    const copies = Array.from({ length: 2000 }, (_, i) => [`S${String(10000 + i)}`, ...row.slice(1)]);
    s.insertRowsAfter(s.getMaxRows(), copies.length);
    s.getRange(s.getLastRow() + 1, 1, copies.length, row.length).setValues(copies);
  });
  const calls = (addon: Addon) => {
    addon.emulator.calls.reset();
    addon.click('Обновить сводку');
    // Spreadsheet calls only: reading a date cell in the school's zone is a local formatDate each.
    const { calls } = addon.emulator;
    return { total: calls.total('SpreadsheetApp') + calls.total('Sheets'), reads: calls.get('Values.batchGet'), setValues: calls.get('Range.setValues') };
  };
  const a = calls(small);
  const b = calls(large);
  expect(b).toEqual(a);
  // The ten tabs' header rows in one call, the columns the figures use in one more; the sheet
  // written in a few bands of rows (by the layout, not by the data).
  expect(a.reads).toBe(2);
  expect(a.setValues).toBeLessThanOrEqual(4);
  expect(large.sheet('Сводка', (s) => s.getDataRange().getValues()).find((r) => r[0] === 'Проведено сессий и встреч')![1]).toBe(2004);
});

test('the months the minimum is checked in come from «Настройки», as the deputy typed them', () => {
  const addon = busySchool();
  const rows = addon.sheet('Настройки', (s) => s.getDataRange().getValues());
  addon.typeCell('Настройки', rows.findIndex((r) => r[0] === 'minimumMonths') + 1, 'Значение', 'сентября – мая, август');
  addon.click('Обновить сводку');
  expect(row(dashboard(addon), 'Минимум проверяется в месяцы')[0]).toBe('сентябрь–май, август');
});
