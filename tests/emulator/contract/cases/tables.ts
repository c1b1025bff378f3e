/**
 * Table-driven facts from Google's reference pages: A1 notation of numbered ranges
 * (reference/spreadsheet/range#geta1notation, sheet#getrangerow,-column,-numrows,-numcolumns),
 * SimpleDateFormat patterns (the patterns reference/utilities/utilities#formatdate names) and
 * sprintf-style formatString (reference/utilities/utilities#formatstringtemplate,-args).
 */
import { group, ref } from '../kit';

const SIMPLE_DATE_FORMAT = 'https://docs.oracle.com/javase/7/docs/api/java/text/SimpleDateFormat.html (the patterns reference/utilities/utilities#formatdatedate,-timezone,-format names)';

export default group('Tables', (c) => {
  const blocks: Array<[number, number, number, number, string]> = [
    [1, 1, 1, 1, 'A1'],
    [1, 2, 1, 1, 'B1'],
    [10, 26, 1, 1, 'Z10'],
    [1, 1, 2, 2, 'A1:B2'],
    [2, 3, 4, 5, 'C2:G5'],
    [5, 1, 1, 26, 'A5:Z5'],
    [1, 4, 1000, 1, 'D1:D1000'],
    [999, 25, 2, 2, 'Y999:Z1000'],
    [3, 3, 1, 1, 'C3'],
    [7, 8, 3, 1, 'H7:H9'],
  ];
  for (const [row, column, rows, columns, a1] of blocks) {
    c(`getRange(${row}, ${column}, ${rows}, ${columns}) is ${a1}`, ref('spreadsheet/sheet#getrangerow,-column,-numrows,-numcolumns'), ['Sheet.getRange', 'Range.getA1Notation'], (_s, x, t) => {
      t.is(x.sheet().getRange(row, column, rows, columns).getA1Notation(), a1);
    });
  }
  const lasts: Array<[string, number, number]> = [
    ['B2:D5', 5, 4],
    ['A1', 1, 1],
    ['C3:C10', 10, 3],
  ];
  for (const [a1, lastRow, lastColumn] of lasts) {
    c(`${a1}: last row ${lastRow}, last column ${lastColumn}`, ref('spreadsheet/range#getlastrow'), ['Range.getLastRow', 'Range.getLastColumn'], (_s, x, t) => {
      const r = x.sheet().getRange(a1);
      t.is([r.getLastRow(), r.getLastColumn()], [lastRow, lastColumn]);
    });
  }
  const outside: Array<[number, number, number, number]> = [
    [1000, 1, 2, 1],
    [1, 26, 1, 2],
    [1001, 1, 1, 1],
  ];
  for (const [row, column, rows, columns] of outside) {
    c(`getRange(${row}, ${column}, ${rows}, ${columns}) past a 1000×26 sheet is refused`, ref('spreadsheet/sheet#getrangerow,-column,-numrows,-numcolumns'), 'Sheet.getRange', (_s, x, t) => {
      t.throws(() => x.sheet().getRange(row, column, rows, columns));
    });
  }

  // 2001-07-04T12:08:56.235 in UTC, the instant of SimpleDateFormat's own examples.
  const when = Date.UTC(2001, 6, 4, 12, 8, 56, 235);
  const patterns: Array<[string, string]> = [
    ["yyyy.MM.dd 'at' HH:mm:ss", '2001.07.04 at 12:08:56'],
    ['EEE, MMM d, yy', 'Wed, Jul 4, 01'],
    ['h:mm a', '12:08 PM'],
    ['yyyyy.MMMMM.dd hh:mm aaa', '02001.July.04 12:08 PM'],
    ['yyMMddHHmmss', '010704120856'],
    ['d MMM yyyy HH:mm:ss', '4 Jul 2001 12:08:56'],
    ['yyyy-MM-dd', '2001-07-04'],
    ['HH:mm:ss.SSS', '12:08:56.235'],
    ['dd/MM/yy', '04/07/01'],
    ['EEEE', 'Wednesday'],
    ['MMM', 'Jul'],
    ['D', '185'],
  ];
  for (const [pattern, expected] of patterns) {
    c(`formatDate(…, "UTC", "${pattern}") is "${expected}"`, SIMPLE_DATE_FORMAT, 'Utilities.formatDate', (s, _x, t) => {
      t.is(s.Utilities.formatDate(new Date(when), 'UTC', pattern), expected);
    });
  }
  const zoned: Array<[string, string]> = [
    ['Europe/Moscow', '2001.07.04 16:08'],
    ['America/New_York', '2001.07.04 08:08'],
    ['Asia/Tokyo', '2001.07.04 21:08'],
    ['Europe/London', '2001.07.04 13:08'],
  ];
  for (const [zone, expected] of zoned) {
    c(`formatDate in ${zone}`, SIMPLE_DATE_FORMAT, 'Utilities.formatDate', (s, _x, t) => {
      t.is(s.Utilities.formatDate(new Date(when), zone, 'yyyy.MM.dd HH:mm'), expected);
    });
  }

  const strings: Array<[string, unknown[], string]> = [
    ['%s-%s', ['a', 'b'], 'a-b'],
    ['%05d', [42], '00042'],
    ['%.2f', [3.14159], '3.14'],
    ['%d%%', [50], '50%'],
    ['%-5s|', ['ab'], 'ab   |'],
    ['%x', [255], 'ff'],
  ];
  for (const [template, args, expected] of strings) {
    c(`formatString("${template}", ${args.map((a) => JSON.stringify(a)).join(', ')}) is "${expected}"`, ref('utilities/utilities#formatstringtemplate,-args'), 'Utilities.formatString', (s, _x, t) => {
      t.is((s.Utilities.formatString as (template: string, ...a: unknown[]) => string)(template, ...args), expected);
    });
  }
});
