/**
 * The preview's session without a browser: the demo school is valid for the add-on as built, a
 * question the script asks waits for the answer (nothing after it happens before), the clock
 * controls fire due triggers, typing goes through the sheet, and the view shows cells as Sheets.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { invokeFromPage, formsState } from '@pds/emulator';
import { PreviewSession } from '../../tools/preview/session';
import { buildView } from '../../tools/preview/view';
import { DIST } from '../helpers/addon';
import { demoStateFile } from '../helpers/demo';

// The demo school is built once per file (a few seconds).
jest.setTimeout(30_000);

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function demo(): PreviewSession {
  const stateFile = path.join(dir, 'state.json');
  fs.copyFileSync(demoStateFile(), stateFile);
  return new PreviewSession({ distDir: DIST, stateFile, demo: false });
}

test('the demo school passes the add-on\'s own data check and has every stage', () => {
  const session = demo();
  const check = invokeFromPage(session.host, 'runDataCheck', [{}]);
  expect(check.ok).toBe(true);
  const result = (check as { value: { status: string; response: { problems: unknown[] } } }).value;
  expect(result.status).toBe('success');
  expect(result.response.problems).toEqual([]);
  const programmes = buildView(session.host, 'Программы').grid!;
  const status = programmes.rows[0]!.indexOf('Статус');
  expect(new Set(programmes.rows.slice(1).map((r) => r[status]).filter(Boolean))).toEqual(new Set(['завершена', 'действует', 'черновик']));
  const teachers = buildView(session.host, 'Педагоги').grid!;
  expect(teachers.rows.filter((r, i) => i > 0 && r[1]).length).toBe(30);
  expect(buildView(session.host, null).clockText).toBe('15.10.2026 09:00');
  expect(session.host.executions.filter((e) => !e.outcome.ok)).toEqual([]);
});

test('a YES/NO question waits for the answer; the script goes on from there', () => {
  const session = demo();
  const forms = () => Object.keys(formsState(session.host.emulator).forms).length;
  const before = forms();
  const asked = session.click('Анкеты → Создать анкеты');
  expect(asked.pending).toMatchObject({ kind: 'alert', buttons: ['YES', 'NO'] });
  expect(session.pending).not.toBeNull();
  // A second click while the dialog is up changes nothing.
  expect(session.click('Настроить книгу').pending).toEqual(asked.pending);
  const report = session.answer('NO');
  expect(report.pending).toMatchObject({ kind: 'alert', buttons: ['OK'] });
  expect(forms()).toBe(before);
  expect(session.answer('OK')).toEqual({ error: null, notices: [], pending: null });
  expect(forms()).toBe(before);
  session.click('Анкеты → Создать анкеты');
  const recreated = session.answer('YES');
  expect(recreated.pending?.text).toContain('4');
  session.answer('OK');
  expect(forms()).toBe(before + 4);
});

test('typing, selecting and time: through the sheet and the triggers', async () => {
  const session = demo();
  const edited = session.edit('Педагоги', 'L2', '3.4.2025');
  expect(edited.error).toBeNull();
  session.select('Педагоги', 'L2');
  const grid = buildView(session.host, null).grid!;
  expect(grid.name).toBe('Педагоги');
  expect(grid.selected).toEqual({ row: 2, column: 12 });
  expect(grid.rows[1]![11]).toBe('03.04.2025');
  expect(grid.frozenRows).toBe(1);
  expect(grid.hiddenColumns).toContain(1);
  expect(grid.lists['2,6']).toContain('молодой специалист');
  expect(session.edit('Нет такого листа', 'A1', 'x').error).toContain('Нет такого листа');
  // Picking a tab selects its first visible cell (the ID column is hidden).
  session.select('Программы', null);
  expect(buildView(session.host, null).grid).toMatchObject({ name: 'Программы', selected: { row: 1, column: 2 } });
  session.select('Педагоги', 'L2');

  expect((await session.advance('day')).error).toBeNull();
  expect(buildView(session.host, null).clockText).toBe('16.10.2026 09:00');
  await session.advance('first');
  expect(buildView(session.host, null).clockText).toBe('01.11.2026 12:00');
  await session.advance('month');
  expect(buildView(session.host, null).clockText).toBe('01.12.2026 12:00');
  expect((await session.advance('2026-01-01T00:00:00Z')).error).toBe('Время может идти только вперёд');
  // Saved after each step: a new session on the file resumes there.
  const again = new PreviewSession({ ...session.options });
  expect(buildView(again.host, null).clockText).toBe('01.12.2026 12:00');
});
