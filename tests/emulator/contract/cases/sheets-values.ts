/**
 * Values, formulas and formats: Google's reference and the Sheets formats guide (whose examples
 * are for an en_US spreadsheet: the scratch sheet is set to en_US first), and gas-fakes'
 * live-tested test/testsheets.js.
 */
import { gasFakes, group, ref, type Scratch } from '../kit';

const FORMATS = 'https://developers.google.com/sheets/api/guides/formats';
const SHEETS = 'test/testsheets.js';

function enSheet(x: Scratch): GoogleAppsScript.Spreadsheet.Sheet {
  x.spreadsheet.setSpreadsheetLocale('en_US');
  return x.sheet();
}

export default group('Sheets: values and formats', (c) => {
  const shown = (value: number, format: string, expected: string, title: string) =>
    c(`${title}: ${value} as "${format}" shows "${expected}"`, FORMATS, ['Range.setNumberFormat', 'Range.getDisplayValue'], (_s, x, t) => {
      const cell = enSheet(x).getRange('A1');
      cell.setValue(value);
      cell.setNumberFormat(format);
      t.is(cell.getDisplayValue(), expected);
    });
  // «Number format examples» of the guide.
  shown(12345.125, '####.#', '12345.1', 'optional decimals');
  shown(12.34, '000.0000', '012.3400', 'required digits');
  shown(12, '#.0#', '12.0', 'one required decimal');
  shown(12000, '#,###', '12,000', 'grouping');
  // «Date and time format examples» (Tuesday, April 5, 2016, 4:08:53.528 PM; the duration 3:13:41.255).
  const april5 = 42465 + (16 * 3600 + 8 * 60 + 53.528) / 86400;
  shown(april5, 'yyyy-mm-dd', '2016-04-05', 'a date');
  const duration = (3 * 3600 + 13 * 60 + 41.255) / 86400;
  shown(duration, '[hh]:[mm]:[ss].000', '03:13:41.255', 'elapsed hours');
  shown(duration, '[mmmm]:[ss].000', '0193:41.255', 'elapsed minutes');

  c('getNumberFormat reads back what was set (gas-fakes: "0.#")', gasFakes(SHEETS, 2307), ['Range.setNumberFormat', 'Range.getNumberFormat', 'Range.getNumberFormats'], (_s, x, t) => {
    const range = x.sheet().getRange('B15:E19');
    range.setNumberFormat('0.#');
    t.is(range.getNumberFormat(), '0.#', 'first cell');
    t.is(range.getNumberFormats().flat().every((f) => f === '0.#'), true, 'every cell');
  });
  c('setFormula on a block moves relative references per cell', gasFakes(SHEETS, 2184), ['Range.setFormula', 'Range.getFormulas'], (_s, x, t) => {
    const range = x.sheet().getRange('A51:B52');
    range.setFormula('=A1');
    t.is(range.getFormulas(), [['=A1', '=B1'], ['=A2', '=B2']]);
  });
  c('setFormula keeps absolute references', gasFakes(SHEETS, 2172), ['Range.setFormula', 'Range.getFormulas'], (_s, x, t) => {
    const range = x.sheet().getRange('C1:C2');
    range.setFormula('=SUM($B$2:$B$4)');
    t.is(range.getFormulas(), [['=SUM($B$2:$B$4)'], ['=SUM($B$2:$B$4)']]);
  });
  c('a formula reads back its formula and its value', ref('spreadsheet/range#setformulaformula'), ['Range.setFormula', 'Range.getFormula', 'Range.getValue'], (_s, x, t) => {
    const sheet = x.sheet();
    sheet.getRange('B3:B4').setValues([[1], [2]]);
    const cell = sheet.getRange('B5');
    cell.setFormula('=SUM(B3:B4)');
    t.is([cell.getFormula(), cell.getValue()], ['=SUM(B3:B4)', 3]);
  });
  c('a plain value has an empty formula', ref('spreadsheet/range#getformula'), ['Range.getFormula'], (_s, x, t) => {
    const cell = x.sheet().getRange('A1');
    cell.setValue(5);
    t.is(cell.getFormula(), '');
  });
  c('setValues of the wrong height is refused with the rows message', ref('spreadsheet/range#setvaluesvalues'), ['Range.setValues'], (_s, x, t) => {
    t.throws(() => x.sheet().getRange('A1:B2').setValues([['a', 'b']]), 'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.');
  });
  c('setValues of the wrong width is refused with the columns message', ref('spreadsheet/range#setvaluesvalues'), ['Range.setValues'], (_s, x, t) => {
    t.throws(() => x.sheet().getRange('A1:B1').setValues([['a']]), 'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.');
  });
  c('blank cells read as empty strings', ref('spreadsheet/range#getvalues'), ['Range.getValues'], (_s, x, t) => {
    t.is(x.sheet().getRange('A1:B1').getValues(), [['', '']]);
  });
  c('numbers, booleans and strings keep their types', ref('spreadsheet/range#getvalues'), ['Range.setValues', 'Range.getValues'], (_s, x, t) => {
    const range = x.sheet().getRange('A1:C1');
    range.setValues([[1.5, true, 'text']]);
    t.is(range.getValues(), [[1.5, true, 'text']]);
  });
  c('a string starting with = becomes a formula', ref('spreadsheet/range#setvaluevalue'), ['Range.setValue', 'Range.getFormula'], (_s, x, t) => {
    const sheet = x.sheet();
    sheet.getRange('A1').setValue(2);
    const cell = sheet.getRange('B1');
    cell.setValue('=A1*2');
    t.is([cell.getFormula(), cell.getValue()], ['=A1*2', 4]);
  });
  c('a leading apostrophe keeps text as text', ref('spreadsheet/range#setvaluevalue'), ['Range.setValue', 'Range.getValue'], (_s, x, t) => {
    const cell = x.sheet().getRange('A1');
    cell.setValue("'=not a formula");
    t.is([cell.getValue(), cell.getFormula()], ['=not a formula', '']);
  });
  c('a Date comes back as a Date of the same instant (zone of the spreadsheet)', ref('spreadsheet/range#getvalue'), ['Range.setValue', 'Range.getValue'], (_s, x, t) => {
    const cell = x.sheet().getRange('A1');
    const when = new Date(Date.UTC(2026, 8, 1, 9, 30));
    cell.setValue(when);
    const back = cell.getValue() as Date;
    t.is(Object.prototype.toString.call(back), '[object Date]', 'a Date');
    t.is(back.getTime(), when.getTime(), 'same instant');
  });
  c('getDisplayValues of numbers in en_US', ref('spreadsheet/range#getdisplayvalues'), ['Range.getDisplayValues'], (_s, x, t) => {
    const range = enSheet(x).getRange('A1:B1');
    range.setValues([[1.5, 1000]]);
    t.is(range.getDisplayValues(), [['1.5', '1000']]);
  });
  c('appendRow returns the sheet for chaining', ref('spreadsheet/sheet#appendrowrowcontents'), ['Sheet.appendRow'], (_s, x, t) => {
    const sheet = x.sheet();
    t.is(sheet.appendRow(['x']).getSheetId(), sheet.getSheetId());
  });
  c('String(range) is "Range", String(sheet) is "Sheet"', ref('spreadsheet/range'), ['Range.toString', 'Sheet.toString'], (_s, x, t) => {
    const sheet = x.sheet();
    t.is([String(sheet.getRange('A1')), String(sheet)], ['Range', 'Sheet']);
  });
  c('a new protection lists its creator among its editors', ref('spreadsheet/range#protect'), ['Range.protect', 'Protection.getEditors'], (s, x, t) => {
    const protection = x.sheet().getRange('A1:B2').protect();
    const me = s.Session.getEffectiveUser().getEmail();
    t.true(protection.getEditors().map((u) => u.getEmail()).includes(me), 'creator is an editor');
    protection.remove();
  });
  c('a protection made warning-only reads back', ref('spreadsheet/protection#setwarningonlywarningonly'), ['Protection.setWarningOnly', 'Protection.isWarningOnly'], (_s, x, t) => {
    const protection = x.sheet().protect().setWarningOnly(true);
    t.is(protection.isWarningOnly(), true);
    protection.remove();
  });
  c('data validation: a list rule reads back its values', ref('spreadsheet/data-validation-builder#requirevalueinlistvalues'), ['DataValidationBuilder.requireValueInList', 'Range.getDataValidation'], (s, x, t) => {
    const cell = x.sheet().getRange('A1');
    cell.setDataValidation(s.SpreadsheetApp.newDataValidation().requireValueInList(['да', 'нет'], true).build());
    const rule = cell.getDataValidation()!;
    t.is(String(rule.getCriteriaType()), 'VALUE_IN_LIST', 'type');
    t.is(rule.getCriteriaValues()[0], ['да', 'нет'], 'values');
  });
  c('a rule that rejects refuses a value outside it', ref('spreadsheet/data-validation-builder#setallowinvalidallowinvaliddata'), ['Range.setValue'], (s, x, t) => {
    const cell = x.sheet().getRange('A1');
    cell.setDataValidation(s.SpreadsheetApp.newDataValidation().requireValueInList(['да', 'нет']).setAllowInvalid(false).build());
    t.throws(() => cell.setValue('может быть'));
  });
});
