/** Sheet and range operations: gas-fakes test/testsheets.js, testsheetsrange.js, and Google's reference. */
import { gasFakes, group, ref, type Services } from '../kit';

const SHEETS = 'test/testsheets.js';
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const grid = (rows: number, columns: number, cell: (r: number, c: number) => string) => Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => cell(r + 1, c + 1)));
const fill = (rows: number, columns: number, value: string) => grid(rows, columns, () => value);

function setUp(s: Services, sheet: Sheet) {
  const range = sheet.getRange('A1:C3');
  range.setValues(grid(3, 3, (r, c) => `${'ABC'[c - 1]}${r}`));
  range.setNotes(grid(3, 3, (r, c) => `Note ${'ABC'[c - 1]}${r}`));
  range.setDataValidation(s.SpreadsheetApp.newDataValidation().requireNumberEqualTo(5).build());
  return range;
}

export default group('Sheets: operations', (c) => {
  // ---- getRange in R1C1 (testsheets.js «getRange with R1C1 notation») ----
  c('getRange("R5C3") is C5, row 5, column 3', gasFakes(SHEETS, 225), ['Sheet.getRange'], (_s, x, t) => {
    const r = x.sheet().getRange('R5C3');
    t.is([r.getA1Notation(), r.getRow(), r.getColumn()], ['C5', 5, 3]);
  });
  c('getRange("R2C2:R4C5") is B2:E4, 3 rows by 4 columns', gasFakes(SHEETS, 231), ['Sheet.getRange'], (_s, x, t) => {
    const r = x.sheet().getRange('R2C2:R4C5');
    t.is([r.getA1Notation(), r.getNumRows(), r.getNumColumns()], ['B2:E4', 3, 4]);
  });
  c('an inverted R1C1 range is put right', gasFakes(SHEETS, 237), ['Sheet.getRange'], (_s, x, t) => {
    t.is(x.sheet().getRange('R10C5:R1C2').getA1Notation(), 'B1:E10');
  });
  c('lower-case r1c1 is accepted', gasFakes(SHEETS, 249), ['Sheet.getRange'], (_s, x, t) => {
    t.is(x.sheet().getRange('r1c1:r2c2').getA1Notation(), 'A1:B2');
  });

  // ---- merges («Range Merging Methods») ----
  const merged = (sheet: Sheet) => {
    sheet.getRange('A1:F10').setValues(grid(10, 6, (r, col) => `R${r}C${col}`));
    return sheet;
  };
  c('merge: every cell of the block is part of the merge, a cell outside is not', gasFakes(SHEETS, 365), ['Range.merge', 'Range.isPartOfMerge'], (_s, x, t) => {
    const sheet = merged(x.sheet());
    const block = sheet.getRange('A1:B2');
    block.merge();
    t.is([sheet.getRange('A1').isPartOfMerge(), sheet.getRange('B2').isPartOfMerge(), block.isPartOfMerge(), sheet.getRange('C3').isPartOfMerge()], [true, true, true, false]);
  });
  c("a merge shows its top-left cell's value", gasFakes(SHEETS, 383), ['Range.merge', 'Range.getDisplayValue'], (_s, x, t) => {
    const sheet = merged(x.sheet());
    const block = sheet.getRange('A1:B2');
    block.merge();
    t.is(block.getDisplayValue(), 'R1C1');
  });
  c('getMergedRanges finds a merge that intersects', gasFakes(SHEETS, 389), ['Range.getMergedRanges'], (_s, x, t) => {
    const sheet = merged(x.sheet());
    sheet.getRange('A1:B2').merge();
    const found = sheet.getRange('A1:C3').getMergedRanges();
    t.is(found.map((r) => r.getA1Notation()), ['A1:B2']);
  });
  c('breakApart undoes a merge', gasFakes(SHEETS, 402), ['Range.breakApart'], (_s, x, t) => {
    const sheet = merged(x.sheet());
    const block = sheet.getRange('A1:B2');
    block.merge();
    block.breakApart();
    t.is(sheet.getRange('A1').isPartOfMerge(), false, 'A1');
    t.is(sheet.getDataRange().getMergedRanges().length, 0, 'merges left');
  });
  c('mergeAcross makes one merge per row', gasFakes(SHEETS, 417), ['Range.mergeAcross'], (_s, x, t) => {
    const sheet = merged(x.sheet());
    sheet.getRange('D1:F2').mergeAcross();
    t.is(sheet.getDataRange().getMergedRanges().map((r) => r.getA1Notation()).sort(), ['D1:F1', 'D2:F2']);
    t.is([sheet.getRange('D1').getDisplayValue(), sheet.getRange('D2').getDisplayValue()], ['R1C4', 'R2C4']);
  });
  c('mergeVertically makes one merge per column', gasFakes(SHEETS, 443), ['Range.mergeVertically'], (_s, x, t) => {
    const sheet = merged(x.sheet());
    sheet.getRange('A5:B7').mergeVertically();
    t.is(sheet.getDataRange().getMergedRanges().map((r) => r.getA1Notation()).sort(), ['A5:A7', 'B5:B7']);
    t.is([sheet.getRange('A5').getDisplayValue(), sheet.getRange('B5').getDisplayValue()], ['R5C1', 'R5C2']);
  });

  // ---- clearing («Sheet clearing methods») ----
  c('clear() empties values but keeps notes and validation', gasFakes(SHEETS, 507), ['Sheet.clear', 'Range.getNotes', 'Range.getDataValidations'], (s, x, t) => {
    const sheet = x.sheet();
    setUp(s, sheet);
    sheet.clear();
    const r = sheet.getRange('A1:C3');
    t.is(r.getValues(), fill(3, 3, ''), 'values');
    t.is(r.getNotes(), grid(3, 3, (row, col) => `Note ${'ABC'[col - 1]}${row}`), 'notes');
    t.true(r.getDataValidations()[0]![0] !== null, 'validation kept');
  });
  c('clearContents() empties values only', gasFakes(SHEETS, 530), ['Sheet.clearContents'], (s, x, t) => {
    const sheet = x.sheet();
    setUp(s, sheet);
    sheet.clearContents();
    const r = sheet.getRange('A1:C3');
    t.is(r.getValues(), fill(3, 3, ''), 'values');
    t.is(r.getNotes()[0]![0], 'Note A1', 'notes');
    t.true(r.getDataValidations()[0]![0] !== null, 'validation kept');
  });
  c('clearNotes() empties notes only', gasFakes(SHEETS, 588), ['Sheet.clearNotes'], (s, x, t) => {
    const sheet = x.sheet();
    setUp(s, sheet);
    sheet.clearNotes();
    const r = sheet.getRange('A1:C3');
    t.is(r.getValues()[0], ['A1', 'B1', 'C1'], 'values');
    t.is(r.getNotes(), fill(3, 3, ''), 'notes');
  });

  // ---- notes («notes») ----
  c('setNote on a range sets every cell', gasFakes(SHEETS, 787), ['Range.setNote', 'Range.getNote', 'Range.getNotes'], (_s, x, t) => {
    const r = x.sheet().getRange('C2:D3');
    r.setNote('foo');
    t.is(r.getNote(), 'foo', 'getNote');
    t.is(r.getNotes(), fill(2, 2, 'foo'), 'getNotes');
  });
  c('setNotes with a string is refused by signature', gasFakes(SHEETS, 793), ['Range.setNotes'], (_s, x, t) => {
    t.throws(() => x.sheet().getRange('C2:D3').setNotes('foo' as unknown as string[][]), /don't match the method signature/);
  });

  // ---- named ranges (testsheetsrange.js) ----
  c('named ranges: set, find by name, rename, remove', gasFakes('test/testsheetsrange.js', 30), ['Spreadsheet.setNamedRange', 'Spreadsheet.getRangeByName', 'Spreadsheet.getNamedRanges', 'NamedRange.remove'], (_s, x, t) => {
    const sheet = x.sheet();
    const ss = x.spreadsheet;
    const name = `contractRange${sheet.getSheetId()}`;
    ss.setNamedRange(name, sheet.getRange('A1:B2'));
    t.is(ss.getRangeByName(name)!.getA1Notation(), 'A1:B2', 'by name');
    const mine = ss.getNamedRanges().filter((n) => n.getName() === name);
    t.is(mine.length, 1, 'listed once');
    mine[0]!.remove();
    t.is(ss.getNamedRanges().some((n) => n.getName() === name), false, 'removed');
  });

  // ---- sheets ----
  c('getSheetByName of a missing sheet is null', ref('spreadsheet/spreadsheet#getsheetbynamename'), ['Spreadsheet.getSheetByName'], (_s, x, t) => {
    t.is(x.spreadsheet.getSheetByName('no such sheet here'), null);
  });
  c('insertSheet(name) adds a sheet by that name', ref('spreadsheet/spreadsheet#insertsheetsheetname'), ['Spreadsheet.insertSheet', 'Sheet.getName'], (_s, x, t) => {
    const sheet = x.spreadsheet.insertSheet('contract inserted');
    t.is(sheet.getName(), 'contract inserted');
    x.spreadsheet.deleteSheet(sheet);
  });
  c('a second sheet of the same name is refused', ref('spreadsheet/spreadsheet#insertsheetsheetname'), ['Spreadsheet.insertSheet'], (_s, x, t) => {
    const sheet = x.spreadsheet.insertSheet('contract duplicate');
    t.throws(() => x.spreadsheet.insertSheet('contract duplicate'), /already exists/);
    x.spreadsheet.deleteSheet(sheet);
  });
  c('getIndex follows the tabs, from 1', gasFakes('test/testsheetsvalues.js', 56), ['Sheet.getIndex'], (_s, x, t) => {
    const indexes = x.spreadsheet.getSheets().map((sheet) => sheet.getIndex());
    t.is(indexes, indexes.map((_i, n) => n + 1));
  });
  c('setName renames; getSheetByName finds the new name', ref('spreadsheet/sheet#setnamename'), ['Sheet.setName'], (_s, x, t) => {
    const sheet = x.sheet();
    const name = `renamed ${sheet.getSheetId()}`;
    sheet.setName(name);
    t.is(x.spreadsheet.getSheetByName(name)!.getSheetId(), sheet.getSheetId());
  });
  c('a new sheet has 1000 rows and 26 columns', ref('spreadsheet/spreadsheet#insertsheet'), ['Sheet.getMaxRows', 'Sheet.getMaxColumns'], (_s, x, t) => {
    const sheet = x.sheet();
    t.is([sheet.getMaxRows(), sheet.getMaxColumns()], [1000, 26]);
  });
  c('an empty sheet: last row and column 0, data range A1', ref('spreadsheet/sheet#getlastrow'), ['Sheet.getLastRow', 'Sheet.getLastColumn', 'Sheet.getDataRange'], (_s, x, t) => {
    const sheet = x.sheet();
    t.is([sheet.getLastRow(), sheet.getLastColumn(), sheet.getDataRange().getA1Notation()], [0, 0, 'A1']);
  });
  c('appendRow writes below the last row with content', ref('spreadsheet/sheet#appendrowrowcontents'), ['Sheet.appendRow', 'Sheet.getLastRow'], (_s, x, t) => {
    const sheet = x.sheet();
    sheet.getRange('A3').setValue('x');
    sheet.appendRow(['a', 'b']);
    t.is(sheet.getLastRow(), 4, 'last row');
    t.is(sheet.getRange('A4:B4').getValues(), [['a', 'b']], 'values');
  });
  c('insertRowsAfter adds rows to the sheet', ref('spreadsheet/sheet#insertrowsafterafterposition,-howmany'), ['Sheet.insertRowsAfter'], (_s, x, t) => {
    const sheet = x.sheet();
    sheet.insertRowsAfter(1, 5);
    t.is(sheet.getMaxRows(), 1005);
  });
  c('deleteRow moves the rows below up', ref('spreadsheet/sheet#deleterowrowposition'), ['Sheet.deleteRow'], (_s, x, t) => {
    const sheet = x.sheet();
    sheet.getRange('A1:A3').setValues([['1'], ['2'], ['3']]);
    sheet.deleteRow(2);
    t.is(sheet.getRange('A1:A2').getDisplayValues(), [['1'], ['3']]);
  });
  c('deleteRows removes several at once', ref('spreadsheet/sheet#deleterowsrowposition,-howmany'), ['Sheet.deleteRows'], (_s, x, t) => {
    const sheet = x.sheet();
    sheet.getRange('A1:A4').setValues([['1'], ['2'], ['3'], ['4']]);
    sheet.deleteRows(2, 2);
    t.is(sheet.getRange('A1:A2').getDisplayValues(), [['1'], ['4']]);
  });
  c('setFrozenRows and getFrozenRows', ref('spreadsheet/sheet#setfrozenrowsrows'), ['Sheet.setFrozenRows', 'Sheet.getFrozenRows'], (_s, x, t) => {
    const sheet = x.sheet();
    sheet.setFrozenRows(1);
    t.is(sheet.getFrozenRows(), 1);
  });
  c('hideSheet and isSheetHidden', ref('spreadsheet/sheet#hidesheet'), ['Sheet.hideSheet', 'Sheet.isSheetHidden', 'Sheet.showSheet'], (_s, x, t) => {
    const sheet = x.sheet();
    sheet.hideSheet();
    t.is(sheet.isSheetHidden(), true, 'hidden');
    sheet.showSheet();
    t.is(sheet.isSheetHidden(), false, 'shown');
  });
  c('setColumnWidth and getColumnWidth', ref('spreadsheet/sheet#setcolumnwidthcolumnposition,-width'), ['Sheet.setColumnWidth', 'Sheet.getColumnWidth'], (_s, x, t) => {
    const sheet = x.sheet();
    sheet.setColumnWidth(2, 150);
    t.is(sheet.getColumnWidth(2), 150);
  });
  c('a sheet knows its spreadsheet', ref('spreadsheet/sheet#getparent'), ['Sheet.getParent'], (_s, x, t) => {
    t.is(x.sheet().getParent().getId(), x.spreadsheet.getId());
  });
  c('getSheetId of the first sheet of a new spreadsheet is 0', ref('spreadsheet/sheet#getsheetid'), ['Sheet.getSheetId'], (_s, x, t) => {
    t.is(x.spreadsheet.getSheets()[0]!.getSheetId(), 0);
  });
  c('deleting the only sheet is refused', ref('spreadsheet/spreadsheet#deletesheetsheet'), ['Spreadsheet.deleteSheet'], (s, _x, t) => {
    const lone = s.SpreadsheetApp.create('contract lone sheet');
    t.throws(() => lone.deleteSheet(lone.getSheets()[0]!));
    s.DriveApp.getFileById(lone.getId()).setTrashed(true);
  });
});
