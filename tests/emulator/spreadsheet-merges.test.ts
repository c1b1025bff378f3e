/**
 * Merged cells: reference/spreadsheet/range#merge, #breakapart, #getmergedranges, #ispartofmerge.
 * Merging keeps the upper-left value only; merges move with inserted and deleted rows.
 */
import { errorOf, fixture } from './spreadsheet-fixture';

test('a merge keeps the upper-left value and is reported by every range that touches it', () => {
  const f = fixture();
  f.run(() => {
    const sheet = f.sheet();
    sheet.getRange('A1:C3').setValues([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    sheet.getRange('B2:C3').merge();
    expect(sheet.getRange('A1:C3').getValues()).toEqual([
      [1, 2, 3],
      [4, 5, ''],
      [7, '', ''],
    ]);
    expect(sheet.getRange('C3').isPartOfMerge()).toBe(true);
    expect(sheet.getRange('A1').isPartOfMerge()).toBe(false);
    expect(sheet.getRange('A1:C2').getMergedRanges().map((r) => r.getA1Notation())).toEqual(['B2:C3']);
  });
});

test('a merge across another is refused; breaking apart frees the cells', () => {
  const f = fixture();
  f.run(() => {
    const sheet = f.sheet();
    sheet.getRange('B2:C3').merge();
    expect(errorOf(() => sheet.getRange('C3:D4').merge())).toBe('You must select all cells in a merged range to merge or unmerge them.');
    sheet.getRange('A1:D4').breakApart();
    expect(sheet.getRange('A1:D4').getMergedRanges()).toEqual([]);
  });
});

test('merges move with inserted rows and vanish with their deleted rows', () => {
  const f = fixture();
  f.run(() => {
    const sheet = f.sheet();
    sheet.getRange('A3:B3').merge();
    sheet.insertRowsBefore(1, 2);
    expect(sheet.getRange('A1:B10').getMergedRanges().map((r) => r.getA1Notation())).toEqual(['A5:B5']);
    sheet.deleteRows(5, 1);
    expect(sheet.getRange('A1:B10').isPartOfMerge()).toBe(false);
  });
});
