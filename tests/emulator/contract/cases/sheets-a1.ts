/** A1 notation, R1C1 and range bounds: gas-fakes test/testsheetsdeveloper.js and Google's reference. */
import { gasFakes, group, ref } from '../kit';

const SRC = 'test/testsheetsdeveloper.js';

export default group('Sheets: A1 notation', (c) => {
  const a1 = (input: string, expected: string, line: number, title: string) =>
    c(`${title}: getRange("${input}").getA1Notation() is "${expected}"`, gasFakes(SRC, line), ['Sheet.getRange', 'Range.getA1Notation'], (_s, x, t) => {
      t.is(x.sheet().getRange(input).getA1Notation(), expected);
    });
  a1('B2:D5', 'B2:D5', 32, 'a block');
  a1('$C$3', 'C3', 36, 'absolute marks dropped');
  a1('5:7', '5:7', 42, 'whole rows');
  a1('D:F', 'D:F', 48, 'whole columns');
  a1('C5:B2', 'B2:C5', 56, 'an inverted block');
  a1('5:2', '2:5', 58, 'inverted rows');
  a1('D:B', 'B:D', 60, 'inverted columns');

  c('a block: row, column, height and width', gasFakes(SRC, 28), ['Range.getRow', 'Range.getColumn', 'Range.getNumRows', 'Range.getNumColumns'], (_s, x, t) => {
    const r = x.sheet().getRange('B2:D5');
    t.is(r.getRow(), 2, 'row');
    t.is(r.getColumn(), 2, 'column');
    t.is(r.getNumRows(), 4, 'rows');
    t.is(r.getNumColumns(), 3, 'columns');
  });
  c('whole rows span every column', gasFakes(SRC, 40), ['Range.getNumRows', 'Range.getNumColumns', 'Sheet.getMaxColumns'], (_s, x, t) => {
    const sheet = x.sheet();
    const r = sheet.getRange('5:7');
    t.is(r.getNumRows(), 3, 'rows');
    t.is(r.getNumColumns(), sheet.getMaxColumns(), 'columns');
  });
  c('whole columns span every row', gasFakes(SRC, 46), ['Range.getNumRows', 'Sheet.getMaxRows'], (_s, x, t) => {
    const sheet = x.sheet();
    const r = sheet.getRange('D:F');
    t.is(r.getNumRows(), sheet.getMaxRows(), 'rows');
    t.is(r.getNumColumns(), 3, 'columns');
  });
  c('a sheet-qualified address gives the cells only', gasFakes(SRC, 52), ['Sheet.getRange', 'Range.getA1Notation'], (_s, x, t) => {
    const sheet = x.sheet();
    t.is(sheet.getRange(`'${sheet.getName()}'!E10:F12`).getA1Notation(), 'E10:F12');
  });
  const bounds = (input: string, expected: [boolean, boolean, boolean, boolean], line: number) =>
    c(`bounds of "${input}"`, gasFakes(SRC, line), ['Range.isStartRowBounded', 'Range.isEndRowBounded', 'Range.isStartColumnBounded', 'Range.isEndColumnBounded'], (_s, x, t) => {
      const r = x.sheet().getRange(input);
      t.is([r.isStartRowBounded(), r.isEndRowBounded(), r.isStartColumnBounded(), r.isEndColumnBounded()], expected);
    });
  bounds('A5:C10', [true, true, true, true], 69);
  bounds('3:5', [true, true, false, false], 76);
  bounds('B:D', [false, false, true, true], 83);
  bounds('7:7', [true, true, false, false], 90);

  c('getRange(row, column) of one cell', ref('spreadsheet/sheet#getrangerow,-column'), ['Sheet.getRange', 'Range.getA1Notation'], (_s, x, t) => {
    t.is(x.sheet().getRange(2, 3).getA1Notation(), 'C2');
  });
  c('getRange(row, column, numRows, numColumns)', ref('spreadsheet/sheet#getrangerow,-column,-numrows,-numcolumns'), ['Sheet.getRange', 'Range.getA1Notation'], (_s, x, t) => {
    t.is(x.sheet().getRange(1, 1, 3, 3).getA1Notation(), 'A1:C3');
  });
  c('getRange(row, column, numRows) is one column wide', ref('spreadsheet/sheet#getrangerow,-column,-numrows'), ['Sheet.getRange', 'Range.getA1Notation'], (_s, x, t) => {
    t.is(x.sheet().getRange(1, 1, 3).getA1Notation(), 'A1:A3');
  });
  c("a column past Z", ref("spreadsheet/range#geta1notation"), ["Sheet.insertColumnsAfter", "Range.getA1Notation"], (_s, x, t) => {
    const sheet = x.sheet();
    sheet.insertColumnsAfter(sheet.getMaxColumns(), 2);
    t.is(sheet.getRange(1, 27).getA1Notation(), 'AA1');
  });
  c('R1C1 notation: getRange("R1C1:R2C3") is A1:C2', ref('spreadsheet/sheet#getrangea1notation'), ['Sheet.getRange', 'Range.getA1Notation'], (_s, x, t) => {
    // The reference: "a1Notation String The range to return, as specified in A1 notation or R1C1 notation."
    t.is(x.sheet().getRange('R1C1:R2C3').getA1Notation(), 'A1:C2');
  });
  c('R1C1 notation of one cell: getRange("R3C2") is B3', ref('spreadsheet/sheet#getrangea1notation'), ['Sheet.getRange', 'Range.getA1Notation'], (_s, x, t) => {
    t.is(x.sheet().getRange('R3C2').getA1Notation(), 'B3');
  });
  c('getRange(0, 1) is refused', ref('spreadsheet/sheet#getrangerow,-column'), ['Sheet.getRange'], (_s, x, t) => {
    t.throws(() => x.sheet().getRange(0, 1), /row/i);
  });
  c('a block offset by one row and two columns', ref('spreadsheet/range#offsetrowoffset,-columnoffset'), ['Range.offset', 'Range.getA1Notation'], (_s, x, t) => {
    t.is(x.sheet().getRange('A1:B2').offset(1, 2).getA1Notation(), 'C2:D3');
  });
  c('offset with a new height and width', ref('spreadsheet/range#offsetrowoffset,-columnoffset,-numrows,-numcolumns'), ['Range.offset', 'Range.getA1Notation'], (_s, x, t) => {
    t.is(x.sheet().getRange('B2').offset(0, 0, 2, 3).getA1Notation(), 'B2:D3');
  });
  c('getCell inside a range is relative to it', ref('spreadsheet/range#getcellrow,-column'), ['Range.getCell', 'Range.getA1Notation'], (_s, x, t) => {
    t.is(x.sheet().getRange('B2:D4').getCell(2, 3).getA1Notation(), 'D3');
  });
});
