/**
 * A hand edit (Host.edited): onEdit(e) as a simple trigger in NONE until the add-on is used in the
 * document and LIMITED after, then installable edit triggers as their creators in FULL, with the
 * event of guides/triggers/events#edit.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Host } from '../../emulator/host';
import { createWorkbook } from '../../emulator/cli/workspace';

const CODE = `
function onEdit(e) {
  var info = { mode: String(e.authMode), value: e.value, old: e.oldValue === undefined ? null : e.oldValue, uid: e.triggerUid || null };
  // In NONE the range exists but reading it needs authorization.
  if (info.mode !== 'NONE') { info.a1 = e.range.getA1Notation(); info.sheet = e.range.getSheet().getName(); }
  Logger.log('edit ' + JSON.stringify(info));
}
function watch(e) { onEdit(e); }
function install() { ScriptApp.newTrigger('watch').forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create(); }
`;

function host(): Host {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'edit-bundle-'));
  fs.writeFileSync(path.join(dir, 'Code.js'), CODE);
  const scopes = ['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.scriptapp'];
  fs.writeFileSync(path.join(dir, 'appsscript.json'), JSON.stringify({ timeZone: 'Europe/Moscow', oauthScopes: scopes }));
  const h = Host.load({ distDir: dir, workspace: { user: 'deputy@school.example', scopes } });
  // A Russian school's book: its first sheet is «Лист1».
  createWorkbook(h, { workbookName: 'Сопровождение', locale: 'ru_RU', timeZone: 'Europe/Moscow' });
  return h;
}

function edits(h: Host): unknown[] {
  return h.state.log.filter((e) => e.message.startsWith('edit ')).map((e) => JSON.parse(e.message.slice(5)));
}

test('onEdit gets the edited cell, new and old values; installable triggers run in FULL', () => {
  const h = host();
  const sheetId = h.state.spreadsheets[h.state.activeSpreadsheetId!]!.sheets[0]!.sheetId;
  expect(h.edited({ sheetId, row: 2, column: 3, value: 'да' }).every((o) => o.ok)).toBe(true);
  expect(edits(h)).toEqual([{ mode: 'NONE', value: 'да', old: null, uid: null }]);
  h.markUsed();
  expect(h.run('install').ok).toBe(true);
  const outcomes = h.edited({ sheetId, row: 2, column: 3, value: 'нет', oldValue: 'да' });
  expect(outcomes.every((o) => o.ok)).toBe(true);
  const [simple, installed] = edits(h).slice(1) as Array<Record<string, unknown>>;
  expect(simple).toEqual({ mode: 'LIMITED', a1: 'C2', sheet: 'Лист1', value: 'нет', old: 'да', uid: null });
  expect(installed).toEqual({ mode: 'FULL', a1: 'C2', sheet: 'Лист1', value: 'нет', old: 'да', uid: h.state.triggers[0]!.id });
});
