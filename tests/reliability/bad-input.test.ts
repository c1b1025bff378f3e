/**
 * Whole-workbook damage, beyond the cell-by-cell corpus of tests/src/data-check.test.ts: a deleted
 * tab, a deleted header, merged cells, 10,000 blank rows, a column of formulas, Cyrillic and
 * emoji, 50,000-character cells. Each gives a Russian message naming the tab and the cell or
 * column, and nothing the deputy entered is lost: the check changes nothing, a save that cannot
 * be done writes nothing, a save that can keeps every other cell.
 */
import type { Addon } from '../helpers/addon';
import { T, validSchool } from '../helpers/school';
import { programmeInput, seriesInput } from './actions';
import { bookState, differences, knownIds } from './harness';
import type { EndpointName } from '../../src/wire';
import type { Payload } from '../helpers/payloads';
import { asOk } from '../helpers/wire';

type Problem = { tab: string; cell: string; message: string; severity: string };
type Result<R = unknown> = { status: 'success'; response: R } | { status: 'error'; type: string; message: string; fields?: Record<string, string> };

const S = 'Сессии и встречи';
const P = 'Педагоги';
const PR = 'Программы';

/** Runs the data check and proves it changed nothing. */
function check(addon: Addon): Problem[] {
  const before = bookState(addon);
  const result = addon.call('runDataCheck', {});
  if (result.status !== 'success') throw new Error(result.message);
  expect(differences(bookState(addon), before)).toEqual([]);
  return result.response.problems;
}

function rows(addon: Addon, tab: string): Array<Record<string, unknown>> {
  return addon.sheet(tab, (s) => {
    const [headers, ...data] = s.getDataRange().getValues();
    return data.filter((r) => r.some((v) => v !== '')).map((r) => Object.fromEntries(headers!.map((h, i) => [String(h), r[i]])));
  });
}

/** A save that must be refused: a Russian message naming `where`, and not one cell written. */
function refused<K extends EndpointName>(addon: Addon, fn: K, input: Payload<K>, ...where: string[]): void {
  const before = bookState(addon);
  const result = addon.callUnchecked(fn, input) as Result<unknown>;
  expect(result.status).toBe('error');
  if (result.status !== 'error') return;
  expect(result.type).not.toBe('unexpected');
  expect(result.message).toMatch(/[а-яё]/i);
  for (const w of where) expect(result.message).toContain(w);
  expect(differences(bookState(addon), before)).toEqual([]);
}

/** A save that must work on the damaged book: only new rows appear, no other cell changes. */
function savedAlongside<K extends EndpointName>(addon: Addon, fn: K, input: Payload<K>): void {
  const known = knownIds(addon);
  const before = bookState(addon, known);
  const result = addon.callUnchecked(fn, input);
  expect(result).toMatchObject({ status: 'success' });
  const after = bookState(addon, known);
  for (const [tab, lines] of Object.entries(before)) {
    // Every row that was there is still there, unchanged, in its place.
    expect({ tab, rows: after[tab]!.slice(0, lines.length) }).toEqual({ tab, rows: lines });
  }
}

test('a deleted tab: named by the check, and a save that needs it is refused', () => {
  const addon = validSchool();
  addon.asPerson((app) => app.getActiveSpreadsheet().deleteSheet(app.getActiveSpreadsheet().getSheetByName(S)!));
  expect(check(addon)).toContainEqual({ tab: S, cell: '', message: 'нет листа «Сессии и встречи»: запустите «Настроить книгу»', severity: 'error' });
  refused(addon, 'scheduleSessions', seriesInput, `«${S}»`, 'Настроить книгу');
  // Tabs the save does not need still work.
  savedAlongside(addon, 'saveProgramme', programmeInput);
});

test('a deleted header: named by the check, and a save that would write under it is refused', () => {
  const addon = validSchool();
  addon.sheet(S, (s) => s.getRange(1, addon.headers(S).indexOf('Тема') + 1).setValue(''));
  expect(check(addon)).toContainEqual({ tab: S, cell: '', message: 'нет столбца «Тема»: верните его или переименуйте обратно', severity: 'error' });
  refused(addon, 'scheduleSessions', seriesInput, `«${S}»`, '«Тема»');
});

test('merged cells: each merge is named by its cells', () => {
  const addon = validSchool();
  addon.sheet(P, (s) => s.getRange('D3:E4').merge());
  const problems = check(addon).filter((p) => p.message.includes('объединены'));
  expect(problems).toEqual([{ tab: P, cell: 'D3', message: expect.stringContaining('ячейки D3:E4 объединены') as unknown as string, severity: 'error' }]);
});

test('10,000 blank rows in the middle: the rows below are found, a save appends after them', () => {
  const addon = validSchool();
  addon.sheet(PR, (s) => s.insertRowsAfter(1, 10_000));
  expect(check(addon)).toEqual([]);
  const page = addon.call('getProgrammePage', { programmeId: 'P00001' });
  expect(page).toMatchObject({ status: 'success', response: { form: { id: 'P00001' } } });
  savedAlongside(addon, 'saveProgramme', programmeInput);
  expect(rows(addon, PR).map((r) => r['ФИО учителя'])).toEqual([T.sidorova, T.ivanova]);
  expect(addon.sheet(PR, (s) => s.getLastRow())).toBe(10_003);
});

test('a column of formulas: each cell is named in a data column, and kept in the deputy\'s own column', () => {
  const addon = validSchool();
  const position = addon.headers(P).indexOf('Должность') + 1;
  const own = addon.headers(P).length + 1;
  addon.sheet(P, (s) => {
    s.getRange(2, position, 3, 1).setFormulas([['=ROW()'], ['=ROW()'], ['=ROW()']]);
    s.getRange(1, own).setValue('Баллы (мой столбец)');
    s.getRange(2, own, 3, 1).setFormulas([['=ROW()*10'], ['=ROW()*10'], ['=ROW()*10']]);
  });
  const letter = String.fromCharCode(64 + position);
  expect(check(addon).filter((p) => p.message.startsWith('в ячейке формула')).map((p) => p.cell)).toEqual([`${letter}2`, `${letter}3`, `${letter}4`]);
  savedAlongside(addon, 'saveProgramme', programmeInput);
  const { version } = asOk(addon.call('getTeacherPage', { teacherId: 'T00002' })).response;
  const saved = addon.call('saveTeacher', { version, teacher: { id: 'T00002', fullName: T.petrov, email: 'petrov@school.example', role: 'coach', subject: 'математика', category: 'highest' }, classes: [] });
  expect(saved).toMatchObject({ status: 'success' });
  expect(addon.sheet(P, (s) => s.getRange(2, own, 3, 1).getFormulas())).toEqual([['=ROW()*10'], ['=ROW()*10'], ['=ROW()*10']]);
});

test('Cyrillic and emoji: kept to the last character through the check, the pages and a save', () => {
  const addon = validSchool();
  const name = 'Ёлкина-Щукина Жанна Эдуардовна 👩‍🏫🇷🇺';
  addon.typeCell(P, 2, 'ФИО', name);
  expect(check(addon)).toEqual([]);
  const page = addon.call('getTeacherPage', { teacherId: 'T00001' });
  expect(page).toMatchObject({ status: 'success', response: { teacher: { fullName: name } } });
  savedAlongside(addon, 'saveProgramme', { ...programmeInput, problems: 'Не удерживает внимание 😐\nЁмкие задания' });
  const saved = rows(addon, PR).find((r) => r['ФИО учителя (ID)'] === 'T00001')!;
  expect(saved['ФИО учителя']).toBe(name);
  expect(saved['Выявленные проблемы/трудности']).toBe('Не удерживает внимание 😐\nЁмкие задания');
});

test('a 50,000-character cell: read whole, and a save too long for the page is refused by field, the cell kept', () => {
  const addon = validSchool();
  const huge = `${'Ж'.repeat(49_995)}конец`;
  addon.sheet(PR, (s) => s.getRange(2, addon.headers(PR).indexOf('Выявленные проблемы/трудности') + 1).setValue(huge));
  expect(check(addon).filter((p) => p.tab === PR)).toEqual([]);
  const page = addon.call('getProgrammePage', { programmeId: 'P00001' });
  expect(page.status).toBe('success');
  if (page.status === 'success') expect(page.response.form.problems).toBe(huge);
  const before = bookState(addon);
  const result = addon.call('saveProgramme', { ...programmeInput, requestKey: null, problems: huge });
  expect(result).toMatchObject({ status: 'error', type: 'validation', fields: { problems: expect.stringMatching(/[а-яё]/i) as unknown as string } });
  expect(differences(bookState(addon), before)).toEqual([]);
  expect(addon.sheet(PR, (s) => String(s.getRange(2, addon.headers(PR).indexOf('Выявленные проблемы/трудности') + 1).getValue()).length)).toBe(50_000);
});
